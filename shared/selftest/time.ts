// A run's moment as the self-test shows it.

/** "2026-12-07 06:10 UTC" from an ISO timestamp (the text as given when it is not one). */
export function shownTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

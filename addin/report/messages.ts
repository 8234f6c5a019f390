// The messages between the task pane and the report dialog (Office's dialog API carries strings only).

/** The dialog says it can receive (its DialogParentMessageReceived handler is registered), or asks to close. */
export type DialogToPane = { readonly type: 'ready' } | { readonly type: 'close' };

/** One part of the report page: messageChild sends a string; a long page goes in several. */
export interface ReportPart {
  readonly type: 'report';
  /** Which report this part belongs to (a dialog shows one; a stray part of an older one is ignored). */
  readonly id: string;
  readonly index: number;
  readonly count: number;
  readonly text: string;
}

/**
 * Characters per message. The dialog API documents no size limit for messageChild; parts this small stay well
 * below any transport's, and a team report of a large team is a handful of messages.
 */
export const PART_SIZE = 30_000;

/** The page cut into parts of at most PART_SIZE characters (at least one, also for an empty page). */
export function reportParts(id: string, html: string, size = PART_SIZE): ReportPart[] {
  const count = Math.max(1, Math.ceil(html.length / size));
  return Array.from({ length: count }, (_, index) => ({
    type: 'report',
    id,
    index,
    count,
    text: html.slice(index * size, (index + 1) * size),
  }));
}

export function parseMessage<T extends { type: string }>(message: string): T | undefined {
  try {
    const parsed: unknown = JSON.parse(message);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as T).type === 'string'
      ? (parsed as T)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Collects a report's parts in any order; `add` returns the whole page once every part is there. */
export class ReportAssembler {
  private id: string | undefined;
  private parts: string[] = [];
  private received = 0;

  add(part: ReportPart): string | undefined {
    if (part.id !== this.id) {
      this.id = part.id;
      this.parts = new Array<string>(part.count);
      this.received = 0;
    }
    if (part.index < 0 || part.index >= this.parts.length || this.parts[part.index] !== undefined) return undefined;
    this.parts[part.index] = part.text;
    this.received++;
    return this.received === this.parts.length ? this.parts.join('') : undefined;
  }
}

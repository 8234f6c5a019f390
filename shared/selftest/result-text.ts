// The self-test's result as one text block to copy: host, versions, platform, language, each probe and value.

import type { Language } from '../i18n/language';
import type { ProbeStatus } from './probe';
import type { ProbeResult, SelfTestRun } from './runner';
import { inLanguage, type SelfTestTextKey, selfTestText } from './texts';
import { shownTime } from './time';

export { shownTime };

/** What the host says about itself; "?" where it cannot say. */
export interface HostInfo {
  /** "Excel", "Google Sheets", "Preview". */
  readonly host: string;
  readonly version: string;
  readonly platform: string;
  /** The host's UI locale, e.g. "nl-NL". */
  readonly locale: string;
  /** Teamscan's own version. */
  readonly product: string;
}

export interface SelfTestReport {
  readonly info: HostInfo;
  /** When it ran, as an ISO 8601 UTC timestamp. */
  readonly at: string;
  readonly run: SelfTestRun;
}

const STATUS_KEY: Record<ProbeStatus, SelfTestTextKey> = {
  pass: 'statusPass',
  fail: 'statusFail',
  na: 'statusNa',
};

export function statusWord(status: ProbeStatus, lang: Language): string {
  return selfTestText(STATUS_KEY[status], lang);
}

export function counts(results: readonly ProbeResult[]): Record<ProbeStatus, number> {
  const tally: Record<ProbeStatus, number> = { pass: 0, fail: 0, na: 0 };
  for (const result of results) tally[result.status]++;
  return tally;
}

/** One line per value, never a line break inside one: the block stays one probe per entry when pasted. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ↵ ');

function probeLines(result: ProbeResult, lang: Language): string[] {
  const seenLabel = selfTestText(result.status === 'na' ? 'why' : 'saw', lang);
  return [
    `[${statusWord(result.status, lang)}] ${result.id} — ${oneLine(inLanguage(result.checks, lang))}`,
    `  ${selfTestText('expected', lang)}: ${oneLine(inLanguage(result.expected, lang))}`,
    `  ${seenLabel}: ${oneLine(inLanguage(result.saw, lang))} (${result.ms} ms)`,
  ];
}

/**
 * The whole result as text, the same for the same report (a pure function of it): a header with the host, its
 * version and platform, the language and Teamscan's version; the outcome counts; each probe with its status, what
 * it checks, the expected answer and what it saw; and whether the temporary sheet was removed.
 */
export function resultText(report: SelfTestReport, lang: Language): string {
  const { info, run } = report;
  const tally = counts(run.results);
  const lines = [
    selfTestText('title', lang),
    selfTestText('host', lang, {
      host: info.host,
      version: info.version,
      platform: info.platform,
      locale: info.locale,
      product: info.product,
    }),
    selfTestText('when', lang, { at: shownTime(report.at), seconds: (run.ms / 1000).toFixed(1) }),
    selfTestText('summary', lang, { pass: tally.pass, fail: tally.fail, na: tally.na }),
    '',
    ...run.results.flatMap((result) => probeLines(result, lang)),
    '',
    run.cleanup.removed
      ? selfTestText('cleanupDone', lang)
      : selfTestText('cleanupFailed', lang, { error: oneLine(run.cleanup.error) }),
  ];
  return lines.join('\n');
}

// Who answered the self-scan and who not yet: from the form's responses (Sheets) or Teamscan-log (everywhere).

import { SELFSCAN_SOURCE } from '../host/bridge';
import { LOG_HEADER, LOG_SOURCE_HEADER } from '../host/change-log';
import { LANGUAGES } from '../i18n/language';
import { type CellValue, cellText, type Grid, serialToEpochMs } from '../matrix/grid';
import type { Team } from '../scan/team';
import { foldText, personKey } from '../text/normalize';
import type { FormState } from './form-types';
import { respondent } from './proposal';

export interface Tracking {
  /** People in the matrix, and those of them who answered (matrix order). */
  readonly total: number;
  readonly answered: readonly string[];
  readonly notYet: readonly string[];
  /** Whole percent answered (0 for an empty team). */
  readonly percent: number;
  /** The last take-over's time (ms) per the log, and who it took over. */
  readonly lastTakeOver?: number;
  readonly inLastTakeOver: readonly string[];
  /** Sheets: who answered (or changed an answer) after the last take-over, not taken over yet. */
  readonly sinceTakeOver: readonly string[];
}

/** One self-scan row of Teamscan-log: when (ms; undefined when the cell holds no date) and whose. */
export interface SelfscanLogEntry {
  readonly time?: number;
  readonly name: string;
}

function timeOf(value: CellValue): number | undefined {
  if (value instanceof Date) return value.getTime();
  // Excel hands a date back as its serial number.
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(serialToEpochMs(value)) : undefined;
}

/**
 * The log's rows whose source is "zelfscan" (`teamscan collect` and the Sheets take-over write it in the sixth
 * column, Bron / Source; a log of saves only has none).
 */
export function selfscanLogEntries(log: Grid | undefined): SelfscanLogEntry[] {
  const [header, ...rows] = log?.values ?? [];
  if (!header) return [];
  const names = new Set(LANGUAGES.map((lang) => foldText(LOG_SOURCE_HEADER[lang])));
  // The Sheets take-over adds the sixth column to a log the saves made without writing its header.
  const named = header.findIndex((cell) => names.has(foldText(cellText(cell))));
  const source = named >= 0 ? named : LOG_HEADER.nl.length;
  const nameHeaders = new Set(LANGUAGES.map((lang) => foldText(LOG_HEADER[lang][1]!)));
  const nameColumn = Math.max(
    0,
    header.findIndex((cell) => nameHeaders.has(foldText(cellText(cell)))),
  );
  return rows
    .filter((row) => foldText(cellText(row[source])) === SELFSCAN_SOURCE)
    .map((row) => ({ time: timeOf(row[0]), name: cellText(row[nameColumn]).trim() }))
    .filter((entry) => entry.name !== '');
}

function tracking(
  team: Team,
  answeredKeys: Set<string>,
  log: readonly SelfscanLogEntry[],
  since: Set<string>,
): Tracking {
  const people = team.reading.people.map((person) => person.name);
  const answered = people.filter((name) => answeredKeys.has(personKey(name)));
  const times = log.map((entry) => entry.time).filter((time): time is number => time !== undefined);
  const last = times.length ? Math.max(...times) : undefined;
  const inLast = new Set(log.filter((entry) => entry.time === last).map((entry) => personKey(entry.name)));
  return {
    total: people.length,
    answered,
    notYet: people.filter((name) => !answeredKeys.has(personKey(name))),
    percent: people.length ? Math.round((answered.length / people.length) * 100) : 0,
    ...(last !== undefined ? { lastTakeOver: last } : {}),
    inLastTakeOver: people.filter((name) => inLast.has(personKey(name))),
    sinceTakeOver: people.filter((name) => since.has(personKey(name))),
  };
}

/** Excel and everyone else: answered is who has a self-scan change in the log (a returned file that changed nothing is not there). */
export function trackFromLog(team: Team, log: Grid | undefined): Tracking {
  const entries = selfscanLogEntries(log);
  return tracking(team, new Set(entries.map((entry) => personKey(entry.name))), entries, new Set());
}

/** Google Sheets: answered is who sent a response; since the last take-over, whose latest is not taken over. */
export function trackFromForm(team: Team, state: FormState, log: Grid | undefined): Tracking {
  const answered = new Set<string>();
  const latest = new Map<string, { time: number; taken: boolean }>();
  for (const response of state.responses) {
    const name = respondent(team, state, response);
    if (name === undefined) continue;
    const key = personKey(name);
    answered.add(key);
    const seen = latest.get(key);
    if (!seen || response.time > seen.time) latest.set(key, { time: response.time, taken: response.taken });
  }
  const since = new Set([...latest].filter(([, r]) => !r.taken).map(([key]) => key));
  // Someone in the log from an earlier round of personal workbooks counts as answered too.
  for (const entry of selfscanLogEntries(log)) answered.add(personKey(entry.name));
  return tracking(team, answered, selfscanLogEntries(log), since);
}

// The hidden record of a personal workbook: what it started from (values and fingerprints), written and read back.

import type { CellValue } from '../../shared/matrix/grid';
import { personKey } from '../../shared/text/normalize';
import { sha256 } from './team';

/** The very hidden sheet holding the record (Excel shows it only through VBA; LibreOffice keeps it hidden). */
export const RECORD_SHEET = 'Teamscan-zelfscan';
const MARK = 'teamscan-selfscan';
const VERSION = 1;

/** One question of the file: the matrix column, the answer cell on the scan sheet, and the value it started with. */
export interface RecordQuestion {
  readonly kind: 'level' | 'wish';
  readonly header: string;
  readonly key: string;
  /** The answer cell on the scan sheet, e.g. "D9". */
  readonly cell: string;
  readonly start: string | number | null;
}

export interface SelfscanRecord {
  readonly person: string;
  readonly profile: string;
  readonly detail: string;
  readonly profileFingerprint: string;
  readonly teamFingerprint: string;
  readonly made: string;
  readonly questions: readonly RecordQuestion[];
}

/** The fingerprint over everything the record says: a changed start value or person no longer matches it. */
export function recordFingerprint(record: SelfscanRecord): string {
  return sha256([
    record.profileFingerprint,
    record.teamFingerprint,
    personKey(record.person),
    record.profile,
    record.detail,
    ...record.questions.flatMap((question) => [
      question.kind,
      question.key,
      question.cell,
      String(question.start ?? ''),
    ]),
  ]);
}

/** The record as rows of the hidden sheet. */
export function recordRows(record: SelfscanRecord): (string | number | null)[][] {
  return [
    [MARK, VERSION],
    ['person', record.person],
    ['profile', record.profile],
    ['detail', record.detail],
    ['profileFingerprint', record.profileFingerprint],
    ['teamFingerprint', record.teamFingerprint],
    ['fingerprint', recordFingerprint(record)],
    ['made', record.made],
    ['kind', 'header', 'key', 'cell', 'start'],
    ...record.questions.map((question) => [
      question.kind,
      question.header,
      question.key,
      question.cell,
      question.start,
    ]),
  ];
}

export type RecordReading =
  | { readonly ok: true; readonly record: SelfscanRecord }
  | { readonly ok: false; readonly reason: 'missing' | 'altered' };

function text(value: CellValue): string {
  return value === null || value === undefined ? '' : String(value);
}

function startValue(value: CellValue): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'number' ? value : String(value);
}

/** Reads the record back from the hidden sheet's values; anything off is `missing` or `altered`, never guessed. */
export function readRecord(rows: readonly (readonly CellValue[])[]): RecordReading {
  if (text(rows[0]?.[0]) !== MARK) return { ok: false, reason: 'missing' };
  const field = (row: number, name: string) => (text(rows[row]?.[0]) === name ? text(rows[row]?.[1]) : undefined);
  const fields = ['person', 'profile', 'detail', 'profileFingerprint', 'teamFingerprint', 'fingerprint', 'made'];
  const values = fields.map((name, index) => field(index + 1, name));
  if (values.some((value) => value === undefined)) return { ok: false, reason: 'altered' };
  const [person, profile, detail, profileFingerprint, teamFingerprint, fingerprint, made] = values as string[];
  const questions: RecordQuestion[] = rows.slice(9).flatMap((row): RecordQuestion[] => {
    const kind = text(row[0]);
    if (kind !== 'level' && kind !== 'wish') return [];
    return [{ kind, header: text(row[1]), key: text(row[2]), cell: text(row[3]), start: startValue(row[4]) }];
  });
  const record: SelfscanRecord = {
    person: person!,
    profile: profile!,
    detail: detail!,
    profileFingerprint: profileFingerprint!,
    teamFingerprint: teamFingerprint!,
    made: made!,
    questions,
  };
  if (recordFingerprint(record) !== fingerprint) return { ok: false, reason: 'altered' };
  return { ok: true, record };
}

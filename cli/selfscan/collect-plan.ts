// What `teamscan collect` would do: each returned file matched to its person, refused, or read cell by cell with
// the save's compare-and-set (docs/design.md#12-rounds-history-and-reports): a cell is written only when the matrix still holds the file's start.

import type { PlainCellValue } from '../../shared/host/bridge';
import { plainCellValue, sameCellValue } from '../../shared/host/row-write';
import type { Localized } from '../../shared/i18n/language';
import { type CellValue, isBlank } from '../../shared/matrix/grid';
import type { Person } from '../../shared/matrix/reading';
import { personKey } from '../../shared/text/normalize';
import { readLevelAnswer, readWishAnswer, sameAnswer } from './answers';
import type { ReturnedFile } from './returned';
import { cellOf, type TeamMatrix } from './team';

export type Refusal =
  | { readonly kind: 'noRecord' | 'altered' | 'otherTeam'; readonly file: string }
  | { readonly kind: 'otherProfile'; readonly file: string; readonly profile: string; readonly detail: string }
  | { readonly kind: 'notInTeam'; readonly file: string; readonly name: string }
  | { readonly kind: 'duplicate'; readonly name: string; readonly files: readonly string[] }
  /** A file the .xlsx reader refused (damaged, not an .xlsx inside): the reader's own words. */
  | { readonly kind: 'unreadableFile'; readonly file: string; readonly texts: Localized };

/** One cell to write: the person's row and the matrix column, what the matrix holds and what the answer says. */
export interface CellChange {
  readonly name: string;
  readonly header: string;
  readonly gridRow: number;
  readonly column: number;
  readonly before: PlainCellValue;
  readonly now: string | number;
}

export interface Conflict extends CellChange {
  /** What the personal file started from; the matrix no longer holds it. */
  readonly start: PlainCellValue;
}

export interface Unreadable {
  readonly file: string;
  readonly cell: string;
  readonly value: CellValue;
}

export interface CollectPlan {
  /** The people a file was taken from, in matrix order, with the file's name. */
  readonly returned: readonly { readonly name: string; readonly file: string }[];
  readonly notReturned: readonly string[];
  readonly refusals: readonly Refusal[];
  readonly changes: readonly CellChange[];
  readonly conflicts: readonly Conflict[];
  readonly unreadable: readonly Unreadable[];
}

export interface CollectChoices {
  /** Write conflicting answers too (--force). */
  readonly force: boolean;
  /** Accept files whose team fingerprint differs (--team-changed): the people are still matched by name. */
  readonly teamChanged: boolean;
}

/**
 * Whether the matrix still holds what the file started from: the same cell value (as a save compares it), or the
 * same level or wish written another way (2 and "2 - Bekwaam", "ja" and "x").
 */
function stillStart(kind: 'level' | 'wish', start: PlainCellValue, current: CellValue): boolean {
  if (sameCellValue(start, current)) return true;
  const read = kind === 'level' ? readLevelAnswer : readWishAnswer;
  const before = read(start);
  const now = read(current);
  return before.kind === 'value' && now.kind === 'value' && before.value === now.value;
}

/** The file's refusal before its cells are read, or the person it belongs to. */
function matchFile(team: TeamMatrix, returned: ReturnedFile, choices: CollectChoices): Refusal | Person {
  const { file } = returned;
  if (!returned.record.ok) return { kind: returned.record.reason === 'missing' ? 'noRecord' : 'altered', file };
  const record = returned.record.record;
  if (record.profileFingerprint !== team.profileFingerprint) {
    return { kind: 'otherProfile', file, profile: record.profile, detail: record.detail };
  }
  if (record.teamFingerprint !== team.teamFingerprint && !choices.teamChanged) return { kind: 'otherTeam', file };
  const person = team.reading.people.find((candidate) => personKey(candidate.name) === personKey(record.person));
  return person ?? { kind: 'notInTeam', file, name: record.person };
}

/** The plan for a set of returned files against the matrix as it is now. */
export function planCollect(team: TeamMatrix, files: readonly ReturnedFile[], choices: CollectChoices): CollectPlan {
  const refusals: Refusal[] = [];
  const byPerson = new Map<Person, ReturnedFile[]>();
  for (const returned of files) {
    const match = matchFile(team, returned, choices);
    if ('kind' in match) refusals.push(match);
    else byPerson.set(match, [...(byPerson.get(match) ?? []), returned]);
  }
  const changes: CellChange[] = [];
  const conflicts: Conflict[] = [];
  const unreadable: Unreadable[] = [];
  const returned: { name: string; file: string }[] = [];
  const columns = new Map(team.columns.map((column) => [column.key, column]));
  for (const person of team.reading.people) {
    const personFiles = byPerson.get(person);
    if (!personFiles) continue;
    // Two files for one person: which one is meant cannot be known (a copy keeps no honest date), so neither.
    if (personFiles.length > 1) {
      refusals.push({
        kind: 'duplicate',
        name: person.name,
        files: personFiles.map((returnedFile) => returnedFile.file),
      });
      continue;
    }
    const file = personFiles[0]!;
    returned.push({ name: person.name, file: file.file });
    if (!file.record.ok) continue;
    for (const question of file.record.record.questions) {
      const column = columns.get(question.key);
      if (!column || column.kind !== question.kind) continue;
      const value = file.cells.get(question.cell) ?? null;
      const answer = question.kind === 'level' ? readLevelAnswer(value) : readWishAnswer(value);
      if (answer.kind === 'unreadable') {
        unreadable.push({ file: file.file, cell: question.cell, value });
        continue;
      }
      // An empty answer is "not answered": it never clears a level the matrix holds.
      if (answer.kind === 'empty' || sameAnswer(question.kind, question.start, answer.value)) continue;
      const current = cellOf(team, person.gridRow, column.column);
      const change = {
        name: person.name,
        header: column.header,
        gridRow: person.gridRow,
        column: column.column,
        before: isBlank(current) ? null : plainCellValue(current),
        now: answer.value,
      };
      if (sameAnswer(question.kind, current, answer.value)) continue;
      if (stillStart(question.kind, question.start, current)) changes.push(change);
      else conflicts.push({ ...change, start: question.start });
    }
  }
  const taken = new Set(returned.map((entry) => personKey(entry.name)));
  return {
    returned,
    notReturned: team.reading.people.map((person) => person.name).filter((name) => !taken.has(personKey(name))),
    refusals,
    changes,
    conflicts,
    unreadable,
  };
}

/** The cells to write: the changes, and with --force the conflicts too. */
export function cellsToWrite(plan: CollectPlan, choices: CollectChoices): CellChange[] {
  return choices.force ? [...plan.changes, ...plan.conflicts] : [...plan.changes];
}

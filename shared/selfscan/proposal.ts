// Turns the form's responses into what a take-over would change, per person: the latest response wins.

import type { PlainCellValue, RowWrite } from '../host/bridge';
import { headerKey, plainCellValue, sameCellValue } from '../host/row-write';
import { LANGUAGES } from '../i18n/language';
import { cellText } from '../matrix/grid';
import { findPerson } from '../matrix/reading';
import { rowValues, type Team } from '../scan/team';
import { foldText, personKey } from '../text/normalize';
import { NOT_APPLICABLE_VALUE, WISH_VALUES } from '../workbook/texts';
import { emailColumn } from './form-spec';
import type { FormResponseState, FormState } from './form-types';
import { FORM_TEXTS } from './texts';

/** One cell a take-over changes: its column by header, what the matrix holds now, and the answer. */
export interface CellChange {
  readonly header: string;
  readonly before: PlainCellValue;
  readonly now: string | number;
}

export interface PersonProposal {
  readonly name: string;
  /** 1-based sheet row; undefined for a person not in the matrix (added below it, when the user agrees). */
  readonly sheetRow?: number;
  /** The response taken over (the latest) and when it was sent (ms). */
  readonly latest: { readonly id: string; readonly time: number };
  /** Earlier responses of the same person that were not taken over: listed, never written, marked with it. */
  readonly older: readonly { readonly id: string; readonly time: number }[];
  readonly changes: readonly CellChange[];
  /** Answers to rows the matrix has no column for (any more): named, not written. */
  readonly unmatched: readonly string[];
  /**
   * Answers at a level the bound matrix's scale cannot express (3 on a yes/no matrix): named, not written
   * (docs/design.md#own-layouts-and-their-scale).
   */
  readonly unexpressed: readonly string[];
}

export interface Proposal {
  readonly people: readonly PersonProposal[];
  /** Responses that name nobody (no name chosen, or an e-mail address the matrix does not hold). */
  readonly anonymous: number;
}

/**
 * An answer as the matrix writes it: a level in a bound matrix's own notation (3 on 1–5 is 4, held on x/o its "x"),
 * undefined for a level its scale cannot express; "n.v.t." and a wish as they are.
 */
function inMatrixNotation(team: Team, answer: string | number): string | number | undefined {
  if (typeof answer !== 'number' || !team.scale) return answer;
  return team.scale.levels.includes(answer) ? team.scale.write(answer) : undefined;
}

/** The level a grid column stands for, in either language's words: 0–4 or n.v.t.; undefined for "" (open). */
function levelOf(answer: string): number | string | undefined {
  const key = foldText(answer);
  for (const lang of LANGUAGES) {
    const index = FORM_TEXTS[lang].levels.findIndex((level) => foldText(level) === key);
    if (index >= 0) return index;
    if (foldText(FORM_TEXTS[lang].notApplicable) === key) return NOT_APPLICABLE_VALUE;
  }
  return undefined;
}

function wishOf(answer: string): string | undefined {
  const key = foldText(answer);
  for (const lang of LANGUAGES) {
    const index = FORM_TEXTS[lang].yesNo.findIndex((word) => foldText(word) === key);
    if (index >= 0) return WISH_VALUES[index as 0 | 1];
  }
  return undefined;
}

/** The sheet row (1-based) of a person of the reading. */
export function sheetRowOf(team: Team, gridRow: number): number {
  return team.layout.headerRow + gridRow;
}

/** Who a response is from: the name chosen, or the matrix's name for the respondent's e-mail address. */
export function respondent(team: Team, state: FormState, response: FormResponseState): string | undefined {
  const column = emailColumn(team.reading);
  if (column !== undefined) {
    const email = foldText(response.email);
    const sheetColumn = team.reading.origin.column - 1 + column;
    const person = team.reading.people.find(
      (p) => email !== '' && foldText(cellText(rowValues(team, sheetRowOf(team, p.gridRow))[sheetColumn])) === email,
    );
    return person?.name;
  }
  const titles = new Set(LANGUAGES.map((lang) => foldText(FORM_TEXTS[lang].person)));
  const item = state.items.find((i) => titles.has(foldText(i.title)));
  const answer = response.answers.find(([id]) => id === item?.id)?.[1];
  return typeof answer === 'string' && answer.trim() !== '' ? answer.trim() : undefined;
}

/** Every column a response can fill, by header key: the competency columns and the wish columns. */
function targets(team: Team): Map<string, { header: string; column: number; wish: boolean }> {
  const map = new Map<string, { header: string; column: number; wish: boolean }>();
  for (const field of team.layout.fields) map.set(headerKey(field.header), { ...field, wish: false });
  for (const area of team.layout.areas) {
    if (area.wishColumn === undefined) continue;
    map.set(headerKey(area.wishHeader!), { header: area.wishHeader!, column: area.wishColumn, wish: true });
    // A wish question is found by its title, in either language.
    for (const lang of LANGUAGES) {
      map.set(`wish:${foldText(FORM_TEXTS[lang].wish(area.role))}`, {
        header: area.wishHeader!,
        column: area.wishColumn,
        wish: true,
      });
    }
  }
  return map;
}

/** The answers of one response as header → value (grids by row header, wishes by question title). */
function answersOf(
  state: FormState,
  response: FormResponseState,
  columns: ReturnType<typeof targets>,
): { cells: Map<string, { header: string; column: number; now: string | number }>; unmatched: string[] } {
  const cells = new Map<string, { header: string; column: number; now: string | number }>();
  const unmatched: string[] = [];
  for (const [id, answer] of response.answers) {
    const item = state.items.find((i) => i.id === id);
    if (!item) continue;
    if (item.rows && Array.isArray(answer)) {
      item.rows.forEach((row, index) => {
        const now = levelOf(String(answer[index] ?? ''));
        if (now === undefined) return;
        const target = columns.get(headerKey(row));
        if (!target || target.wish) unmatched.push(row);
        else cells.set(target.header, { header: target.header, column: target.column, now });
      });
    } else if (typeof answer === 'string') {
      const target = columns.get(`wish:${foldText(item.title)}`);
      const now = wishOf(answer);
      if (target && now !== undefined) cells.set(target.header, { header: target.header, column: target.column, now });
    }
  }
  return { cells, unmatched };
}

/**
 * What taking over the form's responses would change in the matrix as `team` holds it: per person the latest
 * response that is not taken over yet (a person whose latest response was taken over gets nothing, so a second
 * run takes nothing twice), with the cells whose value differs from the matrix now. A name not in the matrix
 * is proposed as a person to add.
 */
export function proposeTakeOver(team: Team, state: FormState): Proposal {
  const columns = targets(team);
  const byPerson = new Map<string, { name: string; responses: FormResponseState[] }>();
  let anonymous = 0;
  for (const response of state.responses) {
    const name = respondent(team, state, response);
    if (name === undefined) {
      if (!response.taken) anonymous++;
      continue;
    }
    const key = personKey(name);
    const entry = byPerson.get(key) ?? { name, responses: [] };
    entry.responses.push(response);
    byPerson.set(key, entry);
  }
  const people: PersonProposal[] = [];
  for (const { name, responses } of byPerson.values()) {
    const sorted = [...responses].sort((a, b) => b.time - a.time);
    const latest = sorted[0]!;
    if (latest.taken) continue;
    const person = findPerson(team.reading, name);
    const row = person ? rowValues(team, sheetRowOf(team, person.gridRow)) : [];
    const { cells, unmatched } = answersOf(state, latest, columns);
    const changes: CellChange[] = [];
    const unexpressed: string[] = [];
    for (const cell of cells.values()) {
      const now = inMatrixNotation(team, cell.now);
      if (now === undefined) {
        unexpressed.push(cell.header);
        continue;
      }
      const before = plainCellValue(row[cell.column]);
      if (!sameCellValue(before, now)) changes.push({ header: cell.header, before, now });
    }
    people.push({
      name: person?.name ?? name,
      ...(person ? { sheetRow: sheetRowOf(team, person.gridRow) } : {}),
      latest: { id: latest.id, time: latest.time },
      older: sorted
        .slice(1)
        .filter((r) => !r.taken)
        .map((r) => ({ id: r.id, time: r.time })),
      changes,
      unmatched,
      unexpressed,
    });
  }
  return { people, anonymous };
}

/** The first free sheet row under the matrix: where a person not in it is added. */
export function rowForNewPerson(team: Team): number {
  const last = team.reading.people.reduce(
    (max, p) => Math.max(max, sheetRowOf(team, p.gridRow)),
    team.layout.headerRow,
  );
  return last + 1;
}

/**
 * The row write of a proposal: compare-and-set on every cell against the value the proposal saw, the responses
 * to mark taken over with it (the latest and the older ones). A person to add is written into the empty row
 * `newRow` with their name.
 */
export function proposalWrite(team: Team, proposal: PersonProposal, newRow?: number): RowWrite {
  const { layout } = team;
  const adding = proposal.sheetRow === undefined;
  const cells = [
    ...(adding ? [{ header: layout.nameHeader, expected: null, value: proposal.name }] : []),
    ...proposal.changes.map((change) => ({ header: change.header, expected: change.before, value: change.now })),
  ];
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    row: proposal.sheetRow ?? newRow ?? rowForNewPerson(team),
    nameHeader: layout.nameHeader,
    expectedName: adding ? '' : proposal.name,
    cells,
    ...(layout.updatedHeader !== undefined && cells.length > 0 ? { updatedHeader: layout.updatedHeader } : {}),
    responses: [proposal.latest.id, ...proposal.older.map((r) => r.id)],
  };
}

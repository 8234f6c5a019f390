// The result of reading a matrix: people with their levels per area and item, plus what each column meant.

import type { CoreMessageKey } from '../i18n/core-messages';
import type { Message } from '../i18n/message';
import type { Profile } from '../profiles/model';
import { personKey } from '../text/normalize';
import type { GridOrigin } from './address';
import type { ColumnTarget } from './columns';
import type { CellValue } from './grid';

export interface Person {
  readonly name: string;
  /** 0-based row inside the grid (the header is row 0). */
  readonly gridRow: number;
  readonly role: string;
  readonly workLevel: string;
  readonly updated: CellValue;
  /** Per area, in profile order: a level 0–4, or EMPTY / NOT_APPLICABLE (levels.ts). */
  readonly areaLevels: Float64Array;
  /** Per item, in profile order: a level 0–4, or EMPTY / NOT_APPLICABLE. EMPTY where no column exists. */
  readonly itemLevels: Float64Array;
  /** Per area: 1 where the person marked it as a development wish. */
  readonly wishes: Uint8Array;
  /** True when the person has a level on at least one competency. */
  readonly scanned: boolean;
}

export interface MatrixColumn {
  /** 0-based column inside the grid. */
  readonly column: number;
  readonly header: string;
  readonly address: string;
  /** Undefined for a skipped column. */
  readonly target?: ColumnTarget;
}

/** A cell the lenient reading left out (readMatrix's `lenient` option), with the error it would have thrown. */
export interface ReadProblem {
  /** 1-based sheet row and column of the cell. */
  readonly row: number;
  readonly column: number;
  readonly message: Message<CoreMessageKey>;
}

export interface MatrixReading {
  readonly profile: Profile;
  readonly origin: GridOrigin;
  readonly columns: readonly MatrixColumn[];
  readonly nameColumn: number;
  readonly people: readonly Person[];
  /** Per area: whether the matrix has the area's own column. */
  readonly areaColumns: readonly boolean[];
  /** Per item (profile order): whether the matrix has the item's own column. */
  readonly itemColumns: readonly boolean[];
  readonly warnings: readonly Message[];
  /** Lenient reading only: the unreadable cells and duplicate names it left out. */
  readonly problems?: readonly ReadProblem[];
}

/** The person of that name in a reading, matched as names are (case, spaces and accents aside). */
export function findPerson(reading: { readonly people: readonly Person[] }, name: string): Person | undefined {
  const key = personKey(name);
  return reading.people.find((person) => personKey(person.name) === key);
}

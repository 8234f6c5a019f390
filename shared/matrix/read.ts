// Reads a matrix (docs/design.md#5-reading-a-matrix): header row, name column, competency and optional columns, one person per row.

import { coreMessage, fail, type Message, message } from '../i18n/message';
import { EMPTY, NOT_APPLICABLE } from '../levels/levels';
import { customScale, type Scale } from '../levels/scale';
import type { Profile } from '../profiles/model';
import { personKey } from '../text/normalize';
import { cellAddress, DEFAULT_ORIGIN, rangeAddress } from './address';
import { profileIndex } from './columns';
import { cellText, type Grid } from './grid';
import { failWithoutCompetencies } from './layout-hint';
import { LookAlikeNames, lookAlikeKey } from './look-alike';
import { columnOf, levelColumns, mapColumns } from './map-columns';
import { isCountedOMark, scaleOfMarks } from './marks';
import { detectNameColumn } from './name-column';
import { AREA, type CellPlan, ITEM, itemRuns, readCells, WISH } from './read-cells';
import { checkRecordWidths, shownValue, skippedColumnWarnings } from './read-checks';
import type { MatrixReading, Person, ReadProblem } from './reading';
import { hasLevelIn, hasValueIn, isEmptyRow, isTotalsName, RowsBelow } from './rows';

export interface ReadOptions {
  /**
   * For the panel (docs/design.md#9-reliability-and-privacy): an unreadable level cell is left out and a repeated name's later row skipped,
   * each listed in `problems`, instead of throwing. Formulas and the CLI read strictly (the default).
   */
  readonly lenient?: boolean;
  /** The scale a user stated (docs/design.md#3-levels-and-cell-values); else the profile's "Niveaus" block; else 0–4. */
  readonly scale?: Scale;
  /** The header of the name column a user chose (`--naamkolom`, docs/design.md#5-reading-a-matrix). */
  readonly nameHeader?: string;
}

/** x and o marks that decided the scale (scaleOfMarks): the reading is done again in it. */
type DecidedMarks = NonNullable<ReturnType<typeof scaleOfMarks>>;

/**
 * The scale cells are read in, and what the reading says about it. On the default scale the x/o marks are looked
 * for only when the reading met a single "o" or left a row out (`deferred`): most matrices have neither, and that
 * saves a pass over every cell (docs/design.md#10-performance-targets).
 */
function scaleOf(
  profile: Profile,
  options: ReadOptions,
  decided: DecidedMarks | undefined,
): { scale: Scale | undefined; warnings: Message[]; deferred: boolean } {
  const stated = options.scale ?? (profile.levels ? customScale(profile.levels) : undefined);
  if (stated === undefined || stated.id === '0-4') {
    if (decided) return { scale: decided.scale, warnings: [decided.warning], deferred: false };
    return { scale: undefined, warnings: [], deferred: true };
  }
  const warnings = stated.anyItem ? [message('anyItemCovers', { scale: stated.id })] : [];
  return { scale: stated, warnings, deferred: false };
}

/** Whether a reading met a single "o" (after trimming, in any case): the one mark that can change the scale. */
function metSingleO(texts: ReadonlyMap<string, number>): boolean {
  for (const text of texts.keys()) if (isCountedOMark(text)) return true;
  return false;
}

/** Reads a matrix with one header row; throws a TeamscanError naming the cell on any bad value. */
export function readMatrix(grid: Grid, profile: Profile, options: ReadOptions = {}): MatrixReading {
  return readIn(grid, profile, options, undefined);
}

function readIn(grid: Grid, profile: Profile, options: ReadOptions, decided: DecidedMarks | undefined): MatrixReading {
  const problems: ReadProblem[] | undefined = options.lenient ? [] : undefined;
  const origin = grid.origin ?? DEFAULT_ORIGIN;
  const rows = grid.values;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (rows.length === 0 || width === 0) fail('emptyMatrix');
  const range = rangeAddress(origin, rows.length, width);
  checkRecordWidths(grid);
  const columns = mapColumns(grid, profile);
  const found = detectNameColumn(grid, columns, options.nameHeader);
  const nameColumn = found.column;
  if (nameColumn < 0) fail('noNameColumn', { range });
  const warnings: Message[] = found.note ? [found.note] : [];
  warnings.push(...skippedColumnWarnings(columns, nameColumn));
  const levels = levelColumns(columns.filter((column) => column.column !== nameColumn));
  if (!levels.some((column) => column.kind !== WISH)) failWithoutCompetencies(grid, profile);

  const areaCount = profile.areas.length;
  const itemCount = profileIndex(profile).items.length;
  const areaColumns = new Array<boolean>(areaCount).fill(false);
  const itemColumns = new Array<boolean>(itemCount).fill(false);
  for (const column of levels) {
    if (column.kind === AREA) areaColumns[column.area] = true;
    if (column.kind === ITEM) itemColumns[column.item] = true;
  }
  const roleColumn = columnOf(columns, 'role');
  const workLevelColumn = columnOf(columns, 'workLevel');
  const updatedColumn = columnOf(columns, 'updated');
  const mask = grid.emptyMask;
  // From arrays, not with from's mapping function: that iterates generically, a cost for every read.
  const columnAt = new Int32Array(levels.map((column) => column.column));
  const levelAt = new Int32Array(levels.filter((column) => column.kind !== WISH).map((column) => column.column));
  const { scale, warnings: scaleWarnings, deferred } = scaleOf(profile, options, decided);
  warnings.push(...scaleWarnings);
  const plan: CellPlan = {
    count: levels.length,
    columnAt,
    kindAt: new Uint8Array(levels.map((column) => column.kind)),
    areaAt: new Int32Array(levels.map((column) => column.area)),
    itemAt: new Int32Array(levels.map((column) => column.item)),
    // Always both fields, so the plan keeps one shape in the hot loop.
    read: scale?.read,
    anyItem: scale?.anyItem ?? false,
    accepts: scale?.accepts,
    texts: new Map(),
    ...itemRuns(levels),
  };

  // One buffer per kind for the whole matrix: a typed array per person costs more than reading its cells.
  // Slots for rows with cells only, so empty rows before a stray far cell cost no memory.
  let slots = 0;
  for (let r = 1; r < rows.length; r++) if (rows[r]!.length > 0) slots++;
  const areaBuffer = new Float64Array(slots * areaCount).fill(EMPTY);
  // Without an item column (a matrix by area) every person shares one array of no item levels, as below for wishes.
  const itemBuffer = new Float64Array(itemColumns.includes(true) ? slots * itemCount : itemCount).fill(EMPTY);
  // Without a wish column every person shares one array of no wishes: a view less per person.
  const wishBuffer = new Uint8Array(levels.some((column) => column.kind === WISH) ? slots * areaCount : areaCount);
  let slot = 0;
  const people: Person[] = [];
  const firstRowOf = new Map<string, number>();
  const lookAlikes = new LookAlikeNames((r) => cellAddress(origin, r, nameColumn));
  let lookAlikeSeen = false;
  const sums = new Float64Array(areaCount);
  const counts = new Uint32Array(areaCount);
  const notApplicable = new Uint8Array(areaCount);
  // docs/design.md#5-reading-a-matrix: the matrix ends at its first empty row; below it only rows holding levels are people.
  let below: RowsBelow | undefined;
  // Rows left out before their cells are read (below the matrix, without a name, totals): the marks may sit there.
  let passedOver = false;
  try {
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      const rowMask = mask?.[r];
      // A row with a name is not empty: most rows are decided by their name cell alone.
      const name = rowMask?.[nameColumn] ? '' : cellText(row[nameColumn]);
      if (!name && isEmptyRow(row, rowMask)) {
        below ??= new RowsBelow(origin.row + r);
        continue;
      }
      if (below && !hasLevelIn(row, rowMask, levelAt, scale?.read)) {
        below.ignore(origin.row + r);
        passedOver = true;
        continue;
      }
      // Rows that are no people are left out before their values are read: a total of 12 blocks nothing.
      if (!name) {
        if (hasValueIn(row, rowMask, plan.columnAt)) warnings.push(message('rowWithoutName', { row: origin.row + r }));
        passedOver = true;
        continue;
      }
      const key = personKey(name);
      if (isTotalsName(name, key)) {
        warnings.push(message('totalsRow', { row: origin.row + r, name: shownValue(name) }));
        passedOver = true;
        continue;
      }
      below?.count(origin.row + r);
      // Views made with the constructor: subarray looks up a species constructor for every view.
      const areaLevels = new Float64Array(areaBuffer.buffer, slot * areaCount * 8, areaCount);
      const itemLevels =
        itemBuffer.length > itemCount
          ? new Float64Array(itemBuffer.buffer, slot * itemCount * 8, itemCount)
          : itemBuffer;
      const wishes =
        wishBuffer.length > areaCount ? new Uint8Array(wishBuffer.buffer, slot * areaCount, areaCount) : wishBuffer;
      slot++;
      readCells(row, r, rowMask, plan, origin, areaLevels, itemLevels, wishes, sums, counts, notApplicable, problems);
      // A person is scanned with a level on at least one competency: then an area has one.
      let scanned = false;
      // Mixed detail (docs/design.md#4-what-the-answers-mean): the mean of the scanned items when there are any, else the area's own cell.
      // The sums are cleared for the next row on the way.
      for (let a = 0; a < areaCount; a++) {
        if (counts[a]! > 0) areaLevels[a] = sums[a]! / counts[a]!;
        else if (notApplicable[a] && !(areaLevels[a]! >= 0)) areaLevels[a] = NOT_APPLICABLE;
        if (areaLevels[a]! >= 0) scanned = true;
        sums[a] = counts[a] = notApplicable[a] = 0;
      }
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        const params = {
          name: shownValue(name),
          first: cellAddress(origin, earlier, nameColumn),
          second: cellAddress(origin, r, nameColumn),
        };
        if (!problems) fail('duplicatePerson', params);
        problems.push({
          row: origin.row + r,
          column: origin.column + nameColumn,
          message: coreMessage('duplicatePerson', params),
        });
        continue;
      }
      firstRowOf.set(key, r);
      // A look-alike pair needs a letter that looks like a Latin one in one of its names: names are noted from the
      // first such name on, the people before it first, so a read of Latin names notes none.
      if (!lookAlikeSeen && lookAlikeKey(key) !== key) {
        lookAlikeSeen = true;
        for (const person of people) lookAlikes.note(person.name, personKey(person.name), person.gridRow);
      }
      if (lookAlikeSeen) lookAlikes.note(name, key, r);
      people.push({
        name,
        gridRow: r,
        role: roleColumn >= 0 ? cellText(row[roleColumn]) : '',
        workLevel: workLevelColumn >= 0 ? cellText(row[workLevelColumn]) : '',
        updated: updatedColumn >= 0 ? row[updatedColumn] : undefined,
        areaLevels,
        itemLevels,
        wishes,
        scanned,
      });
    }
  } catch (error) {
    // Mixed marks are refused before any cell's own problem, as when the marks were looked for first.
    if (deferred) scaleOfMarks(rows, mask, levelAt, origin);
    throw error;
  }
  if (deferred && (passedOver || metSingleO(plan.texts))) {
    const marks = scaleOfMarks(rows, mask, levelAt, origin);
    if (marks) return readIn(grid, profile, options, marks);
  }
  warnings.push(...lookAlikes.warnings);
  if (below) warnings.push(...below.warnings);
  return {
    profile,
    origin,
    columns,
    nameColumn,
    people,
    areaColumns,
    itemColumns,
    warnings,
    ...(problems ? { problems } : {}),
  };
}

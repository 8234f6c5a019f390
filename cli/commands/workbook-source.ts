// `teamscan workbook --from`: the source matrix read with the reading options (docs/design.md#5-reading-a-matrix), carried into the
// no-install workbook so that the workbook's own reading sees the same people and levels, in 0–4.

import type { Language } from '../../shared/i18n/language';
import { EMPTY, NOT_APPLICABLE } from '../../shared/levels/levels';
import type { Scale } from '../../shared/levels/scale';
import type { RecordedScale } from '../../shared/levels/scale-record';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import type { MatrixReading } from '../../shared/matrix/reading';
import type { Profile } from '../../shared/profiles/model';
import { WORKBOOK_TEXTS } from '../../shared/workbook/texts';
import { readMatrixTable } from '../read-matrix';
import { profileScale, type ReadingOptionValues, readOptionsOf } from '../reading-options';
import { scaleRecordOf } from '../scale-record';

const TEXTS = {
  nl: {
    converted: (scale: string, count: number) =>
      `Niveaus omgezet naar 0–4 (schaal ${scale}; ${count} cellen): het nieuwe werkboek rekent in 0–4 (0 Nog niet … 4 Expert).`,
    anyItem:
      'Ja/nee-schaal: het nieuwe werkboek telt een gebied als gedekt door wie één van zijn competenties heeft, zoals teamscan analyze met deze schaal.',
    names: (header: string) => `Namen uit kolom "${header}" staan in het nieuwe werkboek onder de kop Naam.`,
  },
  en: {
    converted: (scale: string, count: number) =>
      `Levels converted to 0–4 (scale ${scale}; ${count} cells): the new workbook computes in 0–4 (0 Not yet … 4 Expert).`,
    anyItem:
      'Yes/no scale: the new workbook counts an area as covered by whoever holds any of its competencies, as teamscan analyze does with this scale.',
    names: (header: string) => `Names from column "${header}" are under the header Name in the new workbook.`,
  },
} as const;

/** The carried source: its grid for the plan (which cuts it to header and people), the reading, what to say. */
export interface ExistingSource {
  readonly grid: Grid;
  readonly reading: MatrixReading;
  readonly notes: readonly string[];
  /** Read on a yes/no scale: an area is covered by whoever holds any of its items (docs/design.md#3-levels-and-cell-values). */
  readonly anyItem: boolean;
  /** The scale the new workbook records, so that reading it counts as its formulas do (cli/scale-record.ts). */
  readonly scaleRecord?: RecordedScale;
}

const LEVEL_KINDS = new Set(['area', 'areaType', 'item']);

/** A level as the new workbook holds it: a number 0–4, n.v.t., or nothing. */
function levelCell(reading: number, lang: Language): CellValue {
  if (reading === EMPTY) return null;
  if (reading === NOT_APPLICABLE) return lang === 'nl' ? 'n.v.t.' : 'n/a';
  return reading;
}

/**
 * The located grid as the new workbook should hold it: levels of a stated scale as 0–4 (in every row the reading
 * counted as a person; other rows lose their level cells, so they stay no person), and the name column the reading
 * chose under a name header the workbook's reading finds first.
 */
function carried(
  grid: Grid,
  reading: MatrixReading,
  scale: Scale | undefined,
  lang: Language,
): { grid: Grid; notes: string[] } {
  const texts = TEXTS[lang];
  const notes: string[] = [];
  let values: CellValue[][] = grid.values.map((row) => [...row]);
  if (scale && scale.id !== '0-4') {
    const levelColumns = reading.columns
      .filter((column) => column.target && LEVEL_KINDS.has(column.target.kind) && column.column !== reading.nameColumn)
      .map((column) => column.column);
    const people = new Set(reading.people.map((person) => person.gridRow));
    let count = 0;
    for (let r = 1; r < values.length; r++) {
      const row = values[r]!;
      for (const c of levelColumns) {
        if (c >= row.length) continue;
        const before = row[c];
        row[c] = people.has(r) ? levelCell(scale.read(before), lang) : null;
        if (people.has(r) && row[c] !== null && row[c] !== before) count++;
      }
    }
    notes.push(texts.converted(scale.id, count));
    if (scale.anyItem) notes.push(texts.anyItem);
  }
  const nameColumn = reading.columns[reading.nameColumn];
  if (nameColumn && nameColumn.target?.kind !== 'name') {
    // A column the reading took by --naamkolom or by its contents: it gets the name header, and goes first when
    // another column is headed like a name (the workbook's reading takes the first).
    const other = reading.columns.some((column) => column.target?.kind === 'name');
    const header = WORKBOOK_TEXTS.name[lang];
    values = values.map((row, r) => {
      const cell = r === 0 ? header : (row[reading.nameColumn] ?? null);
      if (!other) return Object.assign([...row], { [reading.nameColumn]: cell });
      return [cell, ...row.slice(0, reading.nameColumn), ...row.slice(reading.nameColumn + 1)];
    });
    notes.push(texts.names(nameColumn.header));
  }
  return { grid: { values }, notes };
}

/**
 * The profile the new workbook is built with: without a "Niveaus" block, as its levels are carried in 0–4 (the
 * workbook's Profiel sheet holds no such block either).
 */
export function profileInZeroToFour(profile: Profile): Profile {
  if (!profile.levels) return profile;
  const { levels: _levels, ...rest } = profile;
  return rest;
}

/** The --from file read as `analyze` reads it, with the same reading options, and carried for the new workbook. */
export async function readExisting(
  path: string,
  profile: Profile,
  options: ReadingOptionValues & { readonly lang: Language; readonly sheet?: string },
): Promise<ExistingSource> {
  const how = readOptionsOf(options);
  const { grid, reading, recorded } = await readMatrixTable(path, profile, options.sheet, options.lang, how);
  // A source that records its yes/no scale holds levels 0–4 already: nothing to convert, any item still covers.
  const scale = recorded ?? how.scale ?? profileScale(profile);
  const source = carried(grid, reading, recorded ? undefined : scale, options.lang);
  if (recorded) source.notes.push(TEXTS[options.lang].anyItem);
  const scaleRecord = scaleRecordOf(scale);
  return { ...source, reading, anyItem: scale?.anyItem ?? false, ...(scaleRecord ? { scaleRecord } : {}) };
}

// A team matrix file as the self-scan sees it: its people, the competency and wish columns, and its fingerprints.

import { createHash } from 'node:crypto';
import type { Language } from '../../shared/i18n/language';
import { type ColumnTarget, targetKey } from '../../shared/matrix/columns';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import type { MatrixReading } from '../../shared/matrix/reading';
import type { Detail } from '../../shared/profiles/detail';
import type { Profile } from '../../shared/profiles/model';
import { personKey } from '../../shared/text/normalize';
import { namingFile } from '../read-matrix';
import { readTable } from '../read-table';

/** One column a person answers: a level (area, area × type, item) or a development wish. */
export interface ScanColumn {
  readonly kind: 'level' | 'wish';
  /** The header as the matrix writes it (the log's Kolom). */
  readonly header: string;
  /** The column's meaning, stable across header spellings (`area:0`, `item:12`, `wish:3`). */
  readonly key: string;
  /** 0-based column inside the located grid. */
  readonly column: number;
  /** What the column asks: the area description, the K/V/A items, or the item text. */
  readonly description: string;
}

export interface TeamMatrix {
  readonly file: string;
  readonly reading: MatrixReading;
  /** The located grid (header in row 0), with its origin (sheet, first row and column). */
  readonly grid: Grid;
  readonly detail: Detail;
  readonly columns: readonly ScanColumn[];
  /** Profile, detail and the competency columns: which questions the files ask. */
  readonly profileFingerprint: string;
  /** The people in the matrix (by name key): which team the files belong to. */
  readonly teamFingerprint: string;
}

export function sha256(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The finest detail among the matrix's competency columns. */
function detailOf(reading: MatrixReading): Detail {
  const kinds = new Set(reading.columns.map((column) => column.target?.kind));
  if (kinds.has('item')) return 'competenties';
  if (kinds.has('areaType')) return 'kva';
  return 'gebieden';
}

/** What a column asks, from the profile: the area's description, its K/V/A items, or the item's text. */
function describe(profile: Profile, target: ColumnTarget): string {
  if (target.kind === 'item') return profile.areas.flatMap((area) => area.items)[target.item]?.text ?? '';
  if (target.kind !== 'area' && target.kind !== 'areaType' && target.kind !== 'wish') return '';
  const area = profile.areas[target.area];
  if (!area) return '';
  if (target.kind === 'areaType') {
    return area.items
      .filter((item) => item.type === target.type)
      .map((item) => item.text)
      .join('\n');
  }
  return target.kind === 'wish' ? area.name : area.description || area.name;
}

/** Reads a team file (.xlsx or .csv) as `analyze` does; a refusal names the file, the cell and the value. */
export async function readTeamMatrix(
  file: string,
  profile: Profile,
  sheet: string | undefined,
  lang: Language,
): Promise<TeamMatrix> {
  return namingFile(file, lang, async () => {
    const { grid } = await readTable(file, sheet);
    const located = locateMatrix(grid, profile);
    const reading = readMatrix(located, profile);
    const columns: ScanColumn[] = [];
    for (const column of reading.columns) {
      const target = column.target;
      if (!target || !['area', 'areaType', 'item', 'wish'].includes(target.kind)) continue;
      const key = targetKey(target);
      const description = describe(profile, target);
      columns.push({
        kind: target.kind === 'wish' ? 'wish' : 'level',
        header: column.header,
        key,
        column: column.column,
        description,
      });
    }
    const detail = detailOf(reading);
    const keys = columns.map((column) => column.key).sort();
    const people = reading.people.map((person) => personKey(person.name)).sort();
    return {
      file,
      reading,
      grid: located,
      detail,
      columns,
      profileFingerprint: sha256(['profile', profile.id, detail, ...keys]),
      teamFingerprint: sha256(['team', ...people]),
    };
  });
}

/** The value a person's row holds in a column now. */
export function cellOf(team: TeamMatrix, gridRow: number, column: number): CellValue {
  return team.grid.values[gridRow]?.[column] ?? null;
}

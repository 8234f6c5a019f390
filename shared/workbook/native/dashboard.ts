// The native Dekking content: DEKKING, HIATEN (by risk), key people and BASISNIVEAU as plain spreadsheet formulas
// over the Rekenblad; learning pairs as a line saying where to find them.

import { FORMULA_TEXTS } from '../../formulas/texts';
import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import type { DashboardContent } from '../dashboard-sheet';
import type { PlanCell } from '../plan';
import type { CalcRefs } from './calc-sheet';
import { keyPeopleCells } from './key-people';
import { literal } from './syntax';
import { NATIVE_TEXTS } from './texts';

const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

/** People counted in a level column: SUMPRODUCT, so a bad cell shows as an error instead of being skipped. */
const countAtLeast = (levels: string, minimum: string) => `SUMPRODUCT(--(${levels}>=${minimum}))`;

/** The k-th entry of a list compacted by a running count; empty past the end, errors kept. */
function kth(values: string, counts: string, total: string, k: number): string {
  return `IF(${k}>${total},"",INDEX(${values},MATCH(${k},${counts},0)))`;
}

export function nativeDashboard(refs: CalcRefs): DashboardContent {
  return {
    coverage: ({ profile, lang }) => {
      const t = FORMULA_TEXTS;
      const header = [t.area, t.covered, t.advanced, t.expert, t.scanned, t.status].map((cell) => cell[lang]);
      const statusTexts = (key: 'statusCovered' | 'statusVulnerable' | 'statusGap' | 'statusNotScanned') =>
        literal(text(key, lang));
      return [
        header,
        ...profile.areas.map((area, a): PlanCell[] => {
          const levels = refs.levels[a]!;
          // Counts are repeated inside the status, so the table works wherever it is placed.
          const covered = countAtLeast(levels, refs.thresholds[a]!);
          const scanned = countAtLeast(levels, '0');
          // Nobody with a level: niet gescand, never a gap (docs/design.md#4-what-the-answers-mean).
          const known =
            area.scope === 'everyone'
              ? `IF(${covered}=${scanned},${statusTexts('statusCovered')},${statusTexts('statusGap')})`
              : `IF(${covered}=0,${statusTexts('statusGap')},IF(${covered}<${refs.targets[a]!},` +
                `${statusTexts('statusVulnerable')},${statusTexts('statusCovered')}))`;
          const status = `IF(${scanned}=0,${statusTexts('statusNotScanned')},${known})`;
          return [
            area.role,
            formula(covered),
            formula(countAtLeast(levels, '3')),
            formula(countAtLeast(levels, '4')),
            formula(scanned),
            formula(status),
          ];
        }),
      ];
    },
    gaps: ({ lang }) => {
      const t = FORMULA_TEXTS;
      const g = refs.gaps;
      const rows: PlanCell[][] = [[t.kind[lang], t.area[lang], t.explanation[lang]]];
      // One row more than the gaps can fill: the "nog niet gescand" line follows the last gap (as in HIATEN).
      for (let k = 1; k <= Math.max(g.rows, 1) + 1; k++) {
        const none = (value: string) => (k === 1 ? literal(value) : '""');
        const afterGaps = (unscanned: string, whenNone: string) =>
          `IF(AND(${k}=${g.total}+1,${g.unscanned}<>""),${unscanned},IF(${g.total}=0,` +
          `IF(${g.unscanned}="",${none(whenNone)},""),""))`;
        // The k-th gap by risk: the Rekenblad's ORDER column names its row in the candidate rows.
        const cell = (values: string, unscanned: string, whenNone: string) =>
          formula(`IF(${k}>${g.total},${afterGaps(unscanned, whenNone)},INDEX(${values},INDEX(${g.orders},${k})))`);
        rows.push([
          cell(g.kinds, literal(t.kindNotScanned[lang]), t.kindNone[lang]),
          cell(g.labels, g.unscanned, ''),
          cell(g.texts, literal(t.notScannedText[lang]), t.noGapsText[lang]),
        ]);
      }
      return rows;
    },
    keyPeople: ({ lang }) =>
      keyPeopleCells(
        {
          names: refs.names,
          areas: refs.keyPeople.areas,
          items: refs.keyPeople.items,
          rows: refs.keyPeople.rows,
          total: refs.keyPeople.total,
          count: refs.dataRows,
        },
        lang,
      ),
    pairs: ({ lang }) => [[NATIVE_TEXTS.pairsElsewhere[lang]]],
    notes: ({ lang }) => [
      [NATIVE_TEXTS.snapshotTitle[lang]],
      ...NATIVE_TEXTS.snapshotSteps[lang].split('|').map((line) => [line]),
    ],
  };
}

/** The BASISNIVEAU table (Naam, Basisniveau, Status) for every row that may hold a person. */
export function basisCells(refs: CalcRefs, lang: Language): PlanCell[][] {
  const t = FORMULA_TEXTS;
  const rows: PlanCell[][] = [[t.name[lang], t.basisLevel[lang], t.status[lang]]];
  for (let k = 1; k <= refs.dataRows; k++) {
    rows.push(
      [refs.names, refs.basisLevels, refs.basisStatuses].map((values) =>
        formula(kth(values, refs.numbers, refs.people, k)),
      ),
    );
  }
  return rows;
}

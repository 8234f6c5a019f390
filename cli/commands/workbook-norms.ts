// `teamscan workbook --from`: the norms typed in the source workbook's Dekking sheet, for the new workbook, and
// what the command says about a norm whose area the profile does not have (docs/design.md#4a-norms-per-area, docs/design.md#7-the-injected-workbook).

import type { SheetSnapshot } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import { cellAddress } from '../../shared/matrix/address';
import type { Profile } from '../../shared/profiles/model';
import { typedNorms } from '../../shared/workbook/carry-norms';
import { SHEET_DASHBOARD } from '../../shared/workbook/plan';

const TEXTS = {
  nl: {
    kept: (areas: string) => `Eigen normen uit de bron overgenomen voor: ${areas}.`,
    orphan: (cell: string, area: string) =>
      `Let op: de norm in ${cell} van de bron hoort bij ${area}, dat dit profiel niet heeft; die is niet overgenomen.`,
  },
  en: {
    kept: (areas: string) => `Own norms taken over from the source for: ${areas}.`,
    orphan: (cell: string, area: string) =>
      `Note: the norm in ${cell} of the source belongs to ${area}, which this profile does not have; it was not taken over.`,
  },
} as const;

export interface SourceNorms {
  /** The source's Dekking sheet, for the plan (`normsFrom`); undefined when it has none. */
  readonly sheet?: SheetSnapshot;
  /** What to say: the areas whose norms were taken, and each norm that was not. */
  readonly lines: string[];
}

export async function sourceNorms(path: string, profile: Profile, lang: Language): Promise<SourceNorms> {
  // The .xlsx reader is loaded only when a source is read (as every command loads it: lazily).
  const { readNormsSheet } = await import('../read/norms-sheet');
  const sheet = await readNormsSheet(path);
  if (!sheet) return { lines: [] };
  const norms = typedNorms(sheet, profile, () => false);
  const areas = [...new Set(norms.filter((norm) => norm.area !== undefined).map((norm) => norm.label))];
  const lines = areas.length ? [TEXTS[lang].kept(areas.join(', '))] : [];
  for (const norm of norms.filter((candidate) => candidate.area === undefined)) {
    const cell = cellAddress({ sheet: SHEET_DASHBOARD, row: 1, column: 1 }, norm.row, norm.column);
    lines.push(TEXTS[lang].orphan(cell, norm.label));
  }
  return { sheet, lines };
}

// What the binding flow needs beyond the panel: reading a table for a proposal, and the flow's texts.

import type { Language } from '../../i18n/language';
import { fillTemplate, type MessageParams } from '../../i18n/message';
import type { ScaleId } from '../../levels/scale';
import { type BindingSummary, isTeamscanSheet, proposeBinding } from '../../scan/binding';
import { BIND_FLOW_MESSAGES, type BindFlowKey } from './texts';

/** A flow text in the panel's language. */
export function bindText(key: BindFlowKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(BIND_FLOW_MESSAGES[key][lang], params);
}

const SCALE_NAMES: Readonly<Record<ScaleId, BindFlowKey>> = {
  '0-4': 'scale04',
  '1-5': 'scale15',
  'ja-nee': 'scaleYesNo',
  'x-o': 'scaleXo',
};

/** A scale as the panel states it: "1–5 (1 → 0 … 5 → 4)". */
export function scaleName(scale: ScaleId, lang: Language): string {
  return bindText(SCALE_NAMES[scale], lang);
}

/** The proposal's summary and its scale line: stated ("Schaal: 1–5 (1 → 0 … 5 → 4)"), or why the user chooses it. */
export function summaryLines(summary: BindingSummary, lang: Language): { table: string; scale: string } {
  const { sheet, headerRow, nameHeader, nameColumn, people, competencyColumns, choices = [] } = summary;
  const table = bindText('bindSummary', lang, { sheet, headerRow, nameHeader, nameColumn, people, competencyColumns });
  const scale = summary.scale
    ? bindText('bindScale', lang, { scale: scaleName(summary.scale, lang) })
    : bindText(summary.mixed ? 'bindScaleMixed' : 'bindScaleOpen', lang, { choices: choices.join(', ') });
  return { table, scale };
}

export { SCALE_IDS } from '../../levels/scale';
export { isTeamscanSheet, proposeBinding };

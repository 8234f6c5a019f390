// The scale a no-install workbook written from a yes/no matrix records (docs/design.md#3-levels-and-cell-values, docs/workbook.md):
// the defined name Teamscan_Schaal, written by `teamscan workbook` and read by every command that reads a matrix.

import type { Localized } from '../shared/i18n/language';
import type { Scale } from '../shared/levels/scale';
import { type RecordedScale, recordedReading, recordedScaleId, SCALE_RECORD_NAME } from '../shared/levels/scale-record';
import { LocalizedInputError } from './input-error';

const TEXTS = {
  contradicted: (file: string, recorded: string, stated: string): Localized => ({
    nl: `${file} is geschreven van een ja/nee-matrix (schaal ${recorded}, vastgelegd in de naam ${SCALE_RECORD_NAME}): de niveaus zijn 0 en 2 en een gebied is gedekt door wie één van zijn competenties heeft. --schaal ${stated} spreekt dat tegen; laat --schaal weg.`,
    en: `${file} was written from a yes/no matrix (scale ${recorded}, recorded in the name ${SCALE_RECORD_NAME}): its levels are 0 and 2 and an area is covered by whoever holds any of its competencies. --schaal ${stated} contradicts that; leave out --schaal.`,
  }),
  unknown: (file: string, value: string): Localized => ({
    nl: `${file}: de naam ${SCALE_RECORD_NAME} zegt "${value}"; Teamscan legt daar ja-nee of x-o vast. Herstel of verwijder de naam (Formules > Namen beheren).`,
    en: `${file}: the name ${SCALE_RECORD_NAME} says "${value}"; Teamscan records ja-nee or x-o there. Correct or delete the name (Formulas > Name Manager).`,
  }),
};

/** What a workbook written on `scale` records: a yes/no scale (x-o, else ja-nee); nothing for the others. */
export function scaleRecordOf(scale: Scale | undefined): RecordedScale | undefined {
  if (!scale?.anyItem) return undefined;
  return scale.id === 'x-o' ? 'x-o' : 'ja-nee';
}

/**
 * How a file with a scale record is read: its levels are 0–4 (held 2, not held 0, as written) and an area is
 * covered by whoever holds any of its items. A stated yes/no scale agrees; any other is refused naming both. A
 * profile's "Niveaus" block describes the source's values, not this file's: the record is read instead.
 */
export function recordedScale(file: string, record: string, stated: Scale | undefined): Scale {
  const id = recordedScaleId(record);
  if (!id) throw new LocalizedInputError(TEXTS.unknown(file, record.trim()));
  if (stated && !stated.anyItem) {
    throw new LocalizedInputError(TEXTS.contradicted(file, id, stated.id));
  }
  return recordedReading(id);
}

/** workbook.xml with the record added to its defined names (ECMA-376 part 1, 18.2.5: after sheets, before calcPr). */
export function withScaleRecord(xml: string, id: RecordedScale): string {
  const name = `<definedName name="${SCALE_RECORD_NAME}">"${id}"</definedName>`;
  if (xml.includes('<definedNames>')) return xml.replace('<definedNames>', `<definedNames>${name}`);
  return xml.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
}

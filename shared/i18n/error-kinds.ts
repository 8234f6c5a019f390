// The kind of each core message as a spreadsheet error (model: HyperFormula's ErrorType): what a host shows.

import type { CoreMessageKey } from './core-messages';

/**
 * `na`: something named is not there (an unknown person or area), as #N/A, so IFNA/ISNA can catch it as in the
 * no-install workbook's lookups; `num`: a number out of its range (threshold, target, count), as #NUM!;
 * `value`: everything else, as #VALUE!.
 */
export type ErrorKind = 'value' | 'na' | 'num';

const KINDS: Partial<Record<CoreMessageKey, ErrorKind>> = {
  unknownPerson: 'na',
  unknownArea: 'na',
  invalidThreshold: 'num',
  invalidTarget: 'num',
  invalidCount: 'num',
  normsBadThreshold: 'num',
  normsBadTarget: 'num',
};

/** The kind of a core message; `value` unless listed. */
export function errorKind(key: CoreMessageKey): ErrorKind {
  return KINDS[key] ?? 'value';
}

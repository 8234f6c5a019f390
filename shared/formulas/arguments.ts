// Turns raw formula arguments into the core's inputs, with the same errors in every host.

import { fail, quoteValue } from '../i18n/message';
import { areaKeys } from '../matrix/columns';
import { type CellValue, type Grid, isBlank } from '../matrix/grid';
import { readMatrix } from '../matrix/read';
import type { MatrixReading } from '../matrix/reading';
import type { Profile } from '../profiles/model';
import { resolveProfile } from '../profiles/resolve';
import { matchKey } from '../text/normalize';
import type { FormulaContext } from './types';

/** A scalar argument: a 1×1 range counts as its single value. */
export function scalarArgument(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    return value[0][0];
  }
  return value;
}

export function gridArgument(args: readonly unknown[], position: number, context: FormulaContext, name: string): Grid {
  const value = args[position];
  if (isBlank(value)) fail('missingArgument', { param: name });
  if (!Array.isArray(value) || !value.every(Array.isArray)) {
    fail('notAMatrix', { param: name, value: quoteValue(value) });
  }
  const info = context.argumentInfo?.[position];
  return {
    values: value as CellValue[][],
    ...(info?.origin ? { origin: info.origin } : {}),
    ...(info?.emptyMask ? { emptyMask: info.emptyMask } : {}),
  };
}

export function profileArgument(args: readonly unknown[], position: number, context: FormulaContext): Profile {
  return resolveProfile(args[position], context.argumentInfo?.[position]?.origin);
}

/** Reads the matrix argument (position 0) against the profile argument at `profilePosition`. */
export function matrixArgument(
  args: readonly unknown[],
  context: FormulaContext,
  profilePosition: number,
): MatrixReading {
  const profile = profileArgument(args, profilePosition, context);
  return readMatrix(gridArgument(args, 0, context, 'matrix'), profile);
}

/** The index of the area an argument names, by id, code, name, role noun or alias. */
export function areaArgument(profile: Profile, raw: unknown, name: string): number {
  const value = scalarArgument(raw);
  if (isBlank(value)) fail('missingArgument', { param: name });
  const key = matchKey(String(value));
  const index = profile.areas.findIndex((area) => areaKeys(area).includes(key));
  if (index < 0) {
    fail('unknownArea', {
      value: quoteValue(value),
      profile: profile.id,
      known: profile.areas.map((area) => area.id).join(', '),
    });
  }
  return index;
}

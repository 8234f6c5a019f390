// Threshold and target arguments (a value or a norms table) as the analysis takes them.

import { type AreaNorm, resolveNorms } from '../../analysis/norms';
import type { AnalysisOptions } from '../../analysis/types';
import { fail } from '../../i18n/message';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import type { Grid } from '../../matrix/grid';
import type { Profile } from '../../profiles/model';
import type { NormArgument } from '../types';

function singleValue(norm: NormArgument | undefined): number | undefined {
  return norm && 'value' in norm ? norm.value : undefined;
}

function tableOf(norm: NormArgument | undefined): Grid | undefined {
  return norm && 'table' in norm ? norm.table : undefined;
}

/**
 * The one norms table of a call: drempel and doel may both name it (usually the same range); two different
 * tables would leave it open which one counts, so that is an error.
 */
function normsTable(threshold?: NormArgument, target?: NormArgument): Grid | undefined {
  const first = tableOf(threshold);
  const second = tableOf(target);
  if (first && second && JSON.stringify(first.values) !== JSON.stringify(second.values)) fail('normsTwoTables');
  return first ?? second;
}

/** The analysis options of a threshold and a target, each a value or a norms table. */
export function normOptions(threshold?: NormArgument, target?: NormArgument): AnalysisOptions {
  const table = normsTable(threshold, target);
  return {
    threshold: singleValue(threshold),
    target: singleValue(target),
    ...(table ? { norms: table } : {}),
  };
}

/** The effective threshold and target of every area, in profile order. */
export function areaNorms(profile: Profile, threshold?: NormArgument, target?: NormArgument): AreaNorm[] {
  const table = normsTable(threshold, target);
  const defaults = {
    threshold: singleValue(threshold) ?? DEFAULT_THRESHOLD,
    target: singleValue(target) ?? DEFAULT_TARGET,
  };
  return resolveNorms(profile, defaults, table);
}

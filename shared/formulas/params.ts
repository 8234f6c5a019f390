// The parameters the formulas share, declared once: key, kind, names and default in both languages (help: help.ts).

import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../levels/levels';
import type { FormulaParam, ParamKey } from './types';

/** A parameter whose key the implementations see (FormulaArguments[K]). */
function param<K extends ParamKey>(declaration: FormulaParam<K>): FormulaParam<K> {
  return declaration;
}

export const MATRIX = param({
  key: 'matrix',
  name: { nl: 'matrix', en: 'matrix' },
  kind: 'matrix',
  optional: false,
});

export const BEFORE = param({
  key: 'before',
  name: { nl: 'eerder', en: 'before' },
  kind: 'matrix',
  optional: false,
});

export const AREA = param({
  key: 'area',
  name: { nl: 'gebied', en: 'area' },
  kind: 'area',
  optional: false,
});

export const THRESHOLD = param({
  key: 'threshold',
  name: { nl: 'drempel', en: 'threshold' },
  kind: 'level',
  optional: true,
  default: { value: DEFAULT_THRESHOLD, note: { nl: 'Bekwaam', en: 'Competent' } },
});

export const TARGET = param({
  key: 'target',
  name: { nl: 'doel', en: 'target' },
  kind: 'target',
  optional: true,
  default: { value: DEFAULT_TARGET },
});

export const PROFILE = param({
  key: 'profile',
  name: { nl: 'profiel', en: 'profile' },
  kind: 'profile',
  optional: true,
  default: { value: 'npuls' },
});

export const PERSON = param({
  key: 'person',
  name: { nl: 'naam', en: 'name' },
  kind: 'text',
  optional: false,
});

export const COUNT = param({
  key: 'count',
  name: { nl: 'aantal', en: 'count' },
  kind: 'count',
  optional: true,
  default: { value: 3 },
});

/** docs/design.md#4b-insights-beyond-coverage's *m*; the core's DEFAULT_MENTOR_LIMIT (a test holds them equal). */
export const MAX = param({
  key: 'max',
  name: { nl: 'max', en: 'max' },
  kind: 'count',
  optional: true,
  default: { value: 2 },
});

export const DETAIL = param({
  key: 'detail',
  name: { nl: 'detail', en: 'detail' },
  kind: 'detail',
  optional: true,
  default: { value: 'competenties' },
});

export const VALUE = param({
  key: 'value',
  name: { nl: 'waarde', en: 'value' },
  kind: 'value',
  optional: false,
});

/** The Ontwikkelplan sheet (docs/design.md#12-rounds-history-and-reports): one goal per row, by its headers. */
export const PLAN = param({
  key: 'plan',
  name: { nl: 'plan', en: 'plan' },
  kind: 'plan',
  optional: false,
});

/** PLAN as VOORTGANG's last argument, optional: without it the table is what it was before it had one. */
export const PLAN_OPTIONAL = param({ ...PLAN, optional: true });

export const SCALE = param({
  key: 'scale',
  name: { nl: 'schaal', en: 'scale' },
  kind: 'scale',
  optional: true,
  default: { value: '0-4' },
});

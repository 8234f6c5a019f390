// Reads the threshold and target arguments, from the CLI, a panel or a formula cell.

import { fail, quoteValue } from '../i18n/message';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD, MIN_LEVEL } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { isBlank } from '../matrix/grid';

/** A threshold is a level 0–4: a number or any level label ("bekwaam", "3 - Gevorderd"). */
export function readThreshold(value: unknown): number {
  if (isBlank(value)) return DEFAULT_THRESHOLD;
  if (typeof value === 'boolean') fail('invalidThreshold', { value: quoteValue(value) });
  const level = readLevel(value);
  if (level < MIN_LEVEL) fail('invalidThreshold', { value: quoteValue(value) });
  return level;
}

/** A whole number of 1 or more, from a number or a numeric text. */
export function readPositiveWhole(value: unknown, fallback: number, key: 'invalidTarget' | 'invalidCount'): number {
  if (isBlank(value)) return fallback;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(number) || number < 1) fail(key, { value: quoteValue(value) });
  return number;
}

/** The most learners one mentor takes (docs/design.md#4b-insights-beyond-coverage, *m*). */
export const DEFAULT_MENTOR_LIMIT = 2;

export function readTarget(value: unknown): number {
  return readPositiveWhole(value, DEFAULT_TARGET, 'invalidTarget');
}

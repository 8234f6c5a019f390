// One reader per parameter kind: turns a raw formula argument into the core's input, with the same errors and
// the declared default in every host (model: HyperFormula's FunctionPlugin coerceToType).

import { readDevPlan } from '../analysis/conversation/dev-plan';
import { isNormsTable } from '../analysis/norms';
import { readPositiveWhole, readTarget, readThreshold } from '../analysis/options';
import { fail, quoteValue, TeamscanError } from '../i18n/message';
import { INVALID } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { customScale, readScale, type Scale, thresholdInScale } from '../levels/scale';
import { cellAddress, DEFAULT_ORIGIN, rangeAddress } from '../matrix/address';
import { areaKeys } from '../matrix/columns';
import { type CellValue, type Grid, isBlank } from '../matrix/grid';
import { locateMatrix } from '../matrix/locate';
import { readMatrix } from '../matrix/read';
import { findPerson, type MatrixReading, type Person } from '../matrix/reading';
import { normsInScale } from '../matrix/scale-norms';
import { readDetail } from '../profiles/detail';
import type { Profile } from '../profiles/model';
import { resolveProfile } from '../profiles/resolve';
import { matchKey } from '../text/normalize';
import type { ArgumentInfo, FormulaArguments, FormulaContext, FormulaParam, NormArgument, ParamKind } from './types';

/** One raw argument with what the host knows of it and the parameter it is for. */
export interface RawArgument {
  readonly raw: unknown;
  readonly info?: ArgumentInfo;
  readonly param: FormulaParam;
  readonly context: FormulaContext;
}

/** What is read before the other arguments: the profile and the scale, then the matrix read with them. */
interface Earlier {
  readonly profile: () => Profile;
  readonly scale?: Scale;
  readonly matrix?: MatrixReading;
}

type Reader = (argument: RawArgument, earlier: Earlier) => unknown;

function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray);
}

/** A scalar argument: a 1×1 range counts as its single value, and a cell known to be empty as empty. */
export function scalarValue(argument: RawArgument): unknown {
  const { raw, info } = argument;
  const single = isRange(raw) && raw.length === 1 && raw[0]!.length === 1;
  if (isRange(raw) && !single) return raw;
  const mask = info?.emptyMask;
  if (mask?.length === 1 && mask[0]?.length === 1 && mask[0][0]) return null;
  return single ? (raw as unknown[][])[0]![0] : raw;
}

function paramName(argument: RawArgument): string {
  return argument.param.name[argument.context.lang];
}

/** A range argument as a grid, with its origin and empty cells where the host knows them. */
function gridOf(argument: RawArgument): Grid {
  const { raw, info } = argument;
  if (isBlank(raw)) fail('missingArgument', { param: paramName(argument) });
  if (!isRange(raw)) fail('notAMatrix', { param: paramName(argument), value: quoteValue(raw) });
  return {
    values: raw as CellValue[][],
    ...(info?.origin ? { origin: info.origin } : {}),
    ...(info?.emptyMask ? { emptyMask: info.emptyMask } : {}),
  };
}

function declaredDefault(argument: RawArgument): unknown {
  return argument.param.default?.value;
}

/** A threshold or target: one value, or a range that must be a norms table (docs/design.md#4a-norms-per-area). */
function normArgument(
  argument: RawArgument,
  readValue: (value: unknown) => number,
  scale?: Scale,
  readDefault: (value: unknown) => number = readValue,
): NormArgument {
  const value = scalarValue(argument);
  if (isRange(value)) {
    const table = normsInScale(gridOf(argument), scale);
    if (!isNormsTable(table)) {
      const width = Math.max(1, ...table.values.map((row) => row.length));
      fail('normsNoHeader', { range: rangeAddress(table.origin ?? DEFAULT_ORIGIN, table.values.length, width) });
    }
    return { table };
  }
  // The declared default is a level already; only a typed value is read in the scale.
  return { value: isBlank(value) ? readDefault(declaredDefault(argument)) : readValue(value) };
}

function readArea(argument: RawArgument, earlier: Earlier): number {
  const value = scalarValue(argument);
  if (isBlank(value)) fail('missingArgument', { param: paramName(argument) });
  const profile = earlier.profile();
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

function readPerson(argument: RawArgument, earlier: Earlier): Person {
  const value = scalarValue(argument);
  if (isBlank(value)) fail('missingArgument', { param: paramName(argument) });
  const person = earlier.matrix && findPerson(earlier.matrix, String(value));
  if (!person) fail('unknownPerson', { value: quoteValue(value) });
  return person;
}

/** A cell read as a level; an unreadable one names its cell (NIVEAU). */
function readValueCell(argument: RawArgument): number {
  const value = scalarValue(argument);
  const level = readLevel(value);
  if (level === INVALID) {
    const origin = argument.info?.origin;
    fail('invalidLevel', {
      cell: origin ? cellAddress(origin, 0, 0) : paramName(argument),
      value: quoteValue(value),
    });
  }
  return level;
}

/**
 * A matrix argument, read leniently: an unreadable level cell is left out and listed in `problems`, for a table
 * to name in its note row and a single answer to fail on when it is in its scope (docs/design.md#6-the-formulas). A repeated name
 * stays an error. It is read in the stated scale, and a range with title lines above its header finds the header
 * as a file does (docs/design.md#5-reading-a-matrix).
 */
function readMatrixArgument(argument: RawArgument, earlier: Earlier): MatrixReading {
  const profile = earlier.profile();
  const options = earlier.scale ? { lenient: true, scale: earlier.scale } : { lenient: true };
  const reading = readMatrix(locateMatrix(gridOf(argument), profile), profile, options);
  const duplicate = reading.problems?.find((problem) => problem.message.key === 'duplicatePerson');
  if (duplicate) throw new TeamscanError(duplicate.message);
  return reading;
}

export const READERS: Readonly<Record<ParamKind, Reader>> = {
  profile: (argument) => {
    const value = scalarValue(argument);
    return resolveProfile(isBlank(value) ? declaredDefault(argument) : value, argument.info?.origin);
  },
  matrix: readMatrixArgument,
  area: readArea,
  text: readPerson,
  level: (argument, earlier) => {
    const scale = earlier.scale ?? profileScale(earlier.profile());
    return normArgument(argument, (value) => readThreshold(thresholdInScale(value, scale)), scale, readThreshold);
  },
  // A norms table given as both drempel and doel is read in the scale both times, so it stays one table.
  target: (argument, earlier) => normArgument(argument, readTarget, earlier.scale ?? profileScale(earlier.profile())),
  count: (argument) => readPositiveWhole(scalarValue(argument), Number(declaredDefault(argument)), 'invalidCount'),
  detail: (argument) => readDetail(scalarValue(argument), declaredDefault(argument) as ReturnType<typeof readDetail>),
  value: readValueCell,
  scale: (argument) => readScale(scalarValue(argument)),
  // The plan's cells are named by the sheet's own addresses where the host knows them, else from Ontwikkelplan!A1.
  // An optional plan left out is no plan (VOORTGANG without its goals row).
  plan: (argument, earlier) =>
    argument.param.optional && isBlank(argument.raw) ? undefined : readDevPlan(gridOf(argument), earlier.profile()),
};

/** A custom profile's own scale (its "Niveaus" block), where it has one. */
function profileScale(profile: Profile): Scale | undefined {
  return profile.levels ? customScale(profile.levels) : undefined;
}

/** Reading order: the profile first, then the matrices (read with it), then the rest in declared order. */
function rank(param: FormulaParam): number {
  if (param.kind === 'profile' || param.kind === 'scale') return 0;
  return param.kind === 'matrix' ? 1 : 2;
}

/** Reads every declared parameter by its kind into the arguments an implementation receives, by key. */
export function readArguments(
  params: readonly FormulaParam[],
  raw: readonly unknown[],
  context: FormulaContext,
): FormulaArguments {
  const read: Partial<Record<keyof FormulaArguments, unknown>> = {};
  let profile: Profile | undefined;
  let scale: Scale | undefined;
  let matrix: MatrixReading | undefined;
  const earlier = (): Earlier => ({
    profile: () => (profile ??= resolveProfile(undefined)),
    ...(scale ? { scale } : {}),
    ...(matrix ? { matrix } : {}),
  });
  const order = params.map((_, index) => index).sort((a, b) => rank(params[a]!) - rank(params[b]!) || a - b);
  for (const index of order) {
    const param = params[index]!;
    const info = context.argumentInfo?.[index];
    const value = READERS[param.kind]({ raw: raw[index], param, context, ...(info ? { info } : {}) }, earlier());
    read[param.key] = value;
    if (param.kind === 'profile') profile = value as Profile;
    if (param.kind === 'scale') scale = value as Scale | undefined;
    if (param.key === 'matrix') matrix = value as MatrixReading;
  }
  return read as FormulaArguments;
}

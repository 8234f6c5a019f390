// SCORE, BASISNIVEAU and KANDIDATEN: answers about people rather than areas.

import { candidatesFor } from '../../analysis/analyze';
import { readPositiveWhole, readThreshold } from '../../analysis/options';
import type { Language } from '../../i18n/language';
import { fail, quoteValue, text } from '../../i18n/message';
import { MIN_LEVEL, NOT_APPLICABLE } from '../../levels/levels';
import { isBlank } from '../../matrix/grid';
import type { MatrixReading, Person } from '../../matrix/reading';
import { personKey } from '../../text/normalize';
import { areaArgument, matrixArgument, scalarArgument } from '../arguments';
import { AREA, COUNT, MATRIX, PERSON, PROFILE, THRESHOLD } from '../params';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaContext, FormulaDefinition, FormulaResult, FormulaTable } from '../types';
import { nameColumn } from './coverage';

const DEFAULT_CANDIDATES = 3;

/** A level as a cell shows it: the number, "n.v.t." for not applicable, empty when not scanned. */
export function levelCell(level: number, lang: Language): FormulaResult {
  if (level >= MIN_LEVEL) return level;
  return level === NOT_APPLICABLE ? text('notApplicable', lang) : '';
}

function findPerson(reading: MatrixReading, raw: unknown): Person {
  const name = scalarArgument(raw);
  if (isBlank(name)) fail('missingArgument', { param: 'naam' });
  const key = personKey(String(name));
  const person = reading.people.find((candidate) => personKey(candidate.name) === key);
  if (!person) fail('unknownPerson', { value: quoteValue(name) });
  return person;
}

/**
 * The basis table: per person the lowest level over the everyone-areas (the weakest link decides) and
 * whether it reaches the threshold.
 */
export function basisTable(reading: MatrixReading, threshold: number, lang: Language): FormulaTable {
  const t = FORMULA_TEXTS;
  const everyone = reading.profile.areas.flatMap((area, index) => (area.scope === 'everyone' ? [index] : []));
  const rows: FormulaTable = [[t.name[lang], t.basisLevel[lang], t.status[lang]]];
  for (const person of reading.people) {
    const levels = everyone.map((area) => person.areaLevels[area]!).filter((level) => level >= MIN_LEVEL);
    if (levels.length === 0) {
      rows.push([person.name, '', text('statusNotScanned', lang)]);
      continue;
    }
    const lowest = Math.min(...levels);
    rows.push([person.name, lowest, text(lowest >= threshold ? 'statusCovered' : 'statusGap', lang)]);
  }
  return rows;
}

function thresholdOf(args: readonly unknown[], position: number): number {
  return readThreshold(scalarArgument(args[position]));
}

export const SCORE: FormulaDefinition = {
  id: 'SCORE',
  name: { nl: 'SCORE', en: 'SCORE' },
  description: {
    nl: 'Het niveau van de persoon op het gebied (gemiddelde van de competenties als het gebied geen eigen kolom heeft).',
    en: 'The person’s level on the area (the mean of its competencies where the area has no column of its own).',
  },
  params: [MATRIX, PERSON, AREA, PROFILE],
  result: 'scalar',
  run: (args, context: FormulaContext) => {
    const reading = matrixArgument(args, context, 3);
    const person = findPerson(reading, args[1]);
    const area = areaArgument(reading.profile, args[2], AREA.name[context.lang]);
    return levelCell(person.areaLevels[area]!, context.lang);
  },
};

export const BASISNIVEAU: FormulaDefinition = {
  id: 'BASISNIVEAU',
  name: { nl: 'BASISNIVEAU', en: 'BASICS' },
  description: {
    nl: 'Per persoon het basisniveau (laagste niveau op de basisgebieden) en of dat de drempel haalt.',
    en: 'Per person the basic level (lowest level on the basic areas) and whether it reaches the threshold.',
  },
  params: [MATRIX, THRESHOLD, PROFILE],
  result: 'table',
  run: (args, context) => {
    const reading = matrixArgument(args, context, 2);
    return basisTable(reading, thresholdOf(args, 1), context.lang);
  },
};

export const KANDIDATEN: FormulaDefinition = {
  id: 'KANDIDATEN',
  name: { nl: 'KANDIDATEN', en: 'CANDIDATES' },
  description: {
    nl: 'Wie het gebied nog niet dekt, eerst wie het als ontwikkelwens heeft, dan op niveau van hoog naar laag.',
    en: 'Who does not cover the area yet: development wishes first, then by level from high to low.',
  },
  params: [MATRIX, AREA, COUNT, THRESHOLD, PROFILE],
  result: 'table',
  run: (args, context) => {
    const reading = matrixArgument(args, context, 4);
    const area = areaArgument(reading.profile, args[1], AREA.name[context.lang]);
    const count = readPositiveWhole(scalarArgument(args[2]), DEFAULT_CANDIDATES, 'invalidCount');
    const people = candidatesFor(reading.people, area, thresholdOf(args, 3));
    return nameColumn(people.slice(0, count).map((person) => person.name));
  },
};

// The custom functions in the built project give the core's answers for Apps-Script-shaped inputs.

import { runFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { loadGas, thrownByFunction } from './fake/load-gas';

type Make = (iso: string) => Date;

/** A matrix as Apps Script hands it over: "" for empty cells, numbers, booleans, text, Dates. */
function matrix(date: Make, bad?: string): unknown[][] {
  return [
    ['Naam', 'Rol', 'Bijgewerkt', 'Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator', 'FTE'],
    ['Anna de Vries', 'ICT-coach', date('2024-03-01T10:00:00Z'), 3, 2, 4, '', 1, 'Gevorderd', 0.8],
    ['Bert', '', date('2024-02-11T09:30:00Z'), 2, true, bad ?? 1.5, 'n.v.t.', 3, 0, 1],
    ['Chris', 'Adviseur', '', 1, false, 2, 3, '', '2 - Bekwaam', ''],
    ['', '', '', '', '', '', '', '', '', ''],
    ['Dewi', '', '', '', '', '', '', '', '', ''],
  ];
}

/** The core's answer, as a Sheets cell grid ("" where the core says nothing). */
function coreAnswer(id: string, args: unknown[], lang: Language): unknown {
  const result = runFormula(id, args, { lang });
  const cell = (value: unknown) => (value === null || value === undefined ? '' : value);
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : cell(result);
}

const CALLS: [string, string, Language, (m: unknown[][]) => unknown[]][] = [
  ['DEKKING', 'DEKKING', 'nl', (m) => [m]],
  ['DEKKING', 'DEKKING', 'nl', (m) => [m, 3, 1, 'npuls']],
  ['DEKKING', 'DEKKING', 'nl', (m) => [m, '', '', '']],
  ['DEKKING', 'COVERAGE', 'en', (m) => [m, 'Bekwaam']],
  ['GEDEKT', 'GEDEKT', 'nl', (m) => [m, 'adviseur']],
  ['GEDEKT', 'COVERED', 'en', (m) => [m, 'ADV', 1]],
  ['HIATEN', 'HIATEN', 'nl', (m) => [m]],
  ['HIATEN', 'GAPS', 'en', (m) => [m, 2, 2]],
  ['WIE', 'WIE', 'nl', (m) => [m, 'Verbinder']],
  ['SCORE', 'SCORE', 'nl', (m) => [m, 'Anna de Vries', 'innovator']],
  ['BASISNIVEAU', 'BASICS', 'en', (m) => [m]],
  ['KANDIDATEN', 'KANDIDATEN', 'nl', (m) => [m, 'coach', 2]],
  ['PROFIEL', 'PROFIEL', 'nl', () => ['han', 'gebieden']],
  ['PROFIEL', 'PROFILE', 'en', () => [undefined, undefined]],
  ['NIVEAU', 'NIVEAU', 'nl', () => ['3 - Gevorderd']],
  ['NIVEAU', 'LEVEL', 'en', () => [true]],
  ['NIVEAU', 'NIVEAU', 'nl', () => ['n.v.t.']],
];

describe('custom functions in the Apps Script runtime shape', () => {
  const loaded = loadGas();
  // Dates made inside the script's realm, as Apps Script creates them for date cells.
  const scriptDate: Make = (iso) => loaded.evaluate(`new Date(${JSON.stringify(iso)})`) as Date;
  const nodeDate: Make = (iso) => new Date(iso);

  it.each(CALLS)('%s as =%s(…) (%s) gives the core answer', (id, name, lang, args) => {
    const actual = loaded.call(name, ...args(matrix(scriptDate)));
    const expected = coreAnswer(id, args(matrix(nodeDate)), lang);
    expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('SCORE, one name in both languages, answers in the language of the spreadsheet', () => {
    // Spreadsheet.getSpreadsheetLocale() (developers.google.com/apps-script/reference/spreadsheet/spreadsheet
    // #getSpreadsheetLocale) is a get method, which a custom function may call (guides/sheets/functions).
    const spreadsheet = loaded.gas.spreadsheet as unknown as { getSpreadsheetLocale?: () => string };
    const answers: unknown[] = [];
    try {
      for (const locale of ['nl_NL', 'en_US', 'en_GB', 'de_DE']) {
        spreadsheet.getSpreadsheetLocale = () => locale;
        answers.push(loaded.call('SCORE', matrix(scriptDate), 'Bert', 'coach'));
        answers.push(thrownByFunction(() => loaded.call('SCORE', matrix(scriptDate), 'Zoë', 'coach')).message);
      }
    } finally {
      delete spreadsheet.getSpreadsheetLocale;
    }
    const unknown = (lang: Language) => coreMessage([matrix(nodeDate), 'Zoë', 'coach'], 'SCORE', lang);
    expect(answers).toEqual([
      'n.v.t.',
      unknown('nl'),
      'n/a',
      unknown('en'),
      'n/a',
      unknown('en'),
      'n.v.t.',
      unknown('nl'),
    ]);
    expect(unknown('en')).not.toBe(unknown('nl'));
    // Without a locale to read, Dutch, the default language.
    expect(loaded.call('SCORE', matrix(scriptDate), 'Bert', 'coach')).toBe('n.v.t.');
  });

  it('returns a rectangular table with "" for nothing, never null', () => {
    const table = loaded.call('DEKKING', matrix(scriptDate)) as unknown[][];
    const width = table[0]!.length;
    expect(table.every((row) => row.length === width && row.every((cell) => cell !== null && cell !== undefined))).toBe(
      true,
    );
  });

  function coreMessage(
    args: unknown[],
    id: string,
    lang: Language,
    origin?: { sheet: string; row: number; column: number },
  ) {
    try {
      runFormula(id, args, { lang, ...(origin ? { argumentInfo: [{ origin }] } : {}) });
    } catch (error) {
      if (error instanceof TeamscanError) return error.localized(lang);
    }
    throw new Error('the core accepted the bad cell');
  }

  it('a table names the bad cell in its note row; an answer whose scope holds it throws a clear Error', () => {
    const table = loaded.call('DEKKING', matrix(scriptDate, 'banaan')) as unknown[][];
    expect(table.at(-1)![0]).toBe('Niet meegeteld: F3 "banaan"');
    const error = thrownByFunction(() => loaded.call('GEDEKT', matrix(scriptDate, 'banaan'), 'adviseur'));
    expect(error).toBeInstanceOf(loaded.evaluate('Error') as ErrorConstructor);
    expect(error.message).toBe(coreMessage([matrix(nodeDate, 'banaan'), 'adviseur'], 'GEDEKT', 'nl'));
    expect(error.message).toContain('"banaan"');
    expect(error.message).toContain('F3');
  });

  it('names the real sheet cell when the calling formula refers to a range, in the formula language', () => {
    const dashboard = loaded.gas.spreadsheet.insertSheet('Dekking');
    dashboard.write(6, 1, '=COVERED(Teammatrix!A1:J,"adviseur")');
    loaded.gas.callingCell = dashboard.getRange(6, 1);
    try {
      const error = thrownByFunction(() => loaded.call('COVERED', matrix(scriptDate, 'banaan'), 'adviseur'));
      const expected = coreMessage([matrix(nodeDate, 'banaan'), 'adviseur'], 'GEDEKT', 'en', {
        sheet: 'Teammatrix',
        row: 1,
        column: 1,
      });
      expect(error.message).toBe(expected);
      expect(error.message).toContain('Teammatrix!F3');
      expect(error.message).toMatch(/^Cell /);
    } finally {
      loaded.gas.callingCell = null;
    }
  });

  it('reports a single cell where a matrix is expected, and an unknown area', () => {
    expect(thrownByFunction(() => loaded.call('DEKKING', 'Anna')).message).toBe(coreMessage(['Anna'], 'DEKKING', 'nl'));
    const unknown = thrownByFunction(() => loaded.call('GEDEKT', matrix(scriptDate), 'astronaut')).message;
    expect(unknown).toContain('"astronaut"');
  });
});

// Custom functions within Sheets' limits: read-only services, no authorization, 30 seconds, for a large team.

import { CUSTOM_FUNCTION_LIMIT_MS, callAsCustomFunction } from './fake/custom-function';
import { loadGas, readGasFile } from './fake/load-gas';

const AREAS = ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];

/** A team of `people` as Apps Script hands a range over: "" for empty cells, Dates for date cells. */
function team(people: number, date: (iso: string) => Date): unknown[][] {
  const rows: unknown[][] = [['Naam', 'Rol', 'Bijgewerkt', ...AREAS, 'FTE']];
  for (let person = 1; person <= people; person++) {
    const levels = AREAS.map((_, area) => ((person + area) % 5 === 4 ? '' : (person + area) % 5));
    rows.push([`Persoon ${person}`, person % 3 ? 'ICT-coach' : '', date('2024-03-01T10:00:00Z'), ...levels, 1]);
  }
  return rows;
}

/** An Ontwikkelplan sheet with a goal for the person the wrappers ask about, as ONTWIKKELPLAN/DEVPLAN read it. */
const PLAN = [
  ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'],
  ['Persoon 7', 'Coach', '', '', 4, 'Intervisie', 'Persoon 8', 'mei', 'open'],
];

/** The arguments each wrapper in functions.js gets here; a matrix for every `matrix`/`eerder`/`before` parameter. */
function argumentsFor(parameters: string[], matrix: unknown[][]): unknown[] {
  const values: Record<string, unknown> = {
    matrix,
    plan: PLAN,
    eerder: matrix,
    before: matrix,
    gebied: 'coach',
    area: 'coach',
    naam: 'Persoon 7',
    name: 'Persoon 7',
    aantal: 3,
    count: 3,
    profiel: 'npuls',
    profile: 'npuls',
    detail: 'gebieden',
    waarde: '3 - Gevorderd',
    value: '3 - Gevorderd',
  };
  return parameters.map((parameter) => values[parameter] ?? '');
}

describe('the custom-function harness refuses what Sheets refuses (guides/sheets/functions)', () => {
  const loaded = loadGas();
  loaded.gas.spreadsheet.insertSheet('Teammatrix');
  loaded.evaluate(`
    function TRY_WRITE() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Teammatrix').getRange(1, 1).setValues([[1]]); }
    function TRY_READ() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Teammatrix').getRange(1, 1).getValues()[0][0]; }
    function TRY_UI() { SpreadsheetApp.getUi(); }
    function TRY_SESSION() { return Session.getActiveUserLocale(); }
    function TRY_PROPERTY() { PropertiesService.getUserProperties().setProperty('x', 'y'); }
  `);

  it.each([
    ['TRY_WRITE', 'SpreadsheetApp.setValues'],
    ['TRY_UI', 'SpreadsheetApp.getUi'],
    ['TRY_SESSION', 'Session.getActiveUserLocale'],
    ['TRY_PROPERTY', 'PropertiesService.setProperty'],
  ])('%s fails with "You do not have permission to call %s"', (name, call) => {
    expect(() => callAsCustomFunction(loaded, name)).toThrow(`You do not have permission to call ${call}`);
  });

  it('reads pass, and outside a custom function the services are whole again', () => {
    expect(callAsCustomFunction(loaded, 'TRY_READ').refused).toEqual([]);
    expect(() => loaded.call('TRY_WRITE')).not.toThrow();
    expect(loaded.call('TRY_READ')).toBe(1);
  });
});

describe('every Teamscan custom function stays inside those limits with 2,000 people', () => {
  const loaded = loadGas();
  const matrix = team(2000, (iso) => loaded.evaluate(`new Date(${JSON.stringify(iso)})`) as Date);
  const wrappers = [...readGasFile('functions.js').matchAll(/^function ([A-Z]+)\(([^)]*)\)/gm)].map((match) => ({
    name: match[1]!,
    parameters: match[2]!
      .split(',')
      .map((parameter) => parameter.trim())
      .filter(Boolean),
  }));

  it('finds the wrappers', () => {
    expect(wrappers.length).toBeGreaterThanOrEqual(20);
  });

  it.each(wrappers.map((wrapper) => [wrapper.name, wrapper] as const))(
    '%s calls no refused service and answers within 30 s',
    (name, wrapper) => {
      const run = callAsCustomFunction(loaded, name, ...argumentsFor(wrapper.parameters, matrix));
      expect(run.refused).toEqual([]);
      expect(run.elapsedMs).toBeLessThan(CUSTOM_FUNCTION_LIMIT_MS);
      expect(run.result).not.toBeUndefined();
    },
  );
});

describe('a failing call reads its own formula, which a custom function may do', () => {
  it('names the bad cell without calling a refused service', () => {
    const loaded = loadGas();
    const matrix = team(5, (iso) => loaded.evaluate(`new Date(${JSON.stringify(iso)})`) as Date);
    matrix[2]![5] = 'banaan';
    const dashboard = loaded.gas.spreadsheet.insertSheet('Dekking');
    dashboard.write(6, 1, '=GEDEKT(Teammatrix!A1:J,"adviseur")');
    loaded.gas.callingCell = dashboard.getRange(6, 1);
    let message = '';
    try {
      callAsCustomFunction(loaded, 'GEDEKT', matrix, 'adviseur');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Teammatrix!F3');
    expect(message).toContain('"banaan"');
  });
});

// No Teamscan function takes the name of a built-in spreadsheet function (docs/design.md#6-the-formulas): Sheets functions have no namespace.

import { FORMULAS } from '../../shared/formulas/registry';
import { ALL_BUILTIN_NAMES, BUILTIN_FUNCTION_NAMES } from './builtin-names';

/** The registry's names that are also a built-in function somewhere. */
function collisions(names: readonly string[]): string[] {
  return names.filter((name) => ALL_BUILTIN_NAMES.has(name.toUpperCase()));
}

describe('function names and the built-ins', () => {
  test('the list is thorough: Excel in three languages and Sheets, with the names that once slipped through', () => {
    expect(BUILTIN_FUNCTION_NAMES.excelEn.length).toBeGreaterThan(450);
    expect(BUILTIN_FUNCTION_NAMES.excelNl.length).toBeGreaterThan(400);
    expect(BUILTIN_FUNCTION_NAMES.excelDe.length).toBeGreaterThan(400);
    expect(BUILTIN_FUNCTION_NAMES.sheets).toEqual(expect.arrayContaining(['QUERY', 'ARRAYFORMULA', 'REGEXMATCH']));
    // BASE is BASIS in Dutch and German Excel; GROWTH is GROEI in Dutch.
    expect(collisions(['BASIS', 'GROEI', 'VARIATION', 'base', 'Growth', 'SOM', 'SUMME', 'DEKKING'])).toEqual([
      'BASIS',
      'GROEI',
      'VARIATION',
      'base',
      'Growth',
      'SOM',
      'SUMME',
    ]);
  });

  test('every Dutch and English name of the registry is free in Excel (en, nl, de) and Google Sheets', () => {
    const names = FORMULAS.flatMap((formula) => [formula.name.nl, formula.name.en]);
    expect(names.length).toBe(FORMULAS.length * 2);
    expect(collisions(names)).toEqual([]);
  });
});

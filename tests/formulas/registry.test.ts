// The registry and everything generated from it agree: Excel metadata, Apps Script wrappers, README table.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { writeGenerated } from '../../scripts/generate';
import { DEFAULT_MENTOR_LIMIT } from '../../shared/analysis/options';
import { FORMULA_DECLARATIONS, findDeclaration } from '../../shared/formulas/declarations';
import { APPS_SCRIPT_GLOBAL, appsScriptWrappers } from '../../shared/formulas/generate/apps-script';
import { excelFunctionsMetadata } from '../../shared/formulas/generate/excel-metadata';
import { formulaReferenceMarkdown, REFERENCE_END, REFERENCE_START } from '../../shared/formulas/generate/markdown';
import { defaultText, formulaDescription, paramDescription, paramHelp } from '../../shared/formulas/help';
import { READERS } from '../../shared/formulas/readers';
import { FORMULAS, findFormula, runFormula } from '../../shared/formulas/registry';
import type { FormulaParam } from '../../shared/formulas/types';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../shared/levels/levels';
import { DEFAULT_PROFILE_ID } from '../../shared/profiles/builtins';

const root = join(__dirname, '..', '..');

describe('formula registry', () => {
  test('has every function of docs/design.md#6-the-formulas with its Dutch and English name', () => {
    expect(FORMULAS.map((formula) => [formula.name.nl, formula.name.en])).toEqual([
      ['DEKKING', 'COVERAGE'],
      ['GEDEKT', 'COVERED'],
      ['HIATEN', 'GAPS'],
      ['WIE', 'WHO'],
      ['SCORE', 'SCORE'],
      ['BASISNIVEAU', 'BASICS'],
      ['KANDIDATEN', 'CANDIDATES'],
      ['PROFIEL', 'PROFILE'],
      ['NIVEAU', 'LEVEL'],
      ['SLEUTELPERSONEN', 'KEYPEOPLE'],
      ['LEERKOPPELS', 'PAIRS'],
      ['VOORTGANG', 'PROGRESS'],
      ['ONTWIKKELPLAN', 'DEVPLAN'],
    ]);
    expect(findFormula('coverage')).toBe(findFormula('DEKKING'));
  });

  test.each(['nl', 'en'] as const)('Excel metadata (%s) lists every function with its parameters', (lang) => {
    const metadata = excelFunctionsMetadata(lang);
    expect(metadata.functions.map((fn) => fn.id)).toEqual(FORMULAS.map((formula) => formula.id));
    metadata.functions.forEach((fn, index) => {
      const formula = FORMULAS[index]!;
      expect(fn.name).toBe(formula.name[lang]);
      expect(fn.parameters.map((param) => [param.name, param.optional])).toEqual(
        formula.params.map((param) => [param.name[lang], param.optional]),
      );
      // A function that asks for parameter addresses must return a matrix (custom functions metadata reference).
      const matrix = formula.result === 'table' || fn.options?.requiresParameterAddresses === true;
      expect(fn.result.dimensionality).toBe(matrix ? 'matrix' : 'scalar');
      // Excel requires the optional parameters to come last.
      const firstOptional = fn.parameters.findIndex((param) => param.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((param) => param.optional)).toBe(true);
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    });
  });

  test('the generated files (what the build writes to dist/generated/) are the registry', () => {
    // Generated here into a fresh folder, so the check needs no build; tests/addin/built.test.ts checks the build.
    const out = mkdtempSync(join(tmpdir(), 'teamscan-generated-'));
    try {
      const files = writeGenerated(out).map((file) => basename(file));
      expect(files).toEqual(['functions.json', 'functions.en.json', 'custom-functions.gs']);
      const read = (name: string) => readFileSync(join(out, name), 'utf8');
      expect(JSON.parse(read('functions.json'))).toEqual(excelFunctionsMetadata('nl'));
      expect(JSON.parse(read('functions.en.json'))).toEqual(excelFunctionsMetadata('en'));
      expect(read('custom-functions.gs')).toBe(appsScriptWrappers());
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('Apps Script wrappers: one top-level function per name, with @customfunction JSDoc, calling the bundle', () => {
    const source = appsScriptWrappers();
    const calls: unknown[][] = [];
    const context: Record<string, unknown> = {
      // The wrappers pass their `arguments` object; recorded as a plain list.
      [APPS_SCRIPT_GLOBAL]: {
        run: (id: string, lang: string, args: ArrayLike<unknown>) => calls.push([id, lang, Array.from(args)]),
      },
    };
    runInNewContext(source, context);
    for (const formula of FORMULAS) {
      for (const lang of ['nl', 'en'] as const) {
        const name = formula.name[lang];
        expect(typeof context[name]).toBe('function');
        const block = source.slice(
          source.lastIndexOf('/**', source.indexOf(`function ${name}(`)),
          source.indexOf(`function ${name}(`),
        );
        expect(block).toContain('@customfunction');
        expect(block.match(/@param /g)?.length ?? 0).toBe(formula.params.length);
        const args = formula.params.map((_, index) => `arg${index}`);
        (context[name] as (...values: unknown[]) => unknown)(...args);
        expect(calls.at(-1)).toEqual([formula.id, formula.name.en === formula.name.nl ? 'auto' : lang, args]);
      }
    }
  });

  /** The JSDoc block above `function NAME(`: what Sheets shows as the function's help. */
  function helpOf(source: string, name: string): string {
    const start = source.indexOf(`function ${name}(`);
    expect(source.indexOf(`function ${name}(`, start + 1)).toBe(-1);
    return source.slice(source.lastIndexOf('/**', start), start);
  }

  test('every wrapper has its help in its own language: English names get English help', () => {
    const source = appsScriptWrappers();
    for (const formula of FORMULAS.filter((candidate) => candidate.name.en !== candidate.name.nl)) {
      for (const [lang, other] of [
        ['nl', 'en'],
        ['en', 'nl'],
      ] as const) {
        const help = helpOf(source, formula.name[lang]);
        expect(help).toContain(formulaDescription(formula, lang));
        expect(help).not.toContain(formulaDescription(formula, other));
        for (const param of formula.params) {
          expect(help).toContain(paramHelp(param, lang));
          if (paramDescription(param, other) !== paramDescription(param, lang)) {
            expect(help).not.toContain(paramDescription(param, other));
          }
        }
        expect(help).toContain('@customfunction');
      }
    }
  });

  test('SCORE, the same word in both languages, has one wrapper serving both: help in both, language at run time', () => {
    const source = appsScriptWrappers();
    const score = findFormula('SCORE')!;
    const help = helpOf(source, 'SCORE');
    expect(help).toContain(formulaDescription(score, 'nl'));
    expect(help).toContain(formulaDescription(score, 'en'));
    const calls: unknown[][] = [];
    const context: Record<string, unknown> = {
      // The wrappers pass their `arguments` object; recorded as a plain list.
      [APPS_SCRIPT_GLOBAL]: {
        run: (id: string, lang: string, args: ArrayLike<unknown>) => calls.push([id, lang, Array.from(args)]),
      },
    };
    runInNewContext(source, context);
    (context.SCORE as (...values: unknown[]) => unknown)('m', 'Anna', 'coach');
    expect(calls.at(-1)).toEqual(['SCORE', 'auto', ['m', 'Anna', 'coach']]);
  });

  test('the README formula reference is the generated one (run `npm run docs` after changing the registry)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf(REFERENCE_START) + REFERENCE_START.length,
      readme.indexOf(REFERENCE_END),
    );
    expect(section.trim()).toBe(formulaReferenceMarkdown());
    for (const formula of FORMULAS) expect(section).toContain(`\`${formula.name.en}\``);
  });

  test('the registry implements exactly the declarations, in their order, with the same parameters', () => {
    expect(FORMULAS.map((formula) => formula.id)).toEqual(FORMULA_DECLARATIONS.map((formula) => formula.id));
    FORMULAS.forEach((formula, index) => {
      const declaration = FORMULA_DECLARATIONS[index]!;
      expect([formula.id, formula.params]).toEqual([declaration.id, declaration.params]);
      expect(formula.name).toEqual(declaration.name);
    });
    expect(findDeclaration('pairs')?.id).toBe('LEERKOPPELS');
  });

  const declaredParams = (): FormulaParam[] => [...new Set(FORMULA_DECLARATIONS.flatMap((formula) => formula.params))];

  test('every parameter kind has a reader, and every key is read once per formula', () => {
    for (const param of declaredParams()) expect(typeof READERS[param.kind]).toBe('function');
    for (const formula of FORMULA_DECLARATIONS) {
      const keys = formula.params.map((param) => param.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  test.each(['nl', 'en'] as const)('every declared default appears in the generated help (%s)', (lang) => {
    const word = lang === 'nl' ? 'standaard' : 'default';
    const metadata = excelFunctionsMetadata(lang);
    const wrappers = appsScriptWrappers();
    let defaults = 0;
    for (const formula of FORMULA_DECLARATIONS) {
      const fn = metadata.functions.find((candidate) => candidate.id === formula.id)!;
      const block = helpOf(wrappers, formula.name[lang]);
      formula.params.forEach((param, index) => {
        if (!param.default) {
          expect(fn.parameters[index]!.description).not.toContain(`${word} `);
          return;
        }
        defaults++;
        const shown = `${word} ${param.default.value}`;
        expect(defaultText(param, lang)).toContain(shown);
        // Excel's parameter help and Sheets' @param line both carry it.
        expect(fn.parameters[index]!.description).toContain(shown);
        const line = block.split('\n').filter((text) => text.includes('@param'))[index];
        expect(line).toContain(shown);
      });
    }
    expect(defaults).toBeGreaterThan(10);
  });

  test('the declared defaults are the ones the core uses, and an omitted argument takes them', () => {
    const byKey = new Map(declaredParams().map((param) => [param.key, param.default?.value]));
    expect(byKey.get('threshold')).toBe(DEFAULT_THRESHOLD);
    expect(byKey.get('target')).toBe(DEFAULT_TARGET);
    expect(byKey.get('max')).toBe(DEFAULT_MENTOR_LIMIT);
    expect(byKey.get('profile')).toBe(DEFAULT_PROFILE_ID);
    const team = [
      ['Naam', 'Coach', 'Ontwikkelwens coach'],
      ['Anna', 4, null],
      ['Bram', 2, null],
      ['Chris', 1, 'ja'],
      ['Dewi', 0, 'ja'],
      ['Eva', 0, 'ja'],
      ['Fenna', 0, null],
    ];
    expect(runFormula('DEKKING', [team])).toEqual(runFormula('DEKKING', [team, 2, 2, 'npuls']));
    expect(runFormula('KANDIDATEN', [team, 'coach'])).toEqual(runFormula('KANDIDATEN', [team, 'coach', 3]));
    expect(runFormula('KANDIDATEN', [team, 'coach'])).toHaveLength(3);
    expect(runFormula('LEERKOPPELS', [team])).toEqual(runFormula('LEERKOPPELS', [team, 2, 2]));
    expect(runFormula('PROFIEL', [])).toEqual(runFormula('PROFIEL', ['npuls', 'competenties']));
  });

  test('drempel and doel are matrix parameters in Excel, so a norms table arrives whole', () => {
    // A range given to a scalar parameter would make Excel call the function once per cell (array lifting);
    // declared as a matrix, Excel passes the range, and a single value as a 1×1 matrix.
    for (const lang of ['nl', 'en'] as const) {
      for (const fn of excelFunctionsMetadata(lang).functions) {
        const formula = findDeclaration(fn.id)!;
        formula.params.forEach((param, index) => {
          if (param.kind === 'level' || param.kind === 'target') {
            expect([fn.id, param.key, fn.parameters[index]!.dimensionality]).toEqual([fn.id, param.key, 'matrix']);
          }
        });
      }
    }
    expect(
      runFormula('GEDEKT', [
        [
          ['Naam', 'Coach'],
          ['Anna', 3],
        ],
        'coach',
        [[3]],
      ]),
    ).toBe(1);
  });
});

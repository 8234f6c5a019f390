// The entry-point checks both hosts share: every plan Teamscan builds passes; a plan or row write of another
// shape is refused by a keyed error naming where, never a TypeError.

import fc from 'fast-check';
import {
  checkMatrixSheet,
  checkReport,
  checkRowWrite,
  EXCEL_LIMITS,
  mayBeMatrix,
  SHEETS_LIMITS,
} from '../../shared/host/validate';
import { checkPlan } from '../../shared/host/validate-plan';
import { TeamscanError } from '../../shared/i18n/message';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { errorOf as refusal } from '../support/grids';

const DETAILS = ['gebieden', 'kva', 'competenties'] as const;

describe('checkPlan', () => {
  it.each(DETAILS)('passes every plan Teamscan builds (%s, nl and en, with names)', (detail) => {
    for (const lang of ['nl', 'en'] as const) {
      const plan = buildWorkbookPlan({
        profile: builtinProfileOrFail('npuls'),
        detail,
        lang,
        names: Array.from({ length: 60 }, (_, i) => `Persoon ${i}`),
      });
      const crossed = JSON.parse(JSON.stringify(plan));
      expect(checkPlan(crossed, SHEETS_LIMITS)).toBe(crossed);
      expect(checkPlan(crossed, EXCEL_LIMITS)).toBe(crossed);
    }
  });

  it('refuses any corruption of a valid plan with hostBadPlan or hostBadSheet, never a TypeError', () => {
    const plan = JSON.parse(
      JSON.stringify(buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl' })),
    );
    /** Every path to an object or array inside the plan. */
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value !== 'object' || value === null) return;
      if (paths.length < 5000) paths.push(path);
      for (const [key, item] of Object.entries(value)) walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(plan, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((path) => path.length > 0)),
        fc.constantFrom<unknown>(undefined, null, -1, 'x', 1.5, Number.NaN, {}, [], true),
        (path, replacement) => {
          const copy = JSON.parse(JSON.stringify(plan));
          let at = copy;
          for (const key of path.slice(0, -1)) at = at[key];
          at[path[path.length - 1]!] = replacement;
          try {
            checkPlan(copy, SHEETS_LIMITS);
          } catch (error) {
            expect(error).toBeInstanceOf(TeamscanError);
            expect(['hostBadPlan', 'hostBadSheet']).toContain((error as TeamscanError).key);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the team matrix rule', () => {
  it('refuses the log, snapshots, Profiel and Dekking in any case, and no other name', () => {
    for (const name of [
      'Teamscan-log',
      'TEAMSCAN-LOG',
      'Scan 2026-12-01',
      'scan 2026-12-01 (3)',
      'Profiel',
      'dekking',
    ]) {
      expect(mayBeMatrix(name)).toBe(false);
      expect(refusal(() => checkMatrixSheet(name, 'write')).key).toBe('hostNotMatrixWrite');
      expect(refusal(() => checkMatrixSheet(name, 'snapshot')).key).toBe('hostNotMatrixSnapshot');
    }
    for (const name of ['Teammatrix', 'Team 2026', 'Scan', 'Scan 2026', 'Profielen'])
      expect(mayBeMatrix(name)).toBe(true);
  });

  it('checkRowWrite names the sheet, row and column of what it refuses', () => {
    const write = { sheet: 'Teammatrix', headerRow: 1, row: 4, nameHeader: 'Naam', expectedName: 'An', cells: [] };
    expect(checkRowWrite(write, EXCEL_LIMITS)).toBe(write);
    const error = refusal(() =>
      checkRowWrite({ ...write, cells: [{ header: 'Coach', expected: null, value: Number.NaN }] }, EXCEL_LIMITS),
    );
    expect(error.localized('en')).toBe(
      'Column "Coach" on row 4 of Teammatrix: NaN cannot be written to a cell. Nothing was saved.',
    );
    expect(refusal(() => checkRowWrite({ ...write, row: 1_048_577 }, EXCEL_LIMITS)).key).toBe('hostBadRow');
    expect(checkRowWrite({ ...write, row: 1_048_577 }, SHEETS_LIMITS).row).toBe(1_048_577);
  });
});

describe('checkReport', () => {
  it('refuses an empty or blank page with hostBadReport naming it; any page of 1 character on passes', () => {
    for (const html of ['', '   ', '\n\t']) {
      const error = refusal(() => checkReport(html, 'Teamrapport'));
      expect(error.key).toBe('hostBadReport');
      expect(error.localized('nl')).toContain('geen tekst van 1 tot');
    }
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ''),
        (html) => {
          expect(checkReport(html, '')).toEqual({ html, title: '' });
        },
      ),
    );
  });
});

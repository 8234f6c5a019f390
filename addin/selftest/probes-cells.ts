// Excel probes on cells of the temporary sheet: text stays text, an empty cell reaching a TEAMSCAN function, what
// the functions' invocation carries, and Range.find on one cell.

import { failed, notApplicable, type Probe, passed, shown, verdict } from '../../shared/selftest/probe';
import { literalRows, officeErrorCode } from '../excel/cell-values';
import type { ExcelProbeHost } from './host';

/** Text a user types that Excel would read as something else: formula, number, date. */
export const TEXT_VALUES = ['=Jan', '+31', '-', '007', '3,5', '2024-05-01'] as const;

/**
 * The product's default text write (number format "@", a leading apostrophe only before "=", "+", "-" and "'":
 * addin/excel/cell-values.ts), read back: every value must come back as the same text.
 */
export const textStaysText: Probe<ExcelProbeHost> = {
  id: 'text-stays-text',
  checks: {
    nl: `Tekst blijft tekst onder opmaak "@": ${TEXT_VALUES.map((v) => JSON.stringify(v)).join(', ')}`,
    en: `Text stays text under format "@": ${TEXT_VALUES.map((v) => JSON.stringify(v)).join(', ')}`,
  },
  expected: { nl: 'dezelfde tekst terug, type String', en: 'the same text back, type String' },
  run: ({ run, sheet }) =>
    run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange('A20:F20');
      range.numberFormat = [TEXT_VALUES.map(() => '@')];
      range.values = literalRows([TEXT_VALUES], false);
      await context.sync();
      range.load('values,valueTypes');
      await context.sync();
      const values = range.values[0] ?? [];
      const types = range.valueTypes[0] ?? [];
      const seen = TEXT_VALUES.map((_, index) => `${shown(values[index])} (${types[index]})`).join(', ');
      return verdict(
        TEXT_VALUES.every((value, index) => values[index] === value && types[index] === 'String'),
        seen,
      );
    }),
};

/** The probe's little team (A10:B12; its formulas in D10:D11, away from the "@" cells of row 20). */
const TEAM = [
  ['Naam', 'coach'],
  ['Leeg', ''],
  ['Nul', 0],
];

/** Polls a custom function's cells until they hold a result (not #BUSY!), at most `tries` times. */
async function results(host: ExcelProbeHost, address: string, tries = 20): Promise<unknown[]> {
  for (let attempt = 0; ; attempt++) {
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(host.sheet).getRange(address);
      range.load('values');
      await context.sync();
      return range.values.map((row) => row[0]);
    });
    if (!values.some((value) => value === '#BUSY!') || attempt >= tries) return values;
    await host.office.wait(250);
  }
}

/**
 * A TEAMSCAN function over a person whose cell is empty and one whose cell holds 0: Excel desktop passes an empty
 * cell as 0 (docs/design.md#8-architecture), and the function must still answer "no level" for the empty one.
 */
export const emptyVersusZero: Probe<ExcelProbeHost> = {
  id: 'empty-vs-zero',
  checks: {
    nl: 'Een lege cel bereikt TEAMSCAN.SCORE als leeg, niet als 0',
    en: 'An empty cell reaches TEAMSCAN.SCORE as empty, not as 0',
  },
  expected: { nl: 'leeg: "" of een fout, 0: 0', en: 'empty: "" or an error, 0: 0' },
  run: async (host) => {
    host.office.forgetInvocation?.();
    await host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(host.sheet);
      worksheet.getRange('A10:B12').values = TEAM;
      worksheet.getRange('D10:D11').formulas = [
        ['=TEAMSCAN.SCORE(A10:B12,"Leeg","coach")'],
        ['=TEAMSCAN.SCORE(A10:B12,"Nul","coach")'],
      ];
      await context.sync();
    });
    const [empty, zero] = await results(host, 'D10:D11');
    const seen = `leeg → ${shown(empty)}, 0 → ${shown(zero)}`;
    if (empty === '#BUSY!' || zero === '#BUSY!' || empty === '#NAME?') {
      return notApplicable({
        nl: `de functies gaven geen uitkomst (${seen})`,
        en: `the functions gave no result (${seen})`,
      });
    }
    return verdict(empty !== 0 && zero === 0, seen);
  },
};

/** What the functions noted of their invocation while the probe above ran (shared runtime). */
function invocationProbe(
  id: string,
  property: 'parameterAddresses' | 'isInValuePreview',
  set: string,
): Probe<ExcelProbeHost> {
  return {
    id,
    checks: {
      nl: `De aanroep van een TEAMSCAN-functie heeft ${property} (${set})`,
      en: `A TEAMSCAN function's invocation carries ${property} (${set})`,
    },
    expected:
      property === 'isInValuePreview'
        ? { nl: `aanwezig, of ${set} ondersteund`, en: `present, or ${set} supported` }
        : { nl: 'aanwezig', en: 'present' },
    run: async ({ office }) => {
      const facts = office.lastInvocation?.();
      const [name, version] = set.split(' ') as [string, string];
      const supported = office.isSetSupported?.(name, version);
      if (!facts) {
        return notApplicable({
          nl: `geen TEAMSCAN-aanroep gezien in deze runtime; ${set}: ${shown(supported)}`,
          en: `no TEAMSCAN call seen in this runtime; ${set}: ${shown(supported)}`,
        });
      }
      // isInValuePreview is "True if the function was invoked in value preview mode" (CustomFunctions.Invocation,
      // CustomFunctionsRuntime 1.5): outside a preview it may be left out, so the set itself also counts.
      const ok = facts[property] || (property === 'isInValuePreview' && supported === true);
      return verdict(ok, `${property}: ${facts[property] ? 'ja/yes' : 'nee/no'}; ${set}: ${shown(supported)}`);
    },
  };
}

export const parameterAddresses = invocationProbe(
  'parameter-addresses',
  'parameterAddresses',
  'CustomFunctionsRuntime 1.3',
);
export const valuePreviewFlag = invocationProbe('value-preview-flag', 'isInValuePreview', 'CustomFunctionsRuntime 1.5');

/**
 * Range.find on a single cell: "If the current range is larger than a single cell, then the search will be limited
 * to that range, else the search will cover the entire sheet starting after that cell" (Excel.Range.find). The
 * adapters never search from one cell for that reason; the probe checks the sheet-wide search happens.
 */
export const findOnOneCell: Probe<ExcelProbeHost> = {
  id: 'range-find-one-cell',
  checks: {
    nl: 'Range.find op één cel (A1) zoekt in het hele blad',
    en: 'Range.find on one cell (A1) searches the whole sheet',
  },
  expected: 'H9',
  run: ({ run, sheet }) =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.getRange('H9').values = [['teamscan-zoek']];
      await context.sync();
      const found = worksheet.getRange('A1').find('teamscan-zoek', { completeMatch: true, matchCase: true });
      found.load('address');
      try {
        await context.sync();
      } catch (error) {
        // "ItemNotFound" when nothing matches (Excel.Range.find).
        if (officeErrorCode(error) === 'ItemNotFound') return failed({ nl: 'niets gevonden', en: 'nothing found' });
        throw error;
      }
      // "Sheet!H9"; a one-cell range may also read as "H9:H9".
      const [first, last] = found.address.slice(found.address.lastIndexOf('!') + 1).split(':');
      const address = last === undefined || last === first ? (first ?? '') : `${first}:${last}`;
      return address === 'H9' ? passed(address) : failed(address);
    }),
};

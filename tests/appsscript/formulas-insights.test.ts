// SLEUTELPERSONEN, LEERKOPPELS, VOORTGANG and norms tables in the built Apps Script project, as Sheets calls
// them: the core's tables, and every error kind thrown as an Error with its message (Sheets: #ERROR!).

import { runFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { loadGas, thrownByFunction } from './fake/load-gas';

// Apps Script hands a range over as rows of values, "" for an empty cell (guides/sheets/functions: "Data types").
const HEADER = ['Naam', 'Basis', 'Adviseur', 'Coach', 'Innovator', 'Ontwikkelwens coach', 'Ontwikkelwens innovator'];
const NOW = [
  HEADER,
  ['Anna', 3, 4, 1, '', 'ja', 'ja'],
  ['Bram', 2, 2, 4, 'Gevorderd', '', 'ja'],
  ['Chris', 1, 0, 2, 'n.v.t.', 'ja', ''],
];
const BEFORE = [HEADER, ['Anna', 2, 3, 0, '', '', ''], ['Bram', 2, 1, 3, 1, '', ''], ['Dewi', 2, 2, 2, 2, '', '']];
const NORMS = [
  ['Gebied', 'Drempel', 'Doel'],
  ['Coach', 3, 1],
  ['Innovator', '', 1],
];

/** The core's answer with "" where it says nothing, as Sheets shows a table. */
function coreAnswer(id: string, args: unknown[], lang: Language): unknown {
  const result = runFormula(id, args, { lang });
  const cell = (value: unknown) => (value === null || value === undefined ? '' : value);
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : cell(result);
}

function coreMessage(id: string, args: unknown[], lang: Language): string {
  try {
    runFormula(id, args, { lang });
  } catch (error) {
    if (error instanceof TeamscanError) return error.localized(lang);
  }
  throw new Error('the core accepted the call');
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('insight formulas in the Apps Script runtime shape', () => {
  const loaded = loadGas();

  it.each([
    ['SLEUTELPERSONEN', 'SLEUTELPERSONEN', 'nl', [NOW]],
    ['SLEUTELPERSONEN', 'KEYPEOPLE', 'en', [NOW, 2, 1]],
    ['LEERKOPPELS', 'LEERKOPPELS', 'nl', [NOW]],
    ['LEERKOPPELS', 'PAIRS', 'en', [NOW, 'Bekwaam', 1]],
    ['VOORTGANG', 'VOORTGANG', 'nl', [NOW, BEFORE]],
    ['VOORTGANG', 'PROGRESS', 'en', [NOW, BEFORE, 3]],
    ['DEKKING', 'DEKKING', 'nl', [NOW, NORMS, NORMS]],
    ['HIATEN', 'GAPS', 'en', [NOW, NORMS]],
    ['SLEUTELPERSONEN', 'SLEUTELPERSONEN', 'nl', [NOW, NORMS, NORMS]],
    ['VOORTGANG', 'VOORTGANG', 'nl', [NOW, BEFORE, NORMS]],
  ] as const)('%s as =%s(…) (%s) gives the core answer', (id, name, lang, args) => {
    const actual = loaded.call(name, ...args);
    expect(plain(actual)).toEqual(plain(coreAnswer(id, [...args], lang)));
  });

  it('a norms table changes the answer, and its empty cells keep the defaults', () => {
    const normed = loaded.call('DEKKING', NOW, NORMS) as unknown[][];
    expect(plain(normed)).not.toEqual(plain(loaded.call('DEKKING', NOW)));
    // Coach at threshold 3: only Bram (4); target 1, so covered.
    expect(normed.find((row) => row[0] === 'Coach')).toEqual(['Coach', 1, 1, 1, 3, 'gedekt']);
  });

  it('VOORTGANG shows the change per area in both rounds', () => {
    const table = loaded.call('VOORTGANG', NOW, BEFORE) as unknown[][];
    expect(table[0]).toEqual(['Gebied', 'Gedekt eerder', 'Gedekt nu', 'Verschil', 'Status eerder', 'Status nu']);
    // Adviseur: Anna 3, Dewi 2 before (2); Anna 4, Bram 2 now (2).
    expect(table.find((row) => row[0] === 'Adviseur')).toEqual(['Adviseur', 2, 2, 0, 'gedekt', 'gedekt']);
  });

  it.each([
    ['SCORE', [NOW, 'Zoë', 'coach']],
    ['WIE', [NOW, 'astronaut']],
    ['DEKKING', [NOW, 9]],
    ['LEERKOPPELS', [NOW, 2, 0]],
    [
      'DEKKING',
      [
        NOW,
        [
          ['Gebied', 'Doel'],
          ['Coach', 0],
        ],
      ],
    ],
    [
      'DEKKING',
      [
        NOW,
        [
          [1, 2],
          [3, 4],
        ],
      ],
    ],
    ['NIVEAU', ['hoog']],
  ] as const)('%s(%j): every error kind is a thrown Error with the message (Sheets #ERROR!)', (name, args) => {
    const error = thrownByFunction(() => loaded.call(name, ...args));
    expect(error).toBeInstanceOf(loaded.evaluate('Error') as ErrorConstructor);
    expect(error.message).toBe(coreMessage(name, [...args], 'nl'));
  });
});

// Response tracking from Teamscan-log (Excel and everyone else): who answered, who not yet, the last take-over.

import { LOG_HEADER, LOG_SOURCE_HEADER } from '../../shared/host/change-log';
import type { Language } from '../../shared/i18n/language';
import { epochMsToSerial, type Grid } from '../../shared/matrix/grid';
import { readTeam } from '../../shared/scan/team';
import { selfscanLogEntries, trackFromLog } from '../../shared/selfscan/tracking';

const team = readTeam({
  sheet: 'Teammatrix',
  exists: true,
  grid: {
    values: [
      ['Naam', 'Adviseur', 'Coach'],
      ['Anna', 2, null],
      ['Bram', null, null],
      ['Chris', 1, 3],
      ['Dana', null, null],
    ],
  },
})!;

const first = Date.UTC(2026, 0, 5, 10, 0);
const second = Date.UTC(2026, 0, 9, 14, 30);

/** A log as `teamscan collect` writes it and Excel reads it back: the time as a date serial, Bron in F. */
function log(lang: Language): Grid {
  return {
    values: [
      [...LOG_HEADER[lang], LOG_SOURCE_HEADER[lang]],
      [epochMsToSerial(first), 'Anna', 'Adviseur', null, 2, 'zelfscan'],
      [epochMsToSerial(first), 'Chris', 'Coach', null, 3, 'zelfscan'],
      // A save in the panel: no source, not a self-scan.
      [epochMsToSerial(second), 'Bram', 'Coach', null, 1, null],
      [epochMsToSerial(second), 'Chris', 'Adviseur', 0, 1, 'zelfscan'],
    ],
  };
}

describe('tracking from Teamscan-log', () => {
  it.each(['nl', 'en'] as const)(
    'counts answered and not yet, with the names to copy and the last take-over (%s)',
    (lang) => {
      const tracking = trackFromLog(team, log(lang));
      expect(tracking).toEqual({
        total: 4,
        answered: ['Anna', 'Chris'],
        notYet: ['Bram', 'Dana'],
        percent: 50,
        lastTakeOver: second,
        inLastTakeOver: ['Chris'],
        sinceTakeOver: [],
      });
    },
  );

  it('has nobody answered without a log, or with a log of saves only (no Bron column)', () => {
    expect(trackFromLog(team, undefined)).toMatchObject({
      answered: [],
      notYet: ['Anna', 'Bram', 'Chris', 'Dana'],
      percent: 0,
    });
    const saves = { values: log('nl').values.map((row) => row.slice(0, 5)) };
    expect(selfscanLogEntries(saves)).toEqual([]);
  });

  it('reads a time that is a Date (Sheets) as well as a serial (Excel)', () => {
    const grid = {
      values: [
        [...LOG_HEADER.nl, 'Bron'],
        [new Date(first), 'Dana', 'Coach', null, 4, 'zelfscan'],
      ],
    };
    expect(selfscanLogEntries(grid)).toEqual([{ time: first, name: 'Dana' }]);
  });
});

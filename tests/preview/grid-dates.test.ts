/** @jest-environment jsdom */
// The preview's sheet shows a date (the Bijgewerkt column) as its language writes dates, like a spreadsheet does.

import { formulaBarText } from '../../preview/Grid';

const cell = { date: new Date(2026, 11, 7, 9, 5).toISOString() };

test('a date reads day-month in Dutch and in British English, with the time', () => {
  expect(formulaBarText(cell, 'nl')).toBe(
    new Date(cell.date).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' }),
  );
  expect(formulaBarText(cell, 'nl')).toMatch(/^07-12-2026,? 09:05$/);
  expect(formulaBarText(cell, 'en')).toMatch(/^07\/12\/2026,? 09:05$/);
});

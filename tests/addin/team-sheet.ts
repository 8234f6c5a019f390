// A small Teammatrix for the ExcelBridge tests, and the panel's side of a save: open a person's row as the form
// reads it (through readSheet), then save changes named by header with the values the form loaded.

import { fill } from './fake/user';
import { emptySheet, type FakeSheet } from './fake-excel';

export const HEADER = ['Naam', 'Rol', 'Bijgewerkt', 'ADV-K1', 'ADV-K2', 'Buddy'];

export function teamSheet(): FakeSheet {
  return fill(emptySheet('Teammatrix'), [
    HEADER,
    ['Jan', 'adviseur', '', 2, '', ''],
    ['Piet', '', '', 1, 3, ''],
    ['Anna', 'coach', '', '', 4, 'Jan'],
  ]);
}

export { type OpenForm, openForm } from '../support/open-form';

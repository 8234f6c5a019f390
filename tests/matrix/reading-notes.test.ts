// A reading's notes live in a table of their own (docs/design.md#10-performance-targets) and still read in either language.

import { CORE_MESSAGES } from '../../shared/i18n/core-messages';
import { formatMessage, message } from '../../shared/i18n/message';
import { READING_NOTES } from '../../shared/i18n/reading-notes';
import { readMatrix } from '../../shared/matrix/read';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';

describe('reading notes', () => {
  test('are no core message: a note is never thrown, a core message never a note', () => {
    const shared = Object.keys(READING_NOTES).filter((key) => Object.hasOwn(CORE_MESSAGES, key));
    expect(shared).toEqual([]);
  });

  test('are filled in Dutch and English like a core message', () => {
    const note = message('readAsEncoding', { file: 'team.csv', encoding: 'windows-1252' });
    expect(formatMessage(note, 'nl')).toBe('team.csv is geen UTF-8 en is gelezen als windows-1252.');
    expect(formatMessage(note, 'en')).toBe('team.csv is not UTF-8 and was read as windows-1252.');
    expect(formatMessage(message('invalidThreshold', { value: 7 }), 'en')).toBe(
      'The threshold 7 is not a level from 0 to 4.',
    );
  });

  test('a reading says a skipped row and a skipped column in the reader’s language', () => {
    const reading = readMatrix(
      {
        values: [
          ['Naam', 'Coach', 'Opmerking'],
          ['Anna', 3, 'x'],
          ['', 2, ''],
        ],
      },
      builtinProfileOrFail('npuls'),
    );
    expect(reading.warnings.map((note) => formatMessage(note, 'en'))).toEqual([
      'Column C1 ("Opmerking") is not part of the profile and was skipped.',
      'Row 3 has values but no name and was skipped.',
    ]);
  });
});

// A bad level cell's message is wholly in the reader's language, the list of accepted values included, wherever
// the core raises it: a strict read, a lenient read's problem list, and the formulas' value reader.

import { formatMessage, TeamscanError } from '../../shared/i18n/message';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';

const NPULS = findBuiltinProfile('npuls')!;
const GRID = {
  values: [
    ['Naam', 'Basis', 'Coach'],
    ['Anna', 2, 'hoog'],
    ['Bram', 1, 2],
  ],
};

function strictError(): TeamscanError {
  try {
    readMatrix(GRID, NPULS);
  } catch (error) {
    if (error instanceof TeamscanError) return error;
  }
  throw new Error('the bad cell was read');
}

test('a strict read: English says the accepted values in English, Dutch in Dutch', () => {
  const error = strictError();
  expect(error.localized('en')).toMatch(/^Cell C2: "hoog" is not a level\. Accepted: a number from 0 to 4/);
  expect(error.localized('en')).not.toMatch(/getal|Nog niet|leeg/);
  expect(error.localized('nl')).toMatch(/^Cel C2: "hoog" is geen niveau\. Toegestaan: een getal van 0 tot 4/);
});

test('a lenient read lists the cell with a message that renders in either language', () => {
  const reading = readMatrix(GRID, NPULS, { lenient: true });
  const [problem] = reading.problems!;
  expect(formatMessage(problem!.message, 'en')).toMatch(/Accepted: a number from 0 to 4/);
  expect(formatMessage(problem!.message, 'en')).not.toMatch(/getal/);
  expect(formatMessage(problem!.message, 'nl')).toMatch(/Toegestaan: een getal/);
});

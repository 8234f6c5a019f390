// docs/design.md#9-reliability-and-privacy "No silent guess while reading": a CSV quote that is never closed, or that swallows whole records,
// is refused naming the line where the field began; a name is one line and holds no delimiter.

import { join } from 'node:path';
import { parseCsvRecords } from '../../cli/read/csv';
import { runCli } from './run-cli';
import { scratchFolder } from './scratch';

const { dir: work, file } = scratchFolder('teamscan-quotes-');

/** Five people, the first name opened with a quote that closes only after "Eva". */
const FIVE_AS_ONE = 'Naam;Coach;Adviseur\n"Anna;2;3\nBram;1;2\nCor;2;2\nDirk;3;3\n"Eva";1;1\n';

describe('a quote left open (docs/design.md#9-reliability-and-privacy)', () => {
  test('five people are never read as one whose name spans five lines: exit 2 naming line 2', async () => {
    const result = await runCli(['analyze', file('vijf.csv', FIVE_AS_ONE), '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'vijf.csv: regel 2: een veld met een aanhalingsteken (") loopt door tot regel 6 en bevat zo hele regels met ";". Waarschijnlijk ontbreekt een sluitend aanhalingsteken op regel 2; verbeter dat en probeer opnieuw.\n',
    );
  });

  test('the same in English, also when the quote opens in a level column', async () => {
    const path = file('level.csv', 'Naam;Coach;Adviseur\nAnna;"2;3\nBram;1;2\nCor;2;2"\n');
    const result = await runCli(['--lang', 'en', 'analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'level.csv: line 2: a field in quotes (") runs on to line 4 and so holds whole lines with ";". Probably a closing quote is missing on line 2; correct it and try again.\n',
    );
  });

  test('a quote still open at the end of the file: the line where the field began, no stack trace', async () => {
    const result = await runCli(['analyze', file('einde.csv', 'Naam;Coach\nAnna;2\n"Bram;3\nCor;1\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'einde.csv: regel 3: een veld begint met een aanhalingsteken (") dat nergens wordt gesloten. Sluit het aanhalingsteken of haal het weg en probeer opnieuw.\n',
    );
  });

  test('lines are counted in the file, past earlier fields with line breaks and CRLF', () => {
    const text = 'Naam;Coach;Notitie\r\nAnna;2;"een\r\ntwee"\r\n\r\nBrém;3;x\r\n"Cor;1\r\n';
    expect(() => parseCsvRecords(text, 'crlf.csv')).toThrow(/^crlf\.csv: regel 6: een veld begint/);
    const { lines } = parseCsvRecords('Naam;Coach;Notitie\r\nAnna;2;"een\r\ntwee"\r\n\r\nBrém;3;x\r\n');
    expect(lines).toEqual([
      { first: 1, last: 1 },
      { first: 2, last: 3 },
      { first: 4, last: 4 },
      { first: 5, last: 5 },
    ]);
  });

  test('a note over two lines in another column is kept (no delimiter on its later lines)', async () => {
    const path = file('notitie.csv', 'Naam;Coach;Notitie\nAnna;2;"goed bezig\nvolgend jaar coach"\nBram;3;x\n');
    const result = await runCli(['analyze', path, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).people).toBe(2);
  });
});

describe('a name is one line without the delimiter (docs/design.md#9-reliability-and-privacy)', () => {
  test('a quoted name with a line break is refused naming its lines', async () => {
    const result = await runCli(['analyze', file('regels.csv', 'Naam;Coach\n"Anna\nde Vries";2\nBram;3\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'regels.csv: regel 2: de naam "Anna\\u000ade Vries" loopt door tot regel 3; een naam is één regel. Ontbreekt er een sluitend aanhalingsteken (")?\n',
    );
  });

  test('a quoted name holding the delimiter is refused naming its line', async () => {
    const result = await runCli([
      '--lang',
      'en',
      'analyze',
      file('scheiding.csv', 'Naam;Coach\nAnna;2\n"Jansen; Bram";3\n'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'scheiding.csv: line 3: the name "Jansen; Bram" holds the delimiter ";", so values of other columns seem to be in the name. Remove the delimiter from the name (or correct the quotes) and try again.\n',
    );
  });

  test('below title lines the line is the file line', async () => {
    const path = file('titel.csv', 'Team CTL\n\nNaam;Coach\nAnna;2\n"Bram\nCor";3\n');
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^titel\.csv: regel 5: de naam "Bram\\u000aCor" loopt door tot regel 6;/);
  });

  test('workbook --from and --namen refuse the same names', async () => {
    const out = join(work, 'uit.xlsx');
    const from = await runCli(['workbook', '--from', file('van.csv', FIVE_AS_ONE), '--out', out]);
    expect(from.code).toBe(2);
    expect(from.stderr).toMatch(/^van\.csv: regel 2: een veld met een aanhalingsteken/);
    const names = await runCli(['workbook', '--namen', file('namen.csv', 'Naam\nAnna\n"Bram\nCor"\n'), '--out', out]);
    expect(names.code).toBe(2);
    expect(names.stderr).toMatch(/^namen\.csv: regel 3: de naam "Bram\\u000aCor" loopt door tot regel 4;/);
  });
});

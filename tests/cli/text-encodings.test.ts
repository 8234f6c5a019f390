// docs/design.md#9-reliability-and-privacy "No silent guess while reading": a UTF-8 file with one stray byte is refused naming its line and
// byte (never re-decoded whole as Windows-1252); UTF-16 with an odd byte and UTF-32 are named.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import fc from 'fast-check';
import { decodeText } from '../../cli/read/decode';
import { scanUtf8 } from '../../cli/read/utf8-scan';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-encodings-'));

function file(name: string, bytes: Buffer): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe('UTF-8 with a stray byte (docs/design.md#9-reliability-and-privacy)', () => {
  // "Brém" in UTF-8, "José" with a Windows-1252 é (0xE9) on line 3.
  const stray = Buffer.concat([
    Buffer.from('Naam;Coach\nBrém;2\nJos', 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from(';3\n', 'utf8'),
  ]);

  test('is refused naming the line, the byte and what comes before it; never "BrÃ©m"', async () => {
    const result = await runCli(['analyze', file('los-byte.csv', stray), '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'los-byte.csv: regel 3, byte 23: 0xE9 na "Jos" is geen geldige UTF-8, terwijl de rest van het bestand UTF-8 is. Verbeter dat teken (of sla het bestand opnieuw op als "CSV UTF-8") en probeer opnieuw.\n',
    );
  });

  test('in English too, and for a names list of `workbook`', async () => {
    const result = await runCli([
      '--lang',
      'en',
      'workbook',
      '--namen',
      file('namen.txt', stray),
      '--out',
      join(work, 'x.xlsx'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'namen.txt: line 3, byte 23: 0xE9 after "Jos" is not valid UTF-8, while the rest of the file is UTF-8. Correct that character (or save the file again as "CSV UTF-8") and try again.\n',
    );
  });

  test('a file with no valid multi-byte UTF-8 at all is still Windows-1252, with its warning', () => {
    expect(decodeText(Buffer.from('Naam;Coach\nJos\xe9;3\n', 'latin1'))).toEqual({
      text: 'Naam;Coach\nJosé;3\n',
      encoding: 'Windows-1252',
    });
  });

  test('the scan agrees with a strict UTF-8 decoder on any bytes (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }), (noise, text) => {
        const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(noise)]);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const scan = scanUtf8(bytes);
        expect(scan.firstInvalid === undefined).toBe(valid);
        if (!valid) {
          // Everything before the first invalid byte is valid UTF-8, and its line is counted there.
          expect(() => strict.decode(bytes.subarray(0, scan.firstInvalid))).not.toThrow();
          const lines = bytes.subarray(0, scan.firstInvalid).filter((byte) => byte === 0x0a).length + 1;
          expect(scan.invalidLine).toBe(lines);
        }
      }),
    );
  });
});

describe('UTF-16 and UTF-32 (docs/design.md#9-reliability-and-privacy)', () => {
  test('UTF-16LE with an odd trailing byte is refused, no person "\uFFFD"', async () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFNaam\tCoach\r\nAnna\t2\r\n', 'utf16le'), Buffer.from([0x42])]);
    const result = await runCli(['analyze', file('oneven.csv', bytes)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'oneven.csv: is UTF-16LE (volgens de BOM) maar heeft een oneven aantal bytes: het laatste byte hoort bij geen teken. Het bestand is afgebroken of beschadigd; sla het opnieuw op.\n',
    );
  });

  test('UTF-16 with a lone surrogate is refused, not read with a replacement character', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Anna', 'utf16le'), Buffer.from([0x00, 0xd8])]);
    expect(() => decodeText(bytes, 'los.csv')).toThrow(/^los\.csv: is UTF-16LE \(volgens de BOM\) maar bevat tekens/);
  });

  /** Each code point as four bytes, little- or big-endian. */
  const utf32 = (text: string, littleEndian: boolean) => {
    const out = Buffer.alloc([...text].length * 4);
    let at = 0;
    for (const char of text) {
      if (littleEndian) out.writeUInt32LE(char.codePointAt(0)!, at);
      else out.writeUInt32BE(char.codePointAt(0)!, at);
      at += 4;
    }
    return out;
  };
  const utf32le = (text: string) => utf32(text, true);
  const utf32be = (text: string) => utf32(text, false);

  test.each([
    ['UTF-32LE', utf32le],
    ['UTF-32BE', utf32be],
  ])('%s (by its BOM) is named, never "Geen competentiekolommen gevonden"', async (encoding, encode) => {
    const path = file(`${encoding}.csv`, encode('\uFEFFNaam;Coach\nAnna;2\n'));
    const dutch = await runCli(['analyze', path]);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toBe(
      `${encoding}.csv: is ${encoding}; UTF-32 wordt niet ondersteund. Sla het op als UTF-8 ("CSV UTF-8").\n`,
    );
    const english = await runCli(['--lang', 'en', 'analyze', path]);
    expect(english.stderr).toBe(
      `${encoding}.csv: is ${encoding}; UTF-32 is not supported. Save it as UTF-8 ("CSV UTF-8").\n`,
    );
  });
});

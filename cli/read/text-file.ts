// Reads a text file (CSV, a names list) through the checked reader: a file of another kind is named, the
// encoding decided without a silent guess (decode.ts), NUL bytes refused.

import { basename } from 'node:path';
import { LocalizedInputError } from '../input-error';
import { FILE_SYSTEM_TEXTS } from '../texts';
import { type DecodedText, decodeText } from './decode';
import { fileKind } from './file-kind';
import { readInputFile } from './input-file';
import { wrongKind } from './read-texts';

export async function readTextFile(path: string): Promise<DecodedText> {
  const file = basename(path);
  const bytes = await readInputFile(path);
  const kind = fileKind(bytes);
  if (kind === 'xlsx' || kind === 'xls' || kind === 'encrypted' || kind === 'html') throw wrongKind(file, kind);
  const decoded = decodeText(bytes, file);
  // NUL is valid UTF-8 but never in a text table: a UTF-16 file without its BOM would be read as garbage.
  if (decoded.encoding !== 'UTF-16LE' && decoded.encoding !== 'UTF-16BE' && decoded.text.includes('\u0000')) {
    const { nl, en } = FILE_SYSTEM_TEXTS;
    throw new LocalizedInputError({ nl: nl.nulBytes(file), en: en.nulBytes(file) });
  }
  return decoded;
}

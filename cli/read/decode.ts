// Turns a text file's bytes into text without guessing silently: UTF-8, UTF-16 by its BOM, else Windows-1252.

import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import { invalidUtf8, invalidUtf16, oddUtf16, utf32 } from './read-texts';
import { scanUtf8 } from './utf8-scan';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', file: string): DecodedText {
  if (bytes.length % 2 !== 0) throw oddUtf16(file, encoding);
  try {
    return { text: new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes), encoding };
  } catch {
    throw invalidUtf16(file, encoding);
  }
}

/**
 * UTF-16 only with its byte-order mark (Excel's "Unicode text" writes one); UTF-32 by its BOM is refused, named;
 * UTF-8 when the bytes are valid UTF-8 (with or without BOM). Bytes that are not valid UTF-8 are read as
 * Windows-1252 (what Excel on a Dutch Windows writes as "CSV") only when the file holds no valid multi-byte
 * UTF-8 sequence at all; a file that is otherwise UTF-8 with one stray byte is refused naming the line and
 * byte (docs/design.md#9-reliability-and-privacy: no silent guess; docs/decisions.md). `file` names the file in those refusals.
 * Windows-1252 goes through iconv-lite: Node 20's TextDecoder('windows-1252') decodes as Latin-1, so 0x92
 * (’) and 0x80 (€) would become control characters (https://github.com/nodejs/node/issues/56542).
 */
export function decodeText(bytes: Uint8Array, file = ''): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) throw utf32(file, 'UTF-32LE');
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) throw utf32(file, 'UTF-32BE');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'UTF-16LE', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'UTF-16BE', file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const scan = scanUtf8(bytes);
    if (scan.multiByte > 0 && scan.firstInvalid !== undefined) {
      const at = scan.firstInvalid;
      const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
      const before = new TextDecoder('utf-8').decode(bytes.subarray(Math.max(lineStart, at - 120), at));
      throw invalidUtf8(file, scan.invalidLine, at + 1, bytes[at]!, before.replace(/^\uFEFF/, '').slice(-30));
    }
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'Windows-1252' };
  }
}

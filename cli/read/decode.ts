// Turns a text file's bytes into text without guessing silently: UTF-8, UTF-16 by its BOM, else Windows-1252.

import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * UTF-16 only with its byte-order mark (Excel's "Unicode text" writes one); UTF-8 when the bytes are valid
 * UTF-8 (with or without BOM); otherwise Windows-1252, what Excel on a Dutch Windows writes as "CSV".
 * Windows-1252 goes through iconv-lite: Node 20's TextDecoder('windows-1252') decodes as Latin-1, so 0x92
 * (’) and 0x80 (€) would become control characters (https://github.com/nodejs/node/issues/56542).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'Windows-1252' };
  }
}

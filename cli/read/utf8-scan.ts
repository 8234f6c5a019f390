// Scans bytes as UTF-8 (RFC 3629): the first byte that breaks it, its line, and how many valid multi-byte
// characters the bytes hold (a file with none is no UTF-8 at all).

export interface Utf8Scan {
  /** Valid sequences of two to four bytes. */
  readonly multiByte: number;
  /** 0-based offset of the first byte that starts no valid sequence; undefined when all is valid. */
  readonly firstInvalid: number | undefined;
  /** 1-based line of that byte (lines end at LF). */
  readonly invalidLine: number;
}

/** The length of the valid sequence starting at `at`, or 0 when none starts there (overlong, surrogate, > U+10FFFF). */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at]!;
  if (first < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let firstInvalid: number | undefined;
  let line = 1;
  let invalidLine = 0;
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) {
      if (firstInvalid === undefined) {
        firstInvalid = at;
        invalidLine = line;
      }
      at++;
      continue;
    }
    if (length > 1) multiByte++;
    else if (bytes[at] === 0x0a) line++;
    at += length;
  }
  return { multiByte, firstInvalid, invalidLine };
}

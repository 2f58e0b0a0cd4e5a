// Bytes → article text, or the reason they are not text. UTF-8 is the
// default; UTF-16 is accepted only with a byte-order mark, because without one
// it cannot be told from binary. A BOM stays in the text (as U+FEFF), so the
// offsets match what `readFileSync(file, 'utf8')` or a UTF-16 decoder returns.
import { isUtf8 } from 'node:buffer';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: string };

export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file: NUL byte at byte ${nul}; only text (UTF-8, or UTF-16 with a BOM) and HTML can be read` };
  // isUtf8 is native and fast; the byte-by-byte scan runs only to say where a bad file breaks.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    return { ok: false, reason: `not valid UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte ${bad}; save the file as UTF-8 (or UTF-16 with a BOM)` };
  }
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  if (bytes.length % 2 !== 0) return { ok: false, reason: `not valid ${encoding.toUpperCase()}: odd number of bytes (${bytes.length}) after a UTF-16 byte-order mark` };
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `not valid ${encoding.toUpperCase()}: an unpaired surrogate after a UTF-16 byte-order mark` };
  }
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), or -1. Written out rather than relying
 * on TextDecoder because the error message should say where.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let length: number;
    let min: number; // smallest allowed second byte
    let max: number; // largest allowed second byte
    if (b >= 0xc2 && b <= 0xdf) { length = 2; min = 0x80; max = 0xbf; }
    else if (b === 0xe0) { length = 3; min = 0xa0; max = 0xbf; }
    else if (b === 0xed) { length = 3; min = 0x80; max = 0x9f; }
    else if (b >= 0xe1 && b <= 0xef) { length = 3; min = 0x80; max = 0xbf; }
    else if (b === 0xf0) { length = 4; min = 0x90; max = 0xbf; }
    else if (b >= 0xf1 && b <= 0xf3) { length = 4; min = 0x80; max = 0xbf; }
    else if (b === 0xf4) { length = 4; min = 0x80; max = 0x8f; }
    else return i;
    if (i + 1 >= bytes.length || bytes[i + 1] < min || bytes[i + 1] > max) return i;
    for (let k = 2; k < length; k++) {
      if (i + k >= bytes.length || bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

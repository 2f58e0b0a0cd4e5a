// Properties that must hold for any input: extraction never throws and its
// offsets are true; decoding gives back exactly the text that was encoded and
// finds the same broken bytes Node's own UTF-8 check finds.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.ts';
import { checkMentionOffsets, validateDocument } from '../src/validate.ts';
import { decodeArticleBytes, firstInvalidUtf8Byte } from '../src/batch/decode.ts';

/** Words and marks the pipeline reacts to, so that generated "articles" reach past the first stages. */
const ARTICLE_WORDS = [
  'The', 'the', 'band', 'singer', 'drama', 'single', 'album', 'Northwind', 'Mara', 'Lind', 'Paper', 'Moon', 'Glass',
  'Harbor', '"Paper Moon"', "'Quiet Tides'", 'released', 'stars', 'in', 'by', 'of', 'and', 'is', 'a', 'rock', 'K-pop',
  'Korean', 'Japanese', 'She', 'They', 'its', "Northwind's", 'March', '2019', 'last', 'year', 'date 2021-02-17',
  '.', ',', ':', '(', ')', '-', '\n', '\n\n', '\r\n', '\uFEFF', '纸月亮', '🎶', '👍🏽', 'مارا', '\u202Bשיר\u202C', 'Ⅻ',
];
const articleLike = fc.array(fc.constantFrom(...ARTICLE_WORDS), { maxLength: 60 }).map((words) => words.join(' '));
/** Any code unit at all, lone surrogates and control characters included. */
const anyUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.constantFrom(' ', '\n', '.', '"', "'", 'A', 'The ', 'Moon '), weight: 3 },
);
const anyText = fc.string({ unit: anyUnit, maxLength: 120 });

describe('extract() on any string', () => {
  it('does not throw, validates, and every offset slices the input to the quoted text', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, anyText), (text) => {
        const doc = extract(text, { id: 'p' });
        expect(validateDocument(doc).errors).toEqual([]);
        expect(checkMentionOffsets(doc, text)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('decoding article bytes', () => {
  const wellFormed = fc.string({ unit: 'binary', maxLength: 80 });

  it('UTF-8 decodes to the very string that was encoded, unless it holds a NUL', () => {
    fc.assert(fc.property(wellFormed, (text) => {
      const decoded = decodeArticleBytes(Buffer.from(text, 'utf8'));
      if (text.includes('\0')) expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(/^binary file: NUL byte at byte \d+/) });
      else expect(decoded).toEqual({ ok: true, text, encoding: 'utf-8' });
    }), { numRuns: 300 });
  });

  it('UTF-16 with a BOM, either byte order, decodes to the string with its BOM kept, NULs and all', () => {
    fc.assert(fc.property(wellFormed, (text) => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
      expect(decodeArticleBytes(le)).toEqual({ ok: true, text: `\uFEFF${text}`, encoding: 'utf-16le' });
      expect(decodeArticleBytes(be)).toEqual({ ok: true, text: `\uFEFF${text}`, encoding: 'utf-16be' });
    }), { numRuns: 300 });
  });

  it('finds a broken UTF-8 byte exactly when Node does, and everything before it is valid', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      // Mostly valid text with one byte changed: the hard cases are near valid sequences.
      fc.tuple(wellFormed, fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([text, at, byte]) => {
        const b = Buffer.from(text, 'utf8');
        if (b.length) b[at % b.length] = byte;
        return new Uint8Array(b);
      }),
    );
    fc.assert(fc.property(bytes, (b) => {
      const bad = firstInvalidUtf8Byte(b);
      expect(bad === -1).toBe(isUtf8(b));
      if (bad >= 0) expect(isUtf8(b.subarray(0, bad))).toBe(true);
    }), { numRuns: 1000 });
  });

  it('says where the first broken byte of a file is', () => {
    expect(decodeArticleBytes(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toEqual({ ok: false, reason: expect.stringMatching(/^not valid UTF-8: byte 0xed at byte 1;/) });
    expect(decodeArticleBytes(Buffer.from([0xff, 0xfe, 0x41]))).toEqual({ ok: false, reason: expect.stringMatching(/odd number of bytes/) });
  });
});

import { describe, expect, it } from 'vitest';
import { readingText, softLineBreaks, unwrapLines } from '../pipeline/reading-text.ts';
import { checkMentionOffsets } from '../src/validate.ts';
import { factLines, run } from './helpers.ts';

const ARTICLE = [
  'Northwind return with Paper Moon',
  '',
  'The Korean band Northwind will release their new single Paper Moon on 3 May 2024. The song was written by Mara Lind, who also produced their debut album Glass Coast.',
  '',
  'Paper Moon is the theme song of the drama Glass Harbor, which stars Ilse Varga and Tomas Brede. The drama premieres on NWTV next month.',
].join('\n');

/** Breaks every paragraph into lines of at most `width` characters, as fold and mail programs do. */
function hardWrap(text: string, width: number): string {
  return text.split('\n').map((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.join('\n');
  }).join('\n');
}

describe('hard-wrapped paragraphs (pipeline/reading-text.ts)', () => {
  it('reads the lines of a wrapped paragraph as one, keeping every offset', () => {
    const wrapped = hardWrap(ARTICLE, 60);
    const unwrapped = unwrapLines(wrapped);
    expect(unwrapped.length).toBe(wrapped.length);
    expect(unwrapped).toBe(ARTICLE);
    // The headline stays a line of its own: the next word would have fitted after it.
    expect(unwrapped.startsWith('Northwind return with Paper Moon\n')).toBe(true);
  });

  it('turns a CRLF soft break into two spaces, so offsets still agree', () => {
    const wrapped = hardWrap(ARTICLE, 60).replace(/\n/g, '\r\n');
    const unwrapped = unwrapLines(wrapped);
    expect(unwrapped.length).toBe(wrapped.length);
    // Only the four breaks the article was written with are left.
    expect(unwrapped.split('\r\n')).toHaveLength(5);
    expect(softLineBreaks(wrapped).every((at) => wrapped[at] === '\n' && wrapped[at - 1] === '\r')).toBe(true);
  });

  it('leaves text written one paragraph per line, and short lists, as they are', () => {
    expect(softLineBreaks(ARTICLE)).toEqual([]);
    const trackList = 'Tracks:\n1. Paper Moon\n2. Glass Coast\n3. Silver Line\n4. Harbor Lights';
    expect(softLineBreaks(trackList)).toEqual([]);
  });

  it('gives a wrapped article the facts of the same article unwrapped', () => {
    const plain = factLines(run(ARTICLE)).sort();
    expect(plain.length).toBeGreaterThan(3);
    for (const width of [50, 72]) {
      const wrapped = hardWrap(ARTICLE, width);
      const doc = run(wrapped);
      expect(factLines(doc).sort()).toEqual(plain);
      // Mentions and evidence still quote the input exactly, line breaks and all.
      expect(checkMentionOffsets(doc.output!, wrapped)).toEqual([]);
    }
  });

  it('writes a name broken across two lines with one space', () => {
    const paragraph = 'The new drama Glass Harbor, which premieres on NWTV next month with twelve episodes, stars Ilse Varga and Tomas Brede as two keepers of a lighthouse in a small coastal town.';
    const wrapped = Array.from({ length: 50 }, (_, i) => hardWrap(paragraph, 40 + i)).find((text) => text.includes('Tomas\nBrede'));
    expect(wrapped).toBeDefined();
    // With CRLF the soft break reads as two spaces.
    const doc = run(wrapped!.replace(/\n/g, '\r\n'));
    expect(factLines(doc)).toContain('Glass Harbor —cast_member→ Tomas Brede');
    expect(doc.output!.entities.map((e) => e.name).filter((name) => /\s{2,}|\n/.test(name))).toEqual([]);
  });
});

describe('typeset spaces and quotes (pipeline/reading-text.ts)', () => {
  it('reads a title in guillemets or corner brackets as a quoted title', () => {
    for (const [open, close] of [['\u00ab', '\u00bb'], ['\u300c', '\u300d'], ['\u300e', '\u300f']]) {
      const input = `Northwind released the single ${open}Paper Moon${close} on 3 May 2024.`;
      expect(readingText(input)).toBe('Northwind released the single \u201cPaper Moon\u201d on 3 May 2024.');
      expect(factLines(run(input))).toContain('Paper Moon —performer→ Northwind');
    }
  });

  it('reads no-break and thin spaces as plain spaces, one for one', () => {
    const input = 'Mara\u00a0Lind released Paper\u202fMoon on 3\u2009May 2024.';
    const text = readingText(input);
    expect(text).toBe('Mara Lind released Paper Moon on 3 May 2024.');
    expect(text.length).toBe(input.length);
  });

  it('gives an article with no-break spaces the facts it has with plain ones', () => {
    const plain = factLines(run(ARTICLE)).sort();
    const typeset = ARTICLE.replace(/ /g, (space, at: number) => (at % 3 === 0 ? '\u00a0' : space));
    const doc = run(typeset);
    expect(factLines(doc).sort()).toEqual(plain);
    expect(checkMentionOffsets(doc.output!, typeset)).toEqual([]);
  });
});

describe('titles in single quotes, as British papers write them', () => {
  it('keeps a title with its full stop inside the quotes in the sentence it opens', () => {
    const lines = factLines(run("Silver Line is the second album by Northwind. 'Night Bus.' is a song recorded by Mara Lind for her album Harbor."));
    expect(lines).toContain('Night Bus —performer→ Mara Lind');
    expect(lines).toContain('Night Bus —part_of→ Harbor');
  });
});

// What an article gives must not hang on the articles read before it in the same thread
// (pipeline/wink.ts): with worker threads, which those are differs from run to run. Each case
// uses an abbreviation no other case uses, since what wink learns stays for the whole file.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/index.ts';

const meta = { id: 'a', source: null, sha256: '0'.repeat(64), published: null };

describe('reading an article after others', () => {
  it('keeps an abbreviation whole after another article wrote it without its last full stop', () => {
    runPipeline('The series streams in the U.S and in Canada.', meta);
    const later = 'Paper Moon was a 1979 U.S. pop hit for Mara Lind. It was her third single on Northwind Records.';
    const doc = runPipeline(later, meta);
    expect(doc.tokens.map((t) => t.text)).toContain('U.S.');
    expect(doc.sentences.map((s) => later.slice(s.start, s.end))).toEqual(['Paper Moon was a 1979 U.S. pop hit for Mara Lind.', 'It was her third single on Northwind Records.']);
  });
  it('gives the same facts for an article whether or not another read before it had the short form', () => {
    const article = 'Glass Coast is a 2011 song by the Danish band Northwind. It was a top ten U.K. hit for the band in March 2011.';
    runPipeline('Northwind toured the U.K and Japan.', meta);
    const after = runPipeline(article, meta);
    expect(after.sentences).toHaveLength(2);
    expect(after.output!.facts.some((f) => f.predicate === 'publication_date')).toBe(true);
  });
});

describe('a program that uses wink-nlp itself', () => {
  it('keeps its own wink, shares no learned words with the pipeline, and finds the module cache as it was', () => {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp');
    const theirs = winkNLP(require('wink-eng-lite-web-model'));
    theirs.readDoc('The show reached the U.A.E and Oman.');
    const article = 'Harbour Lights was a U.A.E. hit for Mara Lind in 2011. It was her third single.';
    expect(runPipeline(article, meta).sentences).toHaveLength(2);
    expect(require('wink-nlp')).toBe(winkNLP);
    expect(theirs.readDoc('One. Two.').sentences().length()).toBe(2);
  });
});

// The prefilter letters of a phrasing must stand in every match, or a sentence the expression would match is skipped.
import { describe, expect, it } from 'vitest';
import { anchorWordsOf, compilePattern, requiredLettersOf } from '../pipeline/relations/pattern.ts';
import { PREDICATE_RULES } from '../pipeline/relations/predicates/index.ts';

describe('requiredLettersOf', () => {
  it('takes the longest top-level letter run, outside groups, macros, classes and escapes', () => {
    expect(requiredLettersOf('{s:Film} {gap}preceded by {np}{o:Film}')).toBe('preceded');
    expect(requiredLettersOf('{s:Film} (?:directed|helmed) by {o:Person}')).toBeNull();
    expect(requiredLettersOf('\\bthe {o:Organization} (?:[a-z-]+ ){0,2}{s:TVSeries}')).toBe('the');
    expect(requiredLettersOf('{s:Song} [^()⟦⟧]{0,60} credited')).toBe('credited');
  });
  it('leaves out a letter a quantifier makes optional, and gives none for a top-level alternative', () => {
    expect(requiredLettersOf('{o:Person} headlines? the cast')).toBe('headline');
    expect(requiredLettersOf('{o:Person} starring|{o:Person} featured')).toBeNull();
  });
  it('finds its letters in the compiled expression of every phrasing, as literal text', () => {
    for (const rule of PREDICATE_RULES) for (const p of rule.phrasings) {
      const letters = requiredLettersOf(p.pattern);
      if (letters) expect(compilePattern(p.pattern).source.toLowerCase()).toContain(letters);
    }
  });
});

describe('anchorWordsOf', () => {
  it('takes the required group whose words select fewest sentences, not the first one', () => {
    expect(anchorWordsOf('(?:The|This) (?:film|movie) {clause}(?:stars|starred|co-stars) {o:Person}')).toEqual([['stars'], ['starred'], ['co', 'stars']]);
    expect(anchorWordsOf('(?:^|(?<=[.;] ))(?:A|The) (?:remake|reboot) of {o:Film}')).toEqual([['remake'], ['reboot']]);
  });
  it('takes no group that is optional, nested, touches letters, or stands beside a top-level alternative', () => {
    expect(anchorWordsOf('{s:Film} (?:directed|helmed)? by {o:Person}')).toBeNull();
    expect(anchorWordsOf('{s:Song} (?:ballad|anthem)s by {o:Band}')).toBeNull();
    expect(anchorWordsOf('{s:Song} (?:sung|sang) by {o:Band}|{o:Band} (?:sings|sang) {s:Song}')).toBeNull();
    expect(anchorWordsOf('{s:Song} [^()]{0,9} (?:sung|sang) by {o:Band|Person}')).toEqual([['sung'], ['sang']]);
  });
  it('finds one alternative of its words in the lower-cased text of every phrasing example that matches', () => {
    for (const rule of PREDICATE_RULES) for (const p of rule.phrasings) {
      const anchor = anchorWordsOf(p.pattern);
      const example = (p as { example?: string }).example;
      if (!anchor || !example) continue;
      const words = new Set(example.toLowerCase().match(/[a-z]+/g) ?? []);
      expect(anchor.some((alternative) => alternative.every((w) => words.has(w))), `${p.pattern}\n${example}`).toBe(true);
    }
  });
});

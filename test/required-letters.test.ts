// The prefilter letters of a phrasing must stand in every match, or a sentence the expression would match is skipped.
import { describe, expect, it } from 'vitest';
import { compilePattern, requiredLettersOf } from '../pipeline/relations/pattern.ts';
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

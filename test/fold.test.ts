// The spec's name folding, one rule at a time, on made-up names.
import { describe, expect, it } from 'vitest';
import { foldName } from '../src/fold.ts';

describe('foldName', () => {
  it('folds case', () => {
    expect(foldName('NORTHWIND')).toBe(foldName('Northwind'));
  });
  it('folds straight and curly quotes, single and double', () => {
    const plain = foldName('Paper Moon');
    for (const quoted of ["'Paper Moon'", '"Paper Moon"', '‘Paper Moon’', '“Paper Moon”', '«Paper Moon»']) {
      expect(foldName(quoted)).toBe(plain);
    }
    expect(foldName('Don’t Wait Up')).toBe(foldName("Don't Wait Up"));
    expect(foldName('Rock ’n’ Roll Night')).toBe(foldName("Rock 'n' Roll Night"));
  });
  it("drops a trailing possessive: 's, ', and their curly forms", () => {
    for (const possessive of ["Northwind's", 'Northwind’s', "Glass Towers'", 'Glass Towers’']) {
      expect(foldName(possessive)).toBe(foldName(possessive.replace(/['’]s?$/, '')));
    }
  });
  it('drops a possessive inside surrounding quotes and punctuation', () => {
    expect(foldName('“Northwind’s”,')).toBe('northwind');
    expect(foldName('(Northwind)')).toBe('northwind');
  });
  it('drops surrounding punctuation but keeps symbols and inner punctuation', () => {
    expect(foldName('Paper Moon!')).toBe('paper moon');
    expect(foldName('Streamly+')).toBe('streamly+');
    expect(foldName('Sky-High: The Return')).toBe('sky-high: the return');
  });
  it('collapses and trims whitespace', () => {
    expect(foldName('  Paper \n  Moon\u00a0 ')).toBe('paper moon');
  });
  it('keeps accents, which the gold spells out both ways when both are right', () => {
    expect(foldName('Élodie Marchand')).not.toBe(foldName('Elodie Marchand'));
  });
  it('keeps different names apart', () => {
    expect(foldName('Paper Moon')).not.toBe(foldName('Paper Moons'));
    expect(foldName('Glass')).not.toBe(foldName('Glass Towers'));
  });
});

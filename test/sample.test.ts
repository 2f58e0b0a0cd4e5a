// The sample article the product was specified from, against its hand-checked gold (copied unchanged).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.ts';
import { validateDocument, checkMentionOffsets } from '../src/validate.ts';
import { scoreArticle, prf, type GoldFile } from '../src/eval.ts';

const text = readFileSync(new URL('../corpus/000_af7a361cea14b24c.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('./000_af7a361cea14b24c.gold.json', import.meta.url), 'utf8')) as GoldFile;
const doc = extract(text, { id: '000_af7a361cea14b24c', source: 'corpus/000_af7a361cea14b24c.txt' });

describe('the sample article', () => {
  it('meets entity F1 ≥ 0.95 and fact F1 ≥ 0.90 against its gold', () => {
    const score = scoreArticle(gold, doc);
    expect(prf(score.entities).f1).toBeGreaterThanOrEqual(0.95);
    expect(prf(score.facts).f1).toBeGreaterThanOrEqual(0.9);
  });
  it('validates against the schema', () => {
    expect(validateDocument(doc)).toEqual({ valid: true, errors: [] });
  });
  it('has every mention and evidence text equal to the input slice at its offsets', () => {
    expect(checkMentionOffsets(doc, text)).toEqual([]);
  });
  it('reads the published date from the header', () => {
    expect(doc.article.published).toBe('2021-02-17');
  });
  it('gives byte-identical output for the same input', () => {
    const again = extract(text, { id: '000_af7a361cea14b24c', source: 'corpus/000_af7a361cea14b24c.txt' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });
});

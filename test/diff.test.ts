// `facts diff`: two runs compared by identity (type + folded name, year and
// country), never by id; counts per article and in total; text, JSON, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityType, FactsDocument, Predicate } from '../src/contract.ts';
import { extract } from '../src/extract.ts';
import { palette, shouldColour } from '../src/diff/colour.ts';
import { runDiff, type DiffCommandOptions } from '../src/diff/command.ts';
import { formatArticle } from '../src/diff/format-text.ts';
import { hashJoin } from '../src/diff/hash-join.ts';
import { compareArticle } from '../src/diff/compare.ts';

// ---------------------------------------------------------------- building documents

interface EntitySpec { id: string; type: EntityType; name: string; year?: number; country?: string; value?: string }
interface FactSpec { s: string; p: Predicate; o: string; confidence?: number; evidence?: string[] }

/** A valid facts/v1 document from a compact description; offsets are made up but consistent. */
function doc(id: string, entities: EntitySpec[], facts: FactSpec[]): FactsDocument {
  return {
    schema: 'facts/v1',
    article: { id, source: null, sha256: 'a'.repeat(64), published: null },
    entities: entities.map((e, i) => ({
      id: e.id, type: e.type, name: e.name,
      ...(e.value !== undefined && { value: e.value }),
      ...((e.year !== undefined || e.country !== undefined) && {
        attributes: { ...(e.year !== undefined && { year: e.year }), ...(e.country !== undefined && { country: e.country }) },
      }),
      mentions: [{ start: i * 10, end: i * 10 + e.name.length, text: e.name, sentence: 0 }],
    })),
    facts: facts.map((f, i) => ({
      id: `F${i + 1}`, subject: f.s, predicate: f.p, object: f.o, confidence: f.confidence ?? 0.8,
      evidence: (f.evidence ?? ['The band Northwind released the single Paper Moon.']).map((text) => ({ sentence: 0, start: 0, end: text.length, text, ruleId: 'test.rule' })),
    })),
  };
}

const NORTHWIND: EntitySpec = { id: 'E1', type: 'Band', name: 'Northwind' };
const PAPER_MOON: EntitySpec = { id: 'E2', type: 'Song', name: 'Paper Moon' };
const MARA: EntitySpec = { id: 'E3', type: 'Person', name: 'Mara Lind' };
const GLASS_HARBOR: EntitySpec = { id: 'E4', type: 'TVSeries', name: 'Glass Harbor' };

/** Paper Moon by Northwind, theme of Glass Harbor, which stars Mara Lind. */
function baseArticle(id = 'a1'): FactsDocument {
  return doc(id, [NORTHWIND, PAPER_MOON, MARA, GLASS_HARBOR], [
    { s: 'E2', p: 'performer', o: 'E1' },
    { s: 'E2', p: 'soundtrack_of', o: 'E4' },
    { s: 'E4', p: 'cast_member', o: 'E3' },
  ]);
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'facts-diff-test-'));
  tempDirs.push(dir);
  return dir;
}

/** A run folder holding the given documents as <article id>.facts.json. */
function runFolder(...docs: FactsDocument[]): string {
  const dir = tempDir();
  for (const d of docs) writeFileSync(path.join(dir, `${d.article.id}.facts.json`), JSON.stringify(d, null, 2));
  return dir;
}

// ---------------------------------------------------------------- running the command in-process

function capture(isTTY = false): Writable & { text: string; isTTY: boolean } {
  const stream = new Writable({ write(chunk, _enc, done) { stream.text += String(chunk); done(); } }) as Writable & { text: string; isTTY: boolean };
  stream.text = '';
  stream.isTTY = isTTY;
  return stream;
}

async function diff(oldPath: string, newPath: string, options: Partial<DiffCommandOptions> = {}, env: NodeJS.ProcessEnv = {}) {
  const stdout = capture();
  const stderr = capture();
  const status = await runDiff(oldPath, newPath, { changes: false, json: false, exitCode: false, ...options }, { stdout, stderr, env });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

async function diffJson(oldPath: string, newPath: string, options: Partial<DiffCommandOptions> = {}) {
  const result = await diff(oldPath, newPath, { ...options, json: true });
  return { ...result, json: JSON.parse(result.stdout) };
}

// ---------------------------------------------------------------- tests

describe('facts diff: identical runs', () => {
  it('reports no difference and exits 0 even with --exit-code', async () => {
    const before = runFolder(baseArticle('a1'), baseArticle('a2'));
    const after = runFolder(baseArticle('a1'), baseArticle('a2'));
    const result = await diff(before, after, { exitCode: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('no differences in 2 articles\n');
    expect(result.stderr).toBe('');
    const { json } = await diffJson(before, after, { exitCode: true });
    expect(json.articles).toEqual([]);
    expect(json.totals.articles).toMatchObject({ compared: 2, unchanged: 2, changed: 0, added: 0, removed: 0 });
  });
});

describe('facts diff: added and removed facts', () => {
  const before = runFolder(baseArticle());
  const changed = baseArticle();
  changed.facts = changed.facts.filter((f) => f.predicate !== 'cast_member');
  changed.entities.push({ id: 'E5', type: 'Person', name: 'Ines Vale', mentions: [{ start: 90, end: 99, text: 'Ines Vale', sentence: 1 }] });
  changed.facts.push({ id: 'F9', subject: 'E4', predicate: 'cast_member', object: 'E5', confidence: 0.8, evidence: [{ sentence: 1, start: 60, end: 99, text: 'Glass Harbor stars Ines Vale.', ruleId: 'test.rule' }] });
  const after = runFolder(changed);

  it('prints -/+ lines grouped under the article, then a summary', async () => {
    const result = await diff(before, after);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe([
      'a1 (changed): facts +1 -1, entities +1 -0',
      '  - Glass Harbor —cast_member→ Mara Lind',
      '  + Glass Harbor —cast_member→ Ines Vale',
      '  + Person: Ines Vale',
      '1 article: 1 changed, 0 added, 0 removed, 0 unchanged; facts +1 -1; entities +1 -0',
      '',
    ].join('\n'));
  });

  it('exits 1 with --exit-code', async () => {
    expect((await diff(before, after, { exitCode: true })).status).toBe(1);
  });

  it('gives the same counts and the facts with their ids in JSON', async () => {
    const { json, status } = await diffJson(before, after);
    expect(status).toBe(0);
    expect(json.schema).toBe('facts-diff/v1');
    expect(json.articles).toHaveLength(1);
    const [article] = json.articles;
    expect(article).toMatchObject({ article: 'a1', status: 'changed', oldFile: path.join(before, 'a1.facts.json'), newFile: path.join(after, 'a1.facts.json') });
    expect(article.facts.removed).toEqual([{
      id: 'F3', predicate: 'cast_member', confidence: 0.8,
      subject: { id: 'E4', type: 'TVSeries', name: 'Glass Harbor', identity: 'TVSeries|glass harbor||' },
      object: { id: 'E3', type: 'Person', name: 'Mara Lind', identity: 'Person|mara lind||' },
    }]);
    expect(article.facts.added.map((f: { id: string; object: { name: string } }) => [f.id, f.object.name])).toEqual([['F9', 'Ines Vale']]);
    expect(article.facts.changed).toBeUndefined();
    expect(article.entities).toEqual({ added: [{ id: 'E5', type: 'Person', name: 'Ines Vale', identity: 'Person|ines vale||' }], removed: [] });
    expect(json.totals).toEqual({
      articles: { compared: 1, changed: 1, added: 0, removed: 0, unchanged: 0, failed: 0 },
      entities: { added: 1, removed: 0 },
      facts: { added: 1, removed: 1 },
    });
  });
});

describe('facts diff: identity, not ids', () => {
  it('does not report an entity renumbered E3 → E7 (and its facts) as a change', async () => {
    const renamed = doc('a1', [{ ...MARA, id: 'E7' }, NORTHWIND, PAPER_MOON, GLASS_HARBOR], [
      { s: 'E4', p: 'cast_member', o: 'E7' },
      { s: 'E2', p: 'performer', o: 'E1' },
      { s: 'E2', p: 'soundtrack_of', o: 'E4' },
    ]);
    const result = await diff(runFolder(baseArticle()), runFolder(renamed), { exitCode: true, changes: true });
    expect(result.stdout).toBe('no differences in 1 article\n');
    expect(result.status).toBe(0);
  });

  it('treats names that differ only in case, quotes or a possessive as the same entity', async () => {
    const respelled = doc('a1', [{ ...NORTHWIND, name: 'NORTHWIND’s' }, { ...PAPER_MOON, name: '“Paper Moon”' }, MARA, GLASS_HARBOR], baseArticle().facts.map((f) => ({ s: f.subject, p: f.predicate, o: f.object })));
    expect((await diff(runFolder(baseArticle()), runFolder(respelled), { exitCode: true })).status).toBe(0);
  });

  it('keeps same-named works apart by year, and shows the year on the lines', async () => {
    const remake = (year: number) => doc('a1', [{ id: 'E1', type: 'TVSeries', name: 'Glass Harbor', year }, MARA], [{ s: 'E1', p: 'cast_member', o: 'E3' }]);
    const result = await diff(runFolder(remake(2016)), runFolder(remake(2018)));
    expect(result.stdout).toContain('  - Glass Harbor (2016) —cast_member→ Mara Lind\n');
    expect(result.stdout).toContain('  + Glass Harbor (2018) —cast_member→ Mara Lind\n');
    expect(result.stdout).toContain('  - TVSeries: Glass Harbor (2016)\n');
  });

  it('matches a symmetric fact written in the other direction', async () => {
    const duet = (s: string, o: string) => doc('a1', [NORTHWIND, MARA], [{ s, p: 'collaborated_with', o }]);
    expect((await diff(runFolder(duet('E1', 'E3')), runFolder(duet('E3', 'E1')), { exitCode: true })).status).toBe(0);
  });

  it('counts repeated identities as many times as they occur', async () => {
    // Two entities that fold alike (a run that failed to merge them) against one: one is removed.
    const twice = doc('a1', [NORTHWIND, { ...NORTHWIND, id: 'E2', name: 'northwind' }], []);
    const once = doc('a1', [NORTHWIND], []);
    const { json } = await diffJson(runFolder(twice), runFolder(once));
    expect(json.articles[0].entities).toEqual({ added: [], removed: [{ id: 'E2', type: 'Band', name: 'northwind', identity: 'Band|northwind||' }] });
  });
});

describe('facts diff: --changes', () => {
  const before = runFolder(baseArticle());
  const moved = baseArticle();
  moved.facts[0].confidence = 0.95;
  const after = runFolder(moved);

  it('ignores a changed confidence without --changes', async () => {
    const result = await diff(before, after, { exitCode: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('no differences in 1 article\n');
  });

  it('shows a changed confidence with --changes and counts it as a difference', async () => {
    const result = await diff(before, after, { exitCode: true, changes: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe([
      'a1 (changed): facts +0 -0 ~1, entities +0 -0',
      '  ~ Paper Moon —performer→ Northwind  confidence 0.8 → 0.95',
      '1 article: 1 changed, 0 added, 0 removed, 0 unchanged; facts +0 -0 ~1; entities +0 -0',
      '',
    ].join('\n'));
    const { json } = await diffJson(before, after, { changes: true });
    expect(json.changes).toBe(true);
    expect(json.articles[0].facts.changed).toEqual([expect.objectContaining({ confidence: { old: 0.8, new: 0.95 } })]);
    expect(json.articles[0].facts.changed[0].evidence).toBeUndefined();
    expect(json.totals.facts).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('shows evidence quoted differently, but not evidence that only moved', async () => {
    const requoted = baseArticle();
    requoted.facts[0].evidence = [
      { sentence: 3, start: 200, end: 250, text: 'The band Northwind released the single Paper Moon.', ruleId: 'test.rule' },
      { sentence: 4, start: 251, end: 280, text: "Northwind's Paper Moon charted.", ruleId: 'performer.possessive' },
    ];
    const result = await diff(before, runFolder(requoted), { changes: true });
    expect(result.stdout).toContain('  ~ Paper Moon —performer→ Northwind  evidence +1 -0\n');
    expect(result.stdout).toContain(`      + "Northwind's Paper Moon charted." [performer.possessive]\n`);
    expect(result.stdout).not.toContain('      - ');
  });
});

describe('facts diff: articles on one side only', () => {
  const before = runFolder(baseArticle('a1'), baseArticle('gone'));
  const after = runFolder(baseArticle('a1'), doc('fresh', [NORTHWIND, PAPER_MOON], [{ s: 'E2', p: 'performer', o: 'E1' }]));

  it('reports them as removed and added whole', async () => {
    const result = await diff(before, after, { exitCode: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe([
      'fresh (added): facts +1 -0, entities +2 -0',
      '  + Paper Moon —performer→ Northwind',
      '  + Band: Northwind',
      '  + Song: Paper Moon',
      'gone (removed): facts +0 -3, entities +0 -4',
      '  - Paper Moon —performer→ Northwind',
      '  - Paper Moon —soundtrack_of→ Glass Harbor',
      '  - Glass Harbor —cast_member→ Mara Lind',
      '  - Band: Northwind',
      '  - Song: Paper Moon',
      '  - Person: Mara Lind',
      '  - TVSeries: Glass Harbor',
      '3 articles: 0 changed, 1 added, 1 removed, 1 unchanged; facts +1 -3; entities +2 -4',
      '',
    ].join('\n'));
  });

  it('gives them status added/removed and a null file on the missing side in JSON', async () => {
    const { json } = await diffJson(before, after);
    expect(json.articles.map((a: { article: string; status: string; oldFile: string | null; newFile: string | null }) => [a.article, a.status, a.oldFile === null, a.newFile === null]))
      .toEqual([['fresh', 'added', true, false], ['gone', 'removed', false, true]]);
  });
});

describe('facts diff: single files', () => {
  it('compares two .facts.json files whatever their names', async () => {
    const dir = tempDir();
    const later = baseArticle();
    later.facts.pop();
    writeFileSync(path.join(dir, 'monday.facts.json'), JSON.stringify(baseArticle()));
    writeFileSync(path.join(dir, 'tuesday.facts.json'), JSON.stringify(later));
    const result = await diff(path.join(dir, 'monday.facts.json'), path.join(dir, 'tuesday.facts.json'));
    expect(result.stdout).toMatch(/^tuesday \(changed\): facts \+0 -1, entities \+0 -0\n  - Glass Harbor —cast_member→ Mara Lind\n/);
  });

  it('pairs a file with the same-named article of a folder', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a1.facts.json'), JSON.stringify(baseArticle()));
    const result = await diff(path.join(dir, 'a1.facts.json'), runFolder(baseArticle('a1')), { exitCode: true });
    expect(result.stdout).toBe('no differences in 1 article\n');
  });

  it('reads folders recursively and pairs by the path below the folder', async () => {
    const nest = (d: FactsDocument) => {
      const root = tempDir();
      mkdirSync(path.join(root, 'week1'));
      writeFileSync(path.join(root, 'week1', 'a1.facts.json'), JSON.stringify(d));
      return root;
    };
    const later = baseArticle();
    later.facts.pop();
    expect((await diff(nest(baseArticle()), nest(later))).stdout).toMatch(/^week1\/a1 \(changed\)/);
  });
});

describe('facts diff: bad inputs exit 2 and name the file', () => {
  it('a missing path', async () => {
    const good = runFolder(baseArticle());
    const missing = path.join(tempDir(), 'no-such-run');
    const result = await diff(good, missing, { exitCode: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`facts diff: ${missing}: no such file or folder\n`);
    expect(result.stdout).toBe('');
  });

  it('JSON that is not a facts/v1 document', async () => {
    const before = runFolder(baseArticle());
    const after = tempDir();
    const file = path.join(after, 'a1.facts.json');
    writeFileSync(file, JSON.stringify({ article: 'a1', entities: [], facts: [] }));
    const result = await diff(before, after);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`facts diff: ${file}: not a facts/v1 document (no "schema" field)\n`);
    expect(result.stdout).toMatch(/; 1 failed \(see errors\)\n$/);

    writeFileSync(file, JSON.stringify({ ...baseArticle(), schema: 'facts/v2' }));
    expect((await diff(before, after)).stderr).toBe(`facts diff: ${file}: not a facts/v1 document ("schema" is "facts/v2")\n`);
    writeFileSync(file, '[1, 2]');
    expect((await diff(before, after)).stderr).toContain(`${file}: not a facts/v1 document: expected a JSON object, found an array`);
  });

  it('a file that is not JSON at all', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a1.facts.json');
    writeFileSync(file, '{ "schema": "facts/v1", ');
    const result = await diff(runFolder(baseArticle()), dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^facts diff: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON`));
  });

  it('a document that fails the schema, with the failing path', async () => {
    const broken = baseArticle();
    broken.facts[1].confidence = 1.5;
    const before = runFolder(broken);
    const file = path.join(before, 'a1.facts.json');
    const result = await diff(before, runFolder(baseArticle()), { json: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`facts diff: ${file}: fails the facts/v1 schema: /facts/1/confidence: must be <= 1\n`);
    const json = JSON.parse(result.stdout);
    expect(json.errors).toEqual([{ file, reason: 'fails the facts/v1 schema: /facts/1/confidence: must be <= 1' }]);
    expect(json.totals.articles.failed).toBe(1);
  });

  it('a fact pointing at an entity that does not exist', async () => {
    const dangling = baseArticle();
    dangling.facts[0].object = 'E42';
    const after = runFolder(dangling);
    const result = await diff(runFolder(baseArticle()), after);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`facts diff: ${path.join(after, 'a1.facts.json')}: fails the facts/v1 schema: /facts/0/object: no entity E42\n`);
  });

  it('still compares the other articles', async () => {
    const before = runFolder(baseArticle('a1'), baseArticle('a2'));
    const after = runFolder(baseArticle('a2'));
    writeFileSync(path.join(after, 'a1.facts.json'), 'not json');
    const later = baseArticle('a2');
    later.facts.pop();
    writeFileSync(path.join(after, 'a2.facts.json'), JSON.stringify(later));
    const result = await diff(before, after, { exitCode: true });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('a2 (changed): facts +0 -1');
    expect(result.stdout).toMatch(/^2 articles: 1 changed, .*; 1 failed \(see errors\)$/m);
  });
});

describe('facts diff: colour', () => {
  it('is used on a terminal only, and never when NO_COLOR is set', () => {
    expect(shouldColour({ isTTY: true }, {})).toBe(true);
    expect(shouldColour({ isTTY: false }, {})).toBe(false);
    expect(shouldColour({}, {})).toBe(false);
    expect(shouldColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColour({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
    expect(shouldColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('paints removed lines red and added lines green', () => {
    const later = baseArticle();
    later.facts[2].object = 'E1';
    const block = formatArticle(compareArticle('a1', { file: 'x', doc: baseArticle() }, { file: 'y', doc: later }, { changes: false }), palette(true));
    expect(block).toContain('\u001b[31m  - Glass Harbor —cast_member→ Mara Lind\u001b[39m');
    expect(block).toContain('\u001b[32m  + Glass Harbor —cast_member→ Northwind\u001b[39m');
  });

  it('writes no escape codes when stdout is not a terminal or NO_COLOR is set', async () => {
    const later = baseArticle();
    later.facts.pop();
    const before = runFolder(baseArticle());
    const after = runFolder(later);
    for (const [isTTY, env] of [[false, {}], [true, { NO_COLOR: '1' }]] as const) {
      const stdout = capture(isTTY);
      await runDiff(before, after, { changes: false, json: false, exitCode: false }, { stdout, stderr: capture(), env });
      expect(stdout.text).toContain('  - Glass Harbor —cast_member→ Mara Lind');
      expect(stdout.text).not.toContain('\u001b[');
    }
    const terminal = capture(true);
    await runDiff(before, after, { changes: false, json: false, exitCode: false }, { stdout: terminal, stderr: capture(), env: {} });
    expect(terminal.text).toContain('\u001b[31m');
  });
});

describe('hashJoin', () => {
  it('pairs items by key as a multiset, keeping each side in order', () => {
    const item = (key: string, n: number) => ({ key, n });
    const result = hashJoin([item('a', 1), item('b', 2), item('a', 3)], [item('a', 4), item('c', 5), item('b', 6)], (x) => x.key);
    expect(result.both.map(([o, n]) => [o.n, n.n])).toEqual([[1, 4], [2, 6]]);
    expect(result.added.map((x) => x.n)).toEqual([5]);
    expect(result.removed.map((x) => x.n)).toEqual([3]);
  });
});

describe('facts diff on extracted documents', () => {
  it('reports no fact lost when a sentence is added before them and every id shifts', async () => {
    const text = 'The band Northwind released the single Paper Moon.';
    const before = extract(text, { id: 'a1' });
    const after = extract(`Critics praised the drama Glass Harbor. ${text}`, { id: 'a1' });
    const idOf = (d: FactsDocument, name: string) => d.entities.find((e) => e.name === name)?.id;
    // The premise: the new sentence renumbers Northwind, so ids alone would call its facts changed.
    expect(before.facts.length).toBeGreaterThan(0);
    expect(idOf(after, 'Northwind')).not.toBe(idOf(before, 'Northwind'));
    const { json } = await diffJson(runFolder(before), runFolder(after));
    expect(json.articles).toHaveLength(1);
    expect(json.articles[0].facts.removed).toEqual([]);
    expect(json.articles[0].entities.removed).toEqual([]);
    expect(json.articles[0].entities.added.map((e: { name: string }) => e.name)).toContain('Glass Harbor');
  });

  it('finds no difference between two extractions of the same text', async () => {
    const text = 'The band Northwind released the single Paper Moon.';
    const result = await diff(runFolder(extract(text, { id: 'a1' })), runFolder(extract(text, { id: 'a1' })), { exitCode: true, changes: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('no differences in 1 article\n');
  });
});

describe('facts diff CLI', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), 'diff', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('sets the exit status: 1 on a difference with --exit-code, 2 on a missing path', () => {
    const later = baseArticle();
    later.facts.pop();
    const before = runFolder(baseArticle());
    const after = runFolder(later);
    expect(cli(before, after).status).toBe(0);
    const different = cli(before, after, '--exit-code');
    expect(different.status).toBe(1);
    expect(different.stdout).toMatch(/facts \+0 -1; entities \+0 -0\n$/);
    const missing = cli(before, 'no-such-run', '--exit-code');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-run: no such file or folder');
  });

  it('has --help naming the options and exit codes', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: facts diff \[options\] <old> <new>/);
    for (const option of ['--changes', '--json', '--exit-code', 'NO_COLOR', 'Exit status']) expect(help.stdout).toContain(option);
  });
});

// The bundle `npm ci` builds (scripts/build.mjs) is what bin/facts.js runs:
// it must give the documents the TypeScript sources give, on one thread and
// on worker threads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.ts';

const root = path.resolve(import.meta.dirname, '..');
// Inside the project, so that the bundle finds node_modules as dist/ does.
const artifacts = path.join(root, 'test-artifacts');
let work: string;
let bundle: string;

beforeAll(() => {
  mkdirSync(artifacts, { recursive: true });
  work = mkdtempSync(path.join(artifacts, 'build-'));
  bundle = path.join(work, 'dist');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outdir', bundle], { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const runBundle = (...args: string[]) => spawnSync(process.execPath, [path.join(bundle, 'cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });

const ARTICLES: Record<string, string> = {
  band: 'The band Northwind released the single "Paper Moon" on March 3, 2020. The song was written by Mara Lind.',
  drama: 'Tom Alder stars in the drama Glass Harbor. Its theme song "Night Train" is sung by Quorra Venn.',
  film: 'Glass Harbor is a 2019 film directed by Tom Alder and starring Mara Lind.',
};

describe('the bundle', () => {
  it('lists the sources it was made from, which bin/facts.js checks before running it', () => {
    const { inputs } = JSON.parse(readFileSync(path.join(bundle, 'inputs.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toContain('src/cli.ts');
    expect(inputs).toContain('pipeline/index.ts');
    expect(inputs.every((file) => existsSync(path.join(root, file)))).toBe(true);
  });

  it('prints help and takes usage errors as the sources do', () => {
    const help = runBundle('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: facts/);
    for (const command of ['extract', 'eval', 'diff', 'export', 'merge', 'report']) expect(help.stdout).toContain(command);
    const wrong = runBundle('extract', path.join(work, 'no-such-file.txt'), '--jobs', 'many');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/--jobs/);
  });

  for (const jobs of ['1', '2']) {
    it(`writes the documents extract() gives, with --jobs ${jobs}`, () => {
      const input = path.join(work, `in-${jobs}`);
      const out = path.join(work, `out-${jobs}`);
      mkdirSync(input);
      for (const [id, text] of Object.entries(ARTICLES)) writeFileSync(path.join(input, `${id}.txt`), text);
      const result = runBundle('extract', input, '--out', out, '--jobs', jobs, '--quiet');
      expect(result.status, result.stderr).toBe(0);
      const written = readdirSync(out).filter((f) => f.endsWith('.facts.json')).sort();
      expect(written).toEqual(['band.facts.json', 'drama.facts.json', 'film.facts.json']);
      for (const [id, text] of Object.entries(ARTICLES)) {
        const file = path.join(input, `${id}.txt`);
        const expected = extract(text, { id, source: file });
        expect(JSON.parse(readFileSync(path.join(out, `${id}.facts.json`), 'utf8'))).toEqual(expected);
        expect(expected.facts.length).toBeGreaterThan(0);
      }
    });
  }
});

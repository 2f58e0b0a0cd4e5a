// The CLI end to end, as a user runs it: extract a folder, then score it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('facts CLI', () => {
  it('prints its version and the pipeline version that outputs record', async () => {
    const { PIPELINE_VERSION } = await import('../pipeline/version.ts');
    const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    const result = cli('--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`facts ${version} (pipeline ${PIPELINE_VERSION})`);
  });
  it('extracts a folder into <out>/<id>.facts.json and prints a one-line summary', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'facts-'));
    const result = cli('extract', 'corpus', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^extracted 1\/1 articles .* 0 failed/);
    const doc = JSON.parse(readFileSync(path.join(out, '000_af7a361cea14b24c.facts.json'), 'utf8'));
    expect(doc.schema).toBe('facts/v1');
  });
  it('scores an output folder against gold and shows one article', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'facts-'));
    cli('extract', 'corpus', '--out', out);
    const goldDir = mkdtempSync(path.join(tmpdir(), 'gold-'));
    cpSync(path.join(root, 'test/000_af7a361cea14b24c.gold.json'), path.join(goldDir, '000_af7a361cea14b24c.gold.json'));
    const report = cli('eval', goldDir, out, '--json');
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).factsScore.f1).toBeGreaterThanOrEqual(0.9);
    expect(cli('eval', goldDir, out, '--show', '000').stdout).toMatch(/missed facts:/);
  });
  it('reports a missing input by name and exits 2, still writing the good ones', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'facts-'));
    const result = cli('extract', 'corpus', 'no-such-file.txt', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-file\.txt: no such file/);
    expect(result.stdout).toMatch(/extracted 1\/1/);
  });
  it('names the file and reason when a gold file is not JSON', () => {
    const goldDir = mkdtempSync(path.join(tmpdir(), 'gold-'));
    writeFileSync(path.join(goldDir, 'x.gold.json'), '{ not json');
    mkdirSync(path.join(goldDir, 'out'));
    const result = cli('eval', goldDir, path.join(goldDir, 'out'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/x\.gold\.json: not valid JSON/);
  });
  it('has --help on every command', () => {
    for (const args of [['--help'], ['extract', '--help'], ['eval', '--help']]) {
      expect(execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), ...args], { cwd: root, encoding: 'utf8' })).toMatch(/Usage: facts/);
    }
  });
  it('has --help on the benchmark, and names a bad option value instead of running', () => {
    const bench = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/extract.bench.ts'), ...args], { cwd: root, encoding: 'utf8' });
    const help = bench('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run bench/);
    const bad = bench('--passes', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--passes must be a whole number above 0, not "many"/);
  });
});

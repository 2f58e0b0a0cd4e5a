// Batch runs of `facts extract`: bad inputs become error records, a killed run
// loses nothing and resumes, workers give the documents a single thread gives.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../src/io.ts';
import { checkMentionOffsets, validateDocument } from '../src/validate.ts';
import type { FactsDocument } from '../src/contract.ts';
import { processArticle, type ArticleInput } from '../src/batch/article.ts';
import { createExtractPool, LARGE_INPUT_CHARS } from '../src/batch/pool.ts';
import { htmlToArticle } from '../src/batch/html.ts';
import { createProgress, progressLine } from '../src/batch/progress.ts';
import { openManifest } from '../src/batch/resume.ts';
import { runBatch, type BatchOptions } from '../src/batch/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const cliArgs = (args: string[]) => ['--import', 'tsx', path.join(root, 'src/cli.ts'), ...args];
const cli = (args: string[], input?: string | Buffer): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, cliArgs(args), { cwd: root, encoding: 'utf8', input });
const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `facts-batch-${prefix}-`));
  tempDirs.push(dir);
  return dir;
};
// The bad-input fixture alone holds 20 MB: leave nothing behind.
afterAll(() => { for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true }); });
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const readErrors = (out: string) => readFileSync(path.join(out, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const skippedCount = (stdout: string) => Number(/(\d+) skipped as unchanged/.exec(stdout)?.[1]);
const writtenCount = (stdout: string) => Number(/extracted (\d+)\//.exec(stdout)?.[1]);
const isRoot = process.getuid?.() === 0;
/** A run in this process, without workers and with the default size limit. */
const batch = (inputs: string[], outDir: string): BatchOptions => ({ inputs, outDir, jobs: 1, force: false, maxBytes: 1024 * 1024 });

/** A valid facts/v1 document whose offsets are true to the text it was made from. */
function expectSoundDocument(file: string, text: string): FactsDocument {
  const doc = readJson(file);
  expect(validateDocument(doc).errors).toEqual([]);
  expect(checkMentionOffsets(doc, text)).toEqual([]);
  return doc;
}

const BANDS = ['Northwind', 'Silver Finch', 'Harbor Lights', 'Copper Road', 'Blue Lantern'];
const SINGERS = ['Mara Lind', 'Jonas Berg', 'Elin Vale', 'Tomas Reed', 'Ava Stone'];
const SONGS = ['Paper Moon', 'Glass Harbor', 'Quiet Tides', 'Night Ferry', 'Salt and Ash'];
/** A small made-up article, different for each i. */
function madeUpArticle(i: number): string {
  return `date 2021-0${1 + (i % 9)}-1${i % 10}\n` +
    `The band ${BANDS[i % 5]} released the single ${SONGS[(i * 3) % 5]} in March.\n` +
    `Singer ${SINGERS[(i * 7) % 5]} stars in the drama ${SONGS[(i + 2) % 5]}, which aired on Channel ${i}.\n`;
}
function writeArticles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `a${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, madeUpArticle(i));
    return file;
  });
}

const PAGE = `<!doctype html><html><head><title>Northwind is back</title>
<meta property="article:published_time" content="2021-03-05T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/music">Music</a></nav>
<article><h1>Northwind is back</h1>
<p>The band Northwind released the single Paper Moon on Friday. Singer Mara Lind stars in the drama
Glass Harbor, which aired on Channel Nine.</p>
<p>The song Paper Moon is the theme of Glass Harbor. Northwind is a rock band from Norway.</p></article>
<footer>Copyright Daily Tune</footer><script>var tracking = 1;</script></body></html>`;

describe('facts extract over bad inputs', () => {
  it('records each unreadable input in errors.jsonl with its step, writes every other one, and exits 2', async () => {
    const dir = tempDir('bad');
    const out = path.join(tempDir('bad-out'), 'out');
    const put = (name: string, content: string | Buffer) => writeFileSync(path.join(dir, name), content);
    put('empty.txt', '');
    put('blank.txt', '  \n\t \r\n');
    put('binary.txt', Buffer.from([0x4e, 0x6f, 0x72, 0x00, 0x01, 0x02]));
    put('latin1.txt', Buffer.from('Mara Lind sang \xe9t\xe9 songs.', 'latin1'));
    put('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The band Northwind released the single Paper Moon.', 'utf16le')]));
    put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Singer Mara Lind stars in the drama Glass Harbor.', 'utf16le').swap16()]));
    put('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'Northwind sang Paper Moon. '));
    // Just over the default 1 MB limit: refused with a record (the pipeline takes about a minute on such a line).
    put('long-line.txt', 'northwind Mara Lind paper moon glass harbor '.repeat(Math.ceil((1024 * 1024 + 1) / 44)));
    // Well under the limit: a line with no sentence punctuation is still one (long) sentence the pipeline finishes.
    put('short-long-line.txt', 'the band Northwind and Mara Lind sang Paper Moon on Glass Harbor '.repeat(300));
    put('mixed.txt', 'The band Northwind released 纸月亮 (Paper Moon) 🎶🌙 in Tokyo. المغنية مارا ليند sang it live with Mara Lind 👍🏽. 北风乐队 \u202Bשיר\u202C.');
    put('page.html', PAGE);
    mkdirSync(path.join(dir, 'nested'));
    put('nested/blank.txt', '\n\n   '); // same id as blank.txt, and just as blank, whichever of the two is found first
    put('notes.md', 'not an article: folders contribute only .txt/.html/.htm files');

    const result = cli(['extract', dir, path.join(dir, 'no-such-file.txt'), '--out', out, '--jobs', '2']);
    expect(result.status).toBe(2);

    const errors = readErrors(out);
    const byName = (name: string) => errors.filter((e) => path.basename(e.file) === name);
    expect(byName('binary.txt')).toEqual([{ file: path.join(dir, 'binary.txt'), reason: expect.stringMatching(/^binary file: NUL byte at byte 3;/), stage: 'decode' }]);
    expect(byName('latin1.txt')).toEqual([{ file: path.join(dir, 'latin1.txt'), reason: expect.stringMatching(/^not valid UTF-8: byte 0xe9 at byte 15;/), stage: 'decode' }]);
    expect(byName('huge.txt')).toEqual([{ file: path.join(dir, 'huge.txt'), reason: expect.stringMatching(/^the file is 20\.0 MB, over the 1\.0 MB limit; raise --max-size/), stage: 'read' }]);
    expect(byName('long-line.txt')).toEqual([{ file: path.join(dir, 'long-line.txt'), reason: expect.stringMatching(/over the 1\.0 MB limit/), stage: 'read' }]);
    expect(byName('no-such-file.txt')).toEqual([{ file: path.join(dir, 'no-such-file.txt'), reason: 'no such file, folder or matching glob', stage: 'input' }]);
    const duplicate = byName('blank.txt');
    expect(duplicate).toEqual([{ file: expect.stringMatching(/blank\.txt$/), reason: expect.stringMatching(/^same article id "blank" as .*blank\.txt, so its output would overwrite/), stage: 'input' }]);
    expect(errors).toHaveLength(6);

    // The closing summary counts them and lists each with file, reason and step.
    expect(result.stdout).toMatch(/^extracted 7\/12 articles → .*: \d+ entities, \d+ facts, 0 skipped as unchanged, 6 failed/);
    for (const e of errors) expect(result.stderr).toContain(`error: ${e.file}: ${e.reason} (${e.stage})`);
    expect(result.stderr).toContain(`6 inputs failed; each is a line of ${path.join(out, 'errors.jsonl')}`);

    // Empty and whitespace-only articles are valid documents with nothing in them.
    for (const name of ['empty', 'blank']) {
      const doc = readJson(path.join(out, `${name}.facts.json`));
      expect(validateDocument(doc).valid).toBe(true);
      expect([doc.entities, doc.facts]).toEqual([[], []]);
    }
    // UTF-16 with a BOM is decoded; offsets index the decoded text (BOM included, as a UTF-16 decoder returns it).
    const le = expectSoundDocument(path.join(out, 'utf16le.facts.json'), new TextDecoder('utf-16le', { ignoreBOM: true }).decode(readFileSync(path.join(dir, 'utf16le.txt'))));
    expect(le.entities.map((e) => e.name)).toContain('Northwind');
    const be = expectSoundDocument(path.join(out, 'utf16be.facts.json'), new TextDecoder('utf-16be', { ignoreBOM: true }).decode(readFileSync(path.join(dir, 'utf16be.txt'))));
    expect(be.entities.map((e) => e.name)).toContain('Mara Lind');
    expectSoundDocument(path.join(out, 'mixed.facts.json'), readFileSync(path.join(dir, 'mixed.txt'), 'utf8'));
    expectSoundDocument(path.join(out, 'short-long-line.facts.json'), readFileSync(path.join(dir, 'short-long-line.txt'), 'utf8'));

    // HTML: offsets refer to the extracted main text, kept beside the output; the document says where it came from.
    const pageText = readFileSync(path.join(out, 'page.txt'), 'utf8');
    expect(pageText).toMatch(/^Northwind is back\n\nThe band Northwind released the single Paper Moon on Friday\. Singer Mara Lind stars in the drama Glass Harbor/);
    expect(pageText).not.toMatch(/Home|Copyright|tracking/);
    const page = expectSoundDocument(path.join(out, 'page.facts.json'), pageText);
    expect(page.article).toMatchObject({ id: 'page', source: path.join(dir, 'page.html'), published: '2021-03-05', format: 'html', textFile: 'page.txt' });
    expect(page.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Northwind', 'Paper Moon', 'Mara Lind', 'Glass Harbor']));
    // readInput (what `facts report` uses) gives the same text, so offsets agree wherever they are checked.
    expect((await readInput(path.join(dir, 'page.html'))).text).toBe(pageText);
  }, 180_000);

  it.skipIf(isRoot)('records a file and a folder without read permission (skipped as root: chmod 000 does not stop root)', () => {
    const dir = tempDir('locked');
    const out = path.join(dir, 'out');
    writeFileSync(path.join(dir, 'locked.txt'), 'The band Northwind released Paper Moon.');
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    mkdirSync(path.join(dir, 'shut'));
    writeFileSync(path.join(dir, 'shut', 'inside.txt'), 'Mara Lind sang Paper Moon.');
    chmodSync(path.join(dir, 'shut'), 0o000);
    const result = cli(['extract', dir, '--out', out, '--jobs', '1']);
    chmodSync(path.join(dir, 'shut'), 0o755);
    expect(result.status).toBe(2);
    expect(readErrors(out)).toEqual(expect.arrayContaining([
      { file: path.join(dir, 'locked.txt'), reason: 'no read permission', stage: 'read' },
      { file: path.join(dir, 'shut'), reason: 'cannot list this folder: no read permission', stage: 'input' },
    ]));
  }, 60_000);

  it('turns a read refused by the file system into a "no read permission" record (whoever runs the test)', async () => {
    const out = tempDir('eacces');
    const refused: ArticleInput = {
      file: 'locked.txt', id: 'locked', source: 'locked.txt', format: 'text',
      size: async () => 10,
      read: async () => { throw Object.assign(new Error("EACCES: permission denied, open 'locked.txt'"), { code: 'EACCES' }); },
    };
    const pool = createExtractPool({ jobs: 1 });
    const outcome = await processArticle(refused, { outDir: out, force: false, maxBytes: 1024, pool, manifest: await openManifest(out), io: pLimit(4) });
    expect(outcome).toEqual({ kind: 'failed', error: { file: 'locked.txt', reason: 'no read permission', stage: 'read' } });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('facts extract inputs and usage', () => {
  it('reads standard input with -, as text or, when it starts like a page, as HTML', async () => {
    const out = tempDir('stdin');
    const text = cli(['extract', '-', '--out', out, '--jobs', '1'], 'The band Northwind released the single Paper Moon.');
    expect(text.status).toBe(0);
    const doc = expectSoundDocument(path.join(out, 'stdin.facts.json'), 'The band Northwind released the single Paper Moon.');
    expect(doc.article.source).toBeNull();
    expect(doc.entities.map((e) => e.name)).toContain('Northwind');

    async function* page() { yield Buffer.from(PAGE.slice(0, 100)); yield Buffer.from(PAGE.slice(100)); }
    const html = await runBatch({ ...batch(['-'], out), force: true, stdin: page() });
    expect(html).toMatchObject({ found: 1, written: 1, failed: 0 });
    expect(readJson(path.join(out, 'stdin.facts.json')).article).toMatchObject({ source: null, format: 'html', textFile: 'stdin.txt' });
    expectSoundDocument(path.join(out, 'stdin.facts.json'), readFileSync(path.join(out, 'stdin.txt'), 'utf8'));
  }, 60_000);

  it('expands quoted globs, and reports a glob that matches nothing', async () => {
    const dir = tempDir('glob');
    const out = path.join(dir, 'out');
    writeArticles(path.join(dir, 'in'), 3);
    const summary = await runBatch(batch([path.join(dir, 'in', 'a00[02].txt'), path.join(dir, 'in', '*.htm')], out));
    expect(summary).toMatchObject({ found: 2, written: 2, failed: 1 });
    expect(readdirSync(out).filter((f) => f.endsWith('.facts.json')).sort()).toEqual(['a000.facts.json', 'a002.facts.json']);
    expect(readErrors(out)).toEqual([{ file: path.join(dir, 'in', '*.htm'), reason: 'no file matches this glob', stage: 'input' }]);
  });

  it('exits 1 for bad usage, with the reason', () => {
    const out = tempDir('usage');
    for (const args of [['extract'], ['extract', 'corpus', '--jobs', '0'], ['extract', 'corpus', '--jobs', 'many'], ['extract', 'corpus', '--no-such-option'], ['extract', 'corpus', '--max-size', '-3']]) {
      const result = cli([...args, '--out', out]);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(/error: /);
    }
    const notAFolder = path.join(out, 'file');
    writeFileSync(notAFolder, '');
    const result = cli(['extract', 'corpus', '--out', notAFolder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot use ${notAFolder} as the output folder`);
  }, 60_000);

  it('with --quiet prints only the errors', () => {
    const dir = tempDir('quiet');
    writeArticles(dir, 1);
    const result = cli(['extract', dir, path.join(dir, 'missing.txt'), '--out', path.join(dir, 'out'), '--jobs', '1', '--quiet']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: .*missing\.txt: no such file, folder or matching glob \(input\)\n/);
    expect(existsSync(path.join(dir, 'out', 'a000.facts.json'))).toBe(true);
  }, 60_000);
});

describe('HTML to article text', () => {
  it('keeps blocks apart, makes <br> a line break, drops scripts, and reads fragments and pages without a body', () => {
    expect(htmlToArticle('<p>Mara Lind sang <b>Paper\n  Moon</b>.<br>Live in Oslo.</p><script>var x = 1;</script><p>Encore.</p>').text)
      .toBe('Mara Lind sang Paper Moon.\nLive in Oslo.\n\nEncore.');
    // Readability finds no article in these two; all visible text is taken instead.
    expect(htmlToArticle('')).toEqual({ text: '', published: null, readable: false });
    expect(htmlToArticle('<html><head><title>t</title></head><p>No body tag here.</p></html>')).toEqual({ text: 'No body tag here.', published: null, readable: false });
  });
});

describe('progress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ isTTY: false, write: (t: string) => written.push(t) }, true);
    progress.setTotal(3);
    progress.done('written');
    progress.stop();
    expect(written).toEqual([]);
  });
  it('shows count, rate and time left once the total is known', () => {
    expect(progressLine({ finished: 30, failed: 2, skipped: 5, total: 120, seconds: 10 })).toBe('[######------------------]  30/120  3.0/s  0:30 left  5 unchanged  2 failed');
    expect(progressLine({ finished: 7, failed: 0, skipped: 0, total: null, seconds: 2 })).toBe('7/…  3.5/s');
  });
});

describe('nothing lost', () => {
  it('skips current outputs, redoes changed inputs, a new pipeline version and everything with --force', async () => {
    const dir = tempDir('resume');
    const out = path.join(dir, 'out');
    const [first, second] = writeArticles(path.join(dir, 'in'), 3);
    const run = (force = false) => runBatch({ ...batch([path.join(dir, 'in')], out), force });
    expect(await run()).toMatchObject({ written: 3, skipped: 0, failed: 0 });

    writeFileSync(second, 'The band Copper Road released the single Night Ferry.');
    expect(await run()).toMatchObject({ written: 1, skipped: 2 });
    expect(readJson(path.join(out, 'a001.facts.json')).entities.map((e: { name: string }) => e.name)).toContain('Copper Road');

    // An output made by another pipeline version is not current, even for the same input.
    const manifest = path.join(out, 'manifest.jsonl');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"pipeline":"[^"]*"(?=,"output":"[0-9a-f]+"\}\n$)/, '"pipeline":"0.0.0-old"'));
    expect(await run()).toMatchObject({ written: 1, skipped: 2 });

    // An output edited (or cut short) by hand is not trusted either.
    writeFileSync(path.join(out, 'a000.facts.json'), '{"schema":"facts/v1"');
    expect(await run()).toMatchObject({ written: 1, skipped: 2 });
    expectSoundDocument(path.join(out, 'a000.facts.json'), readFileSync(first, 'utf8'));

    expect(await run(true)).toMatchObject({ written: 3, skipped: 0 });
  });

  it('a run killed with SIGKILL leaves only complete outputs, and the next run does just the rest', async () => {
    const dir = tempDir('crash');
    const out = path.join(dir, 'out');
    const files = writeArticles(path.join(dir, 'in'), 150);
    const outputs = () => readdirSync(out).filter((f) => f.endsWith('.facts.json'));

    const child = spawn(process.execPath, cliArgs(['extract', path.join(dir, 'in'), '--out', out, '--jobs', '2']), { cwd: root, stdio: 'ignore' });
    let running = true;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => { running = false; resolve(signal); }));
    while (running && (!existsSync(out) || outputs().length < 5)) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // Only complete documents under their own names; a write cut short can only be a temporary file.
    const left = readdirSync(out);
    const finished = outputs();
    expect(finished.length).toBeGreaterThanOrEqual(5);
    expect(finished.length).toBeLessThan(files.length);
    for (const name of left) expect(name).toMatch(/^a\d{3}\.facts\.json$|^errors\.jsonl$|^manifest\.jsonl$|\.\d+\.\d+\.tmp$/);
    const before = new Map<string, number>();
    for (const name of finished) {
      expectSoundDocument(path.join(out, name), readFileSync(path.join(dir, 'in', name.replace('.facts.json', '.txt')), 'utf8'));
      before.set(name, statSync(path.join(out, name)).mtimeMs);
    }

    const rerun = cli(['extract', path.join(dir, 'in'), '--out', out, '--jobs', '2']);
    expect(rerun.status).toBe(0);
    expect(skippedCount(rerun.stdout)).toBe(finished.length);
    expect(writtenCount(rerun.stdout)).toBe(files.length - finished.length);
    expect(outputs()).toHaveLength(files.length);
    for (const [name, mtime] of before) expect(statSync(path.join(out, name)).mtimeMs, name).toBe(mtime);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const file of files) expectSoundDocument(path.join(out, path.basename(file, '.txt') + '.facts.json'), readFileSync(file, 'utf8'));
  }, 240_000);

  it('Ctrl-C finishes the articles in flight, prints the summary and exits 130', async () => {
    const dir = tempDir('sigint');
    const out = path.join(dir, 'out');
    const files = writeArticles(path.join(dir, 'in'), 150);
    const outputs = () => readdirSync(out).filter((f) => f.endsWith('.facts.json'));

    const child = spawn(process.execPath, cliArgs(['extract', path.join(dir, 'in'), '--out', out, '--jobs', '2']), { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    let running = true;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { running = false; resolve(code); }));
    while (running && (!existsSync(out) || outputs().length < 3)) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGINT');
    expect(await exited).toBe(130);

    expect(stdout).toMatch(/^interrupted: extracted \d+\/\d+ articles/);
    const written = writtenCount(stdout.replace('interrupted: ', ''));
    expect(outputs()).toHaveLength(written);
    expect(written).toBeLessThan(files.length);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const name of outputs()) expectSoundDocument(path.join(out, name), readFileSync(path.join(dir, 'in', name.replace('.facts.json', '.txt')), 'utf8'));
  }, 240_000);
});

describe('every core', () => {
  const articles = [
    ...Array.from({ length: 6 }, (_, i) => madeUpArticle(i)),
    readFileSync(path.join(root, 'corpus/000_af7a361cea14b24c.txt'), 'utf8'),
    '',
    'mixed 纸月亮 🎶 مارا ليند Northwind',
  ];

  it('worker threads give exactly the documents the in-process run gives', async () => {
    const workers = createExtractPool({ jobs: 2 });
    const inProcess = createExtractPool({ jobs: 1 });
    try {
      expect(workers.threads).toBe(2);
      expect(inProcess.threads).toBe(0);
      const options = (i: number) => ({ id: `w${i}`, source: `w${i}.txt` });
      const fromWorkers = await Promise.all(articles.map((text, i) => workers.run(text, options(i))));
      const fromThread = [];
      for (const [i, text] of articles.entries()) fromThread.push(await inProcess.run(text, options(i)));
      expect(fromWorkers).toEqual(fromThread);
      expect(fromWorkers[6].facts.length).toBeGreaterThan(10);
      expect(await workers.html(PAGE)).toEqual(await inProcess.html(PAGE));
    } finally {
      await workers.close();
      await inProcess.close();
    }
  }, 120_000);

  it('an article over the capped workers\' size runs on a worker of its own and gives the same document', async () => {
    const workers = createExtractPool({ jobs: 2 });
    const inProcess = createExtractPool({ jobs: 1 });
    const paragraph = 'The band Northwind released the single Paper Moon on March 3, 2021. Its singer Mara Lind wrote it.\n\n';
    const large = paragraph.repeat(Math.ceil(LARGE_INPUT_CHARS / paragraph.length) + 1);
    try {
      expect(large.length).toBeGreaterThan(LARGE_INPUT_CHARS);
      const [fromWorker, small] = await Promise.all([workers.run(large, { id: 'large' }), workers.run(paragraph, { id: 'small' })]);
      expect(fromWorker).toEqual(await inProcess.run(large, { id: 'large' }));
      expect(small).toEqual(await inProcess.run(paragraph, { id: 'small' }));
      expect(fromWorker.facts.length).toBeGreaterThan(0);
    } finally {
      await workers.close();
      await inProcess.close();
    }
  }, 120_000);

  it('writes byte-identical outputs with two workers and with none', async () => {
    const dir = tempDir('jobs');
    writeArticles(path.join(dir, 'in'), 4);
    writeFileSync(path.join(dir, 'in', 'page.html'), PAGE);
    for (const jobs of [1, 2]) expect(await runBatch({ ...batch([path.join(dir, 'in')], path.join(dir, `out${jobs}`)), jobs })).toMatchObject({ written: 5, failed: 0 });
    const names = readdirSync(path.join(dir, 'out1')).filter((f) => f.endsWith('.facts.json') || f.endsWith('.txt')).sort();
    expect(names).toHaveLength(6);
    expect(readdirSync(path.join(dir, 'out2')).filter((f) => names.includes(f)).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join(dir, 'out2', name), 'utf8'), name).toBe(readFileSync(path.join(dir, 'out1', name), 'utf8'));
  }, 60_000);
});

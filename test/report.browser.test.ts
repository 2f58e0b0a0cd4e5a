// `facts report` in a real browser: the sample article is extracted, its
// report built and opened from file:// in Debian's Chromium, and what a reader
// does is done — hover a mention, click a fact, sort, search. Skipped, with a
// message saying how to install Chromium, where /usr/bin/chromium is missing.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactsDocument } from '../src/contract.ts';
import { extract } from '../src/extract.ts';
import { readInput } from '../src/io.ts';
import { buildReport } from '../src/report/build.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`report.browser.test.ts skipped: ${CHROMIUM} not found. Install it with \`apt-get install -y chromium\` (Debian/Ubuntu) to run the browser test.`);
}

const root = path.resolve(import.meta.dirname, '..');
const ARTICLE = '000_af7a361cea14b24c';
const SCREENSHOT = path.join(root, 'test-artifacts', 'report.png');

describe.skipIf(!hasChromium)(`report in Chromium (skipped without ${CHROMIUM}: apt-get install -y chromium)`, () => {
  let browser: Browser;
  let page: Page;
  let doc: FactsDocument;
  let site: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'report-browser-'));
    const input = await readInput(path.join(root, 'corpus', `${ARTICLE}.txt`));
    doc = extract(input.text, { id: input.id, source: input.source, sha256: input.sha256 });
    const outputDir = path.join(work, 'output');
    mkdirSync(outputDir);
    writeFileSync(path.join(outputDir, `${ARTICLE}.facts.json`), JSON.stringify(doc));
    const goldDir = path.join(work, 'gold');
    mkdirSync(goldDir);
    copyFileSync(path.join(root, 'test', `${ARTICLE}.gold.json`), path.join(goldDir, `${ARTICLE}.gold.json`));
    site = path.join(work, 'site');
    await buildReport({ input: outputDir, outDir: site, goldDir, textsDir: path.join(root, 'corpus') });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    // The report must work with no network: any request that is not a local file is a failure.
    page.on('request', (request) => { if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`); });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the index from file://, filters by search and links to the article', async () => {
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    const rows = page.locator('table.articles tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('#search-status').textContent()).toBe('1 of 1 articles shown');
    await page.fill('#search', 'no such entity anywhere');
    expect(await page.locator('#search-status').textContent()).toBe('0 of 1 articles shown');
    expect(await rows.first().isHidden()).toBe(true);
    await page.fill('#search', 'bts');
    expect(await rows.first().isVisible()).toBe(true);
    await page.click(`a:text("${ARTICLE}")`);
    expect(page.url()).toMatch(new RegExp(`/articles/${ARTICLE}\\.html$`));
  });

  it('highlights every mention and links the mentions of one entity', async () => {
    await page.goto(pathToFileURL(path.join(site, 'articles', `${ARTICLE}.html`)).href);
    const mentions = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
    const marks = page.locator('#text mark.m');
    expect(await marks.count()).toBeGreaterThan(mentions * 0.9);
    const bts = doc.entities.find((e) => e.name === 'BTS')!;
    const btsMarks = page.locator(`#text mark.m[data-entity="${bts.id}"]`);
    expect(await btsMarks.count()).toBe(bts.mentions.length);
    expect(await btsMarks.first().getAttribute('title')).toBe(`BTS (Band, ${bts.id})`);
    await btsMarks.first().hover();
    expect(await page.locator(`#text mark.m.same[data-entity="${bts.id}"]`).count()).toBe(bts.mentions.length);
    expect(await page.locator('#text mark.m.same').count()).toBe(bts.mentions.length);
  });

  it('has a row per fact with gold verdicts, and clicking a fact highlights its evidence sentence', async () => {
    const rows = page.locator('tr.fact');
    expect(await rows.count()).toBe(doc.facts.length);
    expect(await page.locator('tr.fact td.verdict').count()).toBe(doc.facts.length);
    expect(await page.locator('tr.fact.v-correct').count()).toBeGreaterThan(doc.facts.length / 2);

    // A fact late in the text, so the click has to scroll the text to it.
    const fact = [...doc.facts].reverse().find((f) => f.evidence.length === 1)!;
    expect(await page.locator('.text .lit').count()).toBe(0);
    await page.locator(`tr.fact[data-fact="${fact.id}"] td:nth-child(3)`).click();
    expect(await litText(page)).toBe(fact.evidence[0].text);
    expect(await page.locator(`tr.fact[data-fact="${fact.id}"]`).getAttribute('class')).toMatch(/\bactive\b/);
    expect(await page.locator('#live').textContent()).toMatch(new RegExp(`Evidence of ${fact.id}`));
    const sentence = page.locator('.text .lit').first();
    expect(await sentence.evaluate((el) => {
      const panel = el.closest('#text-panel')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom && box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('works from the keyboard: Enter on a fact shows its evidence, Escape clears it', async () => {
    const fact = doc.facts.find((f) => f.evidence.length === 1)!;
    const row = page.locator(`tr.fact[data-fact="${fact.id}"]`);
    await row.focus();
    await page.keyboard.press('Enter');
    expect(await litText(page)).toBe(fact.evidence[0].text);
    await page.keyboard.press('Escape');
    expect(await page.locator('.text .lit').count()).toBe(0);
  });

  it('sorts the facts table by a column header', async () => {
    await page.click('table.facts th button:text("Confidence")');
    expect(await page.locator('table.facts th:has(button:text("Confidence"))').getAttribute('aria-sort')).toBe('ascending');
    const confidences = (await page.locator('tr.fact td:nth-child(5)').allTextContents()).map(Number);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(problems).toEqual([]);
  });
});

/** The text of the highlighted evidence, outermost highlighted elements only and without the type labels marks add. */
function litText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const outermost = [...document.querySelectorAll('.text .lit')].filter((el) => !el.parentElement!.closest('.lit'));
    return outermost.map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.lbl').forEach((label) => label.remove());
      return copy.textContent;
    }).join('');
  });
}

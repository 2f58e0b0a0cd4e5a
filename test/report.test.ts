// `facts report`: the HTML it generates, read back with a DOM parser — marks
// in the text, evidence links, gold verdicts, the graph, the index — and that
// hostile text in an article, a name or a rule id is shown, never run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type EntityType, type FactsDocument, type Predicate } from '../src/contract.ts';
import type { GoldFile } from '../src/eval.ts';
import { validateDocument } from '../src/validate.ts';
import { articlePage } from '../src/report/article-page.ts';
import { buildReport } from '../src/report/build.ts';
import { reportCommand } from '../src/report/command.ts';
import { judgeArticle } from '../src/report/gold.ts';
import { factGraph } from '../src/report/graph-svg.ts';
import { attributes, escapeHtml, pageHref } from '../src/report/html.ts';
import { indexPage } from '../src/report/index-page.ts';
import { ReportInputError } from '../src/report/load.ts';
import { contrastRatio, LABEL_TEXT_COLOUR, TEXT_COLOUR, TYPE_STYLES } from '../src/report/palette.ts';
import { PAGE_SCRIPT } from '../src/report/script.ts';
import { EVIDENCE_BACKGROUND } from '../src/report/styles.ts';
import { evidenceId, markUpText } from '../src/report/text-markup.ts';
import type { ArticleView } from '../src/report/types.ts';

// ---------------------------------------------------------------- fixtures

interface EntitySpec {
  type: EntityType;
  name: string;
  /** Each string is found in the text (its n-th occurrence with "text#n") and becomes a mention. */
  mentions: string[];
  value?: string;
}

interface FactSpec {
  subject: number;
  predicate: Predicate;
  object: number;
  /** Each string is a quoted span of the text. */
  evidence: string[];
  ruleId?: string;
}

/** Offset of the n-th occurrence ("Paper Moon#2") of a string in the text. */
function offsetOf(text: string, needle: string): { start: number; end: number; text: string } {
  const [quote, nth = '1'] = needle.split('#');
  let at = -1;
  for (let i = 0; i < Number(nth); i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start: at, end: at + quote.length, text: quote };
}

function makeDoc(id: string, text: string, entities: EntitySpec[], facts: FactSpec[], source: string | null = null): FactsDocument {
  const doc: FactsDocument = {
    schema: 'facts/v1',
    article: { id, source, sha256: createHash('sha256').update(text).digest('hex'), published: '2022-05-01' },
    entities: entities.map((e, i) => ({
      id: `E${i + 1}`, type: e.type, name: e.name, ...(e.value ? { value: e.value } : {}),
      mentions: e.mentions.map((m) => ({ ...offsetOf(text, m), sentence: 0 })),
    })),
    facts: facts.map((f, i) => ({
      id: `F${i + 1}`, subject: `E${f.subject + 1}`, predicate: f.predicate, object: `E${f.object + 1}`, confidence: 0.8,
      evidence: f.evidence.map((q) => ({ ...offsetOf(text, q), sentence: 0, ruleId: f.ruleId ?? 'test.rule' })),
    })),
  };
  const { valid, errors } = validateDocument(doc);
  if (!valid) throw new Error(`fixture is not a valid document: ${errors.join('; ')}`);
  return doc;
}

const NORTHWIND_TEXT = 'The band Northwind released the single Paper Moon. Mara Lind of Northwind wrote Paper Moon for their album Glass Harbor.';
const northwindDoc = (): FactsDocument => makeDoc('northwind', NORTHWIND_TEXT, [
  { type: 'Band', name: 'Northwind', mentions: ['Northwind', 'Northwind#2', 'their'] },
  { type: 'Song', name: 'Paper Moon', mentions: ['Paper Moon', 'Paper Moon#2'] },
  { type: 'Person', name: 'Mara Lind', mentions: ['Mara Lind'] },
  { type: 'Album', name: 'Glass Harbor', mentions: ['Glass Harbor'] },
], [
  { subject: 1, predicate: 'performer', object: 0, evidence: ['The band Northwind released the single Paper Moon.'], ruleId: 'performer.released' },
  { subject: 2, predicate: 'member_of', object: 0, evidence: ['Mara Lind of Northwind wrote Paper Moon for their album Glass Harbor.'] },
  { subject: 1, predicate: 'composer', object: 2, evidence: ['Mara Lind of Northwind wrote Paper Moon for their album Glass Harbor.'] },
  { subject: 1, predicate: 'part_of', object: 3, evidence: ['Mara Lind of Northwind wrote Paper Moon for their album Glass Harbor.'] },
]);

const view = (doc: FactsDocument, text: string | null, extra: Partial<ArticleView> = {}): ArticleView => ({
  name: doc.article.id, file: `${doc.article.id}.facts.json`, doc,
  text: text === null ? { available: false, reason: 'could not read x.txt (no such file)' } : { available: true, text, file: 'x.txt', changed: false },
  ...extra,
});

const dom = (html: string) => parseHTML(html).document;
/** The visible text of a block of marked-up article text, without the type labels the marks add. */
function textWithoutLabels(html: string): string {
  const document = dom(`<!doctype html><html><body><div id="t">${html}</div></body></html>`);
  for (const label of [...document.querySelectorAll('.lbl')]) label.remove();
  return document.getElementById('t')!.textContent!;
}

// ---------------------------------------------------------------- escaping

describe('escaping', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('writes attributes escaped, bare when true, and leaves out null and false', () => {
    expect(attributes({ title: '"><b>', hidden: true, tabindex: 0, 'data-x': null, open: false })).toBe(' title="&quot;&gt;&lt;b&gt;" hidden tabindex="0"');
  });
  it('links pages by URL-encoded article names', () => {
    expect(pageHref('a#b c', 'articles/')).toBe('articles/a%23b%20c.html');
  });
});

// ---------------------------------------------------------------- article text

describe('article text markup', () => {
  it('marks every mention with its entity, type class and name, and keeps the text exactly', () => {
    const doc = northwindDoc();
    const markup = markUpText(doc, NORTHWIND_TEXT);
    expect(markup.mentions).toBe(7);
    const document = dom(`<div>${markup.html}</div>`);
    const marks = [...document.querySelectorAll('mark.m')];
    expect(marks).toHaveLength(7);
    const northwind = marks.filter((m) => m.getAttribute('data-entity') === 'E1');
    expect(northwind.map((m) => m.firstChild!.textContent)).toEqual(['Northwind', 'Northwind', 'their']);
    expect(northwind[0].getAttribute('class')).toBe('m t-Band');
    expect(northwind[0].getAttribute('title')).toBe('Northwind (Band, E1)');
    expect(northwind[0].getAttribute('tabindex')).toBe('0');
    expect(northwind[0].querySelector('.lbl')!.textContent).toBe('BAND');
    expect(textWithoutLabels(markup.html)).toBe(NORTHWIND_TEXT);
  });

  it('tags evidence sentences on the plain text and on the marks they cover', () => {
    const doc = northwindDoc();
    const first = doc.facts[0].evidence[0];
    const id = evidenceId(first.start, first.end);
    const document = dom(`<div>${markUpText(doc, NORTHWIND_TEXT).html}</div>`);
    const tagged = [...document.querySelectorAll('[data-ev]')].filter((el) => el.getAttribute('data-ev')!.split(' ').includes(id));
    const withoutLabels = tagged.map((el) => el.firstChild!.textContent).join('');
    expect(withoutLabels).toBe('The band Northwind released the single Paper Moon.');
    // The second sentence is cited by three facts but is one evidence span.
    const second = doc.facts[1].evidence[0];
    expect(document.querySelectorAll(`mark[data-ev="${evidenceId(second.start, second.end)}"]`)).toHaveLength(5);
  });

  it('nests a mention inside a longer one and drops one that crosses its edge', () => {
    const text = 'Their song Paper Moon Rising won.';
    const doc = makeDoc('nest', text, [
      { type: 'Song', name: 'Paper Moon Rising', mentions: ['Paper Moon Rising'] },
      { type: 'Genre', name: 'Moon', mentions: ['Moon'] },
      { type: 'Film', name: 'Rising won', mentions: ['Rising won'] },
    ], []);
    const markup = markUpText(doc, text);
    expect(markup.crossing).toBe(1);
    const outer = dom(`<div>${markup.html}</div>`).querySelector('mark[data-entity="E1"]')!;
    expect(outer.querySelector('mark[data-entity="E2"]')!.firstChild!.textContent).toBe('Moon');
    expect(textWithoutLabels(markup.html)).toBe(text);
  });

  it('leaves unmarked, and counts, mentions whose offsets no longer hold their text', () => {
    const doc = northwindDoc();
    const edited = NORTHWIND_TEXT.replace('The band', 'A band');
    const markup = markUpText(doc, edited);
    expect(markup.misplaced).toBeGreaterThan(0);
    expect(markup.misplacedEvidence).toBe(2);
    expect(textWithoutLabels(markup.html)).toBe(edited);
  });
});

// ---------------------------------------------------------------- hostile text

describe('hostile text', () => {
  const hostileText = 'Mara Lind sang <script>alert("owned")</script> and <img src=x onerror=alert(1)> live.';
  const hostileDoc = (): FactsDocument => {
    const doc = makeDoc('evil<b>id</b>', hostileText, [
      { type: 'Person', name: '<img src=x onerror=alert(2)>', mentions: ['Mara Lind'] },
      { type: 'Song', name: '</script><script>alert(3)</script>', mentions: ['<script>alert("owned")</script>'] },
    ], [{ subject: 1, predicate: 'performer', object: 0, evidence: [hostileText], ruleId: '"><script>alert(4)</script>' }]);
    return doc;
  };

  it('shows an article containing <script> as text and runs only the report\'s own script', () => {
    const html = articlePage(view(hostileDoc(), hostileText));
    const document = dom(html);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0].textContent).toBe(PAGE_SCRIPT);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(textWithoutLabels(document.getElementById('text')!.innerHTML)).toBe(hostileText);
    expect(document.querySelector('h1')!.textContent).toBe('evil<b>id</b>');
    expect(document.querySelector('.rule')!.textContent).toBe('"><script>alert(4)</script>');
    expect(document.querySelector('mark[data-entity="E2"]')!.getAttribute('title')).toBe('</script><script>alert(3)</script> (Song, E2)');
    expect(html).not.toContain('<script>alert');
  });

  it('escapes names on the index page too', () => {
    const doc = hostileDoc();
    const document = dom(indexPage([view(doc, hostileText, { name: '<i>n</i>' })], [{ file: '<x>.json', reason: '<b>bad</b>' }], false));
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelectorAll('i, b, img')).toHaveLength(0);
    expect(document.querySelector('tbody a')!.textContent).toBe('<i>n</i>');
    expect(document.querySelector('tbody tr')!.getAttribute('data-search')).toContain('<img src=x onerror=alert(2)>');
  });

  it('allows no network and no other script through its content security policy', () => {
    const csp = dom(articlePage(view(northwindDoc(), NORTHWIND_TEXT))).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}'`);
    expect(csp).not.toContain('unsafe-inline\'; script');
  });
});

// ---------------------------------------------------------------- article page

describe('article page', () => {
  it('has one fact row per fact, linked to its evidence, and a legend of the types present', () => {
    const doc = northwindDoc();
    const document = dom(articlePage(view(doc, NORTHWIND_TEXT)));
    const rows = [...document.querySelectorAll('tr.fact')];
    expect(rows.map((r) => r.getAttribute('data-fact'))).toEqual(['F1', 'F2', 'F3', 'F4']);
    const ev = doc.facts[0].evidence[0];
    expect(rows[0].getAttribute('data-evidence')).toBe(evidenceId(ev.start, ev.end));
    expect(rows[0].getAttribute('tabindex')).toBe('0');
    expect(rows[0].querySelector('button.evq')!.getAttribute('data-evidence')).toBe(evidenceId(ev.start, ev.end));
    const cells = [...rows[0].querySelectorAll('td')].map((c) => c.textContent);
    expect(cells.slice(1, 5)).toEqual(['Paper MoonSONG', 'performer', 'NorthwindBAND', '0.800']);
    // The evidence a row names must exist in the text, or clicking it would light nothing.
    expect(document.querySelector(`#text [data-ev~="${evidenceId(ev.start, ev.end)}"]`)).not.toBeNull();
    expect([...document.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual(['BandBAND 1', 'SongSONG 1', 'PersonPERSON 1', 'AlbumALBUM 1']);
  });

  it('says when the text is unavailable and still shows the facts and entities', () => {
    const document = dom(articlePage(view(northwindDoc(), null)));
    expect(document.querySelector('.notice')!.textContent).toMatch(/article text is not available: could not read x\.txt.*--texts/);
    expect(document.getElementById('text')).toBeNull();
    expect(document.querySelectorAll('tr.fact')).toHaveLength(4);
    expect(document.querySelectorAll('table.entities tbody tr')).toHaveLength(4);
  });

  it('warns when the text is not the one the facts were extracted from', () => {
    const document = dom(articlePage(view(northwindDoc(), NORTHWIND_TEXT, { text: { available: true, text: NORTHWIND_TEXT, file: 'x.txt', changed: true } })));
    expect(document.querySelector('.notice')!.textContent).toMatch(/text has changed/);
  });
});

// ---------------------------------------------------------------- gold

describe('gold verdicts', () => {
  const gold: GoldFile = {
    article: 'northwind',
    entities: [
      { key: 'Northwind', type: 'Band', names: ['Northwind'] },
      { key: 'Paper Moon', type: 'Song', names: ['Paper Moon'] },
      { key: 'Mara Lind', type: 'Person', names: ['Mara Lind'] },
      { key: 'Glass Harbor', type: 'Album', names: ['Glass Harbor'] },
    ],
    facts: [['Paper Moon', 'performer', 'Northwind'], ['Mara Lind', 'member_of', 'Northwind'], ['Glass Harbor', 'performer', 'Northwind']],
    optional: { facts: [['Paper Moon', 'part_of', 'Glass Harbor']] },
  };

  it('marks facts correct, wrong or optional and lists the gold facts missed, as facts eval counts them', () => {
    const j = judgeArticle(gold, northwindDoc(), 'northwind.gold.json');
    expect(Object.fromEntries([...j.verdicts].map(([id, v]) => [id, v.status]))).toEqual({ F1: 'correct', F2: 'correct', F3: 'wrong', F4: 'optional' });
    expect(j.verdicts.get('F3')).toEqual({ status: 'wrong', reason: 'no such gold fact' });
    expect(j.missedFacts).toEqual([{ subject: 'Glass Harbor', predicate: 'performer', object: 'Northwind' }]);
    expect(j.facts).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('leaves predicates without a Wikidata property unscored against coarse-types gold', () => {
    const text = 'Paper Moon is the theme of Glass Harbor.';
    const doc = makeDoc('coarse', text, [
      { type: 'Song', name: 'Paper Moon', mentions: ['Paper Moon'] },
      { type: 'TVSeries', name: 'Glass Harbor', mentions: ['Glass Harbor'] },
    ], [{ subject: 0, predicate: 'soundtrack_of', object: 1, evidence: [text] }]);
    const coarse: GoldFile = { article: 'coarse', coarse_types: true, entities: [{ key: 'PM', type: 'docred:MISC', names: ['Paper Moon'] }], facts: [] };
    expect(judgeArticle(coarse, doc, 'g').verdicts.get('F1')).toEqual({ status: 'unscored' });
  });

  it('shows verdicts in words, not colour alone, and a table of missed facts', () => {
    const judgement = judgeArticle(gold, northwindDoc(), 'northwind.gold.json');
    const document = dom(articlePage(view(northwindDoc(), NORTHWIND_TEXT, { gold: { state: 'judged', judgement } })));
    const verdicts = [...document.querySelectorAll('tr.fact td.verdict')].map((td) => td.textContent!.trim());
    expect(verdicts).toEqual(['✓ correct', '✓ correct', '✗ wrongno such gold fact', '○ optional']);
    expect(document.querySelector('tr.fact[data-fact="F3"]')!.getAttribute('class')).toBe('fact v-wrong');
    expect([...document.querySelectorAll('#missed tbody td')].map((td) => td.textContent)).toEqual(['Glass Harbor', 'performer', 'Northwind', 'relation not found']);
  });
});

// ---------------------------------------------------------------- graph

describe('graph', () => {
  it('draws one node per entity in a fact and one arrow per subject–object pair, inside its box', () => {
    const svg = factGraph(northwindDoc());
    const document = dom(`<div>${svg}</div>`);
    const nodes = [...document.querySelectorAll('g.node')];
    expect(nodes.map((n) => n.getAttribute('data-entity'))).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(document.querySelectorAll('g.edge')).toHaveLength(4);
    expect(document.querySelector('g.edge')!.getAttribute('data-ends')).toBe('E2 E1');
    const [, , width, height] = document.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    for (const circle of document.querySelectorAll('circle')) {
      const [cx, cy] = [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(width);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(height);
    }
    // No randomness: the same document draws the same picture.
    expect(factGraph(northwindDoc())).toBe(svg);
  });

  it('says so instead of drawing an empty graph', () => {
    const doc = makeDoc('none', 'Nothing here.', [], []);
    expect(factGraph(doc)).toMatch(/No facts to draw/);
  });

  it('escapes entity names in node labels', () => {
    const text = 'A <b> sings C.';
    const doc = makeDoc('g', text, [
      { type: 'Person', name: '<b>', mentions: ['<b>'] },
      { type: 'Song', name: 'C', mentions: ['C'] },
    ], [{ subject: 1, predicate: 'performer', object: 0, evidence: [text] }]);
    const document = dom(`<div>${factGraph(doc)}</div>`);
    expect(document.querySelectorAll('b')).toHaveLength(0);
    expect(document.querySelector('g.node title')!.textContent).toBe('<b> (Person, E1)');
  });
});

// ---------------------------------------------------------------- index

describe('index page', () => {
  it('counts entities per type and facts per predicate for each article, with sortable headers', () => {
    const second = makeDoc('second', 'Mara Lind sings.', [{ type: 'Person', name: 'Mara Lind', mentions: ['Mara Lind'] }], []);
    const document = dom(indexPage([view(northwindDoc(), NORTHWIND_TEXT), view(second, 'Mara Lind sings.')], [], false));
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.querySelector('button')!.textContent);
    expect(headers).toEqual(['Article', 'Published', 'Entities', 'Facts', 'Band', 'Person', 'Song', 'Album', 'performer', 'composer', 'part_of', 'member_of']);
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.getAttribute('data-sort')));
    expect(rows).toEqual([
      ['northwind', '2022-05-01', '4', '4', '1', '1', '1', '1', '1', '1', '1', '1'],
      ['second', '2022-05-01', '1', '0', '0', '1', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(document.querySelector('tbody a')!.getAttribute('href')).toBe('articles/northwind.html');
    expect(document.querySelector('tbody tr')!.getAttribute('data-search')).toContain('glass harbor');
    expect(document.querySelector('#search')).not.toBeNull();
    expect([...document.querySelectorAll('tfoot td')].map((td) => td.textContent).slice(0, 4)).toEqual(['2 articles', '', '5', '4']);
  });
});

// ---------------------------------------------------------------- contrast

describe('colours', () => {
  it('keep text readable: at least 4.5:1 on every type colour, label and evidence highlight', () => {
    for (const type of ENTITY_TYPES) {
      const style = TYPE_STYLES[type];
      expect(contrastRatio(TEXT_COLOUR, style.background), `${type} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(LABEL_TEXT_COLOUR, style.ink), `${type} label`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(TEXT_COLOUR, EVIDENCE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
  });
  it('give every type its own label', () => {
    expect(new Set(ENTITY_TYPES.map((t) => TYPE_STYLES[t].label)).size).toBe(ENTITY_TYPES.length);
  });
});

// ---------------------------------------------------------------- the site

describe('buildReport', () => {
  function outputFolder(): { dir: string; texts: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-in-'));
    const texts = path.join(dir, 'texts');
    mkdirSync(texts);
    writeFileSync(path.join(texts, 'northwind.txt'), NORTHWIND_TEXT);
    writeFileSync(path.join(dir, 'northwind.facts.json'), JSON.stringify(northwindDoc()));
    writeFileSync(path.join(dir, 'broken.facts.json'), '{ not json');
    writeFileSync(path.join(dir, 'stray.facts.json'), JSON.stringify({ schema: 'facts/v1', article: {}, entities: [], facts: [] }));
    return { dir, texts };
  }

  it('writes index.html and one page per article, reading the text from --texts, and names the files it skipped', async () => {
    const { dir, texts } = outputFolder();
    const out = path.join(dir, 'site');
    const result = await buildReport({ input: dir, outDir: out, textsDir: texts });
    expect(result.pages).toEqual([path.join(out, 'articles', 'northwind.html')]);
    expect(result.withoutText).toEqual([]);
    expect(result.skipped.map((s) => [path.basename(s.file), s.reason.split(' (')[0].split(':')[0]])).toEqual([
      ['broken.facts.json', 'not valid JSON'],
      ['stray.facts.json', 'not a valid facts/v1 document'],
    ]);
    const page = dom(readFileSync(result.pages[0], 'utf8'));
    expect(page.querySelectorAll('#text mark.m')).toHaveLength(7);
    const index = dom(readFileSync(path.join(out, 'index.html'), 'utf8'));
    expect(index.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(index.querySelector('section')!.textContent).toMatch(/broken\.facts\.json: not valid JSON/);
  });

  it('says on the page when the text cannot be found', async () => {
    const { dir } = outputFolder();
    const result = await buildReport({ input: path.join(dir, 'northwind.facts.json'), outDir: path.join(dir, 'site') });
    expect(result.withoutText).toEqual(['northwind']);
    expect(readFileSync(result.pages[0], 'utf8')).toMatch(/article text is not available/);
  });

  it('marks facts against gold and says when an article has no gold file', async () => {
    const { dir, texts } = outputFolder();
    const goldDir = path.join(dir, 'gold');
    mkdirSync(goldDir);
    const out = path.join(dir, 'site');
    let result = await buildReport({ input: dir, outDir: out, textsDir: texts, goldDir });
    expect(readFileSync(result.pages[0], 'utf8')).toMatch(/No gold file for this article/);
    writeFileSync(path.join(goldDir, 'northwind.gold.json'), JSON.stringify({ article: 'northwind', entities: [{ key: 'N', type: 'Band', names: ['Northwind'] }, { key: 'P', type: 'Song', names: ['Paper Moon'] }], facts: [['P', 'performer', 'N']] }));
    result = await buildReport({ input: dir, outDir: out, textsDir: texts, goldDir });
    const page = dom(readFileSync(result.pages[0], 'utf8'));
    expect(page.querySelector('tr.fact[data-fact="F1"]')!.getAttribute('class')).toBe('fact v-correct');
    expect(page.querySelector('tr.fact[data-fact="F2"]')!.getAttribute('class')).toBe('fact v-wrong');
  });

  it('names a missing output folder or gold folder', async () => {
    await expect(buildReport({ input: '/no/such/dir', outDir: tmpdir() })).rejects.toThrow(/\/no\/such\/dir: no such output folder/);
    const { dir } = outputFolder();
    await expect(buildReport({ input: dir, outDir: tmpdir(), goldDir: '/no/gold' })).rejects.toBeInstanceOf(ReportInputError);
  });
});

describe('facts report command', () => {
  const root = path.resolve(import.meta.dirname, '..');

  it('has --help naming its options', () => {
    const help = reportCommand().helpInformation();
    expect(help).toMatch(/Usage: report \[options\] <output-dir>/);
    for (const option of ['--out <dir>', '--gold <dir>', '--texts <dir>']) expect(help).toContain(option);
  });

  // One spawn of the real CLI: it loads every command, so it gets more time than the default on a busy machine.
  it('exits 2 naming a missing folder', () => {
    const missing = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), 'report', '/no/such/output', '--out', path.join(tmpdir(), 'report-never')], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/facts report: \/no\/such\/output: no such output folder/);
  }, 90_000);
});

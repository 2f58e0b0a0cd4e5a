// One article's page: the text with its mentions marked, the facts table, the
// gold verdicts when given, the graph and the entities.
import type { FactsDocument } from '../contract.ts';
import { entitiesTable } from './entities-table.ts';
import { factsTable, missedEntitiesList, missedFactsTable } from './facts-table.ts';
import { factGraph } from './graph-svg.ts';
import { escapeHtml, formatRatio } from './html.ts';
import { typeChip } from './chips.ts';
import { prf } from '../eval.ts';
import { renderPage } from './page.ts';
import { ARTICLE_CSS } from './styles.ts';
import { markUpText, type TextMarkup } from './text-markup.ts';
import type { ArticleGold, ArticleView, GoldJudgement } from './types.ts';

const notice = (html: string): string => `<p class="notice" role="note">${html}</p>`;

function legend(doc: FactsDocument): string {
  const counts = new Map<string, number>();
  for (const e of doc.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const items = [...counts].map(([type, n]) => `<li>${typeChip(type)} <span>${n}</span></li>`).join('');
  return `<ul class="legend" aria-label="Entity types, with how many entities of each">${items}</ul>`;
}

function textNotices(view: ArticleView, markup: TextMarkup | null): string[] {
  if (!view.text.available) {
    return [notice(`<strong>The article text is not available:</strong> ${escapeHtml(view.text.reason)}. ` +
      'Pass the folder of the <code>.txt</code> files with <code>--texts &lt;dir&gt;</code>, or run the report from the folder the extraction ran in. The tables below still show the facts and their quoted evidence.')];
  }
  const notes: string[] = [];
  if (view.text.changed) notes.push(notice(`<strong>The text has changed</strong> since these facts were extracted: ${escapeHtml(view.text.file)} does not have the document's sha256. Mentions and evidence whose offsets no longer hold their text are left unmarked.`));
  if (markup && (markup.misplaced || markup.misplacedEvidence)) {
    notes.push(notice(`${markup.misplaced} mentions and ${markup.misplacedEvidence} evidence quotes do not match the text at their offsets and are not marked.`));
  }
  if (markup?.crossing) notes.push(notice(`${markup.crossing} mentions overlap the edge of another mention and are not marked.`));
  return notes;
}

function goldNotice(gold: ArticleGold | undefined): string {
  if (gold?.state === 'absent') return notice(`No gold file for this article (looked for ${escapeHtml(gold.file)}); facts are not judged.`);
  if (gold?.state === 'unreadable') return notice(`<strong>The gold file could not be used:</strong> ${escapeHtml(gold.file)}: ${escapeHtml(gold.reason)}.`);
  return '';
}

function goldSummary(j: GoldJudgement): string {
  const s = prf(j.facts);
  return `<span>gold facts: ${j.facts.tp} correct, ${j.facts.fp} wrong, ${j.facts.fn} missed (P ${formatRatio(s.precision)}, R ${formatRatio(s.recall)}, F1 ${formatRatio(s.f1)})</span>` +
    (j.coarse ? '<span>coarse-types gold: only predicates with a Wikidata property are scored</span>' : '');
}

function textSection(view: ArticleView, markup: TextMarkup | null): string {
  const body = markup
    ? `${legend(view.doc)}<p class="controls"><label><input type="checkbox" id="show-labels" checked> Show type labels after mentions</label></p>` +
      `<div class="text" id="text" role="region" aria-label="Article text with entity mentions marked">${markup.html}</div>`
    : '<p class="empty">No text to show.</p>';
  return `<section id="text-panel" aria-labelledby="text-h"><h2 id="text-h">Text</h2>${body}</section>`;
}

export function articlePage(view: ArticleView): string {
  const { doc } = view;
  const markup = view.text.available ? markUpText(doc, view.text.text) : null;
  const judgement = view.gold?.state === 'judged' ? view.gold.judgement : undefined;
  const meta = [
    doc.article.published ? `<span>published ${escapeHtml(doc.article.published)}</span>` : '',
    `<span>${doc.entities.length} entities</span>`,
    `<span>${doc.facts.length} facts</span>`,
    `<span>from ${escapeHtml(view.text.available ? view.text.file : doc.article.source ?? 'unknown source')}</span>`,
    judgement ? goldSummary(judgement) : '',
  ].join('');
  const gold = judgement
    ? `<section id="missed" aria-labelledby="missed-h"><h2 id="missed-h">Missed gold facts (${judgement.missedFacts.length})</h2><div class="scroll-x">${missedFactsTable(judgement)}</div>${missedEntitiesList(judgement)}</section>`
    : '';
  const body = `<a class="skip" href="#facts">Skip to the facts</a>
<header class="page"><p class="meta"><a href="../index.html">← All articles</a></p><h1>${escapeHtml(doc.article.id)}</h1><p class="meta">${meta}</p></header>
<main>
${[...textNotices(view, markup), goldNotice(view.gold)].join('\n')}
<div class="layout">
${textSection(view, markup)}
<div class="side">
<section id="facts" aria-labelledby="facts-h" tabindex="-1"><h2 id="facts-h">Facts (${doc.facts.length})</h2>
<p class="meta">Click a fact, or press Enter on it, to highlight its evidence in the text; a quote shows just that sentence; Escape clears.${judgement ? ' Gold verdicts: ✓ correct, ✗ wrong, ○ optional (counts neither way).' : ''}</p>
<div class="scroll-x">${factsTable(doc, judgement)}</div></section>
${gold}
<section id="graph" aria-labelledby="graph-h"><h2 id="graph-h">Graph</h2>${factGraph(doc, judgement?.verdicts)}</section>
<section id="entities" aria-labelledby="entities-h"><h2 id="entities-h">Entities (${doc.entities.length})</h2><div class="scroll-x">${entitiesTable(doc)}</div></section>
</div>
</div>
</main>`;
  return renderPage({ title: `${doc.article.id} — facts report`, css: ARTICLE_CSS, body });
}

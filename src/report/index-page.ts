// The report's front page: one row per article with its entity counts per
// type and fact counts per predicate, sortable by any column, with a search
// box that matches article names and the names of their entities.
import { ENTITY_TYPES, PREDICATE_NAMES } from '../contract.ts';
import { prf, type Counts } from '../eval.ts';
import { typeSwatch } from './chips.ts';
import { attributes, escapeHtml, formatRatio, pageHref } from './html.ts';
import { renderPage } from './page.ts';
import { INDEX_CSS } from './styles.ts';
import type { ArticleView } from './types.ts';

/** An input that could not be turned into a page, listed under the table. */
export interface SkippedInput {
  file: string;
  reason: string;
}

interface Column {
  header: string;
  /** Vertical header, for the many narrow count columns. */
  vertical?: boolean;
  numeric: boolean;
  cell: (view: ArticleView) => { html: string; sort: string | number };
  /** Sum of the column for the footer; undefined leaves it empty. */
  total?: (views: readonly ArticleView[]) => string;
}

/** Types and predicates in contract order, only those some article has. */
function present(order: readonly string[], found: Iterable<string>): string[] {
  const seen = new Set(found);
  return [...order.filter((x) => seen.has(x)), ...[...seen].filter((x) => !order.includes(x)).sort()];
}

const countCell = (n: number) => ({ html: n ? String(n) : '<span aria-label="none">0</span>', sort: n });
const sumOf = (views: readonly ArticleView[], f: (v: ArticleView) => number) => String(views.reduce((n, v) => n + f(v), 0));

function goldCounts(view: ArticleView): Counts | undefined {
  return view.gold?.state === 'judged' ? view.gold.judgement.facts : undefined;
}

function goldColumns(): Column[] {
  const field = (header: string, key: keyof Counts): Column => ({
    header, numeric: true,
    cell: (v) => { const c = goldCounts(v); return c ? countCell(c[key]) : { html: '–', sort: -1 }; },
    total: (views) => sumOf(views, (v) => goldCounts(v)?.[key] ?? 0),
  });
  return [
    field('Correct facts', 'tp'), field('Wrong facts', 'fp'), field('Missed facts', 'fn'),
    {
      header: 'Fact F1', numeric: true,
      // Nothing predicted and nothing expected: an F1 would mean nothing, as `facts eval` prints "-".
      cell: (v) => { const c = goldCounts(v); return c && c.tp + c.fp + c.fn ? { html: formatRatio(prf(c).f1), sort: prf(c).f1 } : { html: '–', sort: -1 }; },
      total: (views) => formatRatio(prf(totalCounts(views)).f1),
    },
  ];
}

function totalCounts(views: readonly ArticleView[]): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const v of views) {
    const c = goldCounts(v);
    if (c) { total.tp += c.tp; total.fp += c.fp; total.fn += c.fn; }
  }
  return total;
}

function columns(views: readonly ArticleView[], withGold: boolean): Column[] {
  const types = present(ENTITY_TYPES, views.flatMap((v) => v.doc.entities.map((e) => e.type)));
  const predicates = present(PREDICATE_NAMES, views.flatMap((v) => v.doc.facts.map((f) => f.predicate)));
  const typeCount = (v: ArticleView, t: string) => v.doc.entities.filter((e) => e.type === t).length;
  const predicateCount = (v: ArticleView, p: string) => v.doc.facts.filter((f) => f.predicate === p).length;
  return [
    {
      header: 'Article', numeric: false,
      cell: (v) => ({ html: `<a href="${escapeHtml(pageHref(v.name, 'articles/'))}">${escapeHtml(v.name)}</a>`, sort: v.name }),
      total: (all) => `${all.length} articles`,
    },
    { header: 'Published', numeric: false, cell: (v) => ({ html: escapeHtml(v.doc.article.published ?? '–'), sort: v.doc.article.published ?? '' }) },
    { header: 'Entities', numeric: true, cell: (v) => countCell(v.doc.entities.length), total: (all) => sumOf(all, (v) => v.doc.entities.length) },
    { header: 'Facts', numeric: true, cell: (v) => countCell(v.doc.facts.length), total: (all) => sumOf(all, (v) => v.doc.facts.length) },
    ...(withGold ? goldColumns() : []),
    ...types.map((t): Column => ({ header: t, vertical: true, numeric: true, cell: (v) => countCell(typeCount(v, t)), total: (all) => sumOf(all, (v) => typeCount(v, t)) })),
    ...predicates.map((p): Column => ({ header: p, vertical: true, numeric: true, cell: (v) => countCell(predicateCount(v, p)), total: (all) => sumOf(all, (v) => predicateCount(v, p)) })),
  ];
}

function headerCell(column: Column, isType: boolean): string {
  const cls = [column.vertical ? 'vert' : '', column.numeric ? 'num' : ''].filter(Boolean).join(' ') || null;
  const label = `<button type="button" class="sort">${escapeHtml(column.header)}</button>`;
  const attrs = attributes({ scope: 'col', class: cls, 'data-kind': column.numeric ? 'number' : null });
  // A type's column also shows its colour and label, the key to the article pages.
  return `<th${attrs}>${label}${isType ? `<br>${typeSwatch(column.header)}` : ''}</th>`;
}

function searchText(view: ArticleView): string {
  return [view.name, view.doc.article.id, ...view.doc.entities.map((e) => e.name)].join('\n').toLowerCase();
}

export function indexPage(views: readonly ArticleView[], skipped: readonly SkippedInput[], withGold: boolean, title = 'Facts report'): string {
  const cols = columns(views, withGold);
  const head = cols.map((c) => headerCell(c, c.vertical === true && (ENTITY_TYPES as readonly string[]).includes(c.header))).join('');
  const rows = views.map((v) => {
    const cells = cols.map((c, i) => {
      const { html, sort } = c.cell(v);
      const tag = i === 0 ? 'th' : 'td';
      const cls = [c.numeric ? 'num' : '', i === 0 ? 'name' : '', i === 1 ? 'date' : '', c.numeric && sort === 0 ? 'zero' : ''].filter(Boolean).join(' ') || null;
      return `<${tag}${attributes({ scope: i === 0 ? 'row' : null, class: cls, 'data-sort': sort })}>${html}</${tag}>`;
    }).join('');
    return `<tr data-search="${escapeHtml(searchText(v))}">${cells}</tr>`;
  }).join('\n');
  const foot = cols.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${c.total ? escapeHtml(c.total(views)) : ''}</td>`).join('');
  const entities = views.reduce((n, v) => n + v.doc.entities.length, 0);
  const facts = views.reduce((n, v) => n + v.doc.facts.length, 0);
  const judged = views.filter((v) => v.gold?.state === 'judged');
  const overall = prf(totalCounts(views));
  const goldLine = withGold
    ? `<span>judged against gold: ${judged.length} of ${views.length} articles, fact P ${formatRatio(overall.precision)}, R ${formatRatio(overall.recall)}, F1 ${formatRatio(overall.f1)}</span>`
    : '';
  const skippedList = skipped.length
    ? `<section aria-labelledby="skipped-h"><h2 id="skipped-h">Not included (${skipped.length})</h2><ul>${skipped.map((s) => `<li><code>${escapeHtml(s.file)}</code>: ${escapeHtml(s.reason)}</li>`).join('')}</ul></section>`
    : '';
  const body = `<header class="page"><h1>${escapeHtml(title)}</h1><p class="meta"><span>${views.length} articles</span><span>${entities} entities</span><span>${facts} facts</span>${goldLine}</p></header>
<main>
<div class="toolbar"><label for="search">Search articles and entity names</label><input id="search" type="search" autocomplete="off" aria-describedby="search-status"><span id="search-status" role="status" aria-live="polite"></span></div>
<p class="meta">Sort by any column with its header button. Type columns count entities; predicate columns count facts.</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="Articles">
<table class="sortable articles"><caption class="sr-only">Articles with entity counts per type and fact counts per predicate</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr>${foot}</tr></tfoot>
</table>
</div>
${skippedList}
</main>`;
  return renderPage({ title, css: INDEX_CSS, body });
}

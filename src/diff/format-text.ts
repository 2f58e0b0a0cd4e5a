// The readable diff: per article a heading with its counts, then `-`/`+`
// lines for facts (`subject —predicate→ object`), `~` lines for facts whose
// confidence or evidence changed, `-`/`+` lines for entities (`Type: name`);
// a one-line summary at the end.
import type { Palette } from './colour.ts';
import type { ArticleDiff, DiffTotals, EntityRef, EvidenceQuote, FactChange, FactRef } from './types.ts';

/** "Signal (2018, Japan)", "next month (2021-03)": the name and what else keeps same-named entities apart. */
export function entityLabel(entity: EntityRef): string {
  // A Date named by its value ("2021") needs no "(2021)" after it.
  const parts = entity.type === 'Date' ? [entity.value === entity.name ? undefined : entity.value] : [entity.year, entity.country];
  const extra = parts.filter((p) => p !== undefined).join(', ');
  return extra ? `${entity.name} (${extra})` : entity.name;
}

export function factLine(fact: FactRef): string {
  return `${entityLabel(fact.subject)} —${fact.predicate}→ ${entityLabel(fact.object)}`;
}

function counts(added: number, removed: number, changed?: number): string {
  return `+${added} -${removed}${changed === undefined ? '' : ` ~${changed}`}`;
}

function quoteLine(sign: '+' | '-', quote: EvidenceQuote): string {
  return `      ${sign} ${JSON.stringify(quote.text)}${quote.ruleId ? ` [${quote.ruleId}]` : ''}`;
}

function changeLines(change: FactChange, paint: Palette): string[] {
  const notes: string[] = [];
  if (change.confidence) notes.push(`confidence ${change.confidence.old} → ${change.confidence.new}`);
  if (change.evidence) notes.push(`evidence ${counts(change.evidence.added.length, change.evidence.removed.length)}`);
  const lines = [paint.changed(`  ~ ${factLine(change.new)}  ${notes.join(', ')}`)];
  for (const quote of change.evidence?.removed ?? []) lines.push(paint.removed(quoteLine('-', quote)));
  for (const quote of change.evidence?.added ?? []) lines.push(paint.added(quoteLine('+', quote)));
  return lines;
}

/** One article's block, ending in a newline; empty for an unchanged article. */
export function formatArticle(diff: ArticleDiff, paint: Palette): string {
  if (diff.status === 'unchanged') return '';
  const { entities, facts } = diff;
  const heading = `${diff.article} (${diff.status}): facts ${counts(facts.added.length, facts.removed.length, facts.changed?.length)}, entities ${counts(entities.added.length, entities.removed.length)}`;
  const lines = [paint.heading(heading)];
  for (const f of facts.removed) lines.push(paint.removed(`  - ${factLine(f)}`));
  for (const f of facts.added) lines.push(paint.added(`  + ${factLine(f)}`));
  for (const c of facts.changed ?? []) lines.push(...changeLines(c, paint));
  for (const e of entities.removed) lines.push(paint.removed(`  - ${e.type}: ${entityLabel(e)}`));
  for (const e of entities.added) lines.push(paint.added(`  + ${e.type}: ${entityLabel(e)}`));
  return `${lines.join('\n')}\n`;
}

/** The last line of the text output. */
export function formatSummary(totals: DiffTotals): string {
  const { articles, entities, facts } = totals;
  const failed = articles.failed ? `; ${articles.failed} failed (see errors)` : '';
  const plural = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;
  if (articles.changed + articles.added + articles.removed === 0) return `no differences in ${plural(articles.compared)}${failed}`;
  return `${plural(articles.compared + articles.failed)}: ${articles.changed} changed, ${articles.added} added, ${articles.removed} removed, ${articles.unchanged} unchanged` +
    `; facts ${counts(facts.added, facts.removed, facts.changed)}; entities ${counts(entities.added, entities.removed)}${failed}`;
}

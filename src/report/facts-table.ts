// The facts of one article as a table: each row can be activated (click or
// Enter) to light its evidence in the text. With gold, a verdict column says
// correct or wrong in words and symbols, and the facts gold has but the
// extraction missed get their own table.
import type { EntityRecord, FactRecord, FactsDocument } from '../contract.ts';
import { entityChip } from './chips.ts';
import { attributes, escapeHtml, formatNumber } from './html.ts';
import { evidenceId } from './text-markup.ts';
import type { FactVerdict, GoldJudgement } from './types.ts';

const QUOTE_CHARS = 100;

/** A predicate or rule id that may break after "_" and "." ("country_of_origin"), so narrow columns need not scroll. */
export const breakableHtml = (name: string): string => escapeHtml(name).replace(/[_.]/g, '$&<wbr>');

const VERDICT_TEXT: Record<FactVerdict['status'], { mark: string; word: string }> = {
  correct: { mark: '✓', word: 'correct' },
  wrong: { mark: '✗', word: 'wrong' },
  optional: { mark: '○', word: 'optional' },
  unscored: { mark: '–', word: 'not scored' },
};

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}

function evidenceList(fact: FactRecord): string {
  const items = fact.evidence.map((ev) => {
    const button = `<button${attributes({ type: 'button', class: 'evq', 'data-evidence': evidenceId(ev.start, ev.end), title: ev.text, 'aria-label': `Show evidence in sentence ${ev.sentence + 1}: ${quote(ev.text)}` })}>“${escapeHtml(quote(ev.text))}”</button>`;
    return `<li>${button}${ev.ruleId ? ` <span class="rule">${breakableHtml(ev.ruleId)}</span>` : ''}</li>`;
  });
  return `<ul class="evidence">${items.join('')}</ul>`;
}

function verdictCell(verdict: FactVerdict | undefined): string {
  if (!verdict) return '<td class="verdict">–</td>';
  const { mark, word } = VERDICT_TEXT[verdict.status];
  const reason = verdict.status === 'wrong' ? `<span class="reason">${escapeHtml(verdict.reason)}</span>` : '';
  return `<td class="verdict" data-sort="${word}"><span aria-hidden="true">${mark}</span> ${word}${reason}</td>`;
}

/** "F12" → 12, so fact ids sort as numbers; other ids keep document order. */
const idOrder = (id: string, index: number): number => Number(/^\D*(\d+)$/.exec(id)?.[1] ?? index);

function factRow(fact: FactRecord, index: number, entities: Map<string, EntityRecord>, verdict: FactVerdict | undefined, judged: boolean): string {
  const subject = entities.get(fact.subject)!;
  const object = entities.get(fact.object)!;
  const label = `${fact.id}: ${subject.name} ${fact.predicate} ${object.name}`;
  const attrs = attributes({
    class: `fact${verdict ? ` v-${verdict.status}` : ''}`,
    tabindex: 0,
    'data-fact': fact.id,
    'data-evidence': [...new Set(fact.evidence.map((e) => evidenceId(e.start, e.end)))].join(' '),
    'data-label': label,
    'aria-label': `${label}, confidence ${formatNumber(fact.confidence)}${verdict ? `, ${VERDICT_TEXT[verdict.status].word}` : ''}. Press Enter to show its evidence.`,
  });
  return `<tr${attrs}><td class="num" data-sort="${idOrder(fact.id, index)}">${escapeHtml(fact.id)}</td>` +
    `<td>${entityChip(subject)}</td><td data-sort="${escapeHtml(fact.predicate)}">${breakableHtml(fact.predicate)}</td><td>${entityChip(object)}</td>` +
    `<td class="num">${formatNumber(fact.confidence)}</td><td>${evidenceList(fact)}</td>` +
    `${judged ? verdictCell(verdict) : ''}</tr>`;
}

const sortHeader = (label: string, kind: 'number' | 'text', numeric = false): string =>
  `<th scope="col"${kind === 'number' ? ' data-kind="number"' : ''}${numeric ? ' class="num"' : ''}><button type="button" class="sort">${escapeHtml(label)}</button></th>`;

export function factsTable(doc: FactsDocument, judgement?: GoldJudgement): string {
  if (!doc.facts.length) return '<p class="empty">No facts were extracted from this article.</p>';
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const head = [
    sortHeader('Fact', 'number', true), sortHeader('Subject', 'text'), sortHeader('Predicate', 'text'), sortHeader('Object', 'text'),
    sortHeader('Confidence', 'number', true), '<th scope="col">Evidence</th>', judgement ? sortHeader('Gold', 'text') : '',
  ].join('');
  const rows = doc.facts.map((f, i) => factRow(f, i, entities, judgement?.verdicts.get(f.id), judgement !== undefined)).join('\n');
  return `<table class="sortable facts"><caption class="sr-only">Facts of ${escapeHtml(doc.article.id)}; sort by a column with its header button</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Gold facts no predicted fact matched, named by their gold keys. */
export function missedFactsTable(judgement: GoldJudgement): string {
  if (!judgement.missedFacts.length) return '<p class="empty">None: every gold fact was found.</p>';
  const rows = judgement.missedFacts.map((f) =>
    `<tr><td>${escapeHtml(f.subject)}</td><td data-sort="${escapeHtml(f.predicate)}">${breakableHtml(f.predicate)}</td><td>${escapeHtml(f.object)}</td><td>${escapeHtml(f.reason ?? 'relation not found')}</td></tr>`).join('\n');
  return `<table class="sortable missed"><thead><tr>${sortHeader('Subject', 'text')}${sortHeader('Predicate', 'text')}${sortHeader('Object', 'text')}${sortHeader('Why', 'text')}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Gold entities no predicted entity matched. */
export function missedEntitiesList(judgement: GoldJudgement): string {
  if (!judgement.missedEntities.length) return '';
  const items = judgement.missedEntities.map((e) => {
    const names = e.names.length > 1 || e.names[0] !== e.key ? ` (${e.names.join(' | ')})` : '';
    return `<li>${escapeHtml(e.type)}: ${escapeHtml(e.key + names)}</li>`;
  });
  return `<details><summary>Missed gold entities (${judgement.missedEntities.length})</summary><ul>${items.join('')}</ul></details>`;
}

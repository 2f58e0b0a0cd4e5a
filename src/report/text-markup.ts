// The article text as HTML: every mention a <mark> in its entity's type colour,
// and every evidence sentence tagged so a fact can light it up. Mentions nest
// ("their frontman" around "their"); evidence sentences never split a mention,
// so evidence is carried by the plain text between marks and by the marks it covers.
import type { EntityRecord, FactsDocument } from '../contract.ts';
import { attributes, escapeHtml } from './html.ts';
import { typeClass, typeStyle } from './palette.ts';

/** The id a page uses for one evidence span: the same offsets are the same sentence, whichever fact cites it. */
export function evidenceId(start: number, end: number): string {
  return `ev-${start}-${end}`;
}

interface Span {
  start: number;
  end: number;
}

interface MentionNode extends Span {
  entity: EntityRecord;
  children: MentionNode[];
}

interface EvidenceSpan extends Span {
  id: string;
}

export interface TextMarkup {
  html: string;
  /** Mentions drawn. */
  mentions: number;
  /** Mentions whose offsets do not hold their text (the text changed since extraction). */
  misplaced: number;
  /** Mentions that cross another one's edge and so cannot nest; left unmarked. */
  crossing: number;
  /** Evidence spans whose offsets do not hold their text. */
  misplacedEvidence: number;
}

/** Mentions as a forest, outer first; one that crosses an enclosing mention's end is dropped and counted. */
function mentionForest(doc: FactsDocument, text: string): { roots: MentionNode[]; misplaced: number; crossing: number } {
  let misplaced = 0;
  let crossing = 0;
  const nodes: MentionNode[] = [];
  for (const entity of doc.entities) for (const m of entity.mentions) {
    if (m.start < 0 || m.end > text.length || m.end <= m.start || text.slice(m.start, m.end) !== m.text) misplaced++;
    else nodes.push({ start: m.start, end: m.end, entity, children: [] });
  }
  // Outer before inner: by start, then longest first.
  nodes.sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: MentionNode[] = [];
  const open: MentionNode[] = [];
  for (const node of nodes) {
    while (open.length && open[open.length - 1].end <= node.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && node.end > parent.end) {
      crossing++;
      continue;
    }
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return { roots, misplaced, crossing };
}

/** The distinct evidence spans of all facts whose offsets hold their quoted text. */
function evidenceSpans(doc: FactsDocument, text: string): { spans: EvidenceSpan[]; misplaced: number } {
  const byId = new Map<string, EvidenceSpan | null>();
  for (const fact of doc.facts) for (const ev of fact.evidence) {
    const id = evidenceId(ev.start, ev.end);
    if (byId.has(id)) continue;
    byId.set(id, text.slice(ev.start, ev.end) === ev.text ? { id, start: ev.start, end: ev.end } : null);
  }
  const spans = [...byId.values()].filter((s): s is EvidenceSpan => s !== null);
  return { spans, misplaced: byId.size - spans.length };
}

/** Ids of the evidence spans that cover [start, end) whole. */
function coveringEvidence(spans: readonly EvidenceSpan[], start: number, end: number): string[] {
  return spans.filter((s) => s.start <= start && end <= s.end).map((s) => s.id);
}

/** Plain text between marks, cut where evidence begins or ends, each covered piece tagged with its evidence ids. */
function plainText(text: string, start: number, end: number, spans: readonly EvidenceSpan[]): string {
  if (start >= end) return '';
  const cuts = new Set([start, end]);
  for (const s of spans) for (const at of [s.start, s.end]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = escapeHtml(text.slice(points[i], points[i + 1]));
    const ids = coveringEvidence(spans, points[i], points[i + 1]);
    html += ids.length ? `<span class="ev" data-ev="${ids.join(' ')}">${piece}</span>` : piece;
  }
  return html;
}

/** The accessible description of a mention: its entity's name, type and id. */
export function mentionTitle(entity: EntityRecord): string {
  return `${entity.name} (${entity.type}, ${entity.id})`;
}

/** Top-level text: plain runs split by evidence, with the mentions between them. */
function renderText(text: string, roots: readonly MentionNode[], spans: readonly EvidenceSpan[]): string {
  let html = '';
  let at = 0;
  for (const root of roots) {
    html += plainText(text, at, root.start, spans) + renderMention(text, root, spans);
    at = root.end;
  }
  return html + plainText(text, at, text.length, spans);
}

/** A mark and the marks nested in it; its text is not split by evidence, the mark carries the evidence covering it. */
function renderMention(text: string, node: MentionNode, spans: readonly EvidenceSpan[]): string {
  const style = typeStyle(node.entity.type);
  const ids = coveringEvidence(spans, node.start, node.end);
  let inner = '';
  let at = node.start;
  for (const child of node.children) {
    inner += escapeHtml(text.slice(at, child.start)) + renderMention(text, child, spans);
    at = child.end;
  }
  inner += escapeHtml(text.slice(at, node.end));
  const attrs = attributes({
    class: `m ${typeClass(node.entity.type)}`,
    'data-entity': node.entity.id,
    'data-ev': ids.length ? ids.join(' ') : null,
    tabindex: 0,
    title: mentionTitle(node.entity),
  });
  return `<mark${attrs}>${inner}<span class="lbl">${escapeHtml(style.label)}</span></mark>`;
}

/** The whole text as HTML for a `white-space: pre-wrap` block: offsets stay exact, line breaks show as written. */
export function markUpText(doc: FactsDocument, text: string): TextMarkup {
  const { roots, misplaced, crossing } = mentionForest(doc, text);
  const { spans, misplaced: misplacedEvidence } = evidenceSpans(doc, text);
  const count = (nodes: readonly MentionNode[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
  return { html: renderText(text, roots, spans), mentions: count(roots), misplaced, crossing, misplacedEvidence };
}

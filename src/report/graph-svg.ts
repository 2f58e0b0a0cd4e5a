// A small SVG picture of one article: its entities that take part in facts as
// nodes, its facts as arrows from subject to object labelled by predicate.
// Nodes carry the same data-entity as the mentions, so hovering one lights both.
import type { EntityRecord, FactRecord, FactsDocument } from '../contract.ts';
import { attributes, element, escapeHtml } from './html.ts';
import { layoutGraph, type Point } from './graph-layout.ts';
import { typeClass, typeStyle } from './palette.ts';
import { evidenceId } from './text-markup.ts';
import type { FactVerdict } from './types.ts';

const WIDTH = 720;
const NODE_RADIUS = 7;
const LABEL_CHARS = 22;
/** Sideways bend of an arrow, so facts both ways between two entities do not draw over each other. */
const BEND = 22;

/** Facts drawn as one arrow: same subject, object and verdict. */
interface Edge {
  subject: number;
  object: number;
  facts: FactRecord[];
  status: FactVerdict['status'] | 'none';
}

const shorten = (s: string): string => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);
const round = (x: number): string => x.toFixed(1);

function edgesOf(facts: readonly FactRecord[], index: Map<string, number>, verdicts?: Map<string, FactVerdict>): Edge[] {
  const edges = new Map<string, Edge>();
  for (const fact of facts) {
    const status = verdicts?.get(fact.id)?.status ?? 'none';
    const key = `${fact.subject}\u0000${fact.object}\u0000${status}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { subject: index.get(fact.subject)!, object: index.get(fact.object)!, facts: [], status }));
    edge.facts.push(fact);
  }
  return [...edges.values()];
}

/** Path of an arrow from a to b bent sideways by `bend`, ending at b's rim so the arrowhead shows; and where its label goes. */
function arrowPath(a: Point, b: Point, bend: number): { d: string; label: Point } {
  if (a === b) {
    const r = NODE_RADIUS;
    return { d: `M${round(a.x + r)},${round(a.y)} C${round(a.x + 40)},${round(a.y - 10)} ${round(a.x + 20)},${round(a.y - 45)} ${round(a.x)},${round(a.y - r - 3)}`, label: { x: a.x + 28, y: a.y - 38 } };
  }
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.max(Math.hypot(dx, dy), 1);
  const control = { x: (a.x + b.x) / 2 - (dy / length) * bend, y: (a.y + b.y) / 2 + (dx / length) * bend };
  const tx = b.x - control.x;
  const ty = b.y - control.y;
  const t = Math.max(Math.hypot(tx, ty), 1);
  const end = { x: b.x - (tx / t) * (NODE_RADIUS + 3), y: b.y - (ty / t) * (NODE_RADIUS + 3) };
  const label = { x: 0.25 * a.x + 0.5 * control.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * control.y + 0.25 * b.y };
  return { d: `M${round(a.x)},${round(a.y)} Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`, label };
}

const VERDICT_MARK: Record<Edge['status'], string> = { correct: ' ✓', wrong: ' ✗', optional: ' ○', unscored: '', none: '' };

function drawEdge(edge: Edge, pos: readonly Point[], bend: number, names: readonly EntityRecord[]): string {
  const { d, label } = arrowPath(pos[edge.subject], pos[edge.object], bend);
  const predicates = [...new Set(edge.facts.map((f) => f.predicate))].join(', ');
  const evidence = [...new Set(edge.facts.flatMap((f) => f.evidence.map((e) => evidenceId(e.start, e.end))))];
  const title = edge.facts.map((f) => `${names[edge.subject].name} —${f.predicate}→ ${names[edge.object].name} (${f.id})`).join('\n');
  const attrs = attributes({
    class: `edge v-${edge.status}`,
    'data-evidence': evidence.join(' '),
    'data-facts': edge.facts.map((f) => f.id).join(' '),
    'data-ends': `${names[edge.subject].id} ${names[edge.object].id}`,
  });
  // A wide transparent copy of the path makes a thin arrow easy to click.
  return `<g${attrs}><title>${escapeHtml(title)}</title><path class="hit" d="${d}"/><path class="line" d="${d}" marker-end="url(#arrow-${edge.status})"/>` +
    `<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="middle">${escapeHtml(predicates + VERDICT_MARK[edge.status])}</text></g>`;
}

function drawNode(entity: EntityRecord, p: Point, width: number): string {
  const style = typeStyle(entity.type);
  // Labels point away from the nearer side edge, so they stay inside the picture.
  const right = p.x <= width / 2;
  const attrs = attributes({ class: `node ${typeClass(entity.type)}`, 'data-entity': entity.id, tabindex: 0, role: 'listitem', 'aria-label': `${entity.name}, ${entity.type}` });
  return `<g${attrs}><title>${escapeHtml(`${entity.name} (${entity.type}, ${entity.id})`)}</title>` +
    `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${NODE_RADIUS}"/>` +
    `<text x="${round(p.x + (right ? 10 : -10))}" y="${round(p.y + 4)}" text-anchor="${right ? 'start' : 'end'}">${escapeHtml(shorten(entity.name))}` +
    `<tspan class="glbl" dx="4">${escapeHtml(style.label)}</tspan></text></g>`;
}

const MARKERS = (['none', 'correct', 'wrong', 'optional', 'unscored'] as const).map((status) =>
  `<marker id="arrow-${status}" class="arrowhead v-${status}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker>`).join('');

/** The graph of a document's facts as an <svg> element; verdicts (with --gold) mark arrows correct or wrong. */
export function factGraph(doc: FactsDocument, verdicts?: Map<string, FactVerdict>): string {
  const used = new Set(doc.facts.flatMap((f) => [f.subject, f.object]));
  const nodes = doc.entities.filter((e) => used.has(e.id));
  if (!nodes.length) return '<p class="empty">No facts to draw.</p>';
  const index = new Map(nodes.map((e, i) => [e.id, i]));
  const edges = edgesOf(doc.facts, index, verdicts);
  const height = Math.min(720, 320 + 12 * nodes.length);
  const pos = layoutGraph(nodes.length, edges.map((e) => [e.subject, e.object] as const), { width: WIDTH, height, marginX: 24, marginY: 24 });
  // The n-th arrow between the same two entities bends further out than the one before.
  const drawn = new Map<string, number>();
  const edgeSvg = edges.map((edge) => {
    const pair = [edge.subject, edge.object].sort((a, b) => a - b).join('-');
    const n = drawn.get(pair) ?? 0;
    drawn.set(pair, n + 1);
    // Offsets alternate sides in one frame (lower node to higher), so an arrow back the other way takes the other side.
    const offset = BEND * (1 + Math.floor(n / 2)) * (n % 2 === 0 ? 1 : -1);
    return drawEdge(edge, pos, edge.subject <= edge.object ? offset : -offset, nodes);
  }).join('');
  const title = `Graph of ${doc.article.id}`;
  const desc = `${nodes.length} entities joined by ${doc.facts.length} facts; the facts table lists the same facts as text.`;
  return element('svg', { class: 'graph', viewBox: `0 0 ${WIDTH} ${height}`, role: 'group', 'aria-labelledby': 'graph-title graph-desc' },
    `<title id="graph-title">${escapeHtml(title)}</title><desc id="graph-desc">${escapeHtml(desc)}</desc>` +
    `<defs>${MARKERS}</defs><g class="edges" aria-hidden="true">${edgeSvg}</g><g class="nodes" role="list">${nodes.map((e, i) => drawNode(e, pos[i], WIDTH)).join('')}</g>`);
}

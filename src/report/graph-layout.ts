// Node positions for the article graph: a force-directed layout
// (Fruchterman–Reingold) started from a circle, with no randomness, so the
// same document always draws the same picture.

export interface Point {
  x: number;
  y: number;
}

export interface LayoutBox {
  width: number;
  height: number;
  /** Space kept free at the left and right edges for node labels. */
  marginX: number;
  marginY: number;
}

const ITERATIONS = 300;
/** Pull toward the centre, so unconnected groups stay on the canvas instead of drifting to its corners. */
const GRAVITY = 0.05;

/** Positions of `count` nodes joined by `edges` (pairs of node indexes), inside the box's margins. */
export function layoutGraph(count: number, edges: readonly (readonly [number, number])[], box: LayoutBox): Point[] {
  if (count === 0) return [];
  const cx = box.width / 2;
  const cy = box.height / 2;
  if (count === 1) return [{ x: cx, y: cy }];
  const pos: Point[] = Array.from({ length: count }, (_, i) => ({
    x: Math.cos((2 * Math.PI * i) / count) * box.width / 4,
    y: Math.sin((2 * Math.PI * i) / count) * box.height / 4,
  }));
  const k = Math.sqrt((box.width * box.height) / count);
  let temperature = box.width / 10;
  for (let step = 0; step < ITERATIONS; step++) {
    const shift: Point[] = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) {
      const dx = pos[i].x - pos[j].x || 0.01 * (i - j);
      const dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const push = (k * k) / d;
      shift[i].x += (dx / d) * push; shift[i].y += (dy / d) * push;
      shift[j].x -= (dx / d) * push; shift[j].y -= (dy / d) * push;
    }
    for (const [a, b] of edges) {
      if (a === b) continue;
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const pull = (d * d) / k;
      shift[a].x -= (dx / d) * pull; shift[a].y -= (dy / d) * pull;
      shift[b].x += (dx / d) * pull; shift[b].y += (dy / d) * pull;
    }
    pos.forEach((p, i) => {
      shift[i].x -= p.x * GRAVITY * k / 10;
      shift[i].y -= p.y * GRAVITY * k / 10;
      const d = Math.max(Math.hypot(shift[i].x, shift[i].y), 0.01);
      const move = Math.min(d, temperature);
      p.x += (shift[i].x / d) * move;
      p.y += (shift[i].y / d) * move;
    });
    temperature *= 0.985;
  }
  return fitToBox(pos, box);
}

/** Stretches the layout to fill the box inside its margins; a graph reads as well stretched, and labels need the room. */
function fitToBox(pos: readonly Point[], box: LayoutBox): Point[] {
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scaleX = (box.width - 2 * box.marginX) / Math.max(maxX - minX, 1);
  const scaleY = (box.height - 2 * box.marginY) / Math.max(maxY - minY, 1);
  return pos.map((p) => ({ x: box.marginX + (p.x - minX) * scaleX, y: box.marginY + (p.y - minY) * scaleY }));
}

// Colour for the text output: only when writing to a terminal, and never when
// NO_COLOR is set (https://no-color.org) or the terminal says it is dumb.

export interface Palette {
  added: (s: string) => string;
  removed: (s: string) => string;
  changed: (s: string) => string;
  heading: (s: string) => string;
}

export function shouldColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  // Node's own colour detection also treats a present-but-empty NO_COLOR as set.
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function palette(colour: boolean): Palette {
  return colour
    ? { added: ansi(32, 39), removed: ansi(31, 39), changed: ansi(33, 39), heading: ansi(1, 22) }
    : { added: plain, removed: plain, changed: plain, heading: plain };
}

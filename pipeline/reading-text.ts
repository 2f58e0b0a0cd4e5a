// The text the stages read: the input with two kinds of typesetting undone, one
// character for one so that every offset into it is an offset into the input.
//
// Spaces that only typesetting tells apart (no-break, thin, narrow no-break, as
// scraped pages write "3\u00a0May" or "Mara\u00a0Lind") read as plain spaces.
//
// Quotation marks of other typographies (guillemets, corner brackets) read as
// English double quotes, so titles quoted with them are found.
//
// Hard-wrapped text ("fold", mail, plain-text newsletters) breaks every paragraph
// into lines of about the same width. Later stages take a line break for the end
// of a sentence or a heading, so a wrapped paragraph would be read as a stack of
// headings. A break is soft when the next line's first word would not have fitted
// on the line: the writer's tool broke there, not the writer.

/** Lines this long or shorter are no paragraph text that a tool wrapped. */
const NARROWEST_WRAP = 40;
/** Lines this long are written unwrapped (one paragraph per line), whatever the rest does. */
const WIDEST_WRAP = 100;
/** Fewer soft breaks than this, or than this share of the breaks inside paragraphs, is no wrapping. */
const LEAST_SOFT_BREAKS = 2;
const LEAST_SOFT_SHARE = 0.5;

interface Line { start: number; end: number; length: number }

/** Typeset spaces and other quotation marks; one pass over the text finds them all. */
const TYPESET = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\u00ab\u300c\u300e\u00bb\u300d\u300f]/g;
const OPENING_QUOTES = new Set(['\u00ab', '\u300c', '\u300e']);
const CLOSING_QUOTES = new Set(['\u00bb', '\u300d', '\u300f']);
const plainCharacter = (c: string) => (OPENING_QUOTES.has(c) ? '\u201c' : CLOSING_QUOTES.has(c) ? '\u201d' : ' ');

export function readingText(input: string): string {
  return unwrapLines(input.replace(TYPESET, plainCharacter));
}

/**
 * The text with each soft line break (and a carriage return before it) read as a space;
 * every other character, and so every offset, stays as it is.
 */
export function unwrapLines(text: string): string {
  const breaks = softLineBreaks(text);
  if (!breaks.length) return text;
  const chars = text.split('');
  for (const at of breaks) {
    chars[at] = ' ';
    if (chars[at - 1] === '\r') chars[at - 1] = ' ';
  }
  return chars.join('');
}

/** Offsets of the "\n" of each soft break; none when the text is not hard-wrapped. */
export function softLineBreaks(text: string): number[] {
  const lines = splitLines(text);
  // The width the text was wrapped at: the longest line that another line of its paragraph follows.
  const inParagraph = lines.filter((line, i) => line.length > 0 && (lines[i + 1]?.length ?? 0) > 0);
  if (inParagraph.length < LEAST_SOFT_BREAKS) return [];
  const width = Math.max(...inParagraph.map((line) => line.length));
  if (width < NARROWEST_WRAP || width > WIDEST_WRAP) return [];
  const soft: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i], next = lines[i + 1];
    if (line.length === 0 || next.length === 0) continue;
    // "Best Folk Album: Night Train by Mara Lind" over "Rookie of the Year – Northwind": a list of labelled records, one a line.
    if (opensWithLabel(text, line) && opensWithLabel(text, next)) continue;
    // "- Best Fresh Voice: Northwind" under another item: a list item opens a line of its own, wrapped text never does.
    if (LIST_ITEM.test(text.slice(next.start, next.end))) continue;
    if (line.length + 1 + firstWordLength(text, next) > width) soft.push(line.end);
  }
  return soft.length >= LEAST_SOFT_BREAKS && soft.length >= LEAST_SOFT_SHARE * inParagraph.length ? soft : [];
}

/** Each line's span without its line break; `length` leaves out trailing white space. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let last = end;
    while (last > start && /\s/.test(text[last - 1])) last--;
    lines.push({ start, end, length: last - start });
    start = end + 1;
  }
  return lines;
}

/** A list item's mark at the start of a line: "- ", "• ", "* ", "1. ", "2) ". */
const LIST_ITEM = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s/u;

/** A short capitalised label and a colon or a spaced dash open the line: "Best Fresh Voice: ", "Venue – ". */
const LABEL = /^\s*[\p{Lu}\d][^:–—\n]{0,40}?(?::|\s[–—-])\s/u;

function opensWithLabel(text: string, line: Line): boolean {
  return LABEL.test(text.slice(line.start, line.end));
}

function firstWordLength(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && /\s/.test(text[i])) i++;
  const from = i;
  while (i < line.end && !/\s/.test(text[i])) i++;
  return i - from;
}

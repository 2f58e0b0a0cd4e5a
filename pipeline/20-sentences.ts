// Tokens and sentences from wink-nlp, with offsets into the original text.
// A line without sentence punctuation (a sub-heading) is a sentence of its own.
import type { ArticleDoc, Sentence, Token } from './types.ts';
import { its, nlp } from './wink.ts';

const SENTENCE_END = /[.!?…:;"'”’)\]]$/;

export function tokenize(doc: ArticleDoc): ArticleDoc {
  // Blank out the header so wink never sees it but every offset stays the same.
  const text = doc.text.replace(/^\uFEFF/, ' ');
  const body = doc.header ? text.slice(0, doc.header.start) + ' '.repeat(doc.header.end - doc.header.start) + text.slice(doc.header.end) : text;
  const wink = nlp.readDoc(body);
  const values = wink.tokens().out(its.value) as string[];
  const tags = wink.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  const tokenIndexOf: number[] = [];
  /** Where each of wink's tokens starts in the text; -1 for one it normalised (not found verbatim). */
  const offsets: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = body.indexOf(values[i], cursor);
    offsets.push(at);
    // wink may normalise a token it cannot find verbatim; skip it rather than invent offsets.
    if (at < 0) { tokenIndexOf.push(-1); continue; }
    cursor = at + values[i].length;
    tokenIndexOf.push(tokens.length);
    if (/^\s+$/.test(values[i])) continue;
    tokens.push({ text: values[i], start: at, end: cursor, pos: tags[i], sentence: -1 });
  }
  const sentences: Sentence[] = [];
  const spans = joinFalseBreaks(wink.sentences().out(its.span) as unknown as [number, number][], offsets, body);
  for (const [first, last] of spans) {
    let from = firstKept(tokenIndexOf, first);
    const to = Math.min(firstKept(tokenIndexOf, last + 1), tokens.length);
    for (const line of splitAtLineBreaks(tokens.slice(from, to), doc.text)) {
      pushSentence(sentences, line, from, doc.text);
      from += line.length;
    }
  }
  return { ...doc, tokens, sentences };
}

function firstKept(tokenIndexOf: number[], winkIndex: number): number {
  for (let i = winkIndex; i < tokenIndexOf.length; i++) if (tokenIndexOf[i] >= 0) return tokenIndexOf[i];
  return Number.MAX_SAFE_INTEGER;
}

function splitAtLineBreaks(tokens: Token[], text: string): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  for (const token of tokens) {
    if (line.length && hasLineBreak(text, line[line.length - 1].end, token.start)) { lines.push(line); line = []; }
    line.push(token);
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Whether text[from, to) holds a line break; asked between every two tokens, so without slicing the gap out. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === '\n') return true;
  return false;
}

function pushSentence(sentences: Sentence[], line: Token[], tokenStart: number, text: string): void {
  const index = sentences.length;
  for (const token of line) token.sentence = index;
  const start = line[0].start;
  const end = line[line.length - 1].end;
  const heading = !SENTENCE_END.test(text.slice(start, end)) && line.length <= 12;
  sentences.push({ index, start, end, tokenStart, tokenEnd: tokenStart + line.length, heading });
}

/**
 * "will release Glass Coast..., their first album": a sentence that ends in
 * an ellipsis, a question or an exclamation mark and is followed, on the same
 * line, by a comma or a lower-case word goes on; wink takes the mark for the end.
 */
function joinFalseBreaks(spans: [number, number][], offsets: number[], body: string): [number, number][] {
  const joined: [number, number][] = [];
  for (const span of spans) {
    const prev = joined[joined.length - 1];
    if (prev) {
      // wink splits "..." into "." and ".." across the two sentences; read the text itself.
      const tail = body.slice(offsets[prev[1]] ?? 0, offsets[Math.min(span[1], span[0] + 3)] ?? 0);
      if (/^(?:\.\.\.|…)[ \t]*(?:,|\p{Ll})/u.test(tail)) { prev[1] = span[1]; continue; }
      // "QU.O is an album": a full stop with a letter straight after it is inside a name, not the end of a sentence.
      if (/^\.\p{L}/u.test(tail)) { prev[1] = span[1]; continue; }
      // '"You, Again" by A feat. B': "feat." or "ft." before a name on the same line credits a guest, ending nothing.
      if (/\b(?:feat|ft)\.[ \t]+$/i.test(body.slice(Math.max(0, (offsets[span[0]] ?? 0) - 8), offsets[span[0]] ?? 0))) { prev[1] = span[1]; continue; }
      // "the drama's OST Part. 3", "Vol. 2": a release's part number after its abbreviated noun, ending nothing.
      if (/\b(?:Part|Pt|Vol)\.[ \t]+$/i.test(body.slice(Math.max(0, (offsets[span[0]] ?? 0) - 8), offsets[span[0]] ?? 0)) && /^\d/.test(body.slice(offsets[span[0]] ?? 0))) { prev[1] = span[1]; continue; }
      // 'X (Japanese: ..., lit. "Y") is': a translation's abbreviation ("lit.", "transl.") opens the gloss after it, ending nothing.
      if (/[(,;][^()]{0,60}\b(?:lit|transl?)\.[ \t]+$/i.test(body.slice(Math.max(0, (offsets[span[0]] ?? 0) - 70), offsets[span[0]] ?? 0))) { prev[1] = span[1]; continue; }
      // "Who Stole Noon, Didn't They? is a 1969 film": a title's own "?" or "!" before a lower-case word.
      if (/^[?!](?:,|[ \t]+\p{Ll})/u.test(tail)) { prev[1] = span[1]; continue; }
      // 'with "Was It Love?".': a quoted title's own "?" or "!" whose closing quote (and full stop) wink took for a sentence of their own.
      const markBefore = /[?!]/.test(body[(offsets[prev[1]] ?? 0) - 1] ?? '');
      const closing = body.slice(offsets[prev[1]] ?? 0, (offsets[prev[1]] ?? 0) + 2);
      if (markBefore && /^["”’']\.$/u.test(closing) && span[1] - span[0] <= 1) { prev[1] = span[1]; continue; }
      // '"Paper Moon." is a song' (or in single quotes, as British papers write titles): a quoted title with its full stop inside, before a lower-case word.
      const stopBefore = body[(offsets[prev[1]] ?? 0) - 1] === '.';
      if (/^\.["”'’][ \t]+\p{Ll}/u.test(tail) || (stopBefore && /^["”'’][ \t]+\p{Ll}/u.test(tail))) { prev[1] = span[1]; continue; }
    }
    joined.push([span[0], span[1]]);
  }
  return joined;
}

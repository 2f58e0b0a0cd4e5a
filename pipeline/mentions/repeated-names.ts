// Names seen once are names everywhere: a name found in one place (a quoted title, a lower-case band
// name) is the same name wherever the same words recur; conjoined runs split into names seen elsewhere.
import type { ArticleDoc } from '../types.ts';
import { lower, type Unit } from '../units.ts';
import { looksLikePersonName } from '../names.ts';
import { pushTo } from '../collections.ts';
import type { Draft } from './draft.ts';

/**
 * "The Quiet Harbor will open ...": a sentence's opening "The" is read as an ordinary word, but it
 * belongs to the name when the article also writes the name with it inside a sentence.
 */
function joinOpeningArticles(doc: ArticleDoc, unitsBySentence: Unit[][], drafts: Draft[]): void {
  const withArticle = new Set(drafts.filter((d) => d.kind === 'name' && /^(?:The|A|An) /.test(d.text)).map((d) => d.text));
  for (const d of drafts) {
    if (d.kind !== 'name') continue;
    const [first, second] = unitsBySentence[d.sentence] ?? [];
    if (!second || second.start !== d.start || !/^(?:The|A|An)$/.test(first.text)) continue;
    const joined = doc.text.slice(first.start, d.end);
    // "2. The Hollow Quorvs – Long Way North": a numbered line's "The" is no sentence's opener but the act's own.
    const listItem = first.text === 'The' && ITEM_NUMBER_LINE.test(doc.text.slice(doc.text.lastIndexOf('\n', first.start - 1) + 1, first.start)) && ITEM_SEPARATOR.test(doc.text.slice(d.end, d.end + 4));
    if (!withArticle.has(joined) && !listItem) continue;
    d.start = first.start;
    d.text = joined;
  }
}

/** A line that opens with an item's number ("1. ", "2) "), and what parts an item's act from its work (a dash, a comma). */
export const ITEM_NUMBER_LINE = /^[ \t]*\d{1,3}[.)][ \t]*$/;
const ITEM_SEPARATOR = /^(?:[ \t]+[–—-][ \t]|,)/;

export function withRepeatedNames(doc: ArticleDoc, unitsBySentence: Unit[][], drafts: Draft[]): Draft[] {
  for (const d of drafts) d.text = doc.text.slice(d.start, d.end);
  joinOpeningArticles(doc, unitsBySentence, drafts);
  const names = new Map<string, Draft>();
  const lowerCaseNames = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== 'name' || d.text.length <= 1) continue;
    names.set(d.text.toLowerCase(), d);
    if (d.text === d.text.toLowerCase()) lowerCaseNames.add(d.text);
  }
  let result = joinSplitPossessiveTitles(doc, splitConjoinedNames(drafts, names));
  // Candidates by their first word, longest first, so each unit is compared only with names that could start there.
  const byFirstWord = new Map<string, string[]>();
  const widthOf = new Map<string, number>();
  for (const key of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const words = key.split(' ');
    pushTo(byFirstWord, words[0], key);
    widthOf.set(key, words.length);
  }
  // Spans already taken, by sentence: a repeat is looked for only among its own sentence's spans.
  // Characters already taken by a name or value: a repeat may not overlap them.
  const taken = new Uint8Array(doc.text.length);
  const take = (d: { start: number; end: number }) => taken.fill(1, d.start, d.end);
  const isFree = (start: number, end: number) => { for (let c = start; c < end; c++) if (taken[c]) return false; return true; };
  for (const d of result) if (d.kind === 'name' || d.kind === 'value') take(d);
  for (const units of unitsBySentence) {
    for (let i = 0; i < units.length; i++) {
      const candidates = candidatesAt(byFirstWord, units, i);
      for (const key of candidates) {
        const width = widthOf.get(key)!;
        if (i + width > units.length) continue;
        const start = units[i].start;
        const end = units[i + width - 1].end;
        const surface = doc.text.slice(start, end);
        if (surface.toLowerCase() !== key) continue;
        const source = names.get(key)!;
        // Case-blind only where the name is also written lower-case ("paper lanterns"); "Signal" is not "signal".
        if (surface !== source.text && !lowerCaseNames.has(key)) continue;
        // "Lanterns for the Drowned debuted ...": a sentence's opening word read as an ordinary word leaves a
        // shorter name inside the repeat ("Drowned"); the name written out in full elsewhere takes its place.
        const inside = isFree(start, end) ? [] : namesInside(result, start, end);
        // "Kumo no ue released ..." after "the band kumo no ue": a lower-case name opening a sentence is capitalised only
        // there, and takes the place of the shorter name its first word was read as.
        const capitalisedOpening = i === 0 && lowerCaseNames.has(key) && surface.slice(1) === key.slice(1);
        if (inside === null || (inside.length && surface !== source.text && !capitalisedOpening)) break;
        if (inside.length) result = result.filter((r) => !inside.includes(r));
        const mention: Draft = { start, end, text: surface, sentence: units[i].sentence, kind: 'name', type: null, typeRule: null };
        result.push(mention);
        take(mention);
        i += width - 1;
        break;
      }
    }
  }
  // "Actors Park Jiwon and ... Park, who won ...": a person's family name opening a later sentence is dropped as an
  // ordinary word ("park"); before a comma or a verb, a word of a two-word person's name named earlier is that person.
  const personWords = new Map<string, number>();
  for (const d of result) {
    if (d.kind !== 'name') continue;
    const words = d.text.split(' ');
    if (words.length === 2 && looksLikePersonName(words)) for (const w of words) if (!personWords.has(w)) personWords.set(w, d.end);
  }
  for (const units of unitsBySentence) {
    const u = units[0];
    const namedBefore = u && personWords.get(u.text);
    if (namedBefore === undefined || namedBefore > u.start || !isFree(u.start, u.end)) continue;
    if (!(units[1]?.text === ',' || /^(VERB|AUX)$/.test(units[1]?.pos ?? ''))) continue;
    result.push({ start: u.start, end: u.end, text: u.text, sentence: u.sentence, kind: 'name', type: null, typeRule: null });
  }
  return dedupe(result);
}

/** The drafts a repeat at [start, end) overlaps, when all are names lying wholly inside it and shorter; else null. */
function namesInside(drafts: Draft[], start: number, end: number): Draft[] | null {
  const overlapping = drafts.filter((d) => (d.kind === 'name' || d.kind === 'value') && d.start < end && d.end > start);
  return overlapping.every((d) => d.kind === 'name' && !d.quoted && d.start >= start && d.end <= end && d.end - d.start < end - start) ? overlapping : null;
}

const NO_CANDIDATES: string[] = [];

/** Names whose first space-separated word begins with this unit's text ("pop-punk" begins with the unit "pop"). */
function candidatesAt(byFirstWord: Map<string, string[]>, units: Unit[], i: number): string[] {
  const unit = lower(units[i]);
  // A word wink splits ("Pop-punk" is "Pop", "-", "punk") is rebuilt from units that touch.
  let word = unit;
  for (let j = i + 1; j < units.length && units[j].start === units[j - 1].end; j++) word += lower(units[j]);
  const exact = byFirstWord.get(unit) ?? NO_CANDIDATES;
  if (word === unit) return exact;
  const joined = [];
  for (let w = word; w.length > unit.length; w = w.slice(0, -1)) joined.push(...(byFirstWord.get(w) ?? []));
  return [...joined, ...exact];
}

/** A possessive inside a title: "The Keeper's Garden", "Kazu's Last Summer". */
const INNER_POSSESSIVE = /\S['’]s \S/u;

/**
 * "Who sings for 'The Keeper's Garden'? ... The Keeper's Garden, which airs on NWTV": a title quoted once, with a
 * possessive inside it, is the whole title where the same words recur unquoted. Unquoted, the possessive splits
 * the run into two names ("The Keeper" and "Garden"), which the repeat below cannot take over: those are replaced.
 */
function joinSplitPossessiveTitles(doc: ArticleDoc, drafts: Draft[]): Draft[] {
  const titles = new Set(drafts.filter((d) => d.kind === 'name' && d.quoted && INNER_POSSESSIVE.test(d.text)).map((d) => d.text));
  if (titles.size === 0) return drafts;
  let result = drafts;
  for (const title of titles) {
    for (let at = doc.text.indexOf(title); at >= 0; at = doc.text.indexOf(title, at + title.length)) {
      // The last part may run on past the title ("Garden OST" in "The Keeper's Garden OST"): the name runs on with it.
      const inside = result.filter((d) => d.kind === 'name' && d.start >= at && d.start < at + title.length);
      const end = Math.max(at + title.length, ...inside.map((d) => d.end));
      // Only a run the possessive split: two or more unquoted names inside, none of them the whole title already.
      if (inside.length < 2 || inside.some((d) => d.quoted || (d.start === at && d.end === end))) continue;
      if (result.some((d) => d.kind !== 'pronoun' && overlapsSpan(d, at, end) && !(d.start >= at && d.end <= end))) continue;
      result = result.filter((d) => !(d.start >= at && d.end <= end && d.kind !== 'pronoun'));
      result.push({ start: at, end, text: doc.text.slice(at, end), sentence: inside[0].sentence, kind: 'name', type: null, typeRule: null });
    }
  }
  return result;
}

const overlapsSpan = (d: { start: number; end: number }, start: number, end: number) => d.start < end && start < d.end;

/** "Northwind and Paper Lanterns" found as one capitalised run is two names when each part is a name seen elsewhere. */
function splitConjoinedNames(drafts: Draft[], names: Map<string, Draft>): Draft[] {
  const result: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'name' || d.type !== null || d.quoted) { result.push(d); continue; }
    const parts = [...d.text.matchAll(/[^,&]+?(?=\s*(?:,|&|\band\b|$))/g)].map((m) => ({ text: m[0].replace(/^\s*(?:and\s+)?/, ''), at: m.index! + m[0].length - m[0].replace(/^\s*(?:and\s+)?/, '').length }));
    if (parts.length < 2 || !parts.every((p) => names.has(p.text.toLowerCase()) && p.text.toLowerCase() !== d.text.toLowerCase())) { result.push(d); continue; }
    for (const p of parts) result.push({ ...d, start: d.start + p.at, end: d.start + p.at + p.text.length, text: p.text });
  }
  return result;
}

function dedupe(drafts: Draft[]): Draft[] {
  const seen = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.start}:${d.end}:${d.kind}`;
    const prior = seen.get(key);
    if (!prior || (prior.type === null && d.type !== null)) seen.set(key, d);
  }
  return [...seen.values()];
}

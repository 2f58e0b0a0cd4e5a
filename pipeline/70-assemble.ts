// Assembly: turn entities and facts into the facts/v1 document — canonical
// names, aliases, stable ids in text order, evidence quoted from the text.
import type { ArticleDoc, Entity, Fact, Mention } from './types.ts';
import type { EntityRecord, FactRecord, FactsDocument } from '../src/contract.ts';
import { SCHEMA_ID } from '../src/contract.ts';
import { DETERMINERS } from './lexicon/index.ts';

export function assemble(doc: ArticleDoc): ArticleDoc {
  const entities = doc.entities.filter((e) => e.mentionIds.some((id) => doc.mentions[id].kind !== 'pronoun'));
  const firstOffset = (e: Entity) => Math.min(...e.mentionIds.map((id) => doc.mentions[id].start));
  entities.sort((a, b) => firstOffset(a) - firstOffset(b) || a.index - b.index);
  const idOf = new Map(entities.map((e, i) => [e.index, `E${i + 1}`]));
  const yearFromFacts = publicationYears(doc);

  const entityRecords: EntityRecord[] = entities.map((e) => entityRecord(doc, e, idOf.get(e.index)!, yearFromFacts.get(e.index)));
  const facts = doc.facts
    .filter((f) => idOf.has(f.subject) && idOf.has(f.object))
    .map((f) => ({ f, s: Number(idOf.get(f.subject)!.slice(1)), o: Number(idOf.get(f.object)!.slice(1)) }))
    .sort((a, b) => a.s - b.s || a.f.predicate.localeCompare(b.f.predicate) || a.o - b.o)
    .map(({ f }, i) => factRecord(doc, f, `F${i + 1}`, idOf));

  const output: FactsDocument = {
    schema: SCHEMA_ID,
    article: { id: doc.meta.id, source: doc.meta.source, sha256: doc.meta.sha256, published: doc.meta.published },
    entities: entityRecords,
    facts,
  };
  return { ...doc, output };
}

/** A work's year, when only a publication_date fact says it ("The movie is slated for April 2021"). */
function publicationYears(doc: ArticleDoc): Map<number, number> {
  const years = new Map<number, number>();
  for (const f of doc.facts) {
    if (f.predicate !== 'publication_date') continue;
    const value = doc.entities[f.object].value ?? '';
    const year = Number(value.slice(0, 4));
    if (year && !years.has(f.subject)) years.set(f.subject, year);
  }
  return years;
}

/** Types whose names are titles, which are cited with and without their leading article. */
const TITLE_TYPES: ReadonlySet<string> = new Set(['Song', 'Album', 'Film', 'TVSeries', 'Book']);

function entityRecord(doc: ArticleDoc, e: Entity, id: string, factYear: number | undefined): EntityRecord {
  const mentions = e.mentionIds.map((m) => doc.mentions[m]).sort((a, b) => a.start - b.start);
  const names = mentions.filter((m) => m.kind === 'name' && m.aliasOf === undefined).map(spelling);
  const name = e.type === 'Country' || e.type === 'Genre' || names.length === 0 ? oneSpaced(e.name) : fullestName(names);
  const aliases = [...new Set([
    ...names,
    ...mentions.filter((m) => m.aliasOf !== undefined).map(spelling),
    ...mentions.filter((m) => m.kind === 'value').map(spelling).filter((text) => text !== name),
    ...mentions.filter((m) => m.kind === 'description').map(descriptionAlias).filter((a): a is string => a !== null),
    // "The Long Shadows" is also written "Long Shadows": a work's title without its article.
    ...(TITLE_TYPES.has(e.type) ? names.filter((n) => /^The \S/.test(n)).map((n) => n.slice(4)) : []),
  ])].filter((a) => a !== name);
  const attributes = { ...e.attributes };
  if (!attributes.year && factYear && e.type !== 'Date') attributes.year = factYear;
  const record: EntityRecord = { id, type: e.type, name, mentions: [] };
  if (aliases.length) record.aliases = aliases;
  if (e.value) record.value = e.value;
  if (Object.keys(attributes).length && e.type !== 'Date' && e.type !== 'Country' && e.type !== 'Genre') record.attributes = attributes;
  record.mentions = mentions.map(({ start, end, sentence }) => ({ start, end, text: doc.input.slice(start, end), sentence }));
  return record;
}

/** A name broken across lines (of a hard-wrapped or indented text) is written with one space. */
const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');
const spelling = (m: Mention) => oneSpaced(m.text);

/** The longest spelling, and among equals the most frequent, then the first. */
function fullestName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  // "BROKEN WINGS" in a headline in capitals and "Broken Wings" in the body: the spelling not in capitals names it.
  const inCapitals = (n: string) => n === n.toUpperCase() && n !== n.toLowerCase() && [...counts.keys()].some((o) => o !== n && o.toUpperCase() === n);
  return [...counts.keys()].sort((a, b) => b.length - a.length || Number(inCapitals(a)) - Number(inCapitals(b)) || counts.get(b)! - counts.get(a)!)[0];
}

/** "the Korean boy band" → "Korean boy band"; a bare "the movie" says nothing worth keeping. */
function descriptionAlias(m: Mention): string | null {
  const words = m.text.split(/\s+/);
  if (DETERMINERS.has(words[0].toLowerCase())) words.shift();
  return words.length >= 2 ? words.join(' ') : null;
}

function factRecord(doc: ArticleDoc, f: Fact, id: string, idOf: Map<number, string>): FactRecord {
  const record: FactRecord = {
    id,
    subject: idOf.get(f.subject)!,
    predicate: f.predicate,
    object: idOf.get(f.object)!,
    confidence: Math.round(f.confidence * 100) / 100,
    evidence: f.evidence.map((ev) => {
      const s = doc.sentences[ev.sentence];
      return { sentence: ev.sentence, start: s.start, end: s.end, text: doc.input.slice(s.start, s.end), ruleId: ev.ruleId };
    }),
  };
  if (f.qualifiers) record.qualifiers = f.qualifiers;
  return record;
}

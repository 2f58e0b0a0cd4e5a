// An article that opens on an album ("Night Train is the third album by
// Northwind") is about that album: the songs it names, which no sentence puts
// on another album, are most likely its tracks ("The album's title is taken
// from the lyrics of Paper Moon"). Such facts are held less sure than any
// read from a phrasing.
import type { ArticleDoc, EntityType, Fact } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';
import { ALIAS_BEFORE, isTitleLike } from '../names.ts';
import { namedOnlyInDenials } from './denial.ts';
import { isGuestCredit } from './sole-object.ts';

const CONFIDENCE = 0.5;

export function addArticleAlbumTracks(doc: ArticleDoc, facts: Fact[], add: FactAdder): void {
  const album = articleAlbum(doc);
  if (album === undefined) return;
  const placed = new Set(facts.filter((f) => f.predicate === 'part_of').map((f) => f.subject));
  // A song another artist performs is a cover's original or a comparison, not a track.
  const albumPerformers = new Set(facts.filter((f) => f.predicate === 'performer' && f.subject === album).map((f) => f.object));
  // (A guest on one of the album's tracks, "features Mara Lind on X", makes X no other artist's song.)
  const otherPerformer = new Set(facts.filter((f) => f.predicate === 'performer' && albumPerformers.size && !albumPerformers.has(f.object) && !isGuestCredit(f)).map((f) => f.subject));
  for (const e of doc.entities) {
    if (e.type !== 'Song' || placed.has(e.index) || otherPerformer.has(e.index)) continue;
    if (!isTitleLike(e.name)) continue;
    if (namedOnlyInDenials(namingSentences(doc, e.index))) continue;
    const names = e.mentionIds.map((id) => doc.mentions[id]).filter((m) => m.kind === 'name');
    if (names.length && names.every((m) => ALIAS_BEFORE.test(doc.text.slice(Math.max(doc.sentences[m.sentence].start, m.start - 40), m.start)))) continue;
    add(e.index, 'part_of', album, CONFIDENCE, [{ sentence: doc.mentions[e.mentionIds[0]].sentence, ruleId: 'article.album-track' }]);
  }
}

/** The work the article opens on: the first name of its first sentence, when of an allowed type. */
export function articleWork(doc: ArticleDoc, allowed: ReadonlySet<EntityType>): number | undefined {
  const first = doc.mentions.find((m) => m.sentence === 0 && m.kind === 'name');
  return first?.entity !== undefined && allowed.has(doc.entities[first.entity].type) ? first.entity : undefined;
}

const ALBUM: ReadonlySet<EntityType> = new Set(['Album']);

/** The album the article opens on. */
export const articleAlbum = (doc: ArticleDoc): number | undefined => articleWork(doc, ALBUM);

/** The text of each sentence that names the entity (not by a pronoun), every name in it blanked ("Love Without Rain"). */
export function namingSentences(doc: ArticleDoc, entity: number): string[] {
  const indices = new Set(doc.entities[entity].mentionIds.map((id) => doc.mentions[id]).filter((m) => m.kind === 'name').map((m) => m.sentence));
  return [...indices].map((i) => {
    const { start, end } = doc.sentences[i];
    let text = doc.text.slice(start, end);
    for (const m of doc.mentions) if (m.sentence === i && m.kind === 'name') text = text.slice(0, m.start - start) + ' '.repeat(m.end - m.start) + text.slice(m.end - start);
    return text;
  });
}

// Relations: read facts from each sentence. The sentence is rewritten as a
// template of typed placeholders (see relations/pattern.ts) and every phrasing
// of every predicate table runs over it; the noun-phrase modifiers found by
// typing ("a 2018 Japanese crime drama") give year, country and genre facts.
import type { ArticleDoc, Entity, EntityType, Fact, Mention, Predicate } from './types.ts';
import { compileRules, indexPhrasings, matchPhrasing, phrasingsFor } from './relations/pattern.ts';
import { PREDICATE_RULES } from './relations/predicates/index.ts';
import { SYMMETRIC_PREDICATES } from '../src/contract.ts';
import { buildTemplate, type SlotOf } from './relations/template.ts';
import { applyChains, type FactAdder } from './relations/apply-chains.ts';
import { addSoleObjects, labelGuessExclusions } from './relations/sole-object.ts';
import { addArticleBandMembers } from './relations/article-band.ts';
import { articleCeremony } from './relations/article-ceremony.ts';
import { keepMostSpecificDates } from './relations/specific-dates.ts';
import { addArticleAlbumTracks, articleAlbum, articleWork } from './relations/article-album.ts';
import { addArticlePersonWorks } from './relations/article-person.ts';
import { addNumberedSequels } from './relations/numbered-sequels.ts';
import { pushTo } from './collections.ts';

const PHRASINGS = indexPhrasings(compileRules(PREDICATE_RULES));
const ALLOWED = new Map(PREDICATE_RULES.map((r) => [r.predicate, { subject: new Set(r.subject), object: new Set(r.object), sameKind: r.sameKind?.map((g) => new Set(g)) }]));

const OBJECT_TYPES = new Map<string, ReadonlySet<EntityType>>();
/** The object types a subject of this type allows: all the predicate's, or those of the subject's kind. */
function objectTypesFor(predicate: Predicate, subjectType: EntityType): ReadonlySet<EntityType> {
  const allowed = ALLOWED.get(predicate)!;
  if (!allowed.sameKind) return allowed.object;
  const key = `${predicate}|${subjectType}`;
  let types = OBJECT_TYPES.get(key);
  if (!types) {
    const kind = allowed.sameKind.find((g) => g.has(subjectType));
    types = kind ? new Set([...allowed.object].filter((t) => kind.has(t))) : allowed.object;
    OBJECT_TYPES.set(key, types);
  }
  return types;
}

/** Facts a modifier in a work's or band's noun phrase states, and how sure that reading is. */
const MODIFIER_FACTS: { modifier: EntityType; predicate: Predicate; confidence: number }[] = [
  { modifier: 'Country', predicate: 'country_of_origin', confidence: 0.8 },
  { modifier: 'Genre', predicate: 'genre', confidence: 0.8 },
  { modifier: 'Date', predicate: 'publication_date', confidence: 0.8 },
];

const WORKS: ReadonlySet<EntityType> = new Set(['Song', 'Album', 'Film', 'TVSeries', 'Book']);
/** A category an act wins, never a work: "Rookie of the Month", "Best Folk Band" ("taking B and C for X" gives X only the album prize). */
const ACT_CATEGORY = /\b(?:artist|artists|band|group|duo|act|singer|vocalist|newcomer|rookie)(?: of the year)?$/i;

export function extractRelations(doc: ArticleDoc): ArticleDoc {
  const facts = new Map<string, Fact>();
  const addWithEvidence: FactAdder = (subject, predicate, object, confidence, evidence) => {
    if (subject === object) return;
    const allowed = ALLOWED.get(predicate)!;
    if (!allowed.subject.has(doc.entities[subject].type) || !objectTypesFor(predicate, doc.entities[subject].type).has(doc.entities[object].type)) return;
    if (predicate === 'award_received' && WORKS.has(doc.entities[subject].type) && ACT_CATEGORY.test(doc.entities[object].name)) return;
    if (SYMMETRIC_PREDICATES.has(predicate) && subject > object) [subject, object] = [object, subject];
    const key = `${subject}|${predicate}|${object}`;
    const prior = facts.get(key);
    if (!prior) { facts.set(key, { subject, predicate, object, confidence, evidence: [...evidence] }); return; }
    prior.confidence = Math.max(prior.confidence, confidence);
    for (const e of evidence) if (!prior.evidence.some((p) => p.sentence === e.sentence)) prior.evidence.push(e);
  };
  const add = (subject: number, predicate: Predicate, object: number, confidence: number, sentence: number, ruleId: string) =>
    addWithEvidence(subject, predicate, object, confidence, [{ sentence, ruleId }]);

  // A parenthesised other name ("X (The Other Title)") is no second subject: read as words.
  const slotOf: SlotOf = (m) => m.entity === undefined || m.aliasOf !== undefined ? null : { type: doc.entities[m.entity].type, value: m.entity };
  const bySentence = groupBySentence(doc.mentions);
  const albumWide: AlbumWideCredit[] = [];
  for (const sentence of doc.sentences) {
    const template = buildTemplate(doc, bySentence.get(sentence.index) ?? [], slotOf, true);
    // A sentence without names can still speak of a pair named before ("Their collaboration began in Oslo").
    const named = template.text.includes('⟦');
    for (const phrasing of phrasingsFor(PHRASINGS, template)) {
      if (!named && !phrasing.pairFromContext) continue;
      for (const match of matchPhrasing(phrasing, template)) {
        if (phrasing.pairFromContext) {
          const pair = pairInContext(doc, sentence.index);
          const symmetric = SYMMETRIC_PREDICATES.has(phrasing.predicate);
          if (!pair || (symmetric ? match.subjects : match.objects).some((e) => !pair.includes(e))) continue;
          if (symmetric) add(pair[0], phrasing.predicate, pair[1], phrasing.confidence, sentence.index, phrasing.id);
          else for (const s of match.subjects) for (const o of pair) add(s, phrasing.predicate, o, phrasing.confidence, sentence.index, phrasing.id);
          continue;
        }
        if (phrasing.albumTracks) {
          // "All songs on the album": the album the sentence names (by a description too), else the one in context.
          const inSentence = new Set((bySentence.get(sentence.index) ?? []).filter((m) => m.entity !== undefined && doc.entities[m.entity].type === 'Album').map((m) => m.entity!));
          const [album] = inSentence.size === 1 ? inSentence : contextSubject(doc, sentence.index, ALBUM);
          if (album !== undefined) albumWide.push({ album, predicate: phrasing.predicate, objects: match.objects, confidence: phrasing.confidence, sentence: sentence.index, ruleId: phrasing.id });
          continue;
        }
        const opening = phrasing.articleWorkFirst && !match.subjects.length ? articleWork(doc, narrowed(ALLOWED.get(phrasing.predicate)!.subject, phrasing.contextSubjectTypes)) : undefined;
        const subjects = match.subjects.length ? match.subjects : opening !== undefined ? [opening] : contextSubject(doc, sentence.index, narrowed(ALLOWED.get(phrasing.predicate)!.subject, phrasing.contextSubjectTypes), phrasing.returning);
        let objects = match.objects.length || !phrasing.objectFromContext ? match.objects
          : contextSubject(doc, sentence.index, narrowed(subjects.length ? objectTypesFor(phrasing.predicate, doc.entities[subjects[0]].type) : ALLOWED.get(phrasing.predicate)!.object, phrasing.contextObjectTypes)).filter((o) => !subjects.includes(o));
        if (phrasing.ceremonyObject && !match.objects.length) objects = [articleCeremony(doc)].filter((o): o is number => o !== undefined);
        if (phrasing.objectIsOriginal && !match.objects.length) objects = objects.map((o) => originalOf(facts, o)).filter((o) => !subjects.includes(o));
        if (phrasing.inListOrder) {
          for (let i = 1; i < subjects.length; i++) add(subjects[i], phrasing.predicate, subjects[i - 1], phrasing.confidence, sentence.index, phrasing.id);
          continue;
        }
        if (!objects.length && SYMMETRIC_PREDICATES.has(phrasing.predicate)) {
          for (const [a, b] of pairs(subjects)) add(a, phrasing.predicate, b, phrasing.confidence, sentence.index, phrasing.id);
          continue;
        }
        for (const s of subjects) for (const o of objects) {
          if (phrasing.objectNotCued && isCuedAs(doc, o, phrasing.objectNotCued)) continue;
          add(s, phrasing.predicate, o, phrasing.confidence, sentence.index, phrasing.id);
        }
      }
    }
  }
  for (const m of doc.mentions) {
    if (m.entity === undefined || !m.modifiers) continue;
    for (const id of m.modifiers) {
      const modifier = doc.mentions[id];
      if (modifier.entity === undefined) continue;
      const rule = MODIFIER_FACTS.find((r) => r.modifier === modifier.type);
      if (!rule) continue;
      if (rule.predicate === 'publication_date' && !/^\d{4}$/.test(modifier.value ?? '')) continue;
      add(m.entity, rule.predicate, modifier.entity, rule.confidence, m.sentence, `modifier.${rule.predicate}`);
    }
  }
  // A remake coreference made from a description ("Mara Lind's remake" of the film named before) is based on that film.
  for (const e of doc.entities) {
    if (e.madeFrom !== undefined && e.mentionIds.length) add(e.index, 'based_on', e.madeFrom, 0.7, doc.mentions[e.mentionIds[0]].sentence, 'coreference.remake-of');
  }
  addNumberedSequels(doc.entities, (e) => doc.mentions[doc.entities[e].mentionIds[0]].sentence, addWithEvidence);
  // Tracks of the album an article opens on take the album's performer, label and date by the chains too.
  addArticleAlbumTracks(doc, [...facts.values()], addWithEvidence);
  addAlbumWideCredits(albumWide, [...facts.values()], addWithEvidence);
  const variousArtists = variousArtistsAlbums(doc);
  applyChains([...facts.values()], doc.entities, addWithEvidence, doc.meta.published, variousArtists);
  // Before the sole objects: a work credited to the article's own subject is no longer left to the one other artist named.
  addArticlePersonWorks(doc, [...facts.values()], addWithEvidence);
  const sentencesOf = (e: number) => [...new Set(doc.entities[e].mentionIds.map((id) => doc.mentions[id].sentence))]
    .map((index) => ({ index, text: doc.text.slice(doc.sentences[index].start, doc.sentences[index].end) }));
  // The words before each name of an entity, within its sentence ("she left" before a label).
  const textsBefore = (e: number) => doc.entities[e].mentionIds.map((id) => doc.mentions[id]).filter((m) => m.kind === 'name')
    .map((m) => doc.text.slice(Math.max(doc.sentences[m.sentence].start, m.start - 40), m.start));
  const leftOut = labelGuessExclusions([...facts.values()], doc.entities, articleAlbum(doc), variousArtists, textsBefore);
  addSoleObjects([...facts.values()], doc.entities, (e) => doc.mentions[doc.entities[e].mentionIds[0]].sentence, addWithEvidence, sentencesOf, doc.meta.published !== null, textsBefore, leftOut);
  addArticleBandMembers(doc, [...facts.values()], addWithEvidence);
  return { ...doc, facts: keepMostSpecificDates([...facts.values()], doc.entities) };
}

const ALBUM: ReadonlySet<EntityType> = new Set(['Album']);

const VARIOUS_ARTISTS = /\bvarious (?:artists|acts|performers|singers|musicians)\b/i;

/** The albums named (by a description too) in a sentence that speaks of songs by various artists ("The album features songs by various artists"). */
function variousArtistsAlbums(doc: ArticleDoc): Set<number> {
  const albums = new Set<number>();
  for (const m of doc.mentions) {
    if (m.entity === undefined || doc.entities[m.entity].type !== 'Album') continue;
    const { start, end } = doc.sentences[m.sentence];
    if (VARIOUS_ARTISTS.test(doc.text.slice(start, end))) albums.add(m.entity);
  }
  return albums;
}

/** A credit given to every song of an album ("All songs on the album were written by A"), kept until the album's tracks are known. */
interface AlbumWideCredit { album: number; predicate: Predicate; objects: number[]; confidence: number; sentence: number; ruleId: string }

/** Each album-wide credit goes to every song placed on its album, held no surer than the song's placing. */
function addAlbumWideCredits(credits: AlbumWideCredit[], facts: Fact[], add: FactAdder): void {
  for (const credit of credits) {
    for (const track of facts) {
      if (track.predicate !== 'part_of' || track.object !== credit.album) continue;
      const confidence = Math.min(credit.confidence, track.confidence);
      for (const o of credit.objects) add(track.subject, credit.predicate, o, confidence, [{ sentence: credit.sentence, ruleId: credit.ruleId }]);
    }
  }
}

/** The types of a work in context, narrowed by the phrasing's own list. */
function narrowed(types: ReadonlySet<EntityType>, only: EntityType[] | undefined): ReadonlySet<EntityType> {
  return only ? new Set(only.filter((t) => types.has(t))) : types;
}

/** "A sequel, Y, followed. A remake, Z, ...": the work a sequel in context follows, itself if it follows none. */
function originalOf(facts: Map<string, Fact>, work: number): number {
  for (const f of facts.values()) if (f.subject === work && f.predicate === 'follows') return f.object;
  return work;
}

/** How many sentences back an unnamed subject is looked for before the article's first work of its type is taken. */
const CONTEXT_REACH = 3;
const SOURCE_BEFORE_WORK = /\b(?:remake|remakes|remade|adaptation|adapts|adapted)\s+(?:[\w-]+\s+)?(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|\bbased on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
const OWNER_BEFORE_WORK = /^\s*['’]s\s+(?:[\w-]+\s+){0,3}$/;
/** "director A, who made last year's X": a credit in a clause about a person names the work in passing. */
const WHO_CLAUSE_BEFORE_WORK = /^\s*,\s*who\s+(?:[\w'’-]+\s+){1,4}$/;

/** "Mara Lind's Oscar-winning film Night Train", "a remake of Night Train": a work named as another person's or as the source of another. */
function namedInPassing(doc: ArticleDoc, work: Mention): boolean {
  // "a remake of X", "based on X": the original a work is made from is named in passing too, and so is a credit in a "who" clause.
  if (SOURCE_BEFORE_WORK.test(doc.text.slice(Math.max(doc.sentences[work.sentence].start, work.start - 40), work.start))) return true;
  return doc.mentions.some((p) => p.sentence === work.sentence && p.end <= work.start && work.start - p.end < 50 && p.entity !== undefined && doc.entities[p.entity].type === 'Person' && (OWNER_BEFORE_WORK.test(doc.text.slice(p.end, work.start)) || WHO_CLAUSE_BEFORE_WORK.test(doc.text.slice(p.end, work.start))));
}

/** ", the 2019 drama in which": a description of a work opening a clause in which the work's own people act. */
const IN_WHICH_AFTER = /^\s*,\s*(?:the|a|an)\s+[^,.;⟦⟧]{0,40}?\b(?:in|on) which\b/;
const BOTH_WORKS = /\b(?:both|the two) (?:songs|tracks|singles|films|movies|dramas|series)\b/i;
const SEQUEL_BEFORE_WORK = /\b(?:sequel|follow-up|successor)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$/i;

/**
 * The subject a phrasing leaves unnamed: the last entity of an allowed type named before the sentence, else the article's first.
 * For a return ("returns as director"), a work named as the original of a sequel brings the sequel named before it too.
 */
function contextSubject(doc: ArticleDoc, sentence: number, allowed: ReadonlySet<EntityType>, returning = false): number[] {
  // Of two works with one name (a remake and its original), the one a description names ("Mara Lind's remake",
  // "the South Korean original") is in context where it stands: the name alone cannot tell them apart.
  // "It should not be confused with X, the 2019 drama in which A plays ...": the work the clause describes.
  const described = doc.mentions.find((m) => m.sentence === sentence && m.kind === 'name' && m.entity !== undefined && allowed.has(doc.entities[m.entity].type) && IN_WHICH_AFTER.test(doc.text.slice(m.end, m.end + 80)));
  if (described) return [described.entity!];
  const shared = sameNamedEntities(doc.entities);
  const named = doc.mentions.filter((m) => m.entity !== undefined && (m.kind === 'name' || (m.kind === 'description' && shared.has(m.entity))) && allowed.has(doc.entities[m.entity].type));
  const near = named.filter((m) => m.sentence < sentence && sentence - m.sentence <= CONTEXT_REACH);
  // A work a named person owns in passing ("as the mother in Mara Lind's film Night Train") is
  // no topic to carry on: the work before it, or the article's first, is.
  const recent = near.filter((m) => !namedInPassing(doc, m)).pop() ?? (near.length ? named.find((m) => !namedInPassing(doc, m)) ?? near.pop() : undefined);
  const chosen = recent ?? named[0];
  if (!chosen || (!recent && chosen.sentence > sentence)) return [];
  // "wrote the words and the music for both songs": the two works of the type named last.
  if (BOTH_WORKS.test(doc.text.slice(doc.sentences[sentence].start, doc.sentences[sentence].end))) {
    const other = near.filter((m) => m.entity !== chosen.entity && !namedInPassing(doc, m)).pop();
    if (other) return [other.entity!, chosen.entity!];
  }
  if (returning && SEQUEL_BEFORE_WORK.test(doc.text.slice(Math.max(doc.sentences[chosen.sentence].start, chosen.start - 50), chosen.start))) {
    // "The film is the sequel to X": the sequel may be named by a description.
    const sequel = doc.mentions.filter((m) => m.sentence === chosen.sentence && m.end <= chosen.start && m.entity !== undefined && m.entity !== chosen.entity && allowed.has(doc.entities[m.entity].type)).pop();
    if (sequel) return [sequel.entity!, chosen.entity!];
  }
  // "Filming has begun on X 2, the sequel to the film X. Joining them are ...": the sequel is the topic, not the film it follows.
  if (!returning && SEQUEL_BEFORE_WORK.test(doc.text.slice(Math.max(doc.sentences[chosen.sentence].start, chosen.start - 50), chosen.start))) {
    const sequel = doc.mentions.filter((m) => m.sentence === chosen.sentence && m.end <= chosen.start && m.kind === 'name' && m.entity !== undefined && m.entity !== chosen.entity && allowed.has(doc.entities[m.entity].type)).pop();
    if (sequel) return [sequel.entity!];
  }
  return [chosen.entity!];
}

/** What joins two acts named as a pair: "and", "&", or a verb with "with", and up to four words describing the second ("and the American producer", "joins forces with the Danish DJ"). */
const PAIR_JOIN = /^\s*(?:and|&|(?:[a-z-]+\s+){1,2}with)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const ACTS = new Set<EntityType>(['Band', 'Person']);

/** The two bands or people last named together in the sentence or the few before it, if any. */
function pairInContext(doc: ArticleDoc, sentence: number): [number, number] | null {
  const named = doc.mentions.filter((m) => m.kind === 'name' && m.entity !== undefined && m.sentence <= sentence && sentence - m.sentence <= CONTEXT_REACH && ACTS.has(doc.entities[m.entity].type));
  for (let i = named.length - 1; i > 0; i--) {
    const [a, b] = [named[i - 1], named[i]];
    if (a.sentence === b.sentence && a.entity !== b.entity && PAIR_JOIN.test(doc.text.slice(a.end, b.start))) return [a.entity!, b.entity!];
  }
  return null;
}

const sameNamedCache = new WeakMap<readonly Entity[], Set<number>>();
/** The entities that share their type and name with another (a remake and its original). */
function sameNamedEntities(entities: readonly Entity[]): Set<number> {
  let found = sameNamedCache.get(entities);
  if (found) return found;
  const byKey = new Map<string, number[]>();
  for (const e of entities) pushTo(byKey, `${e.type}:${e.name.toLowerCase()}`, e.index);
  found = new Set([...byKey.values()].filter((group) => group.length > 1).flat());
  sameNamedCache.set(entities, found);
  return found;
}

function groupBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) pushTo(groups, m.sentence, m);
  return groups;
}

function* pairs(items: number[]): Generator<[number, number]> {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) yield [items[i], items[j]];
}

/** Whether a mention of the entity was typed by one of these cue nouns ("Actress X" is typed by cue.actress). */
function isCuedAs(doc: ArticleDoc, entity: number, cues: string[]): boolean {
  return doc.entities[entity].mentionIds.some((id) => cues.some((cue) => doc.mentions[id].typeRule?.endsWith(`cue.${cue}`)));
}

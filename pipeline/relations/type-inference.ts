// Typing from phrasings: "directed by Sian Vale" says Sian Vale is a person
// and "a remake of Glass Harbor" that Glass Harbor is a film or drama, even
// when neither name has a cue of its own. The predicate tables are read once
// more, over templates where an untyped name is an ⟦Unknown#id⟧ placeholder;
// a match whose other end is typed (or whose both ends admit one type only)
// gives the untyped end the type the predicate expects there.
import type { ArticleDoc, EntityType, Mention } from '../types.ts';
import { compileRules, indexPhrasings, matchPhrasing, phrasingsFor, UNKNOWN_TYPE } from './pattern.ts';
import { PREDICATE_RULES } from './predicates/index.ts';
import { buildTemplate, type SlotOf } from './template.ts';
import { looksLikePersonName, isCueNounName, performerType } from '../names.ts';
import { isCommonWord, isKnownPlace, RELEASE_FORMATS } from '../lexicon/index.ts';
import { pushTo } from '../collections.ts';
import { SUFFIX_WORDS } from '../typing/by-name.ts';

// A match types an untyped end only where the wording names that end (`names`); at an end it does not
// name, an untyped name makes the match useless (see typeByPhrasings), so the prefilter wants a typed one there.
const PHRASINGS = indexPhrasings(compileRules(PREDICATE_RULES.map((r) => ({ ...r, phrasings: r.phrasings.filter((p) => p.names?.length) })), true,
  (p, role) => p.names!.includes(role)));
const RULES = new Map(PREDICATE_RULES.map((r) => [r.predicate, r]));
/** A side that admits more types than this says too little to type a name ("award_received" takes anything). */
const MAX_TYPES_TO_CHOOSE_FROM = 3;
/** Types between which a name's own shape cannot choose; the article's cue nouns decide ("the drama" vs "the film"). */
const CHOSEN_BY_ARTICLE: EntityType[][] = [['Song', 'Album'], ['Film', 'TVSeries', 'Book']];
const LIST_INSIDE = /\s(and|&)\s/;

/**
 * What each sentence's mentions were typed as when typeByPhrasings last read it. A later
 * pass over a sentence whose types have not changed would build the same template and
 * find the same matches, so it is skipped.
 */
export type PhrasingPasses = Map<number, string>;

/** Types untyped names in place; returns how many it typed. */
export function typeByPhrasings(doc: ArticleDoc, mentions: Mention[], passes: PhrasingPasses = new Map()): number {
  const prior = cueTypeCounts(mentions);
  // Whether a name can be typed depends on its words and place alone: asked once per name.
  const typeable = new Map<number, boolean>();
  const slotOf: SlotOf = (m) => {
    if (m.aliasOf !== undefined) return null;
    if (m.kind !== 'name') return m.type ? { type: m.type, value: m.id } : null;
    if (m.type) return { type: m.type, value: m.id };
    let can = typeable.get(m.id);
    if (can === undefined) typeable.set(m.id, can = canBeTyped(doc, m));
    return can ? { type: UNKNOWN_TYPE, value: m.id } : null;
  };
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) pushTo(bySentence, m.sentence, m);
  let typed = 0;
  for (const [sentence, sentenceMentions] of bySentence) {
    if (!sentenceMentions.some((m) => m.kind === 'name' && !m.type)) continue;
    const signature = sentenceMentions.map((m) => m.type ?? '').join(',');
    if (passes.get(sentence) === signature) continue;
    passes.set(sentence, signature);
    const template = buildTemplate(doc, sentenceMentions, slotOf);
    if (!template.text.includes(`⟦${UNKNOWN_TYPE}#`)) continue;
    for (const phrasing of phrasingsFor(PHRASINGS, template)) {
      const rule = RULES.get(phrasing.predicate)!;
      for (const { subjects, objects } of matchPhrasing(phrasing, template)) {
        if (!objects.length) continue;
        const subjectSide = subjects.map((id) => mentions[id]);
        const objectSide = objects.map((id) => mentions[id]);
        const subjectKnown = subjectSide.every((m) => m.type);
        const objectKnown = objectSide.every((m) => m.type);
        if (subjectKnown && objectKnown) continue;
        const ruleId = `relation.${phrasing.id}`;
        const names = phrasing.names!;
        // Both ends untyped: the wording must establish both.
        if (!subjectKnown && names.includes('s') && (objectKnown || names.includes('o'))) typed += assign(subjectSide, slotTypes(phrasing.pattern, 's', rule.subject), prior, ruleId);
        if (!objectKnown && names.includes('o') && (subjectKnown || names.includes('s'))) typed += assign(objectSide, slotTypes(phrasing.pattern, 'o', rule.object), prior, ruleId);
      }
    }
  }
  return typed;
}

/** The types a phrasing's own slot admits ("{o:Film|TVSeries}"), which may be fewer than its predicate's. */
function slotTypes(pattern: string, role: 's' | 'o', predicateTypes: EntityType[]): EntityType[] {
  const slot = new RegExp(`\\{${role}:([A-Za-z|]+)\\}`).exec(pattern);
  return slot ? predicateTypes.filter((t) => slot[1].split('|').includes(t)) : predicateTypes;
}

/** Not "Songs" or "OST", nor an ordinary word capitalised only because it opens the sentence ("Would"). */
function canBeTyped(doc: ArticleDoc, m: Mention): boolean {
  // "Mara Lind and Tom Alder" read as one span is two names, not one to type; a known place is no work.
  // "TV" of "the TV anime X": a name's suffix word alone names nothing.
  if (SUFFIX_WORDS.has(m.text)) return false;
  if (isCueNounName(m.text) || LIST_INSIDE.test(m.text) || isKnownPlace(m.text) || RELEASE_FORMATS.has(m.text.toLowerCase())) return false;
  // A sentence starts at its first token, so only a name starting there opens it.
  const opensSentence = m.start <= doc.sentences[m.sentence].start;
  return !(opensSentence && !/\s/.test(m.text) && isCommonWord(m.text));
}

function assign(side: Mention[], allowed: EntityType[], prior: Map<EntityType, number>, ruleId: string): number {
  if (allowed.length > MAX_TYPES_TO_CHOOSE_FROM) return 0;
  let typed = 0;
  for (const m of side) {
    if (m.type) continue;
    const type = chooseType(m, allowed, prior);
    if (!type) continue;
    m.type = type;
    m.typeRule = ruleId;
    typed++;
  }
  return typed;
}

function chooseType(m: Mention, allowed: EntityType[], prior: Map<EntityType, number>): EntityType | null {
  if (allowed.length === 1) return allowed[0];
  const words = m.text.split(/\s+/);
  if (allowed.includes('Person') && looksLikePersonName(words)) return 'Person';
  // A company or a band: the name's shape cannot tell.
  if (allowed.includes('Organization')) return null;
  if (allowed.includes('Band') && allowed.includes('Person')) return performerType(m.text);
  for (const group of CHOSEN_BY_ARTICLE) {
    const candidates = group.filter((t) => allowed.includes(t));
    if (candidates.length < 2) continue;
    return candidates.reduce((best, t) => (prior.get(t) ?? 0) > (prior.get(best) ?? 0) ? t : best, candidates[0]);
  }
  return null;
}

/** How often the article itself names each type with a cue noun ("the drama", "X is a film"). */
function cueTypeCounts(mentions: Mention[]): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) {
    if (!m.type || !/^(cue|copula)\./.test(m.typeRule ?? '')) continue;
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  }
  return counts;
}

// Coreference: group the mentions that refer to one thing into an entity.
// Names group by type and folded spelling, kept apart when their year or
// country disagree (a 2016 drama and its 2018 remake); descriptions and
// pronouns go to the most recent compatible entity before them.
import type { ArticleDoc, Entity, EntityType, Mention } from './types.ts';
import { APPOSITIVE_GAP, nameKey, numberedTitle, SHORTENED_BY_SUFFIX } from './names.ts';
import { ANY_WORK_CUES, AWARD_CATEGORY_STARTS, BAND_SIZES, LABEL_SHORT_NAME_SUFFIXES, PRONOUNS, WORK_TYPES, isKnownPlace, personNameGender } from './lexicon/index.ts';
import { pushTo } from './collections.ts';

/** How many sentences back a description or pronoun may reach for its antecedent. */
const DESCRIPTION_REACH = 6;
const PRONOUN_REACH = 2;
/** "not to be confused with", "should not confuse the new series with": what the name after it is not. */
const CONTRASTED = /\bconfus(?:e|ed|ing)\s+(?:[^.;⟦⟧]{0,40}?\s)?with\s+(?:[^\s.;,]+\s+){0,4}$/i;

export function resolveCoreference(doc: ArticleDoc): ArticleDoc {
  // Typing's mentions, held by nothing else: their entities are set in place rather than on copies.
  const mentions = doc.mentions;
  const entities: Entity[] = [];
  const valueEntity = new Map<string, Entity>();
  const nameClusters = new Map<string, Entity[]>();
  const history: Mention[] = []; // resolved mentions in text order, for antecedents
  const subjects = sentenceSubjects(mentions, doc);
  const years = yearsBySentence(mentions);
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const bandSizes = bandSizesByName(mentions, doc.text);

  /** Works known only as another's remake ("Mara Lind's remake"), each with the work it was made from. */
  const remakes = new Map<number, number>();
  const publishedYear = doc.meta.published ? Number(doc.meta.published.slice(0, 4)) : undefined;
  const nameAt = new Map<number, Mention>();
  /** Descriptions that found no antecedent: a work described before it is named ("the OST"). */
  const unnamed: Mention[] = [];
  const appositives = appositiveDescriptions(mentions, doc.text);
  for (const m of mentions) {
    if (!m.type && m.kind === 'name') continue;
    // Resolved with the name it stands before, below.
    if (appositives.byDescription.has(m.id)) continue;
    if (m.kind === 'name') nameAt.set(m.start, m);
    let entity: Entity | undefined;
    if (m.kind === 'value') entity = valueEntityFor(m, valueEntity, entities);
    // "X (The Other Title)": the parenthesised name joins the entity of the name it follows.
    else if (m.aliasOf !== undefined) { const anchor = nameAt.get(m.aliasOf); entity = anchor?.entity !== undefined ? entities[anchor.entity] : undefined; }
    // "It should not be confused with Coda, the 2019 drama": a name set against one the article named is another thing.
    else if (m.kind === 'name' && nameClusters.has(`${m.type}:${nameKey(m.text)}`) && CONTRASTED.test(doc.text.slice(Math.max(doc.sentences[m.sentence].start, m.start - 80), m.start))) entity = newEntity(entities, m.type!, m);
    else if (m.kind === 'name') entity = remakeNamedInApposition(m, appositives.byName.get(m.id), entities, mentions, remakes, nameClusters) ?? nameEntityFor(m, nameClusters, entities);
    // "X, its Korean remake of the Japanese drama of the same name": a second work named X, of the description's type, year and country.
    else if (m.kind === 'description' && SAME_NAME_AFTER.test(doc.text.slice(m.end, m.end + 24))) entity = sameNamedWork(m, mentions, entities, nameClusters);
    else entity = remakeOfNamedWork(m, history, entities, mentions, doc.text, remakes) ?? antecedent(m, history, entities, years, subjects, mentions, doc.text, sentenceStarts, remakes, publishedYear, bandSizes)
      ?? originalOfRemake(m, history, entities, mentions, doc.text, nameClusters, remakes) ?? originalOfSeries(m, history, entities, nameClusters);
    if (!entity) {
      if (m.kind === 'description' && !m.plural) unnamed.push(m);
      continue;
    }
    // "A will sing the OST for X. The song, titled Y, ...": the work described first is the one named next.
    const namedBy = appositives.byName.get(m.id);
    if (namedBy && /^the\b/i.test(namedBy.text) && m.sentence > 0) {
      for (const d of describedBefore(unnamed, m, history)) { d.entity = entity.index; entity.mentionIds.push(d.id); }
    }
    // "The Korean remake of X has wrapped. Titled Y in Korean, the film ...": the remake described first is the work titled next, made from X.
    // ("... the Japanese remake of X. The remake, retitled Y, ...": a remake description in apposition does the same.)
    // "... air a Korean remake of X. The Korean version, titled Y, stars ...": so is a version titled in apposition.
    const titledAfter = namedBy && VERSION_HEAD.test(namedBy.text) && TITLED_GAP.test(doc.text.slice(namedBy.end, m.start));
    if (m.kind === 'name' && (FRONTED_TITLE.test(doc.text.slice(sentenceStarts[m.sentence], m.start)) || (namedBy && REMAKE_HEAD.test(namedBy.text)))) titledRemake(m, entity, unnamed, mentions, doc.text, remakes);
    else if (titledAfter) titledVersion(m, entity, mentions, doc.text);
    for (const r of [namedBy, m]) {
      if (!r) continue;
      r.entity = entity.index;
      entity.mentionIds.push(r.id);
      if (r.kind !== 'pronoun') mergeAttributes(entity, r);
      history.push(r);
    }
  }
  return { ...doc, mentions, entities };
}

const FRONTED_TITLE = /^\s*(?:Titled|Entitled|Retitled)\s+$/;
/** ", titled ", ", also called ": a naming word between a description and the name it is. */
const TITLED_GAP = /^\s*,\s*(?:also\s+)?(?:titled|entitled|retitled|called)\s+["'“‘]?$/;
/** "The Korean version", "the new adaptation": a description of a work made from another. */
const VERSION_HEAD = /\b(?:remake|adaptation|reboot|reimagining|version)$/i;

/**
 * "The Korean remake of the thriller X has wrapped. Titled Y in Korean, the film ...": an unnamed remake
 * description in the sentences just before a fronted title is that title's work, which is made from the
 * work named after its "of".
 */
function titledRemake(m: Mention, entity: Entity, unnamed: Mention[], mentions: Mention[], text: string, remakes: Map<number, number>): void {
  const d = unnamed.find((u) => u.entity === undefined && u.sentence < m.sentence && m.sentence - u.sentence <= DESCRIBED_BEFORE_NAMING
    && REMAKE_HEAD.test(u.text) && typesOf(u).includes(entity.type));
  if (!d) return;
  const source = mentions.find((o) => o.kind === 'name' && o.sentence === d.sentence && o.start >= d.end && o.entity !== undefined && o.entity !== entity.index && REMAKE_OF.test(text.slice(d.end, o.start)));
  d.entity = entity.index;
  entity.mentionIds.push(d.id);
  if (source && entity.madeFrom === undefined) {
    entity.madeFrom = source.entity;
    // "the new film" after it means the remake, as for a remake known only by descriptions.
    if (!remakes.has(entity.index)) remakes.set(entity.index, source.entity!);
  }
}

/**
 * "Channel C will air a Korean remake of the drama X. The Korean version, titled Y, stars ...": a version titled
 * in apposition is made from the work last named after "a remake of" in the sentences just before, when that
 * work is of its type.
 */
function titledVersion(m: Mention, entity: Entity, mentions: Mention[], text: string): void {
  if (entity.madeFrom !== undefined) return;
  const source = mentions.filter((o) => o.kind === 'name' && o.entity !== undefined && o.entity !== entity.index && o.sentence < m.sentence
    && m.sentence - o.sentence <= DESCRIBED_BEFORE_NAMING && o.type === entity.type && MADE_FROM.test(text.slice(Math.max(0, o.start - 60), o.start))).pop();
  if (source) entity.madeFrom = source.entity;
}

/** How many sentences before its naming ("The song, titled Y") a work may be described unnamed. */
const DESCRIBED_BEFORE_NAMING = 2;

/**
 * The unnamed descriptions of the named mention's type in the sentences just before it, with no
 * other thing of that type resolved in between: "sing the OST for the drama X. The song, titled Y".
 */
function describedBefore(unnamed: Mention[], named: Mention, history: Mention[]): Mention[] {
  return unnamed.filter((d) => d.entity === undefined && d.sentence < named.sentence && named.sentence - d.sentence <= DESCRIBED_BEFORE_NAMING
    && typesOf(d).includes(named.type!) && !history.some((h) => h.start > d.end && h.type === named.type));
}

function newEntity(entities: Entity[], type: EntityType, m: Mention): Entity {
  const entity: Entity = { index: entities.length, type, name: m.value && m.type !== 'Date' ? m.value : m.text, aliases: [], attributes: {}, mentionIds: [] };
  if (m.type === 'Date') entity.value = m.value;
  entities.push(entity);
  return entity;
}

/**
 * "the Japanese drama of the same name": a work the description names only by sharing the name of the
 * last work named before it in its sentence. It becomes an entity of that name with the description's
 * own type, year and country, kept with the same-named ones so that a later "the Japanese X" joins it.
 */
function sameNamedWork(m: Mention, mentions: Mention[], entities: Entity[], clusters: Map<string, Entity[]>): Entity | undefined {
  if (m.plural) return undefined;
  // "The novel was adapted into a 1993 film of the same name", "It is based on the novel of the same name": a description or pronoun of a named work counts as its name.
  const named = mentions.filter((o) => o.kind !== 'value' && o.sentence === m.sentence && o.end <= m.start && o.entity !== undefined
    && WORK_TYPES.includes(entities[o.entity].type) && entities[o.entity].mentionIds.some((id) => mentions[id].kind === 'name')).pop();
  if (!named) return undefined;
  const allowed = typesOf(m);
  const own = entities[named.entity!].type;
  const type = allowed.length === 1 ? allowed[0] : allowed.includes(own) ? own : undefined;
  if (!type) return undefined;
  const source = entities[named.entity!];
  const entity: Entity = { index: entities.length, type, name: source.name, aliases: [], attributes: {}, mentionIds: [] };
  entities.push(entity);
  pushTo(clusters, `${type}:${nameKey(source.name)}`, entity);
  return entity;
}

/** "Mara Lind's remake", "Tom Alder's film X": the person a possessive before a work names, if any. */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "X, Mara Lind's remake", "X, its Korean remake": a description set right after a name in apposition is that name. */
const APPOSED_AFTER = /^\s*,\s*(?:\S+\s+){0,3}$/;
/** What stands between "the Korean remake" and the name of the work it remakes: "of the Spanish film ". */
const REMAKE_OF = /^\s+of\s+(?:[^.;!?]{0,40}\s)?$/;

/**
 * "Ten years after Park's Oldboy ..., Mara Lind's remake opens": a remake description that the article
 * sets apart from the last work named (that work was named as what something is made from, is owned by
 * someone else, or comes from another country) is a second work of the same name, made from that one.
 * Later remake descriptions go to it, and "the original" to the work it was made from.
 */
function remakeOfNamedWork(m: Mention, history: Mention[], entities: Entity[], mentions: Mention[], text: string, remakes: Map<number, number>): Entity | undefined {
  if (m.kind !== 'description' || m.plural || !REMAKE_HEAD.test(m.text)) return undefined;
  const types = typesOf(m);
  // A remake made before is what every later remake description means, however far back.
  const made = latestRemake(types, entities, remakes);
  if (made) return made;
  let latest: Mention | undefined;
  for (let i = history.length - 1; i >= 0 && !latest; i--) {
    const h = history[i];
    if (m.sentence - h.sentence > DESCRIPTION_REACH) break;
    if (types.includes(entities[h.entity!].type) && h.kind !== 'pronoun') latest = h;
  }
  if (!latest) return undefined;
  const source = entities[latest.entity!];
  const ownerStart = Math.max(latest.end, m.start - 60);
  if (latest.sentence === m.sentence && APPOSED_AFTER.test(text.slice(latest.end, m.start))) return undefined;
  // The work, or another the article named, is known as a remake: "X is a remake of ...", "X, its Korean remake".
  const isRemake = (e: Entity) => e.mentionIds.some((id) => (mentions[id].kind === 'description' && REMAKE_HEAD.test(mentions[id].text)) || IS_A_REMAKE.test(text.slice(mentions[id].end, mentions[id].end + 60)));
  if (entities.some((e) => types.includes(e.type) && isRemake(e))) return undefined;
  const known = source.mentionIds.map((id) => mentions[id]);
  const owner = OWNER_BEFORE.exec(text.slice(ownerStart, m.start))?.[1];
  const ownerOf = (k: Mention) => OWNER_BEFORE.exec(text.slice(Math.max(0, k.start - 60), k.start))?.[1];
  const otherOwner = owner !== undefined && known.some((k) => k.kind === 'name' && ownerOf(k) !== undefined && ownerOf(k) !== owner);
  // "The Korean remake", "its remake": a country of its own, or the work named as its owner, sets it apart too.
  const country = m.attributes.country;
  const otherCountry = country !== undefined && source.attributes.country !== country;
  const owners = PRONOUNS.get('its')?.types ?? [];
  const lastOwner = [...history].reverse().find((h) => h.kind !== 'value' && owners.includes(entities[h.entity!].type));
  const ownedByWork = /^its\s/i.test(m.text) && lastOwner?.entity === source.index;
  if (!namedAsSource(source, mentions, text) && !otherOwner && !otherCountry && !ownedByWork) return undefined;
  // "cast in the Korean remake of X. The remake ...": the description before "of X" names the same remake.
  const madeFrom = known.find((k) => k.kind === 'name' && MADE_FROM.test(text.slice(Math.max(0, k.start - 60), k.start)));
  const first = madeFrom && mentions.find((d) => d.kind === 'description' && d.entity === undefined && d.sentence === madeFrom.sentence && d.end <= madeFrom.start && REMAKE_HEAD.test(d.text) && REMAKE_OF.test(text.slice(d.end, madeFrom.start)));
  const ownCountry = country ?? first?.attributes.country;
  const remake: Entity = { index: entities.length, type: source.type, name: source.name, aliases: [], attributes: ownCountry ? { country: ownCountry } : {}, mentionIds: [], madeFrom: source.index };
  entities.push(remake);
  if (first) { first.entity = remake.index; remake.mentionIds.push(first.id); }
  remakes.set(remake.index, source.index);
  return remake;
}

/**
 * "Glass Harbor is a Korean remake of the 2009 original": an original no work in reach stands for, after a work
 * known as a remake, is the work it remakes, of the same name (else the article would name it), with the
 * description's year and country. "The original" later goes to it, as to any remake's source.
 */
function originalOfRemake(m: Mention, history: Mention[], entities: Entity[], mentions: Mention[], text: string, clusters: Map<string, Entity[]>, remakes: Map<number, number>): Entity | undefined {
  if (m.kind !== 'description' || m.plural || !ORIGINAL.test(m.text)) return undefined;
  const types = typesOf(m);
  let remake: Entity | undefined;
  for (let i = history.length - 1; i >= 0 && !remake; i--) {
    const h = history[i];
    if (m.sentence - h.sentence > DESCRIPTION_REACH) break;
    const e = entities[h.entity!];
    if (types.includes(e.type) && e.mentionIds.some((id) => mentions[id].kind === 'name')) remake = e;
  }
  if (!remake || [...remakes.values()].includes(remake.index)) return undefined;
  const isRemake = remake.mentionIds.some((id) => IS_A_REMAKE.test(text.slice(mentions[id].end, mentions[id].end + 60)));
  if (!isRemake) return undefined;
  const source: Entity = { index: entities.length, type: remake.type, name: remake.name, aliases: [], attributes: {}, mentionIds: [] };
  entities.push(source);
  pushTo(clusters, `${source.type}:${nameKey(source.name)}`, source);
  remakes.set(remake.index, source.index);
  return source;
}

/** "Night Train: The Last Stop": an instalment's title, the series' own name before the colon. */
const INSTALMENT_TITLE = /^(\S.*?\S)\s*:\s+\S/;

/**
 * "the 2012 original" with no work of its type in reach, in an article that named an instalment "X: Y" of
 * a series: the series' first work, named X, of the instalment's type, with the description's year.
 */
function originalOfSeries(m: Mention, history: Mention[], entities: Entity[], clusters: Map<string, Entity[]>): Entity | undefined {
  if (m.kind !== 'description' || m.plural || !ORIGINAL.test(m.text)) return undefined;
  const types = typesOf(m);
  const instalment = history.find((h) => h.kind === 'name' && types.includes(entities[h.entity!].type) && INSTALMENT_TITLE.test(h.text));
  if (!instalment) return undefined;
  const name = INSTALMENT_TITLE.exec(instalment.text)![1];
  const type = entities[instalment.entity!].type;
  const key = `${type}:${nameKey(name)}`;
  const known = (clusters.get(key) ?? []).find((e) => agrees(e, m));
  if (known) return known;
  const entity: Entity = { index: entities.length, type, name, aliases: [], attributes: {}, mentionIds: [] };
  entities.push(entity);
  pushTo(clusters, key, entity);
  return entity;
}

function latestRemake(types: EntityType[], entities: Entity[], remakes: Map<number, number>): Entity | undefined {
  return [...remakes.keys()].map((i) => entities[i]).reverse().find((e) => types.includes(e.type));
}

function valueEntityFor(m: Mention, byValue: Map<string, Entity>, entities: Entity[]): Entity {
  const key = `${m.type}:${m.value}`;
  let entity = byValue.get(key);
  if (!entity) {
    entity = newEntity(entities, m.type!, m);
    byValue.set(key, entity);
  }
  return entity;
}

/**
 * "Filming has ended on the Japanese remake of X. The remake, retitled Y, ...": a remake the article knew only by
 * descriptions takes the name set beside a remake description, rather than Y becoming a second work.
 */
function remakeNamedInApposition(m: Mention, description: Mention | undefined, entities: Entity[], mentions: Mention[], remakes: Map<number, number>, clusters: Map<string, Entity[]>): Entity | undefined {
  if (!description || !REMAKE_HEAD.test(description.text)) return undefined;
  const key = `${m.type}:${nameKey(m.text)}`;
  if (clusters.has(key)) return undefined;
  const remake = latestRemake([m.type!], entities, remakes);
  if (!remake || remake.mentionIds.some((id) => mentions[id].kind === 'name')) return undefined;
  remake.name = m.text;
  pushTo(clusters, key, remake);
  return remake;
}

function nameEntityFor(m: Mention, clusters: Map<string, Entity[]>, entities: Entity[]): Entity {
  const key = `${m.type}:${nameKey(m.text)}`;
  let candidates = clusters.get(key) ?? [];
  // "Parton" after "Mara Lind": a lone word of a known person's name.
  if (!candidates.length && m.type === 'Person' && !/\s/.test(m.text)) {
    candidates = entities.filter((e) => e.type === 'Person' && e.name.split(/\s+/).includes(m.text));
  }
  // "the Top 40" after "the Northwind Top 40": a shortened chart, label or award name.
  if (!candidates.length && SHORTENED_BY_SUFFIX.has(m.type!)) {
    candidates = entities.filter((e) => e.type === m.type && e.name.endsWith(` ${m.text}`));
  }
  // "Harbor" after "Harbor Records": a label named again without its suffix.
  if (!candidates.length && m.type === 'Organization') {
    candidates = entities.filter((e) => e.type === 'Organization' && LABEL_SHORT_NAME_SUFFIXES.some((suffix) => e.name === `${m.text} ${suffix}`));
  }
  const compatible = candidates.filter((e) => agrees(e, m));
  // The most recently mentioned of the compatible ones.
  const chosen = compatible.sort((a, b) => b.mentionIds[b.mentionIds.length - 1] - a.mentionIds[a.mentionIds.length - 1])[0];
  if (chosen) return chosen;
  const entity = newEntity(entities, m.type!, m);
  pushTo(clusters, key, entity);
  return entity;
}

function agrees(e: Entity, m: Mention): boolean {
  const a = e.attributes;
  const b = m.attributes;
  if (a.year && b.year && a.year !== b.year) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  return true;
}

function mergeAttributes(e: Entity, m: Mention): void {
  const b = m.attributes;
  if (b.year && !e.attributes.year) e.attributes.year = b.year;
  if (b.country && !e.attributes.country) e.attributes.country = b.country;
  if (b.genre) e.attributes.genre = [...new Set([...(e.attributes.genre ?? []), ...b.genre])];
}

/** Pronouns that stand only as objects ("joins him"), and the words between a subject and such a pronoun in one clause ("A joins", "A trades lines with"). */
const OBJECT_PRONOUN = /^(?:him|them)$/i;
/** ", produced by " right before a name: the aside credits a producer, seldom the owner of what follows. */
const CREDITED_BY_BEFORE = /\b(?:(?:(?:co-)?produced|directed|written|composed|helmed)\s+by|with\s+(?:(?:the|his|her|their)\s+)?(?:record\s+)?(?:producer|co-producer|songwriter|co-writer|lyricist|composer))\s+$/i;
/** "a tour with the Welsh band ", "alongside ", "opening for ": what comes before a companion's name. */
const COMPANION_BEFORE = /\b(?:with|alongside|supporting|opening\s+for|opened\s+for|joined\s+by)\s+(?:(?:the|a|an|fellow)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** ", and ", "; ": a new clause between a name and a pronoun. */
const CLAUSE_BREAK = /^[^.;]*?(?:,\s*(?:and|but|while|as)\b|;)/;
/** "A had worked with B on her previous albums": what the two worked on is the subject's record, not the companion's. */
const COMPANION_ON_OWN = /^\s+on\s+$/;
const PRODUCER_ASIDE_BEFORE = /,\s*(?:co-)?produced\s+by\s+$/i;
/** "joins her on", "thanked her.": "her" is an object, not a possessive, before a preposition or a stop. */
const HER_AS_OBJECT = /^\s*(?:[,.;]|(?:on|in|to|for|with|at|as|and)\b)/;
/** ", produced ", " will join ": the words between a clause's subject and a description that is the object of its verb. */
const SUBJECT_VERB_BETWEEN = /^,?\s+(?:(?:has|have|had|will|would|also|then|later|once)\s+)*[a-z]+\s+$/;
const SAME_CLAUSE = /^ (?:(?:has|have|had|will|would|also|then|now|later|soon) )*[a-z]+(?: [a-z]+)?(?: (?:with|to|for|alongside|beside))? $/;

/** "the lead single", "the title track", "the second single": a song's role in its record, said of one song. */
const SONG_ROLE = /\b(lead|title|first|second|third|fourth|fifth|debut|opening|closing)\s+(?:single|track|song)\b/i;
/** The same right before a name: "the title track "X"", "led by X", "The lead single, "X"". */
const SONG_ROLE_BEFORE = /(?:\b(lead|title|first|second|third|fourth|fifth|debut|opening|closing)\s+(?:single|track|song)|\b(led)\s+by(?:\s+the\s+(?:[a-z-]+\s+)?(?:single|track|song))?)\s*,?\s*["“‘']?$/i;

/** The role a description, or the words before a name, give a song; a title track leads its record like a lead single. */
function songRoleOf(words: string, beforeName = false): string | undefined {
  const match = (beforeName ? SONG_ROLE_BEFORE : SONG_ROLE).exec(words);
  const role = match?.[1]?.toLowerCase() ?? (match?.[2] ? 'lead' : undefined);
  return role === 'title' ? 'lead' : role;
}

/** Entities ordered by how many sentences of the history name them, most first (nearest first among equals). */
function bySalience(entities: Entity[], history: Mention[]): Entity[] {
  const sentences = (e: Entity) => new Set(history.filter((h) => h.entity === e.index).map((h) => h.sentence)).size;
  return entities.map((e, i) => ({ e, i, n: sentences(e) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.e);
}

/** The entity a description or pronoun refers to: the most recent one of a type it allows. */
function antecedent(m: Mention, history: Mention[], entities: Entity[], years: Map<number, Mention[]>, subjects: Set<number>, mentions: Mention[], text: string, sentenceStarts: number[], remakes: Map<number, number>, publishedYear: number | undefined, bandSizes: Map<string, number>): Entity | undefined {
  if (m.plural && m.kind === 'description') return undefined;
  // "a remake of the 2019 drama of the same name": another work that shares the name, not one named before.
  if (m.kind === 'description' && SAME_NAME_AFTER.test(text.slice(m.end, m.end + 24))) return undefined;
  const types = typesOf(m);
  const gender = genderOf(m);
  const reach = m.kind === 'pronoun' ? PRONOUN_REACH : DESCRIPTION_REACH;
  const seen = new Set<number>();
  let candidates: Entity[] = [];
  const producerAside: Entity[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const prior = history[i];
    if (m.sentence - prior.sentence > reach) break;
    const e = entities[prior.entity!];
    if (seen.has(e.index) || !types.includes(e.type)) continue;
    seen.add(e.index);
    // "Tom Alder joins him on X": an object pronoun is never the subject of its own clause.
    if (m.kind === 'pronoun' && (OBJECT_PRONOUN.test(m.text) || (/^her$/i.test(m.text) && HER_AS_OBJECT.test(text.slice(m.end, m.end + 6)))) && prior.sentence === m.sentence && prior.end <= m.start && SAME_CLAUSE.test(text.slice(prior.end, m.start))) continue;
    if (m.attributes.country && e.attributes.country && e.attributes.country !== m.attributes.country) continue;
    // "the duo Y produced the band's album": a description right after a name and its verb is that verb's object, not its subject.
    if (m.kind === 'description' && prior.sentence === m.sentence && prior.kind === 'name' && prior.end <= m.start && SUBJECT_VERB_BETWEEN.test(text.slice(prior.end, m.start))) { producerAside.push(e); continue; }
    // "she" or "the actress" is no man whose given name says so, and "he" no woman.
    if (e.type === 'Person' && gender && personNameGender(e.name) === OTHER_GENDER[gender]) continue;
    // "The ballad, produced by Tom Alder, is the lead single from her album": whose album it is, a producer named in an
    // aside of the same sentence is not; the pronoun looks further back (when nothing else is there, the producer stays).
    if (m.kind === 'pronoun' && prior.sentence === m.sentence && prior.end <= m.start && PRODUCER_ASIDE_BEFORE.test(text.slice(Math.max(0, prior.start - 16), prior.start))
      && /^\s*,/.test(text.slice(prior.end, prior.end + 2))) { producerAside.push(e); continue; }
    // "The album was produced by A and peaked at two. He also sang X": a person credited after "by" in an earlier
    // sentence is seldom what its subject pronoun or "the actress" means; the topic further back is (A stays the fallback).
    if (e.type === 'Person' && prior.sentence < m.sentence && CREDITED_BY_BEFORE.test(text.slice(Math.max(0, prior.start - 24), prior.start))) { producerAside.push(e); continue; }
    // "A went on a tour with the band B, and their fourth album ...": a companion named after "with" is not whose
    // record the next clause's possessive means; the one who toured is (B stays the fallback).
    if (m.kind === 'pronoun' && prior.sentence === m.sentence && prior.end <= m.start && !subjects.has(prior.id)
      && COMPANION_BEFORE.test(text.slice(Math.max(sentenceStarts[m.sentence], prior.start - 40), prior.start)) && (CLAUSE_BREAK.test(text.slice(prior.end, m.start)) || COMPANION_ON_OWN.test(text.slice(prior.end, m.start)))) { producerAside.push(e); continue; }
    candidates.push(e);
  }
  // "In the French version, ..." long after the French film was named: a version word with a country
  // refers to the work from there, however far back it was named.
  if (m.kind === 'description' && isVersionWord(m)) {
    const country = mentions.find((v) => v.kind === 'value' && v.type === 'Country' && v.start >= m.start && v.end <= m.end)?.value;
    for (let i = history.length - 1; country && i >= 0; i--) {
      const e = entities[history[i].entity!];
      if (types.includes(e.type) && e.attributes.country === country) return e;
    }
  }
  // "all written by A with producer B. His second album": when every person in reach was last named in a credit,
  // the one the article names in most sentences is meant, not the nearest.
  if (!candidates.length) candidates = producerAside.length > 1 ? bySalience(producerAside, history) : producerAside;
  if (!candidates.length) return undefined;
  // "... her debut album X via Y Records. Its lead single, Z": a record has singles, a label or an award named after it has none.
  // (A song stays a candidate: "X spent 31 weeks on the chart. Its single ..." where typing took the record X for a song.)
  if (m.kind === 'pronoun' && /^its$/i.test(m.text) && RECORD_PART_AFTER.test(text.slice(m.end, m.end + 40))) {
    const records = candidates.filter((e) => e.type === 'Album' || e.type === 'Song');
    if (records.length) candidates = records;
  }
  // "led by the title track X ... The lead single was composed by A": the song the article gave that role, not the last one named.
  if (m.kind === 'description' && candidates.length > 1) {
    const role = songRoleOf(m.text);
    const holders = role ? candidates.filter((e) => e.mentionIds.some((id) => id !== m.id && mentions[id].start < m.start && songRoleOf(mentions[id].kind === 'name' ? text.slice(Math.max(sentenceStarts[mentions[id].sentence], mentions[id].start - 40), mentions[id].start) : mentions[id].text, mentions[id].kind === 'name') === role)) : [];
    if (holders.length === 1) return holders[0];
  }
  // "X 2 will pick up where ... The first season, which premiered in 2027, ...": beside its numbered sequel, the
  // first instalment, and a series as a whole, is the unnumbered X, however recently the sequel was named.
  if (m.kind === 'description' && FIRST_OF_SERIES.test(m.text)) {
    const bases = new Set(candidates.map((e) => numberedTitle(e.name)?.base.toLowerCase()));
    const base = candidates.find((e) => bases.has(e.name.toLowerCase()));
    if (base) return base;
  }
  // "X 2, the sequel to the film X ... The sequel is directed by ...": the numbered instalment, not the film it follows.
  if (m.kind === 'description' && SEQUEL_HEAD.test(m.text)) {
    const bases = new Set(candidates.map((e) => e.name.toLowerCase()));
    const sequel = candidates.find((e) => { const t = numberedTitle(e.name); return t !== null && t.n > 1 && bases.has(t.base.toLowerCase()); });
    if (sequel) return sequel;
  }
  // "Mara Lind covered Northwind's hit X on her new album": a name standing only as the owner of a thing between
  // the clause's subject and the pronoun is not whom the pronoun means; the subject is.
  if (m.kind === 'pronoun' && candidates.length > 1) {
    let nearest: Mention | undefined;
    for (let i = history.length - 1; i >= 0 && !nearest; i--) if (history[i].entity === candidates[0].index) nearest = history[i];
    const nearestIsOwner = nearest !== undefined && nearest.sentence === m.sentence && !subjects.has(nearest.id) && POSSESSIVE_AFTER.test(text.slice(nearest.end, nearest.end + 3));
    // ("Kim Dae-ho, Tom Alder's friend from his student years": an owner in apposition to the subject is meant.)
    const subject = nearestIsOwner ? candidates.find((e) => e !== candidates[0] && history.some((h) => h.entity === e.index && h.sentence === m.sentence && subjects.has(h.id) && h.end < nearest!.start && !/^\s*,/.test(text.slice(h.end, nearest!.start)))) : undefined;
    if (subject) return subject;
  }
  // "the 2003 film" beside a newer one of the same name: the work known to be from that year, and
  // beside a remake, a year before the article's is its original's.
  const sources = new Set(remakes.values());
  if (m.kind === 'description' && m.attributes.year) {
    const sameYear = candidates.find((e) => e.attributes.year === m.attributes.year);
    if (sameYear) return sameYear;
    const remake = candidates.find((e) => remakes.has(e.index));
    const original = candidates.find((e) => sources.has(e.index)) ?? (remake && entities[remakes.get(remake.index)!]);
    if (original && publishedYear !== undefined && m.attributes.year < publishedYear) return original;
  }
  // "the best actor award" names its category: it is not the last award named unless that one has it ("the Golden Gull for best film").
  const category = m.kind === 'description' ? categoryOf(m.text) : null;
  if (category) return candidates.find((e) => e.name.toLowerCase().includes(category));
  // "the Tokyo quartet" after "Tokyo rock band X" and "the British band Y": the band the article placed there.
  const place = m.kind === 'description' ? placeOf(m.text) : undefined;
  if (place && candidates.length > 1) {
    const placed = candidates.find((e) => e.mentionIds.some((id) => mentions[id].kind === 'name' && placedAt(mentions[id], place, text, sentenceStarts)));
    if (placed) return placed;
  }
  // "the four-piece" after "the Oslo quartet X" and "the group Y": the band of that size, and no band of another.
  const size = m.kind === 'description' ? sizeOf(m.text) : undefined;
  if (size !== undefined) {
    // (The size may be said anywhere in the article: "X, a five-member band from Perth," or "X members A, B and C".)
    const sizesOf = (e: Entity) => [...e.mentionIds.map((id) => sizeOf(mentions[id].text) ?? sizeOf(CUE_RULE.exec(mentions[id].typeRule ?? '')?.[1] ?? '')), bandSizes.get(nameKey(e.name))].filter((n) => n !== undefined);
    const same = candidates.find((e) => sizesOf(e).includes(size));
    if (same) return same;
    candidates = candidates.filter((e) => !sizesOf(e).length);
    // "Greenroom, a producer duo, ... The six-member group" long after the headline's band: every band in reach
    // has another size, so the band the headline named is meant, or one of that size further back.
    if (!candidates.length) {
      const earlier = entities.filter((e) => types.includes(e.type) && history.some((h) => h.entity === e.index && h.kind === 'name'));
      return earlier.find((e) => sizesOf(e).includes(size)) ?? earlier.find((e) => !sizesOf(e).length && history.some((h) => h.entity === e.index && h.sentence === 0 && h.kind === 'name'));
    }
  }
  // "a remake of X ... The original film": the work another was made from, not the last one named.
  if (m.kind === 'description' && ORIGINAL.test(m.text)) {
    const source = candidates.find((e) => sources.has(e.index)) ?? candidates.find((e) => namedAsSource(e, mentions, text));
    if (source) return source;
    // "X is a remake of the 2019 drama of the same name. The original version ...": not X itself, nor
    // an instalment "X: Y" of a series (its original is X, below).
    candidates = candidates.filter((e) => !INSTALMENT_TITLE.test(e.name) && !e.mentionIds.some((id) => IS_A_REMAKE.test(text.slice(mentions[id].end, mentions[id].end + 60))));
    if (!candidates.length) return undefined;
  }
  // "cast in the Korean remake of X. The remake will be directed by ...": the remake is not X, the work it was made from.
  if (m.kind === 'description' && REMAKE_HEAD.test(m.text)) {
    candidates = candidates.filter((e) => !namedAsSource(e, mentions, text) && !sources.has(e.index));
    if (!candidates.length) return undefined;
  }
  // "Mara Lind's remake ... one of the new film's producers": beside its original, "the new" work is the remake.
  if (m.kind === 'description' && NEW.test(m.text)) {
    const remake = latestRemake(types, entities, remakes);
    if (remake) return remake;
  }
  // "X peaked at 75 on the chart. It was also their first album to ...": a pronoun that opens
  // its sentence continues the previous sentence's subject, not the last thing named.
  if (m.kind === 'pronoun' && subjects.has(m.id)) {
    let previousSubject: Mention | undefined;
    let at = history.length - 1;
    for (; at >= 0 && !previousSubject; at--) if (subjects.has(history[at].id) && history[at].sentence < m.sentence) previousSubject = history[at];
    // "The group's final album, X, was released ... It was produced by ...": an owner opening the sentence was not its subject; what it owns, named next, was.
    const opensWithOwner = previousSubject && POSSESSIVE_AFTER.test(text.slice(previousSubject.end, previousSubject.end + 3))
      && /^\s*(?:the\s+)?$/i.test(text.slice(sentenceStarts[previousSubject.sentence], previousSubject.start));
    const owned = opensWithOwner ? history[at + 2] : undefined;
    if (owned && owned.sentence === previousSubject!.sentence && owned.kind !== 'pronoun') previousSubject = owned;
    const continued = candidates.find((e) => e.index === previousSubject?.entity);
    if (continued) return continued;
    // "His first film, X, was released in 1996. He went on to ...": the owner of a description opening the
    // previous sentence was its subject's owner, and a pronoun of the owner's kind continues it.
    if (previousSubject?.kind === 'description') {
      const owner = history.find((h) => h.kind === 'pronoun' && h.start === previousSubject!.start);
      const ownerEntity = owner && candidates.find((e) => e.index === owner.entity);
      if (ownerEntity) return ownerEntity;
    }
  }
  // "Their breakthrough came ..." after "he had been a member of the group Y": a band or person named once in
  // passing, not in this sentence or the one before, yields to the one the article keeps naming.
  if (m.kind === 'pronoun' || (m.kind === 'description' && !m.attributes.country && !isVersionWord(m))) {
    // Counted by sentence: "Tom Alder, the lyricist she met in 1967," is named once, its apposition and all.
    const counts = new Map<number, number>();
    const counted = new Set<string>();
    let lastSentence = -1;
    for (const h of history) {
      const key = `${h.entity}:${h.sentence}`;
      if (!counted.has(key)) { counted.add(key); counts.set(h.entity!, (counts.get(h.entity!) ?? 0) + 1); }
      if (h.entity === candidates[0].index) lastSentence = h.sentence;
    }
    if (counts.get(candidates[0].index) === 1 && m.sentence - lastSentence >= 2) {
      let salient: Entity | undefined;
      for (let i = history.length - 1; i >= 0 && !salient; i--) {
        const e = entities[history[i].entity!];
        if (e.index !== candidates[0].index && types.includes(e.type) && (counts.get(e.index) ?? 0) >= 3 && m.sentence - history[i].sentence <= DESCRIPTION_REACH) salient = e;
      }
      if (salient) return salient;
      // "Who sings for 'X'? X, which airs on NWTV, ... The 16-episode series stars ...": a description long after the
      // work the headline and the lead named means that work, though it is out of reach, rather than one named once in passing.
      if (m.kind === 'description') {
        const topic = entities.find((e) => e.index !== candidates[0].index && types.includes(e.type) && (counts.get(e.index) ?? 0) >= 2
          && history.some((h) => h.entity === e.index && h.sentence === 0 && h.kind === 'name'));
        if (topic) return topic;
      }
    }
  }
  // A year stated later in the same sentence picks the work of that year ("where the drama left off in 2018").
  const yearsInSentence = (years.get(m.sentence) ?? []).filter((o) => o.start > m.end).map((o) => Number(o.value));
  const byYear = candidates.find((e) => e.attributes.year && yearsInSentence.includes(e.attributes.year));
  if (byYear) return byYear;
  // "X is the tenth episode of the drama Y. The episode ...": a description prefers what a
  // copula introduced with its own head noun.
  if (m.kind === 'description' && candidates.length > 1) {
    const head = m.text.toLowerCase().split(/\s+/).pop()!;
    const sameHead = candidates.find((e) => e.mentionIds.some((id) => mentions[id].typeRule === `copula.${head}`));
    if (sameHead) return sameHead;
    // "the remix" after "X (Quorv Remix)" and "Y": the work one of whose names holds the head noun.
    const headInName = candidates.find((e) => e.mentionIds.some((id) => mentions[id].kind === 'name' && mentions[id].text.toLowerCase().split(/[\s()]+/).includes(head)));
    if (headInName) return headInName;
  }
  // A description with a country ("the Korean version") prefers a work known to be from there.
  if (m.attributes.country) return candidates.find((e) => e.attributes.country === m.attributes.country) ?? (isVersionWord(m) ? undefined : candidates[0]);
  // "Park starred in the series X. The drama is written by Y": a description opening its sentence continues
  // the last work a sentence was about, not one named among someone's credits (after "in", "for", "with"). ("The Korean version" sets one
  // version against another, so it takes the last named.)
  const latest = candidates[0] && mentions[candidates[0].mentionIds[candidates[0].mentionIds.length - 1]];
  const latestIsACredit = latest !== undefined && IN_PREPOSITIONAL_PHRASE.test(text.slice(Math.max(sentenceStarts[latest.sentence], latest.start - 60), latest.start));
  // "X is a 2019 remake of the 1995 film Y. The film stars ...": a work named as what another was made from is not what the next sentence is about.
  const latestIsASource = latest !== undefined && MADE_FROM.test(text.slice(Math.max(sentenceStarts[latest.sentence], latest.start - 60), latest.start));
  // "whose previous film X", "the 2019 hit drama X": a work named as someone's past, background to the article's news.
  const latestIsPast = latest !== undefined && PAST_WORK_BEFORE.test(text.slice(Math.max(sentenceStarts[latest.sentence], latest.start - 40), latest.start));
  if (m.kind === 'description' && candidates.length > 1 && !isVersionWord(m) && (latestIsACredit || latestIsASource || latestIsPast)) {
    for (let i = history.length - 1; i >= 0; i--) {
      const prior = history[i];
      if (m.sentence - prior.sentence > DESCRIPTION_REACH) break;
      // ("Greer developed the series after working on the drama X. The first season ...": a description or pronoun
      // of a work, other than the credit itself, shows which work the text was about, as a subject does.)
      if (prior.sentence === m.sentence || !(subjects.has(prior.id) || (prior.kind !== 'name' && prior.entity !== candidates[0].index))) continue;
      const continued = candidates.find((e) => e.index === prior.entity);
      if (continued) return continued;
    }
    // "A will star in the new drama X. A rose to fame with the 2019 hit drama Y. The drama is written by ...": when no
    // sentence was about either, a work named in one sentence among someone's credits yields to the one the headline and lead named.
    const sentencesOf = (e: Entity) => new Set(history.filter((h) => h.entity === e.index).map((h) => h.sentence));
    if (sentencesOf(candidates[0]).size === 1) {
      const topic = candidates.find((e) => e !== candidates[0] && sentencesOf(e).size >= 2 && history.some((h) => h.entity === e.index && h.sentence === 0 && h.kind === 'name'));
      if (topic) return topic;
    }
  }
  return candidates[0];
}

/** "The new film, titled X, is ...": descriptions set before a name of a type they allow are that name, both ways round. */
function appositiveDescriptions(mentions: Mention[], text: string): { byDescription: Map<number, Mention>; byName: Map<number, Mention> } {
  const byDescription = new Map<number, Mention>();
  const byName = new Map<number, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i];
    if (d.kind !== 'description' || d.plural) continue;
    // "Her third album, Quiet Harbour,": the owner's pronoun inside the description is not what follows it.
    let next = i + 1;
    while (next < mentions.length && mentions[next].start < d.end) next++;
    const n = mentions[next];
    if (!n || n.kind !== 'name' || !n.type || d.sentence !== n.sentence) continue;
    if (!typesOf(d).includes(n.type) || !APPOSITIVE_GAP.test(text.slice(d.end, n.start))) continue;
    byDescription.set(d.id, n);
    byName.set(n.id, d);
  }
  return { byDescription, byName };
}

/** "the original", "the Korean original", and beside a remake "the first film": the work another was made from. */
const ORIGINAL = /\boriginal\b|^the first (?:film|movie|drama|series|version)$/i;
/** "the first season", "the first film", "the series": the first of a numbered family, or the family as a whole. */
const FIRST_OF_SERIES = /^(?:the|its|their)\s+(?:(?:first|original)\s+(?:season|film|movie|instal?lment|part|chapter|volume|series)|series|franchise)$/i;
const NEW = /\bnew\b/i;
const SEQUEL_HEAD = /\b(?:sequel|follow-up)$/i;
/** "the remake", "the Korean adaptation": a description whose head is a work made from another. */
const REMAKE_HEAD = /\b(?:remake|adaptation|reboot|reimagining)$/i;
/** "a remake of the Danish thriller X", "based on X": what comes before the work another was made from. */
const MADE_FROM = /\b(?:(?:remake|adaptation|version|reboot|reimagining)s?\s+of|remakes|adapts|based\s+on)\s+(?:[^.;!?]{0,40}\s)?$/i;

/** Whether a mention of the entity follows "a remake of", "based on" and the like. */
function namedAsSource(e: Entity, mentions: Mention[], text: string): boolean {
  return e.mentionIds.some((id) => MADE_FROM.test(text.slice(Math.max(0, mentions[id].start - 60), mentions[id].start)));
}

const FEMININE_WORD = /^(?:she|her|hers|herself)$|\b(?:actress|actresses|songstress|singer-actress|woman|girl)$/i;
const MASCULINE_WORD = /^(?:he|him|his|himself)$|\b(?:man|boy)$/i;
const OTHER_GENDER = { female: 'male', male: 'female' } as const;

/** The gender a pronoun or description says its referent has ("she", "the actress"), if any. */
function genderOf(m: Mention): 'female' | 'male' | null {
  if (m.kind !== 'pronoun' && m.kind !== 'description') return null;
  return FEMININE_WORD.test(m.text) ? 'female' : MASCULINE_WORD.test(m.text) ? 'male' : null;
}

/** The types a description or pronoun may refer to, or a name's own type. */
function typesOf(m: Mention): EntityType[] {
  return m.candidateTypes ?? (m.type ? [m.type] : []);
}

/** "starred in the film A and the series ": a work named as the object of a preposition, in a list or alone. */
const IN_PREPOSITIONAL_PHRASE = /\b(?:in|for|with|from|on|at|by|featuring|starring|alongside|opposite|including|include|includes|included)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[^\s,.;]+\s+){0,4}?(?:(?:,\s*|\s*and\s+)(?:(?:the|a|an)\s+)?(?:[^\s,.;]+\s+){0,4}?)*$/i;
/** "whose previous film ", "the 2019 hit drama ", "his breakout series ": the words before a work from someone's past. */
const PAST_WORK_BEFORE = /\b(?:previous|earlier|former|hit|breakout|breakthrough)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const SAME_NAME_AFTER = /^\s+of\s+the\s+same\s+(?:name|title)\b/i;
/** "X is a remake of ...", "X, an adaptation of ...": what follows a work that was made from another. */
const IS_A_REMAKE = /^\s*(?:,|is|was|will be)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:remake|adaptation|reboot|reimagining)\b/iu;

/** Year mentions by sentence. */
function yearsBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const index = new Map<number, Mention[]>();
  for (const o of mentions) if (o.type === 'Date' && /^\d{4}$/.test(o.value ?? '')) pushTo(index, o.sentence, o);
  return index;
}

const CATEGORY_IN_TEXT = new RegExp(`\\b(?:${AWARD_CATEGORY_STARTS.join('|')})\\s+[\\p{L}-]+`, 'iu');

/** "best actor" in "the best actor award", lower-cased; null when the text names no category. */
function categoryOf(text: string): string | null {
  return CATEGORY_IN_TEXT.exec(text)?.[0].toLowerCase().replace(/\s+/g, ' ') ?? null;
}

/** The cue noun that typed a name ("the Oslo quartet X" is typed by the rule cue.quartet). */
const CUE_RULE = /^(?:document\.)?(?:cue|copula)\.(.+)$/;

/** The number of members a group noun in the text names ("the Oslo quartet" 4), if any. */
function sizeOf(text: string): number | undefined {
  for (const word of text.toLowerCase().split(/[\s']+/)) {
    const size = BAND_SIZES.get(word);
    if (size !== undefined) return size;
  }
  return undefined;
}

/** "Five-member boy group X", "the Oslo quartet X": a size in the few words right before a band's name. */
const SIZE_BEFORE = /(?:^|\s)([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "X, a five-member band from Perth,": the words of a description set after a band's name. */
const APPOSITION_AFTER = /^\s*,\s*(?:a|an|the)\s+([^,.;()]{1,60})/i;
/** "X members A, B and C", "X's members, A, B and C": a list of the band's members right after its name. */
const MEMBERS_AFTER = /^(?:['’]s?)?\s+members?\s*,?\s*$/i;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * The number of members the article gives each band, by folded name, wherever it says so: a size word
 * before or in apposition after one of its names ("the seven-member group X", "X, a quintet from Oslo,"), or
 * the count of the members listed after it ("X members A, B and C").
 */
function bandSizesByName(mentions: Mention[], text: string): Map<string, number> {
  const sizes = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type !== 'Band') return;
    const key = nameKey(m.text);
    if (sizes.has(key)) return;
    const before = SIZE_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
    const after = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 80));
    let size = (before && !/,/.test(before[0]) ? sizeOf(before[0]) : undefined) ?? (after ? sizeOf(after[1]) : undefined);
    if (size === undefined) {
      let count = 0;
      let at = m.end;
      for (let j = i + 1; j < mentions.length && mentions[j].sentence === m.sentence; j++) {
        const o = mentions[j];
        if (o.start < at) continue;
        const gap = text.slice(at, o.start);
        if (o.kind !== 'name' || o.type !== 'Person' || !(count === 0 ? MEMBERS_AFTER.test(gap) : LIST_GAP.test(gap))) break;
        count++;
        at = o.end;
      }
      if (count >= 2) size = count;
    }
    if (size !== undefined) sizes.set(key, size);
  });
  return sizes;
}

/** "the Tokyo quartet", "the Manchester band": the place a description puts its band in, if any. */
function placeOf(text: string): string | undefined {
  return text.split(/\s+/).slice(1).find((w) => /^\p{Lu}/u.test(w) && isKnownPlace(w.replace(/['’]s?$/, '')))?.replace(/['’]s?$/, '');
}

/** "Tokyo rock band X", "X, who formed in Manchester,", "X, from Tokyo,": a name the text sets in that place. */
function placedAt(name: Mention, place: string, text: string, sentenceStarts: number[]): boolean {
  const word = new RegExp(`\\b${place}\\b`);
  const before = text.slice(Math.max(sentenceStarts[name.sentence], name.start - 40), name.start);
  const after = /^\s*,[^.;]{0,60}/.exec(text.slice(name.end, name.end + 80))?.[0] ?? '';
  return (word.test(before) && !/[,;]/.test(before.slice(before.search(word)))) || word.test(after);
}

function isVersionWord(m: Mention): boolean {
  return ANY_WORK_CUES.has(m.text.toLowerCase().split(/\s+/).pop() ?? '');
}

/** The first name, description or pronoun of each sentence when nothing but a date or a preposition phrase comes before it. */
function sentenceSubjects(mentions: Mention[], doc: ArticleDoc): Set<number> {
  const subjects = new Set<number>();
  const first = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.kind === 'pronoun' && !subjects.has(m.id) && afterFrontedParticiple(m, doc)) subjects.add(m.id);
    // "Its theme song, X, ...": the owner pronoun that opens the sentence's opening description opens the sentence too.
    if (m.kind === 'pronoun' && first.get(m.sentence)?.kind === 'description' && first.get(m.sentence)!.start === m.start) subjects.add(m.id);
    if (m.kind === 'value' || first.has(m.sentence)) continue;
    // "After self-releasing the EP X in 2009, they signed ...": a name inside a fronted time clause is not the sentence's subject; what follows its comma is.
    if (FRONTED_TIME_CLAUSE.test(doc.text.slice(doc.sentences[m.sentence].start, m.start))) continue;
    first.set(m.sentence, m);
    subjects.add(m.id);
  }
  return subjects;
}

const POSSESSIVE_AFTER = /^['’]s?\s/;
/** " lead single", " first track", " single": a song of a record, after the record's "its". */
const RECORD_PART_AFTER = /^\s+(?:(?:lead|first|second|third|fourth|fifth|debut|title|opening|closing|only|final|last|next|new)\s+)?(?:single|track|song)s?\b/i;
/** "After self-releasing the EP ", "Before signing to ": the open start of a fronted time clause, before its comma. */
const FRONTED_TIME_CLAUSE = /^(?:After|Before|Following|While|Since|Upon|Having|Once)\s[^,.;]*$/;

/** "Released in 1969 by Harbor Records in the UK, it was ...": a participle clause opens the sentence and the pronoun right after its comma is the subject. */
const FRONTED_PARTICIPLE = /^(?:(?:Originally|First|Later|Initially) )?(?:Released|Issued|Recorded|Reissued|Re-released|Produced|Written|Co-written|Directed|Filmed|Shot|Composed|Published|Premiered|Broadcast|Aired)\b[^.;]*,\s*$/;
function afterFrontedParticiple(m: Mention, doc: ArticleDoc): boolean {
  const before = doc.text.slice(doc.sentences[m.sentence].start, m.start);
  return before.length < 240 && FRONTED_PARTICIPLE.test(before);
}

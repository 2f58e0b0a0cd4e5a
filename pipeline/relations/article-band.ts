// An article about one band: a person it introduces by a role in a band
// ("drummer Tom Alder", "bassist and singer Mara Lind") or in a list of one-word
// stage names ("Jiso, Jenna, Roza and Lisa") is that band's member
// when no sentence ties them to a band. Such facts are held at 0.7, below the
// surest phrasings but above the other article-wide guesses: a role word names
// a band member in nearly every case (37 right in 38 on the dev and made-up sets).
import type { ArticleDoc, Fact, Mention } from '../types.ts';
import type { FactAdder } from './apply-chains.ts';
import { BAND_ROLES, GROUP_TITLES, SHARED_BAND_ROLES } from '../lexicon/index.ts';

const escape = (r: string) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// ("fellow member A", "maknae B": a group title other than the shared ones names a band member wherever it stands.)
const ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...BAND_ROLES, ...GROUP_TITLES].filter((r) => !SHARED_BAND_ROLES.has(r)).map(escape).join('|')})\\s+$`, 'u');
// "member A", "the group's leader B", but not "cast member A", "jury member B" , "Quorv Party leader C" or "its leader D": a member of another body (a band is "their" more often than "its").
const SHARED_ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<!(?:\\p{Lu}[\\p{L}'’-]*|cast|crew|jury|panel|board|committee|staff|family|party|team|council|academy|guild|union|club|opposition|rebel|community|church|its)\\s)(?:${[...SHARED_BAND_ROLES].map((r) => `[${r[0].toUpperCase()}${r[0]}]${escape(r.slice(1))}`).join('|')})\\s+$`, 'u');
/** How many characters before a name its role word may start. */
const ROLE_REACH = 30;
/** A role word owned by a person ("her longtime guitarist A", "his drummer A"): a solo act's backing musician, no member of the article's band. */
const PERSON_OWNED_ROLE = /(?:^|[^\p{L}])(?:her|his)\s+(?:[\p{L}-]+\s+){1,2}$/u;
const CONFIDENCE = 0.7;
/** How many sentences back the band must have been referred to. */
const BAND_REACH = 2;

export function addArticleBandMembers(doc: ArticleDoc, facts: Fact[], add: FactAdder): void {
  const band = articleBand(doc);
  if (band === undefined) return;
  const members = new Set(facts.filter((f) => f.predicate === 'member_of').map((f) => f.subject));
  const memberOfArticleBand = new Set(facts.filter((f) => f.predicate === 'member_of' && f.object === band).map((f) => f.subject));
  const bandSentences = doc.entities[band].mentionIds.map((id) => doc.mentions[id].sentence);
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.entity === undefined || doc.entities[m.entity].type !== 'Person') continue;
    const written = doc.text.slice(Math.max(0, m.start - ROLE_REACH), m.start);
    const before = written.toLowerCase();
    const role = (ROLE_BEFORE.test(before) || SHARED_ROLE_BEFORE.test(written)) && !PERSON_OWNED_ROLE.test(before);
    // "Jisoo, Jennie, Rosa and Lisa trade lines": one-word names listed together are its members too.
    if (!role && m.typeRule !== 'list.people') continue;
    // A member of another band still takes the article's band after a band role ("Vocalist A had been a member of X"), not from a list alone.
    if (members.has(m.entity) && (!role || memberOfArticleBand.has(m.entity))) continue;
    // The band was just referred to: in this sentence or one of the few before it.
    if (!bandSentences.some((s) => s <= m.sentence && m.sentence - s <= BAND_REACH)) continue;
    if (anotherBandJustBefore(doc, m, band)) continue;
    add(m.entity, 'member_of', band, CONFIDENCE, [{ sentence: m.sentence, ruleId: 'article.band-role' }]);
    members.add(m.entity);
    memberOfArticleBand.add(m.entity);
  }
}

/** "X left to form the band Y with drummer A": the band named last before the person in its sentence is another band. */
function anotherBandJustBefore(doc: ArticleDoc, person: Mention, band: number): boolean {
  let last: number | undefined;
  for (const m of doc.mentions) {
    if (m.sentence !== person.sentence || m.start >= person.start || m.entity === undefined) continue;
    if (doc.entities[m.entity].type === 'Band') last = m.entity;
  }
  return last !== undefined && last !== band;
}

/** The band the article is about: referred to at least twice, and at least twice as often as any other band. */
function articleBand(doc: ArticleDoc): number | undefined {
  const bands = doc.entities.filter((e) => e.type === 'Band').sort((a, b) => b.mentionIds.length - a.mentionIds.length);
  if (!bands.length || bands[0].mentionIds.length < 2) return undefined;
  if (bands[1] && bands[1].mentionIds.length * 2 > bands[0].mentionIds.length) return undefined;
  return bands[0].index;
}

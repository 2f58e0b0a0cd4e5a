// Relations: read facts from each sentence. The sentence is rewritten as a
// template of typed placeholders (see relations/pattern.ts) and every phrasing
// of every predicate table runs over it; the noun-phrase modifiers found by
// typing ("a 2018 Japanese crime drama") give year, country and genre facts.
import type { ArticleDoc, Entity, EntityType, Fact, Mention, Predicate } from './types.ts';
import { compileRules, type CompiledPhrasing } from './relations/pattern.ts';
import { PREDICATE_RULES } from './relations/predicates/index.ts';
import { SYMMETRIC_PREDICATES } from '../src/contract.ts';
import { PRONOUNS } from './lexicon/index.ts';

const PHRASINGS: CompiledPhrasing[] = compileRules(PREDICATE_RULES);
const ALLOWED = new Map(PREDICATE_RULES.map((r) => [r.predicate, { subject: new Set(r.subject), object: new Set(r.object) }]));

/** Facts a modifier in a work's or band's noun phrase states, and how sure that reading is. */
const MODIFIER_FACTS: { modifier: EntityType; predicate: Predicate; confidence: number }[] = [
  { modifier: 'Country', predicate: 'country_of_origin', confidence: 0.8 },
  { modifier: 'Genre', predicate: 'genre', confidence: 0.8 },
  { modifier: 'Date', predicate: 'publication_date', confidence: 0.75 },
];

export interface Template {
  text: string;
  /** Placeholder id → the entity indexes it stands for (several for a list). */
  slots: Map<string, number[]>;
}

export function extractRelations(doc: ArticleDoc): ArticleDoc {
  const facts = new Map<string, Fact>();
  const add = (subject: number, predicate: Predicate, object: number, confidence: number, sentence: number, ruleId: string) => {
    if (subject === object) return;
    const allowed = ALLOWED.get(predicate)!;
    if (!allowed.subject.has(doc.entities[subject].type) || !allowed.object.has(doc.entities[object].type)) return;
    if (SYMMETRIC_PREDICATES.has(predicate) && subject > object) [subject, object] = [object, subject];
    const key = `${subject}|${predicate}|${object}`;
    const prior = facts.get(key);
    if (!prior) { facts.set(key, { subject, predicate, object, confidence, evidence: [{ sentence, ruleId }] }); return; }
    prior.confidence = Math.max(prior.confidence, confidence);
    if (!prior.evidence.some((e) => e.sentence === sentence)) prior.evidence.push({ sentence, ruleId });
  };

  const bySentence = groupBySentence(doc.mentions);
  for (const sentence of doc.sentences) {
    const template = buildTemplate(doc, bySentence.get(sentence.index) ?? []);
    for (const phrasing of PHRASINGS) {
      for (const { subjects, objects } of matchAll(phrasing, template)) {
        if (!objects.length && SYMMETRIC_PREDICATES.has(phrasing.predicate)) {
          for (const [a, b] of pairs(subjects)) add(a, phrasing.predicate, b, phrasing.confidence, sentence.index, phrasing.id);
          continue;
        }
        for (const s of subjects) for (const o of objects) add(s, phrasing.predicate, o, phrasing.confidence, sentence.index, phrasing.id);
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
  return { ...doc, facts: [...facts.values()] };
}

function groupBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) groups.set(m.sentence, [...(groups.get(m.sentence) ?? []), m]);
  return groups;
}

function* pairs(items: number[]): Generator<[number, number]> {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) yield [items[i], items[j]];
}

/** Every match of a phrasing, overlapping ones included, as entity indexes. */
function* matchAll(phrasing: CompiledPhrasing, template: Template): Generator<{ subjects: number[]; objects: number[] }> {
  const regex = phrasing.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(template.text); m; m = regex.exec(template.text)) {
    regex.lastIndex = m.index + 1;
    const subjects = template.slots.get(m.groups?.s ?? '') ?? [];
    const objects = template.slots.get(m.groups?.o ?? '') ?? [];
    if (subjects.length && (objects.length || m.groups?.o === undefined)) yield { subjects, objects };
  }
}

const LIST_SEPARATOR = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*|\s+or\s+)$/;
const QUOTE = /['‘’"“”]/;
const QUOTE_AT_END = /['‘’"“”]$/;

/** The sentence with each resolved mention replaced by ⟦Type#id⟧ and lists of one type joined into ⟦Type#a+b+c⟧. */
export function buildTemplate(doc: ArticleDoc, mentions: Mention[]): Template {
  const sentence = doc.sentences[mentions[0]?.sentence ?? -1];
  const slots = new Map<string, number[]>();
  if (!sentence) return { text: '', slots };
  const chosen = mentions
    .filter((m) => m.entity !== undefined && m.typeRule !== 'lexicon.country-prefix')
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, all) => !all.slice(0, i).some((p) => p.start < m.end && m.start < p.end));
  const pieces: { text: string; entity?: Entity; mention?: Mention }[] = [];
  let cursor = sentence.start;
  for (const m of chosen) {
    let before = doc.text.slice(cursor, m.start);
    // A quoted title's own quotes carry no meaning for the phrasings; drop them here, before
    // a closing quote could be read as a possessive.
    if (m.quoted) before = before.replace(QUOTE_AT_END, '');
    pieces.push({ text: before });
    pieces.push({ text: '', entity: doc.entities[m.entity!], mention: m });
    cursor = m.end;
    if (m.quoted && QUOTE.test(doc.text[cursor] ?? '')) cursor++;
  }
  pieces.push({ text: doc.text.slice(cursor, sentence.end) });

  // Join "A, B and C" of one type into a list placeholder.
  const merged: typeof pieces = [];
  const members = new Map<number, number[]>();
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const listHead = merged.length >= 2 ? merged[merged.length - 2] : undefined;
    const between = merged[merged.length - 1];
    if (piece.entity && listHead?.entity && between && !between.entity && LIST_SEPARATOR.test(between.text) && listHead.entity.type === piece.entity.type && isNameLike(listHead.mention!) && isNameLike(piece.mention!)) {
      merged.pop();
      members.get(listHead.mention!.id)!.push(piece.entity.index);
      continue;
    }
    if (piece.entity) members.set(piece.mention!.id, [piece.entity.index]);
    merged.push(piece);
  }
  let text = '';
  for (const piece of merged) {
    if (!piece.entity) { text += piece.text; continue; }
    const id = String(piece.mention!.id);
    const entities = [...new Set(members.get(piece.mention!.id)!)];
    slots.set(id, entities);
    text += `⟦${piece.entity.type}#${id}⟧`;
    if (PRONOUNS.get(piece.mention!.text.toLowerCase())?.possessive) text += " 's";
  }
  // "Northwind'", "Northwind's" and "Northwind’s" are one possessive for the phrasings.
  text = text
    .replace(/(⟦[^⟧]+⟧)\s*['’]s?(?![\p{L}])/gu, "$1 's")
    .replace(/\s+/g, ' ')
    .trim();
  return { text, slots };
}

function isNameLike(m: Mention): boolean {
  return m.kind === 'name' || m.kind === 'value';
}

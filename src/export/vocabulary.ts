// The RDF vocabulary of the exports: which class each entity type is, which
// property each predicate is, and where entities, articles and statements live.
// N-Triples, Turtle and JSON-LD all read this one table, so they say the same thing.
import { WIKIDATA_PROPERTY, type EntityType, type Predicate } from '../contract.ts';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  /** The project's own terms: classes and predicates schema.org and Wikidata have no word for. */
  facts: 'https://example.org/facts/vocab#',
} as const;

/** Where entity, article and statement IRIs go unless --base says otherwise. */
export const DEFAULT_BASE = 'https://example.org/facts/';

/** rdf:type of each entity type: schema.org where the spec's table names a class, ours otherwise. */
export const ENTITY_CLASS: Record<EntityType, string> = {
  Band: `${NS.schema}MusicGroup`,
  Person: `${NS.schema}Person`,
  Song: `${NS.schema}MusicRecording`,
  Album: `${NS.schema}MusicAlbum`,
  Film: `${NS.schema}Movie`,
  TVSeries: `${NS.schema}TVSeries`,
  Book: `${NS.schema}Book`,
  Organization: `${NS.schema}Organization`,
  Country: `${NS.schema}Country`,
  Chart: `${NS.facts}Chart`,
  Award: `${NS.facts}Award`,
  Genre: `${NS.facts}Genre`,
  Date: `${NS.facts}Date`,
};

/** A predicate's property: the Wikidata direct property where the spec gives one, ours otherwise. */
export function predicateIri(predicate: Predicate): string {
  const property = WIKIDATA_PROPERTY[predicate];
  return property ? `${NS.wdt}${property}` : `${NS.facts}${predicate}`;
}

/** Properties of entities, articles and reified statements. */
export const TERM = {
  type: `${NS.rdf}type`,
  label: `${NS.rdfs}label`,
  name: `${NS.schema}name`,
  alternateName: `${NS.schema}alternateName`,
  identifier: `${NS.schema}identifier`,
  datePublished: `${NS.schema}datePublished`,
  Article: `${NS.schema}Article`,
  Statement: `${NS.rdf}Statement`,
  subject: `${NS.rdf}subject`,
  predicate: `${NS.rdf}predicate`,
  object: `${NS.rdf}object`,
  article: `${NS.facts}article`,
  confidence: `${NS.facts}confidence`,
  evidence: `${NS.facts}evidence`,
  support: `${NS.facts}support`,
} as const;

/** A qualifier such as "rank" on a statement: facts:rank. */
export function qualifierIri(key: string): string {
  return `${NS.facts}${encodeURIComponent(key)}`;
}

const DATE_VALUE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The XML Schema type of a Date entity's ISO value ("2021" → gYear, "2021-04" → gYearMonth), or null when it is none of the three. */
export function dateDatatype(value: string | undefined): string | null {
  if (!value || !DATE_VALUE.test(value)) return null;
  if (value.length === 4) return `${NS.xsd}gYear`;
  return value.length === 7 ? `${NS.xsd}gYearMonth` : `${NS.xsd}date`;
}

/** IRIs of the things an export names, all under one base ending in "/" or "#". */
export interface IriScheme {
  entity(id: string): string;
  article(id: string): string;
  statement(id: string): string;
}

export function iriScheme(base: string): IriScheme {
  return {
    entity: (id) => `${base}entity/${encodeURIComponent(id)}`,
    article: (id) => `${base}article/${encodeURIComponent(id)}`,
    statement: (id) => `${base}statement/${encodeURIComponent(id)}`,
  };
}

/** The reason `base` cannot be a base IRI, or null when it can. */
export function baseIriProblem(base: string): string | null {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `--base ${JSON.stringify(base)} is not an absolute IRI (for example https://example.org/facts/)`;
  }
  if (url.href !== base) return `--base ${JSON.stringify(base)} is not in normal form; write it as ${url.href}`;
  if (!base.endsWith('/') && !base.endsWith('#')) return `--base ${JSON.stringify(base)} must end with "/" or "#"`;
  return null;
}

/** Confidence as an xsd:decimal lexical form: never in exponent notation, which xsd:decimal does not allow. */
export function decimalLiteral(value: number): string {
  const fixed = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '.0');
  return fixed === '-0.0' ? '0.0' : fixed;
}

// schema.org JSON-LD: the same triples as the RDF formats (one model, triples.ts),
// grouped into one node object per subject and batch, with the @context written
// into the file so `jsonld.expand` never needs the network. Streamed: the file
// opens the @graph array, appends nodes as batches arrive, and closes it at the end.
import type { Quad, Quad_Object } from 'n3';
import { PREDICATE_NAMES } from '../contract.ts';
import type { ExportFormat } from './format.ts';
import { openSink } from './format.ts';
import { TripleBuilder } from './triples.ts';
import { iriScheme, NS, predicateIri, TERM } from './vocabulary.ts';

type JsonValue = string | { '@id': string } | { '@value': string; '@type': string };
type NodeObject = Record<string, JsonValue | JsonValue[] | string | string[]>;

const PREFIXES = ['rdf', 'rdfs', 'xsd', 'wdt', 'facts'] as const;

/** Our terms: each predicate by its own name, and the words of labels and reified statements. */
const TERMS: Record<string, string> = {
  ...Object.fromEntries(PREDICATE_NAMES.map((p) => [p, predicateIri(p)])),
  label: TERM.label,
  value: `${NS.rdf}value`,
  subject: TERM.subject,
  predicate: TERM.predicate,
  object: TERM.object,
  article: TERM.article,
  confidence: TERM.confidence,
  evidence: TERM.evidence,
  support: TERM.support,
};

/** The embedded context: schema.org as the default vocabulary, our prefixes and terms. */
export const JSONLD_CONTEXT: Record<string, string> = {
  '@vocab': NS.schema,
  ...Object.fromEntries(PREFIXES.map((p) => [p, NS[p]])),
  ...TERMS,
};

const TERM_OF_IRI = new Map(Object.entries(TERMS).map(([name, iri]) => [iri, name]));

/** The shortest key the context expands back to `iri`: a term, a schema.org name, a prefixed name, else the IRI. */
export function compactIri(iri: string): string {
  const named = TERM_OF_IRI.get(iri);
  if (named) return named;
  if (iri.startsWith(NS.schema)) {
    const local = iri.slice(NS.schema.length);
    if (/^[A-Za-z][A-Za-z0-9]*$/.test(local) && !(local in JSONLD_CONTEXT)) return local;
  }
  for (const prefix of PREFIXES) {
    if (iri.startsWith(NS[prefix]) && iri.length > NS[prefix].length) return `${prefix}:${iri.slice(NS[prefix].length)}`;
  }
  return iri;
}

function jsonValue(object: Quad_Object): JsonValue {
  if (object.termType !== 'Literal') return { '@id': object.value };
  if (object.datatype.value === `${NS.xsd}string`) return object.value;
  return { '@value': object.value, '@type': compactIri(object.datatype.value) };
}

/** Quads grouped by subject, in the order subjects and properties first appear. */
export function nodeObjects(quads: Quad[]): NodeObject[] {
  const nodes = new Map<string, { types: string[]; properties: Map<string, JsonValue[]> }>();
  for (const q of quads) {
    let node = nodes.get(q.subject.value);
    if (!node) nodes.set(q.subject.value, node = { types: [], properties: new Map() });
    if (q.predicate.value === TERM.type) {
      node.types.push(compactIri(q.object.value));
      continue;
    }
    const key = compactIri(q.predicate.value);
    const values = node.properties.get(key) ?? [];
    values.push(jsonValue(q.object as Quad_Object));
    node.properties.set(key, values);
  }
  return [...nodes].map(([id, node]) => {
    const out: NodeObject = { '@id': id };
    if (node.types.length) out['@type'] = node.types.length === 1 ? node.types[0]! : node.types;
    for (const [key, values] of node.properties) out[key] = values.length === 1 ? values[0]! : values;
    return out;
  });
}

export const openJsonld: ExportFormat['open'] = async (target) => {
  const sink = await openSink(target);
  const triples = new TripleBuilder(iriScheme(target.base), target.kind);
  const counts = { entities: 0, facts: 0, triples: 0 };
  let separator = '\n';
  sink.write(`{\n"@context": ${JSON.stringify(JSONLD_CONTEXT, null, 2)},\n"@graph": [`);
  return {
    async write(batch) {
      const quads = triples.batch(batch);
      for (const node of nodeObjects(quads)) {
        sink.write(`${separator}${JSON.stringify(node)}`);
        separator = ',\n';
      }
      counts.entities += batch.entities.length;
      counts.facts += batch.facts.length;
      counts.triples += quads.length;
      await sink.flush();
    },
    async end() {
      sink.write('\n]\n}\n');
      await sink.close();
      return { files: target.out ? [target.out] : [], ...counts };
    },
    abort: () => sink.abort(),
  };
};

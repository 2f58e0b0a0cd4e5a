// A batch as RDF triples, the one model N-Triples, Turtle and JSON-LD are all
// written from. Provenance is by RDF reification: each fact is asserted once
// as a direct triple, and each article stating it gets an rdf:Statement node
// with the article, its confidence and the quoted evidence.
import { DataFactory, type Quad, type Quad_Object, type NamedNode } from 'n3';
import { stableId } from '../identity.ts';
import type { ExportBatch, ExportEntity, ExportFact, InputKind } from './graph.ts';
import type { MergedStatement } from '../merge/types.ts';
import { dateDatatype, decimalLiteral, ENTITY_CLASS, NS, predicateIri, qualifierIri, TERM, type IriScheme } from './vocabulary.ts';

const { namedNode, literal, quad } = DataFactory;

const term = (iri: string): NamedNode => namedNode(iri);

/** A Date entity with an ISO value as a typed literal ("2021-04"^^xsd:gYearMonth), or null for any other entity. */
function dateLiteral(entity: ExportEntity): Quad_Object | null {
  if (entity.type !== 'Date') return null;
  const datatype = dateDatatype(entity.value);
  return datatype ? literal(entity.value!, term(datatype)) : null;
}

function numberLiteral(value: number): Quad_Object {
  return Number.isInteger(value) ? literal(String(value), term(`${NS.xsd}integer`)) : literal(decimalLiteral(value), term(`${NS.xsd}decimal`));
}

/** The statement node of one article's saying of a fact: stable from the article and the fact's id. */
export function statementId(article: string, factId: string): string {
  return stableId(`${article}\u0000${factId}`);
}

export class TripleBuilder {
  constructor(private readonly iris: IriScheme, private readonly kind: InputKind) {}

  entityNode(entity: ExportEntity): NamedNode {
    return term(this.iris.entity(entity.id));
  }

  /** Type, label (rdfs:label and schema:name), aliases, a Date's value, a merged entity's support. */
  entity(entity: ExportEntity): Quad[] {
    const node = this.entityNode(entity);
    const quads = [
      quad(node, term(TERM.type), term(ENTITY_CLASS[entity.type])),
      quad(node, term(TERM.label), literal(entity.name)),
      quad(node, term(TERM.name), literal(entity.name)),
      ...entity.aliases.map((alias) => quad(node, term(TERM.alternateName), literal(alias))),
    ];
    const date = dateLiteral(entity);
    if (date) quads.push(quad(node, term(`${NS.rdf}value`), date));
    if (this.kind === 'merged' && entity.support !== undefined) quads.push(quad(node, term(TERM.support), numberLiteral(entity.support)));
    return quads;
  }

  /** An article of per-article input: its id and, when known, its date. */
  article(id: string, published: string | null): Quad[] {
    const node = term(this.iris.article(id));
    const quads = [
      quad(node, term(TERM.type), term(TERM.Article)),
      quad(node, term(TERM.identifier), literal(id)),
    ];
    if (published) quads.push(quad(node, term(TERM.datePublished), literal(published, term(`${NS.xsd}date`))));
    return quads;
  }

  /** The direct triple, then one reified statement per article that states it. */
  fact(fact: ExportFact): Quad[] {
    const subject = this.entityNode(fact.subject);
    const predicate = term(predicateIri(fact.predicate));
    const object = dateLiteral(fact.object) ?? this.entityNode(fact.object);
    return [quad(subject, predicate, object), ...fact.statements.flatMap((s) => this.statement(fact.id, s, subject, predicate, object))];
  }

  private statement(factId: string, statement: MergedStatement, subject: NamedNode, predicate: NamedNode, object: Quad_Object): Quad[] {
    const node = term(this.iris.statement(statementId(statement.article, factId)));
    const evidence = [...new Set(statement.evidence.map((ev) => ev.text))];
    return [
      quad(node, term(TERM.type), term(TERM.Statement)),
      quad(node, term(TERM.subject), subject),
      quad(node, term(TERM.predicate), predicate),
      quad(node, term(TERM.object), object),
      quad(node, term(TERM.article), term(this.iris.article(statement.article))),
      quad(node, term(TERM.confidence), literal(decimalLiteral(statement.confidence), term(`${NS.xsd}decimal`))),
      ...evidence.map((text) => quad(node, term(TERM.evidence), literal(text))),
      ...Object.entries(statement.qualifiers ?? {}).map(([key, value]) => quad(
        node, term(qualifierIri(key)), typeof value === 'number' ? numberLiteral(value) : literal(value),
      )),
    ];
  }

  /** Every triple of a batch: the article, its entities, its facts, in that order. */
  batch(batch: ExportBatch): Quad[] {
    return [
      ...(batch.article ? this.article(batch.article.id, batch.article.published) : []),
      ...batch.entities.flatMap((e) => this.entity(e)),
      ...batch.facts.flatMap((f) => this.fact(f)),
    ];
  }
}

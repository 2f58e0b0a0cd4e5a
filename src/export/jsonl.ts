// JSON Lines: one fact per line with both ends named, ready for a training set
// or `jq`. Per-article input gives `article`; a merged graph gives `articles` and `support`.
import { WIKIDATA_PROPERTY } from '../contract.ts';
import type { ExportEntity, ExportFact, InputKind } from './graph.ts';
import { openSink, type ExportFormat } from './format.ts';

function end(entity: ExportEntity) {
  return { id: entity.id, name: entity.name, type: entity.type, ...(entity.value === undefined ? {} : { value: entity.value }) };
}

/** The JSONL record of one fact; key order is fixed so output is byte-stable. */
export function factLine(fact: ExportFact, kind: InputKind): Record<string, unknown> {
  const provenance = kind === 'documents'
    ? { article: fact.statements[0]!.article }
    : { support: fact.statements.length, articles: fact.statements.map((s) => s.article) };
  // A merged fact's qualifiers may differ by article; they stay in the graph's own facts.jsonl.
  const qualifiers = kind === 'documents' ? fact.statements[0]!.qualifiers : undefined;
  return {
    id: fact.id,
    subject: end(fact.subject),
    predicate: fact.predicate,
    wikidata: WIKIDATA_PROPERTY[fact.predicate],
    object: end(fact.object),
    confidence: fact.confidence,
    ...provenance,
    evidence: fact.statements.flatMap((s) => s.evidence.map((ev) => ({
      ...(kind === 'merged' ? { article: s.article } : {}),
      text: ev.text,
      ...(ev.ruleId === undefined ? {} : { ruleId: ev.ruleId }),
    }))),
    ...(qualifiers ? { qualifiers } : {}),
  };
}

export const openJsonl: ExportFormat['open'] = async (target) => {
  const sink = await openSink(target);
  let facts = 0;
  return {
    async write(batch) {
      for (const fact of batch.facts) sink.write(`${JSON.stringify(factLine(fact, target.kind))}\n`);
      facts += batch.facts.length;
      await sink.flush();
    },
    async end() {
      await sink.close();
      return { files: target.out ? [target.out] : [], facts };
    },
    abort: () => sink.abort(),
  };
};

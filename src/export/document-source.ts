// Per-article documents as export batches: one batch per article, read and
// converted one at a time. Ids come from identity alone (not the article), so
// the same thing has the same IRI in every article and in the merged graph.
import type { EntityRecord, FactsDocument } from '../contract.ts';
import { entityIdentity, factIdentity, stableId } from '../identity.ts';
import { DocumentError, readDocument } from './documents.ts';
import type { ExportBatch, ExportEntity, ExportFact, GraphSource } from './graph.ts';

function exportEntity(entity: EntityRecord, article: string): ExportEntity {
  return {
    id: stableId(entityIdentity(entity)),
    type: entity.type,
    name: entity.name,
    ...(entity.value === undefined ? {} : { value: entity.value }),
    aliases: entity.aliases ?? [],
    attributes: entity.attributes ?? {},
    article,
    localId: entity.id,
  };
}

/** A document's entities and facts with stable ids and facts' ends resolved to their entities. */
export function documentBatch(doc: FactsDocument): ExportBatch {
  const article = doc.article.id;
  const entities = doc.entities.map((e) => exportEntity(e, article));
  const byLocalId = new Map(entities.map((e) => [e.localId!, e]));
  const facts: ExportFact[] = doc.facts.map((fact) => {
    // The validator has checked that both ends exist.
    const subject = byLocalId.get(fact.subject)!;
    const object = byLocalId.get(fact.object)!;
    return {
      id: stableId(factIdentity(subject.id, fact.predicate, object.id)),
      subject,
      predicate: fact.predicate,
      object,
      confidence: fact.confidence,
      statements: [{
        article,
        facts: [fact.id],
        confidence: fact.confidence,
        evidence: fact.evidence.map((ev) => (ev.ruleId === undefined ? { text: ev.text } : { text: ev.text, ruleId: ev.ruleId })),
        ...(fact.qualifiers ? { qualifiers: fact.qualifiers } : {}),
      }],
    };
  });
  return { article: doc.article, entities, facts };
}

/** The documents in `files` (already sorted), one batch each; an unusable file is reported and skipped. */
export function documentSource(files: string[]): GraphSource {
  return {
    kind: 'documents',
    async *batches(report) {
      for (const file of files) {
        let doc: FactsDocument;
        try {
          doc = await readDocument(file);
        } catch (error) {
          if (!(error instanceof DocumentError)) throw error;
          report({ file: error.file, reason: error.reason });
          continue;
        }
        yield documentBatch(doc);
      }
    },
  };
}

// The pipeline: the ordered list of stages an article passes through. Each
// stage takes the document and returns it with one more layer added.
import type { ArticleDoc, ArticleMeta, Stage } from './types.ts';
import { readArticle } from './10-read.ts';
import { tokenize } from './20-sentences.ts';
import { findMentions } from './30-mentions.ts';
import { typeMentions } from './40-typing.ts';
import { resolveCoreference } from './50-coreference.ts';
import { extractRelations } from './60-relations.ts';
import { assemble } from './70-assemble.ts';

export const STAGES: readonly [string, Stage][] = [
  ['read', readArticle],
  ['sentences', tokenize],
  ['mentions', findMentions],
  ['typing', typeMentions],
  ['coreference', resolveCoreference],
  ['relations', extractRelations],
  ['assembly', assemble],
];

export { PIPELINE_VERSION } from './version.ts';

export function runPipeline(text: string, meta: ArticleMeta): ArticleDoc {
  let doc: ArticleDoc = { input: text, text, meta, header: null, tokens: [], sentences: [], mentions: [], entities: [], facts: [], warnings: [] };
  for (const [, stage] of STAGES) doc = stage(doc);
  return doc;
}

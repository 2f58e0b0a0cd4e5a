// What a batch run needs from each article: its facts/v1 document as the JSON
// text to write, and two counts for the summary. Workers compute it whole, so
// the main thread receives one string instead of cloning a document back and
// serialising it again: on a 2-core machine every bit of main-thread work is
// taken from the workers.
import { extract, type ExtractOptions } from '../extract.ts';
import type { FactsDocument } from '../contract.ts';
import { documentJson } from '../io.ts';

export interface JsonTask {
  text: string;
  options: ExtractOptions;
  /** For an HTML page: the file its extracted text is kept in, which the document records (the offsets point into it). */
  htmlTextFile?: string;
}

export interface ExtractedJson {
  json: string;
  entities: number;
  facts: number;
}

export function extractJson(task: JsonTask): ExtractedJson {
  const doc = withSourceFormat(extract(task.text, task.options), task.htmlTextFile);
  return { json: documentJson(doc), entities: doc.entities.length, facts: doc.facts.length };
}

/** For HTML, say so in the document: facts/v1 allows optional fields, and these two tell where the offsets point. */
function withSourceFormat(doc: FactsDocument, htmlTextFile: string | undefined): FactsDocument {
  if (htmlTextFile === undefined) return doc;
  return { ...doc, article: { ...doc.article, format: 'html', textFile: htmlTextFile } as FactsDocument['article'] };
}

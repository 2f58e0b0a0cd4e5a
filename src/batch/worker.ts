// The code each worker thread runs. Importing this module loads the pipeline
// (and its wink-nlp model) once per thread; every task then reuses it.
import { extract, type ExtractOptions } from '../extract.ts';
import type { FactsDocument } from '../contract.ts';
import type { HtmlArticle } from './html.ts';
import { extractJson, type ExtractedJson, type JsonTask } from './extract-json.ts';

export interface ExtractTask {
  text: string;
  options: ExtractOptions;
}

/** The default task: one article's text → its validated facts/v1 document. */
export default function extractTask(task: ExtractTask): FactsDocument {
  return extract(task.text, task.options);
}

/** The `json` task: one article's text → its document as the JSON text a batch run writes. */
export function json(task: JsonTask): ExtractedJson {
  return extractJson(task);
}

/** The `html` task: an HTML page → its main text, off the main thread because Readability is CPU work too. */
export async function html(page: string): Promise<HtmlArticle> {
  // Loaded on the first page: runs over plain text never load the HTML libraries.
  const { htmlToArticle } = await import('./html.ts');
  return htmlToArticle(page);
}

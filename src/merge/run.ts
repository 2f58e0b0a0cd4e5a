// `facts merge` from start to end: read the documents one at a time, merge, write.
import path from 'node:path';
import { DocumentError, DOCUMENT_SUFFIX, listDocuments, pathKind, readDocument } from '../export/documents.ts';
import type { InputProblem } from '../export/graph.ts';
import { mergeOccurrences, type MergedGraph } from './merge.ts';
import { addDocument, emptyOccurrences } from './occurrences.ts';
import { MERGED_ENTITIES_FILE } from './types.ts';
import { writeMergedGraph } from './write.ts';

/** The documents to merge, or a DocumentError saying why `input` has none. */
async function documentsOf(input: string): Promise<string[]> {
  const kind = await pathKind(input);
  if (kind === 'missing') throw new DocumentError(input, 'no such file or folder');
  if (kind === 'file') {
    if (!input.endsWith(DOCUMENT_SUFFIX)) throw new DocumentError(input, `not a ${DOCUMENT_SUFFIX} document nor a folder`);
    return [input];
  }
  if (await pathKind(path.join(input, MERGED_ENTITIES_FILE)) === 'file') {
    throw new DocumentError(input, 'is a merged graph already; merge the output folder it was made from');
  }
  const files = await listDocuments(input);
  if (!files.length) throw new DocumentError(input, `holds no *${DOCUMENT_SUFFIX} documents; run \`facts extract\` first`);
  return files;
}

export interface MergeResult {
  graph: MergedGraph;
  files: string[];
}

/** Merges and writes; returns undefined when there was nothing to merge (already reported). */
export async function runMerge(input: string, out: string, report: (problem: InputProblem) => void): Promise<MergeResult | undefined> {
  let files: string[];
  try {
    files = await documentsOf(input);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    report({ file: error.file, reason: error.reason });
    return undefined;
  }
  const occurrences = emptyOccurrences();
  for (const file of files) {
    try {
      addDocument(occurrences, await readDocument(file));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      report({ file: error.file, reason: error.reason });
    }
  }
  const graph = mergeOccurrences(occurrences);
  return { graph, files: await writeMergedGraph(out, graph) };
}

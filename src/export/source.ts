// Which input `facts export` was given: a merged graph folder (entities.jsonl and
// facts.jsonl), an output folder of *.facts.json documents, or one document.
import path from 'node:path';
import { MERGED_ENTITIES_FILE, MERGED_FACTS_FILE } from '../merge/types.ts';
import { DocumentError, DOCUMENT_SUFFIX, listDocuments, pathKind } from './documents.ts';
import { documentSource } from './document-source.ts';
import type { GraphSource } from './graph.ts';
import { mergedSource } from './merged-source.ts';

/** The source behind `input`, or a DocumentError saying why it is none. */
export async function openSource(input: string): Promise<GraphSource> {
  const kind = await pathKind(input);
  if (kind === 'missing') throw new DocumentError(input, 'no such file or folder');
  if (kind === 'file') {
    if (!input.endsWith(DOCUMENT_SUFFIX)) throw new DocumentError(input, `not a ${DOCUMENT_SUFFIX} document nor a folder`);
    return documentSource([input]);
  }
  const [entities, facts] = await Promise.all([
    pathKind(path.join(input, MERGED_ENTITIES_FILE)),
    pathKind(path.join(input, MERGED_FACTS_FILE)),
  ]);
  if (entities === 'file' && facts === 'file') return mergedSource(input);
  if (entities === 'file' || facts === 'file') {
    const missing = entities === 'file' ? MERGED_FACTS_FILE : MERGED_ENTITIES_FILE;
    throw new DocumentError(input, `looks like a merged graph but has no ${missing}; run \`facts merge\` again`);
  }
  const files = await listDocuments(input);
  if (!files.length) {
    throw new DocumentError(input, `holds no *${DOCUMENT_SUFFIX} documents and no ${MERGED_ENTITIES_FILE}/${MERGED_FACTS_FILE}; run \`facts extract\` or \`facts merge\` first`);
  }
  return documentSource(files);
}

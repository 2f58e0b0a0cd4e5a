// Writing the merged graph: one JSON object per line, each file written beside
// itself and renamed, so a killed run never leaves half a graph.
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { MergedGraph } from './merge.ts';
import { MERGED_ENTITIES_FILE, MERGED_FACTS_FILE } from './types.ts';

async function writeJsonLines(file: string, records: readonly unknown[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, 'utf8');
  for (const record of records) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  await rename(tmp, file);
}

/** Writes entities.jsonl and facts.jsonl into `folder`; returns their paths. */
export async function writeMergedGraph(folder: string, graph: MergedGraph): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files = [path.join(folder, MERGED_ENTITIES_FILE), path.join(folder, MERGED_FACTS_FILE)];
  await writeJsonLines(files[0]!, graph.entities);
  await writeJsonLines(files[1]!, graph.facts);
  return files;
}

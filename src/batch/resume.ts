// Resuming: which inputs already have an up-to-date output. The facts/v1
// document records the input's sha256 but not the pipeline version, so the
// run keeps <out>/manifest.jsonl, one line per output written:
//   {"id":"a1","input":"<sha256 of input bytes>","pipeline":"0.1.0","output":"<sha256 of a1.facts.json>"}
// The line is appended after the output's temporary file is written and before
// it is renamed into place, so every output on disk has its line. An input is
// skipped only when its line matches the input's sha256 and the pipeline
// version AND the file on disk still hashes to `output` (and, for HTML, the
// extracted text to `text`): an output from an older run, a half-done one or
// one edited by hand is redone, never trusted.
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex, stageFile } from '../io.ts';

export const MANIFEST_FILE = 'manifest.jsonl';

export interface ManifestEntry {
  id: string;
  /** sha256 of the input bytes. */
  input: string;
  /** PIPELINE_VERSION of the run that wrote the output. */
  pipeline: string;
  /** sha256 of <id>.facts.json as written. */
  output: string;
  /** sha256 of <id>.txt, the text extracted from an HTML input. */
  text?: string;
}

export function outputFile(outDir: string, id: string): string {
  return path.join(outDir, `${id}.facts.json`);
}

/** Where the text extracted from an HTML input is kept, so that its offsets can be checked. */
export function extractedTextFile(outDir: string, id: string): string {
  return path.join(outDir, `${id}.txt`);
}

export interface Manifest {
  /** True when `id`'s output on disk was made from these exact input bytes by this pipeline version. */
  isCurrent(id: string, inputSha256: string, pipelineVersion: string): Promise<boolean>;
  /** Append the entry; call before the output is renamed into place. */
  record(entry: ManifestEntry): Promise<void>;
}

export async function openManifest(outDir: string): Promise<Manifest> {
  const file = path.join(outDir, MANIFEST_FILE);
  const { entries, lines } = await loadEntries(file);
  // Each run appends; when most lines are superseded, rewrite the file with the latest line per id.
  if (lines > 2 * entries.size + 1000) {
    const staged = await stageFile(file, [...entries.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
    await staged.commit();
  }
  let tail: Promise<void> = Promise.resolve();
  return {
    async isCurrent(id, inputSha256, pipelineVersion) {
      const entry = entries.get(id);
      if (!entry || entry.input !== inputSha256 || entry.pipeline !== pipelineVersion) return false;
      if ((await fileSha256(outputFile(outDir, id))) !== entry.output) return false;
      return entry.text === undefined || (await fileSha256(extractedTextFile(outDir, id))) === entry.text;
    },
    record(entry) {
      entries.set(entry.id, entry);
      const written = tail.then(() => appendFile(file, `${JSON.stringify(entry)}\n`));
      tail = written.catch(() => undefined);
      return written;
    },
  };
}

/** The latest entry per id; a line cut short by a killed run is ignored (its output was never renamed into place). */
async function loadEntries(file: string): Promise<{ entries: Map<string, ManifestEntry>; lines: number }> {
  const entries = new Map<string, ManifestEntry>();
  const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  let lines = 0;
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    const entry = parseEntry(line);
    if (entry) entries.set(entry.id, entry);
  }
  return { entries, lines };
}

function parseEntry(line: string): ManifestEntry | null {
  try {
    const value = JSON.parse(line) as Partial<ManifestEntry>;
    const isText = (x: unknown) => typeof x === 'string' && x.length > 0;
    if (!isText(value.id) || !isText(value.input) || !isText(value.pipeline) || !isText(value.output)) return null;
    if (value.text !== undefined && !isText(value.text)) return null;
    return value as ManifestEntry;
  } catch {
    return null;
  }
}

async function fileSha256(file: string): Promise<string | null> {
  return readFile(file).then(sha256Hex, () => null);
}

// Reading inputs and writing outputs: bytes in, documents out, nothing half-written.
import { readFile, writeFile, rename, mkdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import fg from 'fast-glob';

export interface InputText {
  id: string;
  source: string;
  text: string;
  sha256: string;
}

/** Files, folders (their .txt files) and globs → a sorted list of input paths. */
export async function expandInputs(patterns: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const pattern of patterns) {
    const info = await stat(pattern).catch(() => null);
    if (info?.isDirectory()) {
      for (const f of await fg('**/*.txt', { cwd: pattern, onlyFiles: true })) files.add(path.join(pattern, f));
    } else if (info?.isFile()) {
      files.add(pattern);
    } else if (fg.isDynamicPattern(pattern)) {
      const found = await fg(pattern, { onlyFiles: true });
      if (!found.length) missing.push(pattern);
      for (const f of found) files.add(f);
    } else {
      missing.push(pattern);
    }
  }
  return { files: [...files].sort(), missing };
}

export async function readInput(file: string): Promise<InputText> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  return { id: path.basename(file).replace(/\.[^.]+$/, ''), source: file, text, sha256 };
}

/** Write through a temporary file and rename, so a killed run never leaves half a document. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(tmp, file);
}

// Reading inputs and writing outputs: bytes in, documents out, nothing half-written.
// `facts extract`, `facts report` and any other reader go through readInput, so
// they all see the same text and therefore agree on offsets.
import { readFile, writeFile, rename, mkdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { decodeArticleBytes } from './batch/decode.ts';

export type InputFormat = 'text' | 'html';

export interface InputText {
  id: string;
  source: string;
  /** The text the facts' offsets refer to: the decoded file, or for HTML its extracted main text. */
  text: string;
  /** sha256 of the exact input bytes (for HTML, of the HTML). */
  sha256: string;
  format: InputFormat;
  /** The page's own published date (HTML metadata), when it states one. */
  published: string | null;
}

/** A problem that makes one input unreadable, and the step that found it. */
export class InputError extends Error {
  constructor(readonly file: string, readonly stage: 'read' | 'decode' | 'html', readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** "news/a1.html" → "a1": the id, and so the output name, is the file name without its extension. */
export function articleId(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '') || path.basename(file);
}

export function inputFormat(file: string): InputFormat {
  return /\.html?$/i.test(file) ? 'html' : 'text';
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Bytes → the article text, throwing an InputError that says why when they are
 * not text. The batch run does the same two steps (decode, then HTML → text)
 * in src/batch/article.ts, with the HTML step on a worker.
 */
export async function inputFromBytes(bytes: Uint8Array, meta: { id: string; source: string; format: InputFormat; sha256?: string }): Promise<InputText> {
  const sha256 = meta.sha256 ?? sha256Hex(bytes);
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) throw new InputError(meta.source, 'decode', decoded.reason);
  if (meta.format === 'text') return { ...meta, text: decoded.text, sha256, published: null };
  try {
    // Loaded only for HTML, so that readers of plain text need not load a DOM.
    const { htmlToArticle } = await import('./batch/html.ts');
    const article = htmlToArticle(decoded.text);
    return { ...meta, text: article.text, sha256, published: article.published };
  } catch (error) {
    throw new InputError(meta.source, 'html', `could not read the HTML: ${(error as Error).message}`);
  }
}

/** Reads one article file; file-system errors are thrown as they are (with their `code`), bad bytes as InputError. */
export async function readInput(file: string): Promise<InputText> {
  const bytes = await readFile(file);
  return inputFromBytes(bytes, { id: articleId(file), source: file, format: inputFormat(file) });
}

/** A file written to a temporary name, not yet visible under its own name. */
export interface StagedFile {
  file: string;
  /** Rename into place: the one step that makes the new content visible, all at once. */
  commit(): Promise<void>;
  /** Remove the temporary file when the write is abandoned. */
  discard(): Promise<void>;
}

/** Temporary files are `<name>.<pid>.<n>.tmp` beside the target, so a rename never crosses file systems. */
export const TEMP_FILE = /\.(\d+)\.\d+\.tmp$/;
let tempCounter = 0;

/**
 * Write the content to a temporary file beside `file`. Nothing under `file`
 * changes until commit(), so a run killed at any moment leaves either the old
 * complete file or the new complete file, never half of one.
 */
export async function stageFile(file: string, content: string): Promise<StagedFile> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${tempCounter++}.tmp`;
  try {
    await writeFile(tmp, content);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return { file, commit: () => rename(tmp, file), discard: () => rm(tmp, { force: true }) };
}

export function documentJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Write through a temporary file and rename, so a killed run never leaves half a document. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await (await stageFile(file, documentJson(value))).commit();
}

// What the user pointed at → a stream of input files, one at a time, so that a
// folder of a million articles is walked, never listed in full first. A folder
// or glob that cannot be read is reported, never skipped in silence.
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

export type InputRef =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  /** A pattern or folder that named nothing readable: reported as an error. */
  | { kind: 'missing'; pattern: string; reason: string };

/** The files a folder contributes; other files in it (images, gold files, notes) are not articles. */
export const ARTICLE_FILE = /\.(txt|html?)$/i;

export interface ListOptions {
  /** A folder never walked into: the output folder, whose extracted <id>.txt files are not inputs. */
  exclude?: string;
}

/**
 * Files, folders (their .txt/.html/.htm files, in all subfolders) and glob
 * patterns, in the order given; `-` is standard input. Each file is yielded
 * once even when two patterns name it.
 */
export async function* listInputs(patterns: string[], options: ListOptions = {}): AsyncGenerator<InputRef> {
  const seen = new Set<string>();
  const once = (file: string): InputRef[] => {
    const key = path.resolve(file);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ kind: 'file', path: file }];
  };
  let stdinListed = false;
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (!stdinListed) yield { kind: 'stdin' };
      stdinListed = true;
      continue;
    }
    const info = await stat(pattern).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) { yield* once(pattern); continue; }
      let found = 0; // files, or folders that could not be listed (already reported)
      for await (const ref of walkFolder(pattern, options.exclude === undefined ? null : path.resolve(options.exclude), new Set())) {
        found++;
        if (ref.kind === 'file') yield* once(ref.path); else yield ref;
      }
      if (!found) yield { kind: 'missing', pattern, reason: 'no .txt, .html or .htm files in this folder' };
    } else if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') {
      yield { kind: 'missing', pattern, reason: `cannot look at this path: ${describe(info)}` };
    } else if (fg.isDynamicPattern(pattern)) {
      yield* expandGlob(pattern, once);
    } else {
      yield { kind: 'missing', pattern, reason: 'no such file, folder or matching glob' };
    }
  }
}

/**
 * A folder's article files, depth first. Hidden entries (.git, .cache) are
 * not walked; symbolic links are followed, each real folder once.
 */
async function* walkFolder(folder: string, exclude: string | null, walked: Set<string>): AsyncGenerator<InputRef> {
  let dir;
  try {
    const real = await realpath(folder);
    if (walked.has(real)) return;
    walked.add(real);
    dir = await opendir(folder);
  } catch (error) {
    yield { kind: 'missing', pattern: folder, reason: `cannot list this folder: ${describe(error as NodeJS.ErrnoException)}` };
    return;
  }
  const subfolders: string[] = [];
  for await (const entry of dir) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(full).then((s) => s.isDirectory(), () => false)));
    if (isFolder) {
      if (path.resolve(full) !== exclude) subfolders.push(full);
    } else if (ARTICLE_FILE.test(entry.name)) {
      yield { kind: 'file', path: full };
    }
  }
  for (const sub of subfolders.sort()) yield* walkFolder(sub, exclude, walked);
}

async function* expandGlob(pattern: string, once: (file: string) => InputRef[]): AsyncGenerator<InputRef> {
  let count = 0;
  try {
    for await (const entry of fg.stream(pattern, { onlyFiles: true })) {
      count++;
      yield* once(String(entry));
    }
  } catch (error) {
    yield { kind: 'missing', pattern, reason: `cannot expand this glob: ${describe(error as NodeJS.ErrnoException)}` };
    return;
  }
  if (!count) yield { kind: 'missing', pattern, reason: 'no file matches this glob' };
}

function describe(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'no read permission';
  return error.code ?? error.message;
}

/** How many inputs (and patterns naming nothing) there are, counted by a second walk: the progress bar's total. */
export async function countInputs(patterns: string[], options: ListOptions = {}): Promise<number> {
  let count = 0;
  for await (const _ of listInputs(patterns, options)) count++;
  return count;
}

/** True when the inputs are one file or standard input: one article, which a worker thread would only slow down. */
export async function namesOneArticle(patterns: string[]): Promise<boolean> {
  if (patterns.length !== 1) return false;
  if (patterns[0] === '-') return true;
  return stat(patterns[0]).then((info) => info.isFile(), () => false);
}

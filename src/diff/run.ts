// Streams a diff of two runs article by article: one pair of files is read,
// compared and handed on before the next is read, so memory stays that of one
// article however large the folders are.
import { compareArticle, type ArticleSide } from './compare.ts';
import { DiffInputError, readFactsFile } from './load.ts';
import { pairArticles, type RunSide } from './sides.ts';
import type { ArticleDiff, DiffError, DiffOptions } from './types.ts';

export type DiffEvent =
  | { kind: 'article'; diff: ArticleDiff }
  /** One article could not be compared; `errors` names each bad file of its pair. */
  | { kind: 'failed'; article: string; errors: DiffError[] };

function readSide(file: string | undefined): ArticleSide | DiffError | undefined {
  if (file === undefined) return undefined;
  try {
    return { file, doc: readFactsFile(file) };
  } catch (error) {
    if (error instanceof DiffInputError) return { file: error.file, reason: error.reason };
    throw error;
  }
}

const isError = (side: ArticleSide | DiffError | undefined): side is DiffError => side !== undefined && 'reason' in side;

export function* diffRuns(before: RunSide, after: RunSide, options: DiffOptions): Generator<DiffEvent> {
  for (const pair of pairArticles(before, after)) {
    const old = readSide(pair.oldFile);
    const now = readSide(pair.newFile);
    if (isError(old) || isError(now)) {
      yield { kind: 'failed', article: pair.article, errors: [old, now].filter(isError) };
      continue;
    }
    yield { kind: 'article', diff: compareArticle(pair.article, old, now, options) };
  }
}

// `--json`: one JSON object, written as the articles stream by so a diff of
// 10,000 articles never has to be held whole. The shape is documented in docs/diff.md.
import type { ArticleDiff, DiffError, DiffTotals } from './types.ts';

export const DIFF_JSON_SCHEMA = 'facts-diff/v1';

/** Indents a pretty-printed value so it sits `depth` levels deep in the enclosing object. */
function nested(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

export class JsonDiffWriter {
  private articlesWritten = 0;

  constructor(private readonly write: (chunk: string) => void) {}

  /** Opens the object; `old` and `new` are the paths as given. */
  begin(header: { old: string; new: string; changes: boolean }): void {
    const fields = { schema: DIFF_JSON_SCHEMA, ...header };
    const lines = Object.entries(fields).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
    this.write(`{\n${lines.join('\n')}\n  "articles": [`);
  }

  /** Unchanged articles are left out: they are counted in the totals only. */
  article(diff: ArticleDiff): void {
    if (diff.status === 'unchanged') return;
    this.write(`${this.articlesWritten++ ? ',' : ''}\n${nested(diff, 2)}`);
  }

  end(errors: DiffError[], totals: DiffTotals): void {
    const closeArticles = this.articlesWritten ? '\n  ]' : ']';
    this.write(`${closeArticles},\n  "errors": ${nested(errors, 1).trimStart()},\n  "totals": ${nested(totals, 1).trimStart()}\n}\n`);
  }
}

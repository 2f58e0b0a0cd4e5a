// Small helpers for the stage tests: run the pipeline on a sentence of our own and look things up.
import { runPipeline } from '../pipeline/index.ts';
import type { ArticleDoc } from '../pipeline/types.ts';

export function run(text: string, published: string | null = null): ArticleDoc {
  return runPipeline(text, { id: 't', source: null, sha256: '0'.repeat(64), published });
}

export function entity(doc: ArticleDoc, name: string) {
  return doc.output!.entities.find((e) => e.name === name || e.aliases?.includes(name));
}

/** Facts as "subject —predicate→ object" lines, easy to assert on. */
export function factLines(doc: ArticleDoc): string[] {
  const out = doc.output!;
  const name = (id: string) => out.entities.find((e) => e.id === id)!.name;
  return out.facts.map((f) => `${name(f.subject)} —${f.predicate}→ ${name(f.object)}`);
}

// N-Triples and Turtle, written by n3's Writer as each batch arrives. The
// writer's text goes into our sink, which is flushed after every batch, so
// the output never waits in memory for the whole corpus.
import { Writer } from 'n3';
import type { ExportFormat, ExportTarget, FormatWriter } from './format.ts';
import { openSink } from './format.ts';
import { TripleBuilder } from './triples.ts';
import { iriScheme, NS } from './vocabulary.ts';

/** Prefixes Turtle abbreviates with: the vocabularies, then the base's three kinds of thing. */
export function turtlePrefixes(base: string): Record<string, string> {
  return { ...NS, entity: `${base}entity/`, article: `${base}article/`, statement: `${base}statement/` };
}

async function openRdf(target: ExportTarget, format: 'N-Triples' | 'Turtle'): Promise<FormatWriter> {
  const sink = await openSink(target);
  const writer = new Writer({
    write: (chunk: string, _encoding: string, done?: () => void) => { sink.write(chunk); done?.(); },
    end: (done?: () => void) => { done?.(); },
  }, format === 'Turtle' ? { format, prefixes: turtlePrefixes(target.base) } : { format });
  const triples = new TripleBuilder(iriScheme(target.base), target.kind);
  const counts = { entities: 0, facts: 0, triples: 0 };
  return {
    async write(batch) {
      for (const quad of triples.batch(batch)) {
        writer.addQuad(quad);
        counts.triples += 1;
      }
      counts.entities += batch.entities.length;
      counts.facts += batch.facts.length;
      await sink.flush();
    },
    async end() {
      await new Promise<void>((resolve) => writer.end(() => resolve()));
      await sink.close();
      return { files: target.out ? [target.out] : [], ...counts };
    },
    abort: () => sink.abort(),
  };
}

export const openNtriples: ExportFormat['open'] = (target) => openRdf(target, 'N-Triples');

export const openTurtle: ExportFormat['open'] = (target) => openRdf(target, 'Turtle');

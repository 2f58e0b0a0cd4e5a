// The export formats, by the name --format takes. Each writer's module (and
// its library: n3, csv-stringify) is loaded only when that format is opened,
// so that `facts --help` and the other commands never wait for them.
import type { ExportFormat } from './format.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    name: 'jsonl',
    output: 'file',
    description: 'one fact per line: subject and object (id, name, type), predicate, Wikidata id, confidence, article(s), evidence',
    open: async (target) => (await import('./jsonl.ts')).openJsonl(target),
  },
  {
    name: 'csv',
    output: 'folder',
    description: 'entities.csv and facts.csv in the --out folder (RFC 4180)',
    open: async (target) => (await import('./csv.ts')).openCsv(target),
  },
  {
    name: 'ntriples',
    output: 'file',
    description: 'N-Triples: schema.org classes, Wikidata properties, provenance by reification',
    open: async (target) => (await import('./rdf.ts')).openNtriples(target),
  },
  {
    name: 'turtle',
    output: 'file',
    description: 'Turtle: the same triples as ntriples, with prefixes',
    open: async (target) => (await import('./rdf.ts')).openTurtle(target),
  },
  {
    name: 'jsonld',
    output: 'file',
    description: 'schema.org JSON-LD with the @context embedded (expands offline); the same triples as ntriples',
    open: async (target) => (await import('./jsonld.ts')).openJsonld(target),
  },
];

export function findFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}

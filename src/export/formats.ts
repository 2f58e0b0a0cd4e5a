// The export formats, by the name --format takes.
import { csvFormat } from './csv.ts';
import type { ExportFormat } from './format.ts';
import { jsonldFormat } from './jsonld.ts';
import { jsonlFormat } from './jsonl.ts';
import { ntriplesFormat, turtleFormat } from './rdf.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = [jsonlFormat, csvFormat, ntriplesFormat, turtleFormat, jsonldFormat];

export function findFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}

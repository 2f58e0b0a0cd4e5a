// The draft of a mention, as the finders of pipeline/30-mentions.ts and pipeline/mentions/ make it: a mention
// without its number and attributes, which findMentions gives once every finder has run.
import type { Mention } from '../types.ts';

export type Draft = Omit<Mention, 'id' | 'attributes'> & { attributes?: Mention['attributes'] };

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
export const overlapsAny = (a: { start: number; end: number }, list: { start: number; end: number }[]) => list.some((b) => overlaps(a, b));

// The spec's name folding: two names match when they differ only in case,
// quotes, a trailing possessive or surrounding punctuation.
export function foldName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’'"“”«»`]/g, (q, at: number, all: string) => (q === '’' || q === "'") && /\p{L}/u.test(all[at - 1] ?? '') && /\p{L}/u.test(all[at + 1] ?? '') ? "'" : '')
    .replace(/'s$/, '')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

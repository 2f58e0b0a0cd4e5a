// Name folding from the spec's matching rules (shared/spec/facts-v1.md, "Gold
// files"): two names are the same name when they differ only in case, quotes,
// a trailing possessive, surrounding punctuation or spacing. Accents are kept:
// the gold lists accented and plain spellings separately when both are right.

/** Curly, low and prime single quotes, backtick and acute accent, all written as "'". */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u2039\u203A]/g;
/** Curly, low and prime double quotes and guillemets, all written as '"'. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Spaces and punctuation at either end; symbols such as "+" in "Harbor TV+" are kept. */
const SURROUNDING = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const TRAILING_POSSESSIVE = /'s$/;
const ANY_QUOTE = /['"]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * The form two names are compared in: "“Northwind’s”," and "northwind" fold alike, and so
 * do "Don’t Look Back Now" and "Don't Look Back Now". Possessives go before quotes do,
 * so that "Northwind's" loses its "'s" rather than becoming "northwinds".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SURROUNDING, '')
    .replace(TRAILING_POSSESSIVE, '')
    .replace(ANY_QUOTE, '')
    .replace(SURROUNDING, '')
    .replace(WHITESPACE_RUN, ' ');
}

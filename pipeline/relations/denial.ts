// Article-wide guesses credit a work to the article's album, artist or label
// from its being named there at all. A work named only in sentences that deny
// something of it ("Neither did it feature X", "not to be confused with X",
// "X was left off the album") is named as what the article's subject is not:
// no such guess is made for it.
const DENIAL = /\b(?:not|never|neither|nor|none|without|omit(?:s|ted|ting)?|left off|exclud(?:e|es|ed|ing))\b|n't\b/i;

/** Every sentence naming the work denies something. */
export function namedOnlyInDenials(sentences: string[]): boolean {
  return sentences.length > 0 && sentences.every((text) => DENIAL.test(text));
}

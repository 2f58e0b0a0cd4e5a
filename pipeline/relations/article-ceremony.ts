// An awards ceremony report: the article names one ceremony ("the 12th Lyre
// Music Awards", a name in the plural) and the categories won at it. A category
// written as a name ("Best OST") is the award its winner received, and the
// dev gold stops there; one written in plain words ("won song of the year",
// "the rookie award went to X") names no award of its own, and the phrasings
// marked ceremonyObject credit the win to the ceremony instead.
import type { ArticleDoc } from '../types.ts';

/** "the Lyre Music Awards": a ceremony is named in the plural. */
const CEREMONY = /\bAwards$/;
/** "the 12th Lyre Music Awards", "the 2027 Lyre Music Awards": one ceremony with or without its edition. */
const EDITION = /^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+/;

/** The one ceremony the article names, if it names exactly one (an edition and the plain name are one): its first-named entity. */
export function articleCeremony(doc: ArticleDoc): number | undefined {
  const ceremonies = doc.entities.filter((e) => e.type === 'Award' && e.mentionIds.length && CEREMONY.test(e.name));
  if (!ceremonies.length || new Set(ceremonies.map((e) => e.name.replace(EDITION, ''))).size > 1) return undefined;
  return ceremonies.sort((a, b) => a.mentionIds[0] - b.mentionIds[0])[0].index;
}

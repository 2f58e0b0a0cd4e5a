import type { PredicateRules } from '../pattern.ts';

// Band/Song/Album/Film/TVSeries → its country. "a Japanese rock band" is read from the noun phrase by the modifier rule.
export const countryOfOrigin: PredicateRules = {
  predicate: 'country_of_origin',
  subject: ['Band', 'Song', 'Album', 'Film', 'TVSeries'],
  object: ['Country'],
  phrasings: [
    { id: 'country_of_origin.by-demonym-artist', pattern: '{s:Song|Album} {gap}(?:song|single|track|album|EP|LP|record|recording|recordings|mixtape) (?:originally )?(?:recorded |performed |released |sung |written and performed )?by (?:the )?{o:Country}', confidence: 0.6, example: 'Paper Moon is a song recorded by Swedish singer Mara Lind.' },
    { id: 'country_of_origin.from', pattern: '{s:Band} {gap}(?:band|group|duo|trio|act) (?:from|based in|hailing from|formed in) {o:Country}', confidence: 0.8, example: 'Northwind is a trio rock band from Norway.' },
    // Not "was broadcast in the United States by C": a channel abroad that carried it.
    { id: 'country_of_origin.first-aired-in', pattern: '{s:TVSeries} {gap}(?:first |originally )?(?:aired|premiered|broadcast) (?:on |in )?(?:{date} )?(?:on (?:the )?(?:{any} )?{w0-2})?in {o:Country}(?! by )', confidence: 0.65, example: 'The episode Paper Moon originally aired on the Harbor network in the United States on 16 November 1997.' },
  ],
};

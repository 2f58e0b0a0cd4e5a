import type { PredicateRules } from '../pattern.ts';

// Band/Song/Album/Film/TVSeries → its genre. Mostly read from the noun phrase by the modifier rule ("a rock band").
export const genre: PredicateRules = {
  predicate: 'genre',
  subject: ['Band', 'Song', 'Album', 'Film', 'TVSeries'],
  object: ['Genre'],
  phrasings: [
    { id: 'genre.genre-of', pattern: '{s:Band|Song|Album|Film|TVSeries} {gap}(?:genre|style) (?:of|is) {o:Genre}', confidence: 0.7, example: 'The film Night Train belongs to the genre of thriller.' },
    { id: 'genre.apposition-head', pattern: "{s:Song|Album} , (?:⟦(?:Band|Person)#[\\d+]+⟧ 's |the |a |an )(?:new |latest |first |second |third |debut |next |lead |big |slow )?{o:Genre} ,", confidence: 0.7, example: "The band Northwind are back. The single Paper Moon, the folk band's new ballad, plays over the credits." },
    { id: 'genre.apposition-act', pattern: '{s:Band} , (?:the |an? )(?:(?:first|only|biggest|latest|new|leading|top|veteran|best-selling) )?(?:⟦Country#[\\d+]+⟧ )?{o:Genre} (?:act|group|band|outfit|idols|stars)\\b', confidence: 0.7, example: 'The Oslo group Northwind, the first reggae act to play the hall, opened the night.' },
  ],
};

// Every predicate of the contract, one table each. Adding a predicate adds a
// file here, a line below, and the name in the schema's enum.
import type { PredicateRules } from '../pattern.ts';
import { performer } from './performer.ts';
import { producer } from './producer.ts';
import { composer } from './composer.ts';
import { lyricist } from './lyricist.ts';
import { soundtrackOf } from './soundtrack_of.ts';
import { castMember } from './cast_member.ts';
import { director } from './director.ts';
import { screenwriter } from './screenwriter.ts';
import { basedOn } from './based_on.ts';
import { follows } from './follows.ts';
import { partOf } from './part_of.ts';
import { publicationDate } from './publication_date.ts';
import { memberOf } from './member_of.ts';
import { collaboratedWith } from './collaborated_with.ts';
import { countryOfOrigin } from './country_of_origin.ts';
import { genre } from './genre.ts';
import { chartedIn } from './charted_in.ts';
import { recordLabel } from './record_label.ts';
import { originalBroadcaster } from './original_broadcaster.ts';
import { awardReceived } from './award_received.ts';

export const PREDICATE_RULES: PredicateRules[] = [
  performer, producer, composer, lyricist, soundtrackOf, castMember, director, screenwriter,
  basedOn, follows, partOf, publicationDate, memberOf, collaboratedWith, countryOfOrigin,
  genre, chartedIn, recordLabel, originalBroadcaster, awardReceived,
];

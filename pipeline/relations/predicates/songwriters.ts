// Pieces the lyricist and composer tables share.

/** "on the album ", "on Night Train ": the album named (the album placeholder stands for "the album" too). */
export const ON_THE_ALBUM = '(?:(?:on|from|of) (?:the (?:album|record|EP) |⟦Album#[\\d+]+⟧ ))?';

/** "All songs on the album were ", "All of the tracks are ": an album's songs credited as a whole, up to the verb. */
export const ALL_SONGS = `(?:^|[.;:] )(?:All|Every) (?:of )?(?:the )?(?:songs|tracks|song|track) ${ON_THE_ALBUM}(?:were|are|was|is) `;

/** Not when the credit has an exception ("..., except X, which was written by B"): what the sentence says of X differs. */
export const NO_EXCEPTION = '(?![^.;]*\\b(?:except|excepting|exception|unless|apart from|other than|save for)\\b)';

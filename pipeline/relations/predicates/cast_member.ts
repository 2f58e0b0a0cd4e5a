import type { PredicateRules } from '../pattern.ts';

// Film/TVSeries → a person who acts in it.
export const castMember: PredicateRules = {
  predicate: 'cast_member',
  subject: ['Film', 'TVSeries'],
  object: ['Person'],
  phrasings: [
    { id: 'cast_member.stars', names: ['o'], pattern: '{s:Film|TVSeries} {w0-3}(?:stars|starred|starring|co-stars|co-starring|features|featured|featuring) {w0-3}{o:Person}', confidence: 0.85, example: 'Night Train is a 2020 film. It stars Mara Lind and Tom Alder in prominent roles.' },
    { id: 'cast_member.film-starring', names: ['o'], pattern: '^{s:Film|TVSeries} {clause}(?:film|movie|series|drama|sitcom|telenovela|miniseries|show|comedy|thriller)\\b{clause}(?:starring|co-starring|and starring|stars|starred) {o:Person}', confidence: 0.8, example: 'Night Train is a 1995 Swedish film directed by Mara Lind and starring Tom Alder and Kim Ha-neul.' },
    { id: 'cast_member.alongside', names: ['o'], pattern: '{s:Film|TVSeries} {gap}(?:stars|starring|features|featuring) {clause}alongside (?:leads? |co-stars? )?{o:Person}', confidence: 0.75, example: 'The film Night Train features Tom Alder as a spy, alongside leads Mara Lind and Kim Ha-neul.' },
    { id: 'cast_member.acts-in', pattern: '{o:Person} {w0-2}(?:stars|starred|starring|appears|appeared|acted|plays|played|is cast|was cast) {gap}in {np}{s:Film|TVSeries}', confidence: 0.75, example: 'Mara Lind starred as a detective in the film Night Train.' },
    { id: 'cast_member.cast-of', names: ['o'], pattern: '(?:cast|lead|leads|lead roles) of {np}{s:Film|TVSeries} {gap}(?:includes|include|are|is|were) {o:Person}', confidence: 0.75, example: 'The cast of the film Night Train includes Mara Lind.' },
    { id: 'cast_member.plays-as', subjectFromContext: true, pattern: '{o:Person} (?:also |now )?(?:stars|starred|plays|played|co-stars|co-starred|portrays|portrayed) as', confidence: 0.65, example: 'The film Night Train opens today. Mara Lind stars as a detective.' },
    { id: 'cast_member.apposition-starring', pattern: '{s:Film|TVSeries} , (?:a |an |the ){clause}(?:starring|co-starring|featuring) {o:Person}', confidence: 0.7, example: 'The theme played over the film Night Train, the 2019 adaptation of a manga starring Tom Alder.' },
    { id: 'cast_member.in-which', pattern: '{s:Film|TVSeries} , in which {o:Person} {w0-1}(?:played|plays|starred|stars|appeared|appears|portrayed|portrays|voiced|voices)', confidence: 0.75, example: 'The drama reworked the 2012 film Night Train, in which Tom Alder played a king.' },
    { id: 'cast_member.opposite', pattern: 'opposite {o:Person} in (?:the )?(?:{any} \'s )?{np}{s:Film|TVSeries}', confidence: 0.7, example: 'Mara Lind played the queen opposite Tom Alder in the drama Glass Harbor.' },
    { id: 'cast_member.voiced-by', pattern: '(?:was |is )?voiced by {np}{o:Person} in {np}{s:Film|TVSeries}', confidence: 0.7, example: 'The king was voiced by Tom Alder in the film Night Train.' },
    { id: 'cast_member.subject-features', pattern: '^{s:Film|TVSeries} {clause}(?:to feature|features|featured|featuring|starred|stars|starring|co-starring) {o:Person}', confidence: 0.7, example: 'The film Night Train is the last one to feature Tom Alder as the spy.' },
    { id: 'cast_member.role-in', pattern: '{o:Person} {w0-6}(?:role|roles|starred|starring|appeared|appears|played|plays|portrayed|portraying|voiced|voices|co-starred|guest-starred|was cast|is cast|was paired|were paired) {clause}in (?:the |a |an )?(?:{any} \'s )?{np}{s:Film|TVSeries}', confidence: 0.65, example: 'Tom Alder is known for his role as a detective in the crime drama Glass Harbor.' },
    { id: 'cast_member.which-featured', names: ['o'], pattern: '{s:Film|TVSeries} ,? (?:which|that) (?:also )?(?:featured|features|starred|stars|co-starred) (?:an? |the )?(?:ensemble |main |lead |voice |star-studded )?(?:cast (?:of |including )?)?{o:Person}', confidence: 0.75, example: 'Mara Lind directed the film Night Train, which featured the ensemble cast of Tom Alder, Kim Ha-neul and others.' },
    { id: 'cast_member.starred-as-list', pattern: '(?=, (?:and )?{o:Person} as)(?<={s:Film|TVSeries} {clause}(?:starred|starring|stars|co-starring|co-starred|featured|featuring) {clause})', confidence: 0.75, example: 'The film Night Train starred Mara Lind as the queen, Tom Alder as the king, and Kim Ha-neul as the jester.' },
    { id: 'cast_member.debut-in', pattern: "{o:Person} {w0-3}(?:made )?(?:{any} 's )?(?:acting |screen |film |television |feature film )?debut (?:was )?(?:in|with) (?:the |a |an )?{np}{s:Film|TVSeries}", confidence: 0.7, example: 'Mara Lind made her acting debut in the film Night Train.' },
    { id: 'cast_member.paired-with', pattern: '(?:was |were )?(?:paired|cast|teamed) (?:up )?(?:with|opposite|alongside) {o:Person} in (?:the |a |an )?{np}{s:Film|TVSeries}', confidence: 0.7, example: 'Tom Alder was paired with Mara Lind and Kim Ha-neul in the 2009 film Night Train.' },
    { id: 'cast_member.written-by-and-starring', pattern: '{s:Film|TVSeries} {gap}(?:written|directed|produced|created) by and (?:starring|featuring) {o:Person}', confidence: 0.8, example: 'Tom Alder liked the movie Night Train, written by and starring Mara Lind.' },
  ],
};

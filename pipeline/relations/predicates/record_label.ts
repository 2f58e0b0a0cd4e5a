import type { PredicateRules } from '../pattern.ts';

// Band/Person/Song/Album → the label that releases it.
export const recordLabel: PredicateRules = {
  predicate: 'record_label',
  subject: ['Band', 'Person', 'Song', 'Album'],
  object: ['Organization'],
  phrasings: [
    { id: 'record_label.released-through', names: ['o'], pattern: '{s:Band|Person|Song|Album} {gap}(?:released|issued|distributed|out) (?:(?:on|in) )?(?:{date} ,? |(?:next|this|last) (?:week|month|year) )?(?:through|by|via|under|on) {np}{o:Organization}', confidence: 0.75, example: 'The single Paper Moon will be released next month through Harbor Records.' },
    { id: 'record_label.released-where-by', pattern: '{s:Song|Album} {gap}(?:released|issued|distributed) {gap}(?:through|by|via|under) (?:the )?{o:Organization}', confidence: 0.7, example: 'The single Paper Moon was released on DVD on 3 May 2004, in the United States by Harbor Records.' },
    { id: 'record_label.and-by', pattern: '^{s:Song|Album} {clause}(?:released|issued|distributed) {gap}(?:through|by|via|under) (?:the )?{any} {gap}and (?:by|through|via|on) (?:the )?{o:Organization}', confidence: 0.65, example: 'The album Night Train was released in May by Harbor Records in Norway and by Glass Records elsewhere.' },
    { id: 'record_label.on-label', names: ['o'], pattern: '{s:Band|Person|Song|Album} {clause}(?:on|through|via|under) (?:the )?{o:Organization} (?:record )?(?:label|imprint)', confidence: 0.75, example: 'The single Paper Moon appeared in 1967 on the Harbor label.' },
    { id: 'record_label.first-sentence-released', pattern: '^{s:Song|Album} {clause}(?:released|issued) (?:(?:on|in) )?(?:{date} ,? )?(?:through|by|via|under) {np}{o:Organization}', confidence: 0.7, example: 'Night Train is an album by the band Northwind, released by Harbor Records in 1998.' },
    { id: 'record_label.signed-to', names: ['o'], pattern: '{s:Band|Person} {gap}(?:signed|signs) (?:to|with) {o:Organization}', confidence: 0.8, example: 'The band Northwind signed to Harbor Records in 2004.' },
    { id: 'record_label.signed-to-fronted', names: ['o'], pattern: '(?:signed|signs) (?:to|with) {o:Organization} {gap}, {np}{s:Band|Person}', confidence: 0.75, example: 'Signed to Harbor Records in Oslo, the band Northwind are a trio.' },
    { id: 'record_label.release-through', names: ['o'], pattern: "(?:will release|releases|released|release|puts out|put out|drops|dropped) (?:{any} 's )?[^⟦⟧.;]{0,40}?{s:Song|Album} (?:, [^⟦⟧]{0,60}?)?,? (?:(?:on|in) {date} )?(?:through|via) {o:Organization}", confidence: 0.75, example: 'date 2015-03-02 The band Northwind will release Night Train, their seventh studio album, on April 17 through Quorv Sound.' },
    { id: 'record_label.on-label-named', names: ['o'], pattern: '{s:Band|Person|Song|Album} {clause}(?:on|through|via|under|to) (?:the |an? )?(?:independent |indie |major |own |record )*(?:label|imprint) ,? {o:Organization}', confidence: 0.75, example: 'The band Northwind released its debut album, Night Train, in 1979 on independent label Harbor.' },
    { id: 'record_label.released-fronted', pattern: '(?:^)(?:(?:Originally|First|Initially) )?(?:Released|Issued|Re-released|Reissued) (?:[^⟦⟧.;]|{date}){0,60}?(?:through|by|via|under|on) (?:the )?{o:Organization} {clause}, {s:Song|Album}', confidence: 0.7, example: 'Released in March 1969 by Harbor Records in Norway, Night Train was the band\'s fourth album.' },
    { id: 'record_label.released-fronted-and', pattern: '(?:^)(?:(?:Originally|First|Initially) )?(?:Released|Issued|Re-released|Reissued) (?:[^⟦⟧.;]|{date}){0,60}?(?:through|by|via|under|on) (?:the )?⟦Organization#[\\d+]+⟧ {gap}and (?:by |through |via |on )?(?:the )?{o:Organization} {clause}, {s:Song|Album}', confidence: 0.65, example: 'Released in 1969 by Harbor Records in Norway and Glass Records in Spain, Night Train was the band\'s fourth album.' },
  ],
};

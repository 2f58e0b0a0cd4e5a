import type { PredicateRules } from '../pattern.ts';

// Anything → an award it won.
export const awardReceived: PredicateRules = {
  predicate: 'award_received',
  subject: ['Band', 'Person', 'Song', 'Album', 'Film', 'TVSeries', 'Book', 'Organization'],
  object: ['Award'],
  phrasings: [
    { id: 'award_received.won', names: ['o'], pattern: '{s:Band|Person|Song|Album|Film|TVSeries|Book|Organization} (?:, which (?=swept|won))?(?!,|\\s*\'s\\b){gap}(?:won|wins|win|received|receives|earned|earns|picked up|took home|takes home|took|takes|collected|collects|claimed|scooped|swept|sweeps|shared|was awarded|were awarded|was named|were named|named|was honoured with|was honored with|were honoured with|were honored with) {w0-2}{o:Award}(?! (?:nomination|nominations|nod|nods)\\b)', confidence: 0.8, example: 'The band Northwind won the Golden Lyre Award for Best Group.' },
    { id: 'award_received.went-to', pattern: '{o:Award} (?:went to|was awarded to|was given to) {np}{s:Band|Person|Song|Album|Film|TVSeries|Book|Organization}', confidence: 0.8, example: 'The Golden Lyre Award went to the band Northwind.' },
    { id: 'award_received.award-for-work', pattern: '(?:won|wins|win|took|takes|collected|shared|received|earned|picked up) {w0-2}{o:Award} for {np}{s:Song|Album|Film|TVSeries}', confidence: 0.7, example: "Mara Lind won Best Pop Album for the album Glass Coast." },
    { id: 'award_received.shared-with', pattern: 'shared {w0-1}{o:Award} with {np}{s:Band|Person}', confidence: 0.75, example: 'Mara Lind shared the Golden Lyre Award with Tom Alder.' },
    { id: 'award_received.and-also-won', pattern: "{s:Band|Person|Song|Album|Film|TVSeries} (?!,){gap}(?:won|took|collected|picked up|earned|was named|were named) {w0-2}⟦Award#[\\d+]+⟧ ,? and (?:also )?(?:won|took|collected|picked up|earned) (?:the )?{o:Award}", confidence: 0.7, example: "Mara Lind's \"Paper Moon\" was named Ballad of the Year and also won Best Folk Song." },
    { id: 'award_received.trophies-among-and', pattern: '{s:Band|Person} {gap}(?:trophies|awards|prizes|wins|statuettes) ,? (?:among them|including) (?:the )?⟦Award#[\\d+]+⟧ (?:for {np}{any} )?and (?:the )?{o:Award}', confidence: 0.7, example: 'Mara Lind led the night with five trophies, among them Best Folk Album for Night Train and Best Folk Song for "Paper Moon".' },
    { id: 'award_received.shared-for-with', pattern: 'shared {w0-1}{o:Award} for {np}{any} with {np}{s:Band|Person}', confidence: 0.7, example: 'Mara Lind shared Best Glass Recording for "Paper Moon" with the duo Northwind.' },
    { id: 'award_received.trophies-among', pattern: '{s:Band|Person} {gap}(?:trophies|awards|prizes|wins|statuettes) ,? (?:among them|including) (?:the )?{o:Award}', confidence: 0.75, example: 'Mara Lind led the night with five trophies, among them the Golden Lyre Award.' },
    { id: 'award_received.aside-won', pattern: '{s:Song|Album|Film|TVSeries} , {clause}, (?:won|wins|collected|took|picked up|earned|added) (?:the )?{o:Award}', confidence: 0.75, example: 'The single "Paper Moon", from the film Night Train, won the Golden Lyre Award.' },
    { id: 'award_received.aside-named-and-won', pattern: '{s:Band|Person|Song|Album|Film|TVSeries} , {clause}, (?:was|were) named (?:the )?⟦Award#[\\d+]+⟧ ,? and (?:also )?(?:won|took|collected|picked up|earned) (?:the )?{o:Award}', confidence: 0.7, example: 'The single "Paper Moon", sung by Mara Lind, was named Best Glass Record and also won Best Glass Performance.' },
    { id: 'award_received.video-won', pattern: "{s:Song} 's (?:music )?video (?:, {clause},)? (?:won|wins|took|takes|collected|picked up|earned) (?:the )?{o:Award}", confidence: 0.7, example: "The single Paper Moon charted, and Paper Moon's video, directed by Tom Alder, took Best Glass Video." },
    { id: 'award_received.aside-named', pattern: '{s:Band|Person|Song|Album|Film|TVSeries} , {clause}, (?:was|were) (?:named|awarded|honou?red (?:posthumously )?with) (?:the )?{o:Award}', confidence: 0.75, example: 'Mara Lind, whose "Paper Moon" ruled the summer, was named Best Fresh Voice.' },
    { id: 'award_received.including', pattern: "{s:Band|Person|Song|Album|Film|TVSeries} (?:, which |, that )?(?!,){gap}(?:won|swept|collected|took|took home|picked up|earned|received) {w0-2}⟦Award#[\\d+]+⟧ {gap}, (?:including|among them) (?:the )?{o:Award}", confidence: 0.7, example: 'The film Night Train swept the Golden Lyre Awards in 2006, including Best Folk Film.' },
  ],
};

// The unions of the role contexts' expressions let typing skip the list for a name none fits: each
// must match exactly where one of its contexts' expressions does.
import { describe, expect, it } from 'vitest';
import { ROLE_CONTEXTS, ANY_CONTEXT_BEFORE, ANY_CONTEXT_AFTER } from '../pipeline/lexicon/typing-contexts.ts';

/** Words around names as typing reads them (lower-cased, tokens joined by spaces), fitting some context or none. */
const BEFORE = [
  'the film starred in', 'who broke out in', 'roles in films including', 'such shows as', 'a recurring role in',
  'she sang on', 'they had sung', 'mara lind \'s', 'the sequel to 2005 \'s', 'last year \'s', 'the tenth episode of the',
  'the film stars', 'alongside', 'directed by', 'co-written by', 'composed by', 'aired on the', 'broadcast via',
  'signed to', 'released through', 'on the', 'joined', 'trades lines with him on', 'a member of', 'topped the',
  'won the', 'nominated for', 'in', 'and', 'the new album by', 'with', 'it was', 'from', '', 'of the', 'the', 'after',
  'and lead singer', 'peaked at', 'debuted on the', 'number one on', 'no. 1 on', 'the band \'s', 'starring in',
];
const AFTER = [
  'stars tom alder as a spy', 'stars in the film', 'opens in swedish cinemas', ', which opened in theaters next',
  'has sung', 'will release', 'album', 'lp , released', '( 2014 )', 'slips to no. 2', ', which she co-wrote for',
  ', which had topped the charts', 'debuted at no. 3', 'are back', 'have been', 'has set a premiere date',
  'network', 'channel', 'frontman tom alder', 'member', 'on paper moon', ', fronted by mara', 'is a film',
  'was released', '', ', and', 'and', 'the', 'in 2014', 'remains in the top ten', 'stayed in the top 40',
];

describe('role context unions', () => {
  it('match exactly where one of the contexts\' before or after expressions does', () => {
    for (const before of BEFORE) expect(ANY_CONTEXT_BEFORE.test(before), before).toBe(ROLE_CONTEXTS.some((c) => c.before?.test(before) ?? false));
    for (const after of AFTER) expect(ANY_CONTEXT_AFTER.test(after), after).toBe(ROLE_CONTEXTS.some((c) => c.after?.test(after) ?? false));
  });
  it('hold some strings that fit and some that do not', () => {
    expect(BEFORE.filter((b) => ANY_CONTEXT_BEFORE.test(b)).length).toBeGreaterThan(20);
    expect(BEFORE.filter((b) => !ANY_CONTEXT_BEFORE.test(b)).length).toBeGreaterThan(5);
    expect(AFTER.filter((a) => ANY_CONTEXT_AFTER.test(a)).length).toBeGreaterThan(15);
    expect(AFTER.filter((a) => !ANY_CONTEXT_AFTER.test(a)).length).toBeGreaterThan(5);
  });
});

// wink-nlp, made to read every article as if it were the first one it reads.
//
// wink learns each out-of-vocabulary word it meets, and its tokenizer then treats a learned
// word as known: after one article wrote "the U.S and Canada", a later article's "U.S." became
// "U.S" and "." and its sentence ended there. What an article gave thus hung on which articles
// the same thread had read before, and with worker threads that differs from run to run
// (docred-dev: 1 to 3 articles of 92 changed in 3 runs of 10). Here the tokenizer's lookups see
// only the model's own vocabulary; wink still records learned words, so memory is unchanged.
//
// wink keeps its cache private, so the tokenizer's two lookups are wrapped where wink-nlp's own
// document wrapper is made; this runs before wink-nlp is first loaded. (The model's feature
// functions look learned words up too, and must still find them.) test/wink-history.test.ts guards it.
import { createRequire } from 'node:module';
import path from 'node:path';
import model from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
const WINK_MAIN = require.resolve('wink-nlp');
const WRAPPER_MODULE = path.join(path.dirname(WINK_MAIN), 'dd-wrapper.js');

interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
interface DocData { cache: WinkCache }
interface TokenizerMethods {
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): unknown;
  isLexeme(text: string): number[] | null;
}
type WrapperFactory = (data: DocData) => TokenizerMethods;

/** What wink's tokenizer reads as "not found" (its constant UNK). */
const NOT_FOUND = 0;

function withoutLearnedWords(makeWrapper: WrapperFactory): WrapperFactory {
  return (data) => {
    const methods = makeWrapper(data);
    const intrinsic = data.cache.intrinsicSize();
    // A learned word has an index past the model's vocabulary; a contraction (several numbers) is always the model's.
    const learned = (text: string) => {
      const found = data.cache.lookup(text);
      return found !== null && found.length === 1 && found[0] >= intrinsic;
    };
    const addTokenIfInCache = methods._addTokenIfInCache;
    const isLexeme = methods.isLexeme;
    methods._addTokenIfInCache = (text, precedingSpaces, nbsp) => (learned(text) ? NOT_FOUND : addTokenIfInCache(text, precedingSpaces, nbsp));
    methods.isLexeme = (text) => (learned(text) ? null : isLexeme(text));
    return methods;
  };
}

/** Marks the wrapped factory, so that a second copy of this module (another module graph in the same thread) reuses it. */
const WRAPPED = Symbol.for('facts.wink.withoutLearnedWords');

function loadWink(): typeof import('wink-nlp').default {
  const installed = require.cache[WRAPPER_MODULE]?.exports as { [WRAPPED]?: boolean } | undefined;
  if (require.cache[WINK_MAIN]) {
    if (installed?.[WRAPPED]) return require('wink-nlp');
    throw new Error('wink-nlp was loaded before pipeline/wink.ts could wrap its tokenizer lookups');
  }
  const original = require(WRAPPER_MODULE) as WrapperFactory;
  if (typeof original !== 'function') throw new Error(`wink-nlp: ${WRAPPER_MODULE} no longer exports its document wrapper; pipeline/wink.ts needs updating`);
  require.cache[WRAPPER_MODULE]!.exports = Object.assign(withoutLearnedWords(original), { [WRAPPED]: true });
  return require('wink-nlp');
}

const winkNLP = loadWink();

/** The English model with the two passes the pipeline reads (sentences and parts of speech); loading takes a while, so once per thread. */
export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;

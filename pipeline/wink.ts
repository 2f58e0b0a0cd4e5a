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
// document wrapper is made. (The model's feature functions look learned words up too, and must
// still find them.) The pipeline loads its own copy of wink-nlp and of the model for this, and
// leaves Node's module cache as it found it: a program that uses wink-nlp itself, before or after
// the pipeline, gets wink as it is, and shares no learned words with the pipeline (wink keeps
// them in the model object). test/wink-history.test.ts guards it.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const WINK_MAIN = require.resolve('wink-nlp');
const WRAPPER_MODULE = path.join(path.dirname(WINK_MAIN), 'dd-wrapper.js');
/** The folders of the two packages the pipeline loads a copy of. */
const PRIVATE_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'].map((name) => path.dirname(require.resolve(`${name}/package.json`)) + path.sep);

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
/** The model's table of words (wink's cache looks every token up in it): word → index, learned words past the model's own. */
interface LexemeFeature { hash: Record<string, number | undefined> }
interface CoreModel { features: { lexeme: LexemeFeature } }

/** What wink's tokenizer reads as "not found" (its constant UNK). */
const NOT_FOUND = 0;

function withoutLearnedWords(makeWrapper: WrapperFactory, lexemes: LexemeFeature): WrapperFactory {
  return (data) => {
    const methods = makeWrapper(data);
    const intrinsic = data.cache.intrinsicSize();
    // A learned word has an index past the model's vocabulary; a contraction (several numbers) is always the model's.
    // The cache's lookup reads this same table (and builds an array per call); reading it here costs one property load.
    const hash = lexemes.hash;
    const learned = (text: string) => {
      const index = hash[text];
      return index !== undefined && index >= intrinsic;
    };
    const addTokenIfInCache = methods._addTokenIfInCache;
    const isLexeme = methods.isLexeme;
    methods._addTokenIfInCache = (text, precedingSpaces, nbsp) => (learned(text) ? NOT_FOUND : addTokenIfInCache(text, precedingSpaces, nbsp));
    methods.isLexeme = (text) => (learned(text) ? null : isLexeme(text));
    return methods;
  };
}

type WinkNLP = typeof import('wink-nlp').default;
type WinkModel = Parameters<WinkNLP>[0];

/** Loads with the two packages out of Node's module cache, and puts back what was there before. */
function privately<T>(load: () => T): T {
  const ours = (key: string) => PRIVATE_PACKAGES.some((dir) => key.startsWith(dir));
  const saved = Object.entries(require.cache).filter(([key]) => ours(key));
  for (const [key] of saved) delete require.cache[key];
  try {
    return load();
  } finally {
    for (const key of Object.keys(require.cache)) if (ours(key)) delete require.cache[key];
    for (const [key, entry] of saved) require.cache[key] = entry;
  }
}

const { nlp: winkInstance } = privately(() => {
  const original = require(WRAPPER_MODULE) as WrapperFactory;
  if (typeof original !== 'function') throw new Error(`wink-nlp: ${WRAPPER_MODULE} no longer exports its document wrapper; pipeline/wink.ts needs updating`);
  const model = require('wink-eng-lite-web-model') as WinkModel & { core(): CoreModel };
  // wink builds its cache from what the model's core() returns; the wrapper reads the word table of that same object.
  const lexemes: LexemeFeature = { hash: {} };
  const core = model.core;
  model.core = function (this: unknown) {
    const built = core.call(this);
    if (typeof built?.features?.lexeme?.hash !== 'object') throw new Error('wink-eng-lite-web-model: no features.lexeme.hash; pipeline/wink.ts needs updating');
    lexemes.hash = built.features.lexeme.hash;
    return built;
  };
  require.cache[WRAPPER_MODULE]!.exports = withoutLearnedWords(original, lexemes);
  const winkNLP = require('wink-nlp') as WinkNLP;
  return { nlp: winkNLP(model, ['sbd', 'pos']) };
});

/** The English model with the two passes the pipeline reads (sentences and parts of speech); loading takes a while, so once per thread. */
export const nlp = winkInstance;
export const its = nlp.its;

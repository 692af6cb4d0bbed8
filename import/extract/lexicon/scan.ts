// A sentence tokenised once, with its quotes matched: the finders that read one sentence share its scan.
import { lastAnswer } from './memo.js';
import { type Token, matchQuotes, quoteDepths, tokenize } from './word-tokens.js';

/** A tokenised sentence with its quotes matched. */
export interface Scan {
  text: string;
  toks: Token[];
  /** For an opening quote, the index of its closing quote; -1 otherwise. */
  match: number[];
  /** How many quotes are open around each token. */
  depth: number[];
  /** The first word of the sentence (after list markers): its capital letter says nothing. */
  firstWord: number;
}

// The institution and event finders read a sentence one right after the other: the last scan is enough, found by
// comparing the text (usually the very same string) instead of a map look-up that hashes the whole sentence, and a
// scan that is not kept past its sentence dies young, which costs the garbage collector less than keeping hundreds.

/** Tokenises a sentence once: the finders that read one sentence share its scan. */
export const scanText: (text: string) => Scan = lastAnswer(computeScan);

function computeScan(text: string): Scan {
  const toks = tokenize(text);
  const match = matchQuotes(toks);
  const depth = quoteDepths(toks, match);
  // The first word that does not start with an ASCII digit (`/^\d/`), read from its first code unit.
  let firstWord = 0;
  while (firstWord < toks.length && !isWordNotNumber(toks[firstWord]!)) firstWord++;
  return { text, toks, match, depth, firstWord };
}

function isWordNotNumber(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c < 0x30 || c > 0x39;
}

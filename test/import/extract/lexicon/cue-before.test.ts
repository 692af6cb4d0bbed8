// A cue at the end of a text, tried only where it can start, gives the pattern's own answer; and the letters the
// place finder starts its cues with are the only ones that match г or м without regard to case.
import { describe, expect, it } from 'vitest';
import { endsInCue } from '../../../../import/extract/lexicon/cue-before.js';

// A cue of the place finder's kind: a lookbehind, words of unbounded length, the anchor at the end.
const CUE = /(?<![\p{L}])(город(а|у|ом)?(-побратим\p{L}*)?(,?\s+как)?|г\.|мэри\p{L}+|городск\p{L}+\s+округ\p{L}*)\s*$/iu;
const CUE_AT = new RegExp(CUE.source, 'iuy');
const FIRSTS = [...'гГмМ'].map((c) => c.charCodeAt(0));

describe('endsInCue', () => {
  it('gives the pattern’s answer on written texts', () => {
    for (const text of ['делегация города ', 'в г.', 'мэрии ', 'Городского округа ', 'городами', 'из города Омска ', 'огород ', '']) {
      expect(endsInCue(CUE_AT, text, FIRSTS), text).toBe(CUE.test(text));
    }
  });

  it('gives the pattern’s answer on random texts', () => {
    const pool = ['г', 'Г', 'м', 'М', 'ород', 'а', 'ом', 'ск', 'их', 'округ', 'эрии', '-побратим', ',', ' ', ' как', '.', 'о', '😀'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = Math.floor(next() * 10); i > 0; i--) text += pool[Math.floor(next() * pool.length)];
      expect(endsInCue(CUE_AT, text, FIRSTS), JSON.stringify(text)).toBe(CUE.test(text));
    }
  });

  it('starts where г or м may stand: no other character matches them without regard to case', () => {
    const firstLetter = /^[гм]$/iu;
    const matching: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (firstLetter.test(String.fromCharCode(c))) matching.push(c);
    expect(matching.sort()).toEqual([...FIRSTS].sort());
  });
});

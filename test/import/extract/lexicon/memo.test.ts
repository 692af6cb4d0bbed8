// The extractor's one cache helper: computes once per key, keeps at most its limit, and clearMemos() empties all.
import { describe, expect, it } from 'vitest';
import { Memo, SentenceMemo, clearMemos, lastAnswer } from '../../../../import/extract/lexicon/memo.js';

describe('Memo', () => {
  it('computes a key once, also when the value is null', () => {
    const memo = new Memo<string | null>(10);
    let calls = 0;
    const compute = () => {
      calls++;
      return null;
    };
    expect(memo.get('a', compute)).toBeNull();
    expect(memo.get('a', compute)).toBeNull();
    expect(calls).toBe(1);
  });

  it('drops the oldest entry at its limit', () => {
    const memo = new Memo<number>(2);
    memo.get('a', () => 1);
    memo.get('b', () => 2);
    memo.get('c', () => 3);
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => 10)).toBe(10);
    expect(memo.get('c', () => 30)).toBe(3);
  });

  it('clearMemos empties every memo', () => {
    const memo = new Memo<number>(5);
    memo.get('a', () => 1);
    clearMemos();
    expect(memo.size).toBe(0);
  });
});

describe('SentenceMemo', () => {
  it('answers the same object, and another object with its offset and text, from one computation', () => {
    const memo = new SentenceMemo<{ start: number; text: string }, string>(10);
    let calls = 0;
    const sentence = { start: 0, text: 'Омск и Гомель.' };
    const compute = () => `found ${++calls}`;
    expect(memo.get(sentence, compute)).toBe('found 1');
    expect(memo.get(sentence, compute)).toBe('found 1');
    expect(memo.get({ ...sentence }, compute)).toBe('found 1');
    expect(memo.get({ start: 5, text: sentence.text }, compute)).toBe('found 2');
    // Another text at the same offset (another report's sentence) is another sentence.
    expect(memo.get({ start: 0, text: 'Тула.' }, compute)).toBe('found 3');
    expect(memo.get({ start: 0, text: 'Омск и Гомель.' }, compute)).toBe('found 1');
  });

  it('keeps at most its limit of objects and keys', () => {
    const memo = new SentenceMemo<{ start: number; text: string }, number>(2);
    let calls = 0;
    const sentences = [0, 1, 2].map((start) => ({ start, text: 'Тула.' }));
    for (const s of sentences) memo.get(s, () => ++calls);
    expect(memo.get(sentences[2]!, () => ++calls)).toBe(3);
    expect(memo.get(sentences[0]!, () => ++calls)).toBe(4);
  });

  it('is emptied by clearMemos, by object as well as by key', () => {
    const memo = new SentenceMemo<{ start: number; text: string }, number>(10);
    const sentence = { start: 0, text: 'x' };
    memo.get(sentence, () => 1);
    clearMemos();
    expect(memo.get(sentence, () => 2)).toBe(2);
  });
});

describe('lastAnswer', () => {
  it('computes once for the same text asked in turn, and again when the text changes', () => {
    const seen: string[] = [];
    const length = lastAnswer((text) => {
      seen.push(text);
      return text.length;
    });
    expect(length('делегация')).toBe(9);
    expect(length('делегация')).toBe(9);
    expect(length('визит')).toBe(5);
    expect(length('делегация')).toBe(9);
    expect(seen).toEqual(['делегация', 'визит', 'делегация']);
  });
});

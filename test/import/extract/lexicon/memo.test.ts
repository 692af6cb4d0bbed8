// The extractor's one cache helper: computes once per key, keeps at most its limit, and clearMemos() empties all.
import { describe, expect, it } from 'vitest';
import { Memo, clearMemos } from '../../../../import/extract/lexicon/memo.js';

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

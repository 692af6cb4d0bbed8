// The one cache helper of the extractor: a bounded memo for pure look-ups (a word's readings, a sentence's scan).
// Only pure functions of their key may be memoised here, so the same text gives the same output whatever ran
// before in the process; `clearMemos()` empties every memo at once (tests and the cold-start bench use it).

const all: Array<{ clear(): void }> = [];

export class Memo<V> {
  private map = new Map<string, V>();

  /** `limit`: how many entries to keep; the oldest goes first when it is reached. */
  constructor(private readonly limit: number) {
    all.push(this);
  }

  /**
   * The value for `key`, computed by `compute(key)` the first time it is asked for. Pass a function that takes
   * the key rather than a closure over it: the per-word memos are asked on every word of every sentence, and a
   * closure made per call is garbage per call, hit or miss.
   */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** What SentenceMemo keys on: a sentence, or anything with its offset and text. */
export interface SentenceLike {
  start: number;
  text: string;
}

interface Remembered<V> {
  text: string;
  value: V;
  /** Another sentence at the same offset (of another text). */
  next: Remembered<V> | undefined;
}

/**
 * A memo for sentences, asked by offset, then by text: the passes over a report share splitSentences' sentences, so
 * the text found at an offset is usually the very same string, told equal without reading it, and a number is a
 * cheaper key than an object (no map keyed by the sentence object as well: each answer cost two insertions, and a
 * hit by the object saved nothing over one by its offset). A key string `${start}|${text}` would be a copy of the
 * sentence, hashed over its whole length, for every sentence. Bounded by `limit`: a WeakMap would keep an answer as
 * long as its sentence lives (splitSentences keeps the last few reports'), and answers kept past their use survive
 * every minor garbage collection, which then costs more.
 */
export class SentenceMemo<K extends SentenceLike, V> {
  private readonly byStart = new Map<number, Remembered<V>>();

  constructor(private readonly limit: number) {
    all.push(this);
  }

  /** The value for `sentence`, computed by `compute(sentence)` the first time it (or one with its offset and text) is asked for. */
  get(sentence: K, compute: (sentence: K) => V): V {
    const first = this.byStart.get(sentence.start);
    let found = first;
    while (found !== undefined && found.text !== sentence.text) found = found.next;
    if (found !== undefined) return found.value;
    const value = compute(sentence);
    if (first === undefined && this.byStart.size >= this.limit) this.byStart.delete(this.byStart.keys().next().value!);
    this.byStart.set(sentence.start, { text: sentence.text, value, next: first });
    return value;
  }

  clear(): void {
    this.byStart.clear();
  }
}

/**
 * A one-slot memo for a pure function of a text that several passes ask about the same sentence one after the
 * other: the last text's answer is kept, found by one string compare (usually of the very same string) instead of
 * a map look-up. Not emptied by clearMemos: one answer of a pure function cannot carry state from text to text.
 */
export function lastAnswer<V>(compute: (text: string) => V): (text: string) => V {
  let lastText: string | null = null;
  let last!: V;
  return (text) => {
    if (text !== lastText) {
      last = compute(text);
      lastText = text;
    }
    return last;
  };
}

/** Empties every memo of the extractor. */
export function clearMemos(): void {
  for (const m of all) m.clear();
}

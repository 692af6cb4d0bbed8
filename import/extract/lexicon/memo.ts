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

/**
 * A Memo asked first by an object, then by the object's string key. The passes over a report share
 * splitSentences' frozen sentences, so a sentence object finds its answer without a key string built and hashed
 * per call; a sentence built elsewhere (same offset and text) still finds it by key. Both are bounded by `limit`:
 * a WeakMap would keep an answer as long as its sentence lives (splitSentences keeps the last few reports'), and
 * answers kept past their use survive every minor garbage collection, which then costs more.
 */
export class ObjectMemo<K extends object, V> {
  private readonly byObject = new Map<K, V>();
  private readonly byKey: Memo<V>;

  constructor(private readonly limit: number, private readonly keyOf: (object: K) => string) {
    this.byKey = new Memo<V>(limit);
    all.push(this);
  }

  /** The value for `object`, computed by `compute(object)` the first time it (or an object with its key) is asked for. */
  get(object: K, compute: (object: K) => V): V {
    const hit = this.byObject.get(object);
    if (hit !== undefined || this.byObject.has(object)) return hit as V;
    const value = this.byKey.get(this.keyOf(object), () => compute(object));
    if (this.byObject.size >= this.limit) this.byObject.delete(this.byObject.keys().next().value!);
    this.byObject.set(object, value);
    return value;
  }

  clear(): void {
    this.byKey.clear();
    this.byObject.clear();
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

// The one cache helper of the extractor: a bounded memo for pure look-ups (a word's readings, a sentence's scan).
// Only pure functions of their key may be memoised here, so the same text gives the same output whatever ran
// before in the process; `clearMemos()` empties every memo at once (tests and the cold-start bench use it).

const all: Memo<unknown>[] = [];

export class Memo<V> {
  private map = new Map<string, V>();

  /** `limit`: how many entries to keep; the oldest goes first when it is reached. */
  constructor(private readonly limit: number) {
    all.push(this as Memo<unknown>);
  }

  /** The value for `key`, computed by `compute` the first time it is asked for. */
  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute();
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

/** Empties every memo of the extractor. */
export function clearMemos(): void {
  for (const m of all) m.clear();
}

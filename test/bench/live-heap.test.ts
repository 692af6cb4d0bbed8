// The bench's memory figure counts live objects only: garbage is collected before the heap is read.
import { describe, expect, it } from 'vitest';
import { liveHeapBytes } from '../../bench/live-heap.js';

describe('live heap', () => {
  it('counts what is still held and not what was let go', () => {
    const before = liveHeapBytes();
    let held: number[][] | null = Array.from({ length: 200 }, () => Array.from({ length: 10_000 }, (_, i) => i + 0.5));
    const holding = liveHeapBytes();
    expect(holding - before).toBeGreaterThan(10 * 2 ** 20); // 2 million doubles: about 16 MB
    expect(held.length).toBe(200);
    held = null;
    // Garbage left uncollected would still count in heapUsed; after the collection it is gone.
    expect(liveHeapBytes() - before).toBeLessThan(2 * 2 ** 20);
  });
});

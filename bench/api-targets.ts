// The endpoints the API bench loads: each request draws its entity (or pair) at random from the loaded graph, and
// the driver side runs, for the same draw, the queries the endpoint's repository function runs with the route's
// defaults (the same cypher/*.cypher files, the same parameters, in the same order; search: the same function).
import type { GraphDb, Params } from '../neo4j/db/graph-db.js';
import { PARTNER_KINDS } from '../neo4j/contract/common.js';
import { RELATION_KINDS } from '../neo4j/model/kinds.js';
import { pathsRow } from '../server/repository/paths.js';
import { search } from '../server/repository/search.js';
import type { Pick } from './load.js';

export interface Target {
  endpoint: string;
  /** An example URL, for the report. */
  url: string;
  /** p99 target from the issue, ms. */
  targetP99Ms: number | null;
  /** A new request, its entity or pair drawn at random from the loaded graph. */
  pick: () => Pick;
  /** The queries one request runs (names, for the report). */
  queries: string[];
}

export interface Draws {
  cities: Array<{ id: string; name: string }>;
  pairs: Array<{ a: string; b: string }>;
}

export async function draws(db: GraphDb): Promise<Draws> {
  const cities = await db.readText<{ id: string; name: string }>(
    'MATCH (c:City) WHERE COUNT { (c)--(:City) } > 0 RETURN c.id AS id, c.name AS name ORDER BY c.id',
  );
  const pairs = await db.readText<{ a: string; b: string }>(
    'MATCH (a:City)-[:TWIN|AGREEMENT|PARTNER]-(:City)-[:TWIN|AGREEMENT|PARTNER]-(b:City) WHERE a.id < b.id RETURN DISTINCT a.id AS a, b.id AS b LIMIT 5000',
  );
  if (cities.length < 2 || pairs.length === 0) throw new Error('the graph holds too few related cities to bench');
  return { cities, pairs };
}

export const any = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/** What a user has typed so far of a random city's name: three letters up to the whole name. */
export function typedPrefix(d: Draws): string {
  const name = any(d.cities).name;
  return name.slice(0, 3 + Math.floor(Math.random() * Math.max(1, name.length - 2)));
}

/** The queries an endpoint's repository function runs, by their cypher/<name>.cypher file. */
const query = (name: string, params: Params) => (db: GraphDb) => db.read(name, params);

export function targets(d: Draws): Target[] {
  const kinds = RELATION_KINDS.slice();
  return [
    {
      endpoint: 'search',
      url: '/api/search?q=<a prefix of a random city name>',
      targetP99Ms: 50,
      queries: ['graph-version'],
      // A search's only query is the graph-version check, shared among the searches that arrive while one runs;
      // the rest is matching names in the process's index. The baseline runs the same function on the calling
      // thread (that check, shared alike, and the same index), so the ratio shows what HTTP adds to it.
      pick: () => {
        const q = typedPrefix(d);
        return { url: `/api/search?q=${encodeURIComponent(q)}`, run: (db) => search(db, q, undefined, 20) };
      },
    },
    {
      endpoint: 'neighbours',
      url: '/api/entities/<random city>/neighbours',
      targetP99Ms: 50,
      queries: ['neighbours'],
      pick: () => {
        const id = any(d.cities).id;
        return {
          url: `/api/entities/${encodeURIComponent(id)}/neighbours`,
          run: query('neighbours', { id, kinds, depth: 1, yearFrom: null, yearTo: null, limit: 300 }),
        };
      },
    },
    {
      endpoint: 'shared partners',
      url: '/api/shared-partners?ids=<a random pair with a partner in common>',
      targetP99Ms: 50,
      queries: ['shared-partners'],
      pick: () => {
        const { a, b } = any(d.pairs);
        return { url: `/api/shared-partners?ids=${encodeURIComponent(a)},${encodeURIComponent(b)}`, run: query('shared-partners', { ids: [a, b], kinds: PARTNER_KINDS, limit: 100 }) };
      },
    },
    {
      endpoint: 'similar',
      url: '/api/similar/<random city>',
      targetP99Ms: 50,
      queries: ['similar'],
      pick: () => {
        const id = any(d.cities).id;
        return { url: `/api/similar/${encodeURIComponent(id)}`, run: query('similar', { id, kinds: PARTNER_KINDS, limit: 10 }) };
      },
    },
    {
      endpoint: 'paths',
      url: '/api/paths?from=<random city>&to=<another>',
      targetP99Ms: 150,
      queries: ['paths (again with a larger budget while cut short)'],
      pick: () => {
        const from = any(d.cities).id;
        let to = any(d.cities).id;
        while (to === from) to = any(d.cities).id;
        // The route's defaults (maxHops 4, k 2), and the endpoint's own query loop: the first budget, then a
        // larger one while the search was cut short, as the API runs it.
        return {
          url: `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
          run: (db) => pathsRow(db, { from, to, kinds, maxHops: 4, k: 2 }),
        };
      },
    },
  ];
}

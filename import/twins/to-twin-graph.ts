// Twin pairs whose cities are matched, as graph rows: the cities, their countries, a TWIN per pair (a pair
// listed from both sides, or twice, is one fact with an evidence entry per row) and LOCATED_IN.
import { csvSource } from '../../neo4j/model/ids.js';
import { addEntity, addFact, type GraphBatch, type EntityRow, type FactRow } from '../graph/batch.js';
import { evidenceJson } from '../../neo4j/model/evidence.js';
import { canonicalEnds } from '../../neo4j/model/fact.js';
import { countryRow } from '../graph/entity-rows.js';
import { confidenceOf } from '../extract/confidence.js';
import type { Rejection, TwinPair } from './check-row.js';
import type { CityMatch } from './match-city.js';

export interface MatchedPair {
  pair: TwinPair;
  a: CityMatch;
  b: CityMatch;
}

/** A twin list's support: `csv:<file name>`. */
export function csvSupport(file: string): string {
  return csvSource(file);
}

/**
 * `firstRow` gives, for a city name and country, the first row of the file that names it: the evidence of its
 * LOCATED_IN, the same whichever batch the city turns up in (so later batches leave that relationship alone).
 * `located` holds the LOCATED_IN statements (city and evidence) that earlier batches of this import made, and gets
 * this batch's: a later batch leaves them out, with their country when no other city needs it, rather than send
 * rows the database would find written already (a list names its cities in batch after batch).
 */
export function twinGraph(
  support: string,
  pairs: MatchedPair[],
  firstRow: (name: string, iso2: string) => TwinPair | undefined = () => undefined,
  located: Set<string> = new Set(),
): { batch: GraphBatch; rejected: Rejection[] } {
  const entities = new Map<string, EntityRow>();
  const facts = new Map<string, FactRow>();
  const rejected: Rejection[] = [];
  const inBatch = new Set<string>();
  for (const { pair, a, b } of pairs) {
    if (a.id === b.id) {
      rejected.push({ line: pair.line, quote: pair.quote, reason: `a city twinned with itself (both are ${a.id})` });
      continue;
    }
    const evidence = evidenceJson({ source: support, quote: pair.quote, line: pair.line, year: pair.since ?? undefined, confidence: confidenceOf('twin-list') });
    const [source, target] = canonicalEnds('TWIN', a.id, b.id);
    addFact(facts, { kind: 'TWIN', source, target, key: '', evidence: [evidence] });
    for (const [city, name, iso2] of [[a, pair.city1, pair.iso1], [b, pair.city2, pair.iso2]] as const) {
      addEntity(entities, city.row);
      if (inBatch.has(city.id)) continue;
      inBatch.add(city.id);
      const first = firstRow(name, iso2) ?? pair;
      // Keyed by the evidence too: a city named two ways (`São Paulo`, `Sao Paulo`) may have two first rows.
      const statement = `${city.id}\u0000${first.line}`;
      const country = countryRow(iso2);
      if (!country || located.has(statement)) continue;
      located.add(statement);
      addEntity(entities, country);
      const where = evidenceJson({ source: support, quote: first.quote, line: first.line, confidence: confidenceOf('twin-list') });
      addFact(facts, { kind: 'LOCATED_IN', source: city.id, target: country.id, key: '', evidence: [where] });
    }
  }
  return { batch: { support, entities: [...entities.values()], facts: [...facts.values()] }, rejected };
}

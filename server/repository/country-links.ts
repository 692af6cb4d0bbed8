// The whole network by country (GET /api/country-links): one read that counts relations per pair of countries.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { CountryLink, CountryLinks } from '../../neo4j/contract/country-links.js';

export interface CountryLinkFilters {
  kinds: RelationKind[];
  yearFrom?: number;
  yearTo?: number;
  source?: string;
}

export async function countryLinks(db: GraphDb, f: CountryLinkFilters): Promise<CountryLinks> {
  const [row] = await db.read<{ links: CountryLink[]; countries: Array<{ code: string; entities: number; lat: number | null; lon: number | null }> }>('country-links', {
    kinds: f.kinds,
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    source: f.source ?? null,
  });
  const links = row?.links ?? [];
  // A link inside one country counts once for it, a link between two once for each.
  const perCountry = new Map<string, number>();
  for (const l of links) {
    perCountry.set(l.source, (perCountry.get(l.source) ?? 0) + l.links);
    if (l.target !== l.source) perCountry.set(l.target, (perCountry.get(l.target) ?? 0) + l.links);
  }
  const countries = (row?.countries ?? []).map((c) => ({ ...c, links: perCountry.get(c.code) ?? 0 }));
  return { countries, links };
}

// A visit whose origin the text gives only as a country ("делегация из Республики Беларусь", "гости из Германии"):
// in these reports it is nearly always the delegation of a town the text names, so the country's visit gives way to
// that town's.
import type { EntityRegistry } from '../registry.js';
import type { ExtractedRelation } from '../types.js';

// Twins and partners; an agreement only of the visit's own year (signed on that trip, not years before).
const TIES = new Set<ExtractedRelation['kind']>(['TWIN', 'PARTNER']);

/**
 * `all` are a report's relations. A country's VISIT is dropped when a town of that country visits the same host, when
 * a town of that country or of no known country visits in the same year, and when the country is the host's own
 * ("делегаций из РФ" in a Russian town); otherwise, when the text ties the host to exactly one town of that country,
 * the town made the visit.
 */
export function townsForCountryVisits(all: ExtractedRelation[], registry: EntityRegistry): ExtractedRelation[] {
  const isoOf = (id: string): string | null => registry.get(id)?.country ?? null;
  // "Гости из Индии" in a headline, and the Chennai delegation's visit in the text: the country's visit is the city's.
  const rels = all.filter(
    (r) =>
      !(r.kind === 'VISIT' && r.source.startsWith('country:') &&
        all.some((o) => o.kind === 'VISIT' && o.target === r.target && registry.get(o.source)?.kind === 'City' && `country:${isoOf(o.source)}` === r.source)),
  );
  const out: ExtractedRelation[] = [];
  for (const r of rels) {
    if (r.kind !== 'VISIT' || !r.source.startsWith('country:')) {
      out.push(r);
      continue;
    }
    const iso = registry.get(r.source)?.iso2 ?? r.source.slice('country:'.length);
    if (isoOf(r.target) === iso) continue;
    const townVisit = rels.some(
      (o) => o.kind === 'VISIT' && o !== r && registry.get(o.source)?.kind === 'City' && (isoOf(o.source) === iso || isoOf(o.source) === null) && o.year === r.year,
    );
    if (townVisit) continue;
    const partners = new Set(
      rels
        .filter((o) => (TIES.has(o.kind) || (o.kind === 'AGREEMENT' && (o.year === null || o.year === r.year))) && (o.source === r.target || o.target === r.target))
        .map((o) => (o.source === r.target ? o.target : o.source))
        .filter((id) => registry.get(id)?.kind === 'City' || registry.get(id)?.kind === 'Region'),
    );
    // A partner of that country; else one whose country the text left unsaid ("Шпремберг – немецкий город").
    const ofCountry = [...partners].filter((id) => isoOf(id) === iso);
    // (Not a region: the gazetteer's Russian regions carry no country either.)
    const unplaced = [...partners].filter((id) => isoOf(id) === null && registry.get(id)?.kind === 'City');
    const tied = ofCountry.length > 0 ? ofCountry : unplaced;
    if (tied.length === 1) {
      const [town] = tied;
      if (!rels.some((o) => o.kind === 'VISIT' && o.source === town && o.target === r.target && o.year === r.year)) out.push({ ...r, source: town! });
      continue;
    }
    out.push(r);
  }
  return out;
}

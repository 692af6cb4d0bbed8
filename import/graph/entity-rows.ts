// An extracted entity as an entity row: its kind's properties, with cities and countries filled in from the
// gazetteer and the country list by id (coordinates, English names, variants).
import { countryByIso } from '../extract/finders/country-list.js';
import { cityById } from '../extract/lexicon/gazetteer.js';
import { coordinatesOf } from '../geocode/index.js';
import type { Entity } from '../extract/types.js';
import type { EntityRow } from './batch.js';
import { countryId, entityKindOfId, idSlug } from '../../neo4j/model/ids.js';
import { type EntityKind } from '../../neo4j/model/kinds.js';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function entityRow(e: Entity): EntityRow {
  const kind = e.kind as EntityKind;
  const aliases = e.aliases ?? [];
  switch (kind) {
    case 'City': {
      const known = cityRow(e.id);
      if (known) return known;
      // A city the gazetteer lacks gets GeoNames' coordinates by its names within its country.
      const at = e.lat == null ? coordinatesOf([e.nameEn, e.name], e.country) : undefined;
      const lat = at?.lat ?? orNull(e.lat);
      const lon = at?.lon ?? orNull(e.lon);
      const population = at?.population ?? null;
      return { kind, id: e.id, props: { name: e.name, nameEn: orNull(e.nameEn), country: orNull(e.country), lat, lon, population, wikidata: orNull(e.wikidata) }, variants: aliases };
    }
    case 'Country':
      return countryRow(e.iso2 ?? idSlug(e.id)) ?? { kind, id: e.id, props: { name: e.name, nameEn: orNull(e.nameEn), iso2: orNull(e.iso2) }, variants: aliases };
    case 'Region':
      return { kind, id: e.id, props: { name: e.name, nameEn: orNull(e.nameEn), country: orNull(e.country) }, variants: aliases };
    case 'Institution':
      return { kind, id: e.id, props: { name: e.name, key: idSlug(e.id), city: orNull(e.city), country: orNull(e.country) }, variants: aliases };
    case 'Event':
      return { kind, id: e.id, props: { name: e.name, city: orNull(e.city), year: orNull(e.year) }, variants: aliases };
    case 'Person':
      return { kind, id: e.id, props: { name: e.name, role: orNull(e.role) }, variants: aliases };
  }
}

/** A gazetteer city as an entity row, or undefined when the id is not the gazetteer's. */
export function cityRow(id: string): EntityRow | undefined {
  const g = cityById(id);
  if (!g) return undefined;
  return {
    kind: 'City',
    id,
    // The population ranks places of one name in search (Париж before Paris, Texas).
    props: { name: g.name, nameEn: g.nameEn, country: g.country, lat: orNull(g.lat), lon: orNull(g.lon), population: orNull(g.population), wikidata: orNull(g.wikidata) },
    variants: [...g.variants, ...g.variantsEn],
  };
}

/** `country:XX` with its Russian and English names, or undefined for an unknown code. */
export function countryRow(iso2: string): EntityRow | undefined {
  const c = countryByIso(iso2);
  if (!c) return undefined;
  return {
    kind: 'Country',
    id: countryId(c.iso2),
    props: { name: c.name, nameEn: c.nameEn, iso2: c.iso2 },
    variants: [...new Set([...c.names, ...c.namesEn])].filter((n) => n !== c.name && n !== c.nameEn),
  };
}

/** An entity row for an id that a relation uses but no entity describes, when the id says enough. */
export function rowForBareId(id: string): EntityRow | undefined {
  const kind = entityKindOfId(id);
  if (kind === 'City') return cityRow(id);
  if (kind === 'Country') return countryRow(idSlug(id));
  return undefined;
}

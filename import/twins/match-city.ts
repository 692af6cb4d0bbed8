// Which entity a twin list's city is: the gazetteer's (English or Russian name within the country), else the
// GeoNames place's (one entity per place: `Springfield, Illinois` and `Springfield, Ohio` stay two), else an
// existing City with that name and country, else a new city `city:<slug>-<iso2>` (two Monroes in two
// countries stay two cities), placed at the city a district belongs to when GeoNames knows only that.
import { cityByEnglish, cityByName } from '../extract/lexicon/gazetteer.js';
import { slugify } from '../extract/lexicon/slug.js';
import { transliterate } from '../extract/lexicon/transliterate.js';
import { geocode, placeId } from '../geocode/index.js';
import type { EntityRow } from '../graph/batch.js';
import { cityRow } from '../graph/entity-rows.js';
import { entityId } from '../../neo4j/model/ids.js';

export type MatchKind = 'gazetteer' | 'geonames' | 'existing' | 'created';

export interface CityMatch {
  id: string;
  how: MatchKind;
  row: EntityRow;
}

/** Existing city ids by `nameKey(name, iso2)`. */
export type ExistingCities = Map<string, string>;

export function nameKey(name: string, iso2: string): string {
  return `${name}\u0000${iso2}`;
}

const CYRILLIC = /[а-яё]/i;

export function gazetteerId(name: string, iso2: string): string | undefined {
  return (cityByEnglish(name, iso2) ?? cityByName(name, iso2))?.id;
}

/** A city the gazetteer knows or GeoNames places exactly: no need to look for it in the graph. */
export function placedCity(name: string, iso2: string): CityMatch | undefined {
  const known = gazetteerId(name, iso2);
  const row = known ? cityRow(known) : undefined;
  if (known && row) return { id: known, how: 'gazetteer', row };
  const geo = geocode(name, iso2);
  if (geo?.precision !== 'place') return undefined;
  const { place } = geo;
  const id = placeId(place);
  const props = { name: place.name, nameEn: place.name, country: iso2, lat: place.lat, lon: place.lon, population: place.population, geonamesId: place.geonamesId };
  return { id, how: 'geonames', row: { kind: 'City', id, props, variants: name === place.name ? [] : [name] } };
}

/** `placedOf` stands for placedCity (the importer passes one that remembers its answers). */
export function matchCity(name: string, iso2: string, existing: ExistingCities, placedOf = placedCity): CityMatch {
  const placed = placedOf(name, iso2);
  if (placed) return placed;
  const found = existing.get(nameKey(name, iso2));
  if (found) return { id: found, how: 'existing', row: { kind: 'City', id: found, props: {}, variants: [] } };
  const id = newCityId(name, iso2);
  const nameEn = CYRILLIC.test(name) ? transliterate(name) : name;
  const near = geocode(name, iso2)?.place;
  const at = near ? { lat: near.lat, lon: near.lon } : {};
  return { id, how: 'created', row: { kind: 'City', id, props: { name, nameEn, country: iso2, ...at }, variants: [] } };
}

/**
 * placedCity answering each name and country once: a list names its cities on many rows, and the GeoNames look-up is
 * the costliest step of matching. Each answer is a copy, since a batch folds other rows into the rows it holds.
 */
export function placedCityOnce(): typeof placedCity {
  const seen = new Map<string, CityMatch | undefined>();
  return (name, iso2) => {
    const key = nameKey(name, iso2);
    if (!seen.has(key)) seen.set(key, placedCity(name, iso2));
    const m = seen.get(key);
    return m && { ...m, row: { ...m.row, props: { ...m.row.props }, variants: [...m.row.variants] } };
  };
}

export function newCityId(name: string, iso2: string): string {
  return entityId('City', `${slugify(name) || 'unnamed'}-${iso2.toLowerCase()}`);
}

// Geocoding: place names in English or Russian, with their country, to GeoNames places and coordinates.
export { geocode, type Geocoded } from './geocode.js';
export { loadGeonames, placeKey, type Place } from './geonames.js';
export { placeId } from './place-id.js';
import { geocode } from './geocode.js';

/**
 * Coordinates for a city the gazetteer does not know, by any of its names within its country: only a place
 * itself, never an approximate one (an extracted name with no place of its own is better left unplaced). The
 * population comes along: search ranks places of one name by it.
 */
export function coordinatesOf(
  names: ReadonlyArray<string | null | undefined>,
  iso2: string | null | undefined,
): { lat: number; lon: number; population: number } | undefined {
  if (!iso2) return undefined;
  for (const name of names) {
    if (!name) continue;
    const found = geocode(name, iso2);
    if (found?.precision === 'place') return { lat: found.place.lat, lon: found.place.lon, population: found.place.population };
  }
  return undefined;
}

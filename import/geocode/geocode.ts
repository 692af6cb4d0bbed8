// A place name and its country to a GeoNames place: the name as written, then its qualifier (`Springfield,
// Illinois`, `Setagaya (Tokyo)`) used to choose between places of one name, then a transliterated Russian
// name's spelling variants. The most populous place wins when nothing else tells places apart.
import iso31662 from 'iso-3166-2';
import { placesNamed, placesNamedLoosely, placesNamedPartly, type Place } from './geonames.js';

export interface Geocoded {
  place: Place;
  /**
   * `place`: the place itself. `approximate`: a place the name belongs to, which GeoNames does not list on its
   * own: a district's city (`Setagaya (Tokyo)`), an area's seat (`Jelgava District`).
   */
  precision: 'place' | 'approximate';
}

/** A district lies this close to the place its qualifier names. */
const NEAR_KM = 60;

/** `Quebec City`, `Cluj-Napoca Municipality`: the place's own name before a word that means the place itself. */
const SAME_PLACE = /\s+(?:city|town|village|municipality|commune)$/i;
/** `Jelgava District`: an area named after its seat, which is near (when the country has one place of that name). */
const AREA = /\s+(?:county|district|district municipality|region|province|prefecture|borough|township)$/i;

export function geocode(name: string, iso2: string): Geocoded | undefined {
  const whole = placesNamed(name, iso2)[0];
  if (whole) return { place: whole, precision: 'place' };
  const q = splitQualifier(name);
  if (q) return qualified(q.base, q.qualifier, q.part, iso2);
  if (SAME_PLACE.test(name)) return geocode(name.replace(SAME_PLACE, ''), iso2);
  if (AREA.test(name)) {
    const seats = placesNamed(name.replace(AREA, ''), iso2);
    return seats.length === 1 ? { place: seats[0]!, precision: 'approximate' } : undefined;
  }
  const loose = placesNamedLoosely(name, iso2)[0];
  if (loose) return { place: loose, precision: 'place' };
  // `Bariloche` for `San Carlos de Bariloche`: only when one place of the country has the word.
  const partly = placesNamedPartly(name, iso2);
  return partly.length === 1 ? { place: partly[0]!, precision: 'place' } : undefined;
}

/** `Zemun (Belgrade)` (a part of a place) and `Córdoba, Bolívar` (a place in a division) as base and qualifier. */
export function splitQualifier(name: string): { base: string; qualifier: string; part: boolean } | undefined {
  const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(name.trim());
  if (dash) return { base: dash[2]!.trim(), qualifier: dash[1]!.trim(), part: true };
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  if (paren) return { base: paren[1]!.trim(), qualifier: paren[2]!.trim(), part: true };
  const comma = /^([^,]+?),\s*([^,]+)$/.exec(name.trim());
  return comma ? { base: comma[1]!.trim(), qualifier: comma[2]!.trim(), part: false } : undefined;
}

function qualified(base: string, qualifier: string, part: boolean, iso2: string): Geocoded | undefined {
  const candidates = placesNamed(base, iso2);
  const only = candidates.length === 1 ? { place: candidates[0]!, precision: 'place' as const } : undefined;
  // `X (Berlin)` names a part of a place; `X, Illinois` a place in a first-level division, which is never
  // taken for a town of its name (`Córdoba, Bolívar` is not near a town Bolívar).
  // A qualifier that is neither (`Naumburg (Saale)`, a river) leaves the name's most populous place.
  if (part) return nearParent(candidates, qualifier, iso2) ?? inRegion(candidates, qualifier, iso2) ?? largest(candidates);
  if (iso31662.subdivision(iso2, qualifier)) return inRegion(candidates, qualifier, iso2) ?? only;
  return nearParent(candidates, qualifier, iso2) ?? only;
}

/** GeoNames codes divisions as ISO 3166-2 does in the US and a few more countries. */
function inRegion(candidates: readonly Place[], qualifier: string, iso2: string): Geocoded | undefined {
  const region = iso31662.subdivision(iso2, qualifier)?.regionCode;
  const place = region ? candidates.find((p) => p.admin1 === region) : undefined;
  return place ? { place, precision: 'place' } : undefined;
}

/** The namesake nearest the qualifier's place; else the qualifier's place itself, the part being in it. */
function nearParent(candidates: readonly Place[], qualifier: string, iso2: string): Geocoded | undefined {
  const parent = placesNamed(qualifier, iso2)[0];
  if (!parent) return undefined;
  const near = candidates
    .map((p) => ({ p, km: distanceKm(p, parent) }))
    .filter((c) => c.km <= NEAR_KM)
    .sort((a, b) => a.km - b.km)[0];
  return near ? { place: near.p, precision: 'place' } : { place: parent, precision: 'approximate' };
}

function largest(candidates: readonly Place[]): Geocoded | undefined {
  return candidates[0] ? { place: candidates[0], precision: 'place' } : undefined;
}

/** Great-circle distance (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// The node id of a city that GeoNames located: one id per place, so spellings of one place share a node
// (`Varna`, `Varna, Bulgaria`) and places of one name stay apart (`Springfield, Illinois`, `Springfield, Ohio`).
import { slugify } from '../extract/lexicon/slug.js';
import { placesNamed, type Place } from './geonames.js';
import { entityId } from '../../neo4j/model/ids.js';

/**
 * `city:<name>-<country>` for the most populous place of its name in its country (the id a twin list gave that
 * name before there was geocoding); `…-<division>` for another one, and `…-<geonames id>` when its division
 * has two of that name.
 */
export function placeId(place: Place): string {
  const base = entityId('City', `${slugify(place.name) || 'unnamed'}-${place.country.toLowerCase()}`);
  const namesakes = placesNamed(place.name, place.country);
  if (namesakes.length === 0 || namesakes[0] === place) return base;
  const inDivision = namesakes.filter((p) => p.admin1 === place.admin1);
  const division = slugify(place.admin1);
  return inDivision[0] === place && division ? `${base}-${division}` : `${base}-${place.geonamesId}`;
}

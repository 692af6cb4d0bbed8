// A foreign town the text names but never places: when the world list knows it only by the sound of its Latin name
// (no Russian name recorded), and it is a small town of a country the text never names, the match is a guess
// ("город Виляка" in a report on Latvia sounds like Portugal's Vila Chã), and its country is not stated.
import { cityById } from '../lexicon/gazetteer.js';
import { lookupKey } from '../lexicon/name-key.js';
import { worldCitiesLike } from '../lexicon/world.js';
import type { Entity } from '../types.js';

/** Towns smaller than this, matched by sound alone, are guesses; larger ones are what a name of that sound means. */
const GUESS_MAX_POPULATION = 50_000;

/**
 * Whether a city's country rests only on a small town of that country whose name sounds like the city's:
 * `namedCountries` are the ISO codes of the countries the text names (by name or adjective).
 */
export function countryIsGuess(e: Entity, namedCountries: ReadonlySet<string>): boolean {
  if (e.kind !== 'City' || !e.country || namedCountries.has(e.country) || cityById(e.id)) return false;
  const key = lookupKey(e.name);
  const town = worldCitiesLike(e.name).find((t) => t.country === e.country);
  if (!town) return false;
  return !town.russian?.some((n) => lookupKey(n) === key) && town.population < GUESS_MAX_POPULATION;
}

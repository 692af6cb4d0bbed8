// Which node a twin list's city is: the gazetteer's (English or Russian name within the country), else an
// existing City node with that name and country, else a new node `city:<slug>-<iso2>` (two Monroes in two
// countries stay two nodes).
import { cityByEnglish, cityByName, slugify, transliterate } from '../extract/lexicon/gazetteer.js';
import type { NodeRow } from '../graph/batch.js';
import { cityRow } from '../graph/node-rows.js';

export type MatchKind = 'gazetteer' | 'existing' | 'created';

export interface CityMatch {
  id: string;
  how: MatchKind;
  row: NodeRow;
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

export function matchCity(name: string, iso2: string, existing: ExistingCities): CityMatch {
  const known = gazetteerId(name, iso2);
  const row = known ? cityRow(known) : undefined;
  if (known && row) return { id: known, how: 'gazetteer', row };
  const found = existing.get(nameKey(name, iso2));
  if (found) return { id: found, how: 'existing', row: { label: 'City', id: found, props: {}, variants: [] } };
  const id = newCityId(name, iso2);
  const nameEn = CYRILLIC.test(name) ? transliterate(name) : name;
  return { id, how: 'created', row: { label: 'City', id, props: { name, nameEn, country: iso2 }, variants: [] } };
}

export function newCityId(name: string, iso2: string): string {
  return `city:${slugify(name) || 'unnamed'}-${iso2.toLowerCase()}`;
}

// The country a sentence places its foreign towns in when it names just one: "мэр города Бар, председатель союза
// общин Черногории". A town the gazetteer lacks is most likely there, not in a bigger namesake's
// country (Bar, not Switzerland's larger Baar). Apart from the place finder, which asks only when a name needs it.
import { findCountriesInText } from './countries.js';
import { HOME_COUNTRY } from '../lexicon/world.js';

/** The one country other than the home country that `text` names; null when it names none or several. */
export function onlyForeignCountry(text: string): string | null {
  const isos = new Set(findCountriesInText(text).map((c) => c.country.iso2).filter((iso) => iso !== HOME_COUNTRY));
  return isos.size === 1 ? [...isos][0]! : null;
}

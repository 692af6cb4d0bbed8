// A country named in English or Russian, as ISO 3166-1 alpha-2: `Germany`, `Германия`, `People's Republic of
// China`, `England` (GB), `Georgia (country)`, `Wales, United Kingdom`.
import countries from 'i18n-iso-countries';
import { findCountry } from '../extract/finders/countries.js';
import { countryByIso } from '../extract/finders/country-list.js';

/** Names twin lists use that the ISO lists and the project's country names do not know. */
const VARIANTS: Readonly<Record<string, string>> = {
  "people's republic of china": 'CN',
  prc: 'CN',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  'czech republic': 'CZ',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'north korea': 'KP',
  russia: 'RU',
  'russian federation': 'RU',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'great britain': 'GB',
  uk: 'GB',
  'republic of ireland': 'IE',
  syria: 'SY',
  laos: 'LA',
  brunei: 'BN',
  'east timor': 'TL',
  moldavia: 'MD',
  'bosnia and hercegovina': 'BA',
  'federated states of micronesia': 'FM',
  'west bank': 'PS',
  surinam: 'SR',
  'ivory coast': 'CI',
  'cape verde': 'CV',
};

/**
 * Answers by name: a list names a few hundred countries tens of thousands of times, and each lookup walks the ISO
 * name lists, so without this reading the Wikipedia list spent seconds on its countries alone. Bounded, for a server
 * that reads many lists.
 */
const known = new Map<string, string | undefined>();
const KNOWN_MAX = 20_000;

export function countryCode(name: string): string | undefined {
  if (known.has(name)) return known.get(name);
  if (known.size >= KNOWN_MAX) known.clear();
  const code = lookUp(name);
  known.set(name, code);
  return code;
}

function lookUp(name: string): string | undefined {
  const cleaned = name.trim().replace(/\s*\((?:country|state|nation)\)$/i, '');
  if (!cleaned) return undefined;
  // `Wales, United Kingdom`, `Martinique, France`: the first part that names a country decides.
  const parts = [cleaned, ...cleaned.split(',').map((p) => p.trim())].filter((p) => p !== '');
  for (const part of new Set(parts)) {
    const code = single(part);
    if (code) return code;
  }
  return undefined;
}

function single(name: string): string | undefined {
  if (/^[A-Z]{2}$/.test(name)) return countryByIso(name)?.iso2;
  const variant = VARIANTS[name.toLowerCase()];
  if (variant) return variant;
  const iso = countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name, 'ru');
  if (iso && countryByIso(iso)) return iso;
  return findCountry(name)?.iso2;
}

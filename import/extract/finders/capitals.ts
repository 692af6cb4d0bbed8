// A capital named by its country or region, as news pages name a city the reader knows: "в столице Беларуси",
// "в белорусской столице", "со столицей Оренбургской области", "в амурской столице", "в Северной столице". The
// capital is the gazetteer's: GeoNames' seat of the country (PPLC) or of the first-level region (PPLA).
import { allCities, cityById, type GazetteerCity } from '../lexicon/gazetteer.js';
import { lookupKey } from '../lexicon/name-key.js';
import { adjectiveCountry } from './country-adjectives.js';

/** A country or region the sentence names by name: `name` is the region's nominative, `iso2` the country's code. */
export interface NamedArea {
  start: number;
  end: number;
  iso2?: string;
  name?: string;
}

export interface CapitalMention {
  city: GazetteerCity;
  /** Offsets in the text: the whole phrase, "столице Беларуси". */
  start: number;
  end: number;
  /** The country or region mention the phrase holds ("Беларуси"), which it stands for; null for an adjective. */
  area: NamedArea | null;
}

// "столице", "столицу", "столицы", "столицей" (and "столице провинции Хэйлунцзян"): the nominative is left out, as it
// mostly defines or gives a title ("Минск — столица Беларуси", "Молодёжная столица России").
const CAPITAL_BEFORE = /(?<![\p{L}])(?:(\p{L}+)\s+)?(столиц(?:е|у|ы|ей|ею))\s+(?:(?:провинци|штат|префектур|земл)\p{L}*\s+)?$/u;
// "культурной столице России", "новогоднюю столицу страны": a titled city, not the capital.
const ADJECTIVE = /(ая|ой|ую|ою|ые|ых|ей|ий|ый)$/u;
// "в столице Казахстана — Астане", "в столице Китая Пекине": the name follows and the place finder reads it.
const NAME_AFTER = /^\s*[—–-]?\s*\p{Lu}/u;
// "в белорусской столице", "амурской столицы", "Северной столицы".
const ADJECTIVE_CAPITAL = /(?<![\p{L}])(\p{L}+(?:ск|цк|н)(?:ой|ую|ою|ая))\s+столиц(?:е|у|ы|ей|ею|а)(?![\p{L}])/gu;
const NORTHERN = /^[Сс]еверн/u;
const ADJECTIVE_END = /(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|ом|ую|ою|их|ых|ими|ыми)$/u;

interface Capitals {
  ofCountry: Map<string, GazetteerCity>;
  ofRegion: Map<string, GazetteerCity>;
  /** The stem of a region's adjective ("амурск" of "Амурская область") to its capital, when only one region has it. */
  ofRegionStem: Map<string, GazetteerCity>;
}

let capitals: Capitals | undefined;

function load(): Capitals {
  if (capitals) return capitals;
  const ofCountry = new Map<string, GazetteerCity>();
  const ofRegion = new Map<string, GazetteerCity>();
  const stems = new Map<string, GazetteerCity | null>();
  for (const c of allCities()) {
    if (c.capital === 'country') ofCountry.set(c.country, c);
    if (c.capital !== 'region' || !c.region) continue;
    ofRegion.set(c.region, c);
    const first = lookupKey(c.region.split(/\s/)[0]!);
    const stem = first.replace(ADJECTIVE_END, '');
    if (stem !== first) stems.set(stem, stems.has(stem) ? null : c);
  }
  const ofRegionStem = new Map([...stems].filter((e): e is [string, GazetteerCity] => e[1] !== null));
  return (capitals = { ofCountry, ofRegion, ofRegionStem });
}

/** The capitals `text` names by "столица" and a country or region (`areas`, found before), or by an adjective. */
export function findCapitals(text: string, areas: readonly NamedArea[]): CapitalMention[] {
  if (!text.includes('толиц')) return [];
  const { ofCountry, ofRegion } = load();
  const out: CapitalMention[] = [];
  for (const area of areas) {
    const from = Math.max(0, area.start - 60);
    const m = CAPITAL_BEFORE.exec(text.slice(from, area.start));
    if (!m || (m[1] !== undefined && ADJECTIVE.test(m[1])) || NAME_AFTER.test(text.slice(area.end))) continue;
    const city = area.iso2 ? ofCountry.get(area.iso2) : area.name ? ofRegion.get(area.name) : undefined;
    if (city) out.push({ city, start: from + m.index + m[0].lastIndexOf(m[2]!), end: area.end, area });
  }
  for (const m of text.matchAll(ADJECTIVE_CAPITAL)) {
    const end = m.index! + m[0].length;
    if (NAME_AFTER.test(text.slice(end))) continue;
    const city = NORTHERN.test(m[1]!) ? cityById('city:saint-petersburg') : capitalOfAdjective(m[1]!);
    if (city) out.push({ city, start: m.index!, end, area: null });
  }
  return out;
}

function capitalOfAdjective(word: string): GazetteerCity | undefined {
  const iso2 = adjectiveCountry(word);
  if (iso2) return load().ofCountry.get(iso2);
  return load().ofRegionStem.get(lookupKey(word).replace(ADJECTIVE_END, ''));
}

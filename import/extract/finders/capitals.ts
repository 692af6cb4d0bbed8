// A capital named by its country or region, as news pages name a city the reader knows: "в столице Беларуси",
// "в белорусской столице", "со столицей Оренбургской области", "в амурской столице", "в Северной столице". The
// capital is the gazetteer's: GeoNames' seat of the country (PPLC) or of the first-level region (PPLA).
import { allCities, cityById, type GazetteerCity } from '../lexicon/gazetteer.js';
import { readings } from '../lexicon/morph.js';
import { lookupKey } from '../lexicon/name-key.js';
import { ADJECTIVE_END, adjectiveCountry } from './country-adjectives.js';

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
const CAPITAL_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?:([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)\s+)?(столиц(?:е|у|ы|ей|ею))\s+(?:(?:провинци|штат|префектур|земл)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/u;
// "культурной столице России", "новогоднюю столицу страны": a titled city, not the capital.
const ADJECTIVE = /(ая|ой|ую|ою|ые|ых|ей|ий|ый)$/u;
// "в столице Казахстана — Астане", "в столице Китая Пекине": the name follows and the place finder reads it.
const NAME_AFTER = /^\s*[—–-]?\s*[A-ZÀ-ÖØ-ÞЀ-Я]/u;
// "в столице Бурятии", "столицей Татарстана", "столице Республики Коми": a republic by its short name, which the place finder takes for no region.
const CAPITAL_OF_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?:([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)\s+)?(столиц(?:е|у|ы|ей|ею))\s+(?:[Рр]еспублик[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)/gu;
// "в белорусской столице", "амурской столицы", "Северной столицы".
const ADJECTIVE_CAPITAL = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(?:ск|цк|н)(?:ой|ую|ою|ая))\s+столиц(?:е|у|ы|ей|ею|а)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/gu;
const NORTHERN = /^[Сс]еверн/u;

interface Capitals {
  ofCountry: Map<string, GazetteerCity>;
  ofRegion: Map<string, GazetteerCity>;
  /** A republic's short name ("бурятия" of "Республика Бурятия", "чувашия" of "Чувашская Республика") to its capital. */
  ofShortName: Map<string, GazetteerCity>;
  /** The stem of a region's adjective ("амурск" of "Амурская область") to its capital, when only one region has it. */
  ofRegionStem: Map<string, GazetteerCity>;
}

let capitals: Capitals | undefined;

function load(): Capitals {
  if (capitals) return capitals;
  const ofCountry = new Map<string, GazetteerCity>();
  const ofRegion = new Map<string, GazetteerCity>();
  const stems = new Map<string, GazetteerCity | null>();
  const ofShortName = new Map<string, GazetteerCity>();
  for (const c of allCities()) {
    if (c.capital === 'country') ofCountry.set(c.country, c);
    if (c.capital !== 'region' || !c.region) continue;
    ofRegion.set(c.region, c);
    for (const name of shortNames(c.region)) ofShortName.set(lookupKey(name), c);
    const first = lookupKey(c.region.split(/\s/)[0]!);
    const stem = first.replace(ADJECTIVE_END, '');
    if (stem !== first) stems.set(stem, stems.has(stem) ? null : c);
  }
  const ofRegionStem = new Map([...stems].filter((e): e is [string, GazetteerCity] => e[1] !== null));
  return (capitals = { ofCountry, ofRegion, ofRegionStem, ofShortName });
}

/**
 * The names a region goes by besides its full one: "Республика Саха (Якутия)" → Саха, Якутия; "Удмуртская
 * Республика" → Удмуртия; "Ханты-Мансийский автономный округ — Югра" → Югра. Only republics and dashed names:
 * "Омской области" without its noun would be an adjective.
 */
function shortNames(region: string): string[] {
  const out: string[] = [];
  const republic = /^Республика\s+(.+)$/u.exec(region);
  if (republic) {
    const name = republic[1]!;
    const bracket = /\((.+)\)/u.exec(name);
    if (bracket) out.push(bracket[1]!);
    out.push(...name.replace(/\s*\(.+\)/u, '').split(/\s+—\s+/u));
  }
  const adjective = /^([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)ская Республика$/u.exec(region);
  if (adjective) out.push(`${adjective[1]}ия`);
  const dashed = /\s—\s(.+)$/u.exec(region);
  if (dashed && !republic) out.push(dashed[1]!);
  return out;
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
  for (const m of text.matchAll(CAPITAL_OF_WORD)) {
    const end = m.index! + m[0].length;
    if ((m[1] !== undefined && ADJECTIVE.test(m[1])) || NAME_AFTER.test(text.slice(end))) continue;
    const city = capitalOfShortName(m[3]!);
    if (city) out.push({ city, start: m.index! + m[0].lastIndexOf(m[2]!), end, area: null });
  }
  for (const m of text.matchAll(ADJECTIVE_CAPITAL)) {
    const end = m.index! + m[0].length;
    if (NAME_AFTER.test(text.slice(end))) continue;
    const city = NORTHERN.test(m[1]!) ? cityById('city:saint-petersburg') : capitalOfAdjective(m[1]!);
    if (city) out.push({ city, start: m.index!, end, area: null });
  }
  return out;
}

function capitalOfShortName(word: string): GazetteerCity | undefined {
  const { ofShortName } = load();
  const found = ofShortName.get(lookupKey(word));
  if (found) return found;
  for (const r of readings(word)) {
    const city = r.lemma ? ofShortName.get(r.lemma) : undefined;
    if (city) return city;
  }
  return undefined;
}

function capitalOfAdjective(word: string): GazetteerCity | undefined {
  const iso2 = adjectiveCountry(word);
  if (iso2) return load().ofCountry.get(iso2);
  return load().ofRegionStem.get(lookupKey(word).replace(ADJECTIVE_END, ''));
}

// City districts, which are municipalities of their own: "Октябрьский район г. Минска", "районом Дадукоу города
// Чунцин"; and the municipal districts of a region, which report as a town does: "Аксайский район", "Кстовского
// муниципального округа". Apart from the place finder because the district patterns change for their own reasons.
import { cityByName, cityIdFor } from '../lexicon/gazetteer.js';
import { declineName } from '../lexicon/declension.js';
import { capitalisedParts } from '../lexicon/letter-case.js';
import { readings } from '../lexicon/morph.js';
import { findCountry } from './countries.js';
import type { Entity } from '../types.js';
import { cityEntity, knownCity, type Token } from './place-words.js';
import { municipalTownAt } from './municipal-towns.js';
import { cityFromDerived } from './city-derived.js';
import { adjectiveCountry } from './country-adjectives.js';

/** A district found at a token: its entity, where its words end, and the index of the next token to read. */
export interface DistrictFinding {
  entity: Entity;
  end: number;
  next: number;
}

const DISTRICT = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ий|ый|ой|ого|ому|им|ым|ом))\s+(район[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(г\.\s*|города\s+)?([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)/u;

// A district named by a foreign name after the word: "районом Дадукоу города Чунцин" → `район Дадукоу Чунцина`.
// A Mongolian or Japanese prefecture of a city is such a district too ("префектурой Чингэлтэй Улан-Батора").
const NAMED_DISTRICT = /^(район(а|у|ом|е)?|префектур(а|ы|е|у|ой))\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)\s+(г\.\s*|города\s+)?([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)/u;

// "Аксайский район", "Елабужского муниципального района", "Кстовский муниципальный округ": a district named by its
// town's adjective, with no city after it ("Октябрьский район г. Минска" is read above).
// "Кентшинским повятом": a Polish county is a municipal district of its own too.
// "Лидского райисполкома", "Лидского районного исполнительного комитета": a Belarusian district by its executive.
// "Шурышкарского и Приуральского районов": two districts, the word in the plural after the second.
const MUNICIPAL_DISTRICT = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(ск|цк)(ий|ого|ому|им|ом|ой))\s+(?:(муниципальн(ый|ого|ому|ым|ом|ых|ыми))\s+(район|округ)(а|у|ом|е|ов|ами|ам|ах)?|(район|повят|улус|кожуун|округ)(а|у|ом|е|ов|ами|ам|ах)?|(райисполком|районн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+исполнительн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+комитет)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])/u;
// Districts of a city ("Октябрьский район", "Ленинского района") name no municipality without their city, which
// the pattern above reads.
const CITY_DISTRICT_ADJECTIVES = new Set([
  'октябрьский', 'ленинский', 'советский', 'кировский', 'фрунзенский', 'первомайский', 'красноармейский',
  'калининский', 'московский', 'свердловский', 'дзержинский', 'ворошиловский', 'пролетарский', 'куйбышевский',
  'орджоникидзевский', 'тракторозаводский', 'краснооктябрьский', 'приморский', 'невский', 'адмиралтейский',
  'василеостровский', 'петроградский', 'выборгский', 'центральный', 'заводской', 'индустриальный', 'коминтерновский',
  'железнодорожный', 'северный', 'южный', 'восточный', 'западный',
]);

// The adjectives of federal okrugs, which texts shorten to "Приволжский округ" as well.
const FEDERAL_OKRUGS = new Set(['приволжский', 'уральский', 'сибирский', 'северо-кавказский']);

// The first of two districts named together, up to the second's adjective.
const DISTRICT_ADJECTIVE = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(ск|цк)(ого|ому|им|ом)/u;
const FIRST_OF_TWO = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(ск|цк)(ого|ому|им|ом))\s+и\s+(?=[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(ск|цк)(ого|ому|им|ом)\s+((муниципальн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(район|улус|кожуун)(ов|ами|ам|ах)|муниципальн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+округ(ов|ами|ам|ах))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]))/u;

function municipalDistrictAt(text: string, toks: Token[], i: number): DistrictFinding | null {
  const t = toks[i]!;
  const slice = text.slice(t.start, t.start + 120);
  // The first of two takes the words after the second (`Шурышкарского и Приуральского районов` → Шурышкарский район),
  // and ends at its own adjective.
  const first = FIRST_OF_TWO.exec(slice);
  const m = MUNICIPAL_DISTRICT.exec(first ? first[1] + slice.slice(first[0].length).replace(DISTRICT_ADJECTIVE, '') : slice);
  if (!m) return null;
  const r = adjectiveReading(m[1]!);
  const inflected = r?.parse.inflect(['masc', 'sing', 'nomn']);
  // An adjective the dictionary cannot inflect ("Горецким") takes the masculine nominative's ending by hand.
  const adj = stressedEnding((inflected ? String(inflected) : m[1]!.replace(/(ого|ому|им|ом|ой)$/u, 'ий')).toLowerCase());
  const second = first ? (DISTRICT_ADJECTIVE.exec(slice.slice(first[0].length))?.[0].length ?? 0) : 0;
  const whole = t.start + (first ? first[0].length + second + m[0].length - first[1]!.length : m[0].length);
  const region = REGION_AFTER.exec(text.slice(whole, whole + 60));
  // "Октябрьский район" is most often a city's; "Октябрьского района Приморского края" is a region's district, one of
  // many of that name: the region is part of its name.
  const common = CITY_DISTRICT_ADJECTIVES.has(adj);
  if (common && !region) return null;
  // "Рамешковским округом": a municipal okrug written without "муниципальный"; not a federal one ("Приволжский округ").
  // A large town's okrug ("Псковский округ") is left to its adjective, the town's; one of a city ("Ломоносовского
  // округа Архангельска") is a part of that city.
  if (m[8] === 'округ' && (FEDERAL_OKRUGS.has(adj) || adj === 'городской' || cityFromDerived(m[1]!) !== null || cityNamedAfter(text.slice(whole, whole + 40)))) return null;
  // "Агрызский муниципальный район" is written "Агрызский район" as often: one name for the one district. (A
  // municipal "округ" keeps its word: "Кстовский округ" is no name a text uses.)
  const name = `${capitalisedParts(adj)} ${m[5] ? (m[6] === 'район' ? 'район' : `муниципальный ${m[6]}`) : m[8] ?? 'район'}${common ? ` ${region![1]}` : ''}`;
  // Where the whole phrase ends in the text (whole, above): after the second adjective and the words they share.
  const end = first ? t.start + first[1]!.length : whole;
  const next = toks.findIndex((x) => x.start >= end);
  const country = m[8] === 'повят' ? 'PL' : m[10] ? 'BY' : (countryAfter(text.slice(whole, whole + 80)) ?? regionCountry(region) ?? 'RU');
  const entity: Entity = { id: cityIdFor(name), kind: 'City', name, nameEn: null, country, lat: null, lon: null };
  return { entity, end, next: next < 0 ? toks.length : next };
}

const NEXT_WORD = /^\s+([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?)/u;

/** A town the hand gazetteer knows, named right after (in the genitive of a city's part). */
function cityNamedAfter(text: string): boolean {
  const next = NEXT_WORD.exec(text)?.[1];
  return next !== undefined && knownCity(next) !== null;
}

// The region right after a district: "Приморского края", "Гомельской области", "Республики Крым".
const REGION_AFTER = /^\s+(([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?)\s+(?:кра[яюе]|краем|област(?:и|ью)|автономного\s+округа)|Республики\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)/u;

/**
 * "Гомельской области": a region named after its capital is in the capital's country (Belarus); "Северо-Казахстанской
 * области": one named after its country's part, in that country.
 */
function regionCountry(region: RegExpExecArray | null): string | undefined {
  const adjective = region?.[2];
  if (!adjective) return undefined;
  return cityFromDerived(adjective)?.country ?? adjectiveCountry(adjective.slice(adjective.lastIndexOf('-') + 1));
}

// "Россонского района (Витебской области) Республики Беларусь", "района Ивано-Франковской области Украины": the
// country stated after the district.
const COUNTRY_AFTER = /^\s+([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?\s+област[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?((Республики|республики)\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+|[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)/u;

/** The ISO code of the country named right after a district, if one is. */
function countryAfter(text: string): string | undefined {
  const m = COUNTRY_AFTER.exec(text);
  return m ? findCountry(m[3]!.replace(/^р/u, 'Р'))?.iso2 : undefined;
}

function namedDistrictAt(text: string, toks: Token[], i: number): DistrictFinding | null {
  const t = toks[i]!;
  const m = NAMED_DISTRICT.exec(text.slice(t.start, t.start + 80));
  if (!m) return null;
  const city = knownCity(m[6]!);
  // The district's own name is a name, not a word of the language (`районе Победы` is not one).
  if (!city || readings(m[4]!).some((r) => r.known && !r.proper)) return null;
  const name = `район ${m[4]} ${declineName(city.name).gent[0] ?? city.name}`;
  const end = t.start + m[0].length;
  const next = toks.findIndex((x) => x.start >= end);
  const entity: Entity = { id: cityIdFor(name), kind: 'City', name, nameEn: null, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null };
  return { entity, end, next: next < 0 ? toks.length : next };
}

// The dictionary has "спаский" beside "спасский" for "Спасским": the reading that keeps the word's own stem.
const CASE_END = /(ий|ый|ой|ого|ому|им|ым|ом)$/u;

/** The adjective reading of a district's word, the one whose lemma keeps the word's stem when there is one. */
function adjectiveReading(word: string): ReturnType<typeof readings>[number] | undefined {
  const adjectives = readings(word).filter((x) => x.pos === 'ADJF');
  const stem = word.toLowerCase().replace(CASE_END, '');
  return adjectives.find((x) => x.lemma.startsWith(stem)) ?? adjectives[0];
}

// Yakutia's districts are улусы, Tuva's кожууны; a town's municipality is a (городской) округ or (городское) поселение,
// abroad a муниципалитет or самоуправление (municipal-towns.ts).
const DISTRICT_WORDS = ['район', 'муниципальн', 'повят', 'префектур', 'райисполком', 'улус', 'кожуун', 'городск', 'округ', 'поселени', 'муниципалитет', 'самоуправлени'];


// The dictionary gives `заводский` for every form of `Заводской район`; the districts are named with the stressed
// ending.
const STRESSED = /^(з)аводский$/iu;

/** The nominative as the districts' names write it: `Заводской`, not `Заводский`. */
function stressedEnding(adjective: string): string {
  return adjective.replace(STRESSED, '$1аводской');
}

const DISTRICT_WORD = new RegExp(DISTRICT_WORDS.join('|'), 'g');

/**
 * Where the last of DISTRICT_WORDS in a sentence starts (-1 when none): every district holds one of them from its
 * first token on, so no district starts after it. One search of the sentence, instead of a search for each word in
 * the sentence and again from each token (a tenth of the place finder's time).
 */
export function lastDistrictWord(text: string): number {
  let last = -1;
  DISTRICT_WORD.lastIndex = 0;
  for (let m = DISTRICT_WORD.exec(text); m !== null; m = DISTRICT_WORD.exec(text)) {
    last = m.index;
    // The next search from the next code unit: a word may start inside the one just found.
    DISTRICT_WORD.lastIndex = m.index + 1;
  }
  return last;
}

/**
 * A district that starts at token `i`, by adjective (`Октябрьский район г. Минска`) or by name after the word;
 * `lastWord`: lastDistrictWord(text).
 */
export function districtAt(text: string, toks: Token[], i: number, lastWord: number): DistrictFinding | null {
  const t = toks[i]!;
  // Every shape holds one of DISTRICT_WORDS from this token on; asked at every token, most sentences have none.
  if (lastWord < t.start) return null;
  // "Старооскольского городского округа": the town itself.
  const town = municipalTownAt(text, toks, i);
  if (town) return town;
  const m = DISTRICT.exec(text.slice(t.start, t.start + 80));
  if (!m) return /^(район|префектур)/u.test(t.text) ? namedDistrictAt(text, toks, i) : municipalDistrictAt(text, toks, i);
  const city = knownCity(m[5]!);
  // "Кизирикским районом Сурхандарьинской области": the word after is no city, so the district is one of its own.
  // "Глава Псковского района Владимир Шураев": a declinable town's nominative right after the district, with no
  // "города" before it, is its head's first name.
  if (!city || (!m[4] && m[5] === city.name && (declineName(city.name).gent[0] ?? city.name) !== city.name)) return municipalDistrictAt(text, toks, i);
  const r = adjectiveReading(m[1]!);
  const inflected = r?.parse.inflect(['masc', 'sing', 'nomn']);
  const adj = stressedEnding(inflected ? String(inflected) : m[1]!);
  // "Советского района города Уфа": the town after "города" may stand in the nominative; the name takes its genitive.
  const cityGen = declineName(city.name).gent[0] ?? m[5]!;
  const name = `${adj.charAt(0).toUpperCase()}${adj.slice(1)} район ${cityGen}`;
  const known = cityByName(name);
  const end = t.start + m[0].length;
  const next = toks.findIndex((x) => x.start >= end);
  const entity: Entity = known
    ? cityEntity(known)
    : { id: cityIdFor(name), kind: 'City', name, nameEn: null, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null };
  return { entity, end, next: next < 0 ? toks.length : next };
}

// Cities and regions a sentence names: by name in any case (gazetteer + morphology), by context for cities the
// gazetteer lacks ("город Тиват", "г. Монро (США)", "городами-побратимами X, Y"), by adjective ("омские
// предприятия" → Омск) and by residents ("омичи" → Омск).
import { cityIdFor, mayBeginCityPhrase } from '../lexicon/gazetteer.js';
import { transliterateTitle } from '../lexicon/transliterate.js';
import { lowerWordBefore } from '../lexicon/plain-words.js';
import { asNameCase } from '../lexicon/letter-case.js';
import { adjectiveCountry, openingCountryAdjective } from './country-adjectives.js';
import { findCountry } from './countries.js';
import { onlyForeignCountry } from './sentence-country.js';
import { isFunctionWord, readings } from '../lexicon/morph.js';
import { casesAfter, placeNominative } from '../lexicon/place-name.js';
import { agreeingNominative, nominativeCandidates } from '../lexicon/nominative-candidates.js';
import type { Case } from '../lexicon/morph.js';
import { HOME_COUNTRY, sameCountry, type WorldCity } from '../lexicon/world.js';
import { lookupKey } from '../lexicon/name-key.js';
import type { Mention } from '../mentions.js';
import type { Entity } from '../types.js';
import { cityCueBefore, countryOfTownsBefore, hasCityCueWords, twinCueAfter } from './city-cue.js';
import { cityFromDerived, hasDerivedShape } from './city-derived.js';
import { articledName, COMPASS, compassPart, NAME_ADJECTIVE, spacedPair, withNameAdjective } from './two-word-names.js';
import { districtAt, lastDistrictWord } from './districts.js';
import { cityEntity, cityNominative, countryInParentheses, isCapitalised, knownCity, tokens, type Token } from './place-words.js';
import { findRegions } from './regions.js';
import { adjectiveNamesTown, opensVillageMunicipality, beforeSurname, homeAdjectiveIso, isAdjectiveBeforeTown, isFirstNameOfPerson, isInitialOrPerson, plausibleSingleWord, capitalsVerb } from './place-guards.js';
import { continuesCityList, insideParenthesesAfterTown } from './place-lists.js';
import { regionalHomeTown } from './regional-towns.js';
import { bareSpotBefore, bareTownHere, dictionaryTown, hostOpeningSentence, townOfOfficial, isKnownPlaceWord, homeTown, homeTownIn, homeTownOfTwo, mayBeHomeTown, notATown } from './uncued-towns.js';
import { countryId } from '../../../neo4j/model/ids.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
/** Whether GeoNames records the town under a nominative of this form (Лиона: Lyon as Лион), not only a sound like it. */
function recordedAs(town: WorldCity, surface: string): boolean {
  const keys = new Set(nominativeCandidates(surface).map(lookupKey));
  return town.russian?.some((n) => keys.has(lookupKey(n))) ?? false;
}

/** The owner of "городов-побратимов X" is a town only when the world list knows one this large (a province is none). */
// A region's noun after a capitalised adjective, a lower-case adjective between: "Крымского федерального округа".
const REGION_PHRASE_AFTER = /^\s+([a-zß-öø-ſа-ԯ]+(ого|его|ой|ей|ом|ем)\s+)?(округ(а|у|ом|е)?|район(а|у|ом|е)?|област(ь|и|ью)|кра(й|я|ю|ем|е)|республик(а|и|е|у|ой))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;
const CAPS_FUNCTION_WORD = /^(И|В|ВО|С|СО|К|О|ОБ|У|А|НО|ИЛИ|НА|ИЗ|ПО|ДО|ЗА|ОТ|ДЛЯ|ПРИ)$/u;
const TOWN_AFTER_REGION = /^\s*(г\.|город(а|ом|е|у)?)\s*$/u;
const OWNER_MIN_POPULATION = 50_000;
const OWNER_BEFORE_LIST_MIN_POPULATION = 10_000;
const DASH_AFTER = /^\s+[—–-]\s/u;
const WITH_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+$/u;
const PLURAL_CITY_CUE = /город(ами|ов|ам|ах)(-[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)?\s*$/iu;

export interface PlaceFinding {
  mentions: Mention[];
  /** Entities for the mentions, to merge into the report's registry. */
  entities: Entity[];
}

// Capitalised words that are never places even when a cue precedes them ("город Омск и Область"), and a table's
// column heads ("№ Город Страна Год").
// "районом РТ (Российская Федерация)": two or three capitals are an abbreviation (a republic's), not a town.
const ABBREVIATION = /^[A-ZÀ-ÖØ-ÞЀ-Я]{2,3}$/u;
// "в каждом китайском городе Праздник весны": after the prepositional "городе" a common noun is no town's name.
const IN_TOWN_BEFORE = /городе\s*$/u;
// ("Дом" and "Совет" as words, not stems: "Домодедово" and "Советск" are towns.)
const NOT_A_PLACE = /^(Республик|Российск|Федераци|Администрац|Мэр|Глав|Правительств|Народн|Муниципальн|Государствен|Международн|Центр|Дом(а|у|ом|е|ов)?$|Совет(?!ск[аеу]?$)|Управлени|Комитет|Департамент|Министерств|Стран[аыу]?$|Регион$|Год$)/u;

/** Places in a text; words inside `people` (spans of persons' names) are never places (`Владимир Петров`). */
export function findPlaces(text: string, people: ReadonlyArray<{ start: number; end: number }> = []): PlaceFinding {
  const all = tokens(text);
  const toks = people.length ? all.filter((t) => !people.some((p) => p.start <= t.start && t.end <= p.end)) : all;
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const lastWord = lastDistrictWord(text);
  let cueWords: boolean | undefined;
  let sentenceIso: string | null | undefined; // asked only when a name the gazetteer lacks needs a country
  // The country an adjective gave the last city named (`двумя российскими – Мытищи и X`) and the case its cue asked
  // (`такие как A (страна), B`): the list's next items share them.
  let listIso: string | undefined;
  let listCases: readonly Case[] | null = null;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // City districts: "Октябрьский район г. Минска" is a municipality of its own.
    const district = districtAt(text, toks, i, lastWord);
    if (district) {
      mentions.push({ kind: 'City', id: district.entity.id, start: t.start, end: district.end, via: 'name' });
      entities.push(district.entity);
      i = district.next;
      continue;
    }
    // Known cities: the longest phrase of up to three words that the gazetteer knows in some case form.
    // ("Из Гомеля" opening a sentence: a preposition, not the town Иза.)
    if (isCapitalised(t.text) && !(t.text.length <= 6 && isFunctionWord(t.text))) {
      let matched = false;
      const longest = Math.min(3, toks.length - i, startsNoCityPhrase(text, t, toks[i + 1]) ? 1 : 3);
      for (let n = longest; n >= 1 && !matched; n--) {
        const last = toks[i + n - 1]!;
        // One word: the token itself, whose hash the look-ups above may have computed already.
        const phrase = n === 1 ? t.text : text.slice(t.start, last.end);
        if (n > 1 && /[,.;:()«»]/.test(phrase)) continue;
        const city = knownCity(phrase);
        if (!city) continue;
        if (n === 1 && !plausibleSingleWord(text, t, city)) continue;
        const country = countryInParentheses(text, last.end);
        const compass = compassPart(text, toks[i - 1], t, city);
        const entity = compass ?? cityEntity(city, phrase);
        if (country && !entity.country) entity.country = country;
        mentions.push({ kind: 'City', id: entity.id, start: compass ? toks[i - 1]!.start : t.start, end: last.end, via: 'name' });
        entities.push(entity);
        listIso = listAdjectiveCountry(text.slice(Math.max(0, t.start - 40), t.start));
        i += n;
        matched = true;
      }
      if (matched) continue;
      const next = toks[i + 1];
      // ("МИРНЫЙ И ДОБРЫЙ": in capitals a conjunction or preposition is no part of a name.)
      const adjacent = next !== undefined && text.slice(t.end, next.start) === ' ' && isCapitalised(next.text) && !CAPS_FUNCTION_WORD.test(next.text);
      // "делегация Великого Новгорода": an adjective and a noun that together are a home town.
      const twoWords = adjacent ? homeTownOfTwo(t.text, next!.text) : null;
      if (twoWords) {
        const id = cityIdFor(twoWords.name);
        mentions.push({ kind: 'City', id, start: t.start, end: next!.end, via: 'name' });
        entities.push({ id, kind: 'City', name: twoWords.name, nameEn: twoWords.town!.name, country: HOME_COUNTRY });
        i += 2;
        continue;
      }
      // "Восточное Сараево": the compass word belongs to the town after it, found at the next word.
      // "Новый Кармел", "Старая Тирна": so do a few other adjectives, before a town the gazetteer lacks.
      if ((COMPASS.test(t.text) || NAME_ADJECTIVE.test(t.text)) && adjacent) {
        i++;
        continue;
      }
      // Unknown cities from their context: a city cue before, or a country in parentheses after. A name's adjective
      // ("посетила Новый Кармел") stands between the cue and the noun.
      const prev = toks[i - 1];
      const named = prev && NAME_ADJECTIVE.test(prev.text) && text.slice(prev.end, t.start) === ' ' && !mentions.some((m) => m.end > prev.start) ? prev : undefined;
      const from = named ? named.start : t.start;
      const preceding = text.slice(Math.max(0, from - 40), from);
      // "встреча с городами-побратимами Хэнани": after a plural "cities", a lone name is their owner (a
      // province, a country), not a city; a list ("городами Кайфын, Маньчжурия и Урумчи") is cities.
      // A sentence without any of a cue's words is asked once, not before each word.
      const cued = (cueWords ??= hasCityCueWords(text)) && cityCueBefore(text, Math.max(0, from - 40), from);
      const plural = cued && PLURAL_CITY_CUE.test(preceding) && !/^\s*(,|и\s|\()/u.test(text.slice(t.end, t.end + 4));
      const cue = (cued && !plural) || (cueWords && twinCueAfter(text, t.end));
      // "городов-побратимов Лиона – A и B", "породнённых с Лионом": the owner of the plural, or a partner after "с",
      // a town when the world list records a large one by that very name.
      const owner = (plural && !cue) || (!cued && !cue && WITH_BEFORE.test(preceding));
      const country = countryInParentheses(text, t.end);
      // A list continues only with a noun: "городом Омском и Научно-производственным объединением" does not.
      const inList = !cue && continuesCityList(text, mentions, from) && !readings(t.text).some((r) => r.pos === 'ADJF' && r.known);
      // "с японским Комацу", "в норвежском Киркенесе": after a country's adjective, a town of that country.
      const adjective = openingCountryAdjective(text, from) ?? lowerWordBefore(preceding);
      // The country first: most words before a capitalised one name none, and the word's readings are not asked.
      const adjectiveCountryIso = adjective ? adjectiveCountry(adjective) : undefined;
      const adjectiveIso = adjectiveCountryIso && !readings(t.text).some((r) => r.pos === 'ADJF' && r.known) ? adjectiveCountryIso : undefined;
      // "нижегородский Чкаловск": after a Russian city's adjective, a Russian town the world list confirms.
      const homeIso = !adjectiveCountryIso && adjective && !cue && !adjectiveCountry(adjective.toLowerCase()) ? homeAdjectiveIso(adjective, t.text) : undefined;
      // "посетила Клайпеду", "в Тарту": with no cue at all, a large town the world list confirms (below).
      const bare = !cue && !country && !inList && !adjectiveIso && bareSpotBefore(text, Math.max(0, from - 40), from);
      // "Хабаровск принял гостей", "делегация Воркуты": anywhere, a town of the report's own country that the
      // world list knows (below); the hand gazetteer cannot hold every Russian town a report is about.
      // ("Новочеркасска Сремски Карловци": the capital after it opens a town of two words, no part of this one.)
      // (homeTownIn first: one memo look-up, and most capitalised words are no case of a home town.)
      const pairAfter = adjacent && toks[i + 2] !== undefined && text.slice(next.end, toks[i + 2]!.start) === ' ' && recordedPair(next.text, toks[i + 2]!.text);
      const home = !cue && !country && !inList && !adjectiveIso && ((homeTownIn(t.text) && mayBeHomeTown(t.text, adjacent && !pairAfter ? next.text : undefined, text.slice(t.end, t.end + 40), preceding)) || hostOpeningSentence(t.text, t.start === 0, text.slice(t.end, t.end + 60)) || regionalHomeTown(t.text, text.slice(t.end, t.end + 60)));
      // "это прежде всего Штутгарт": a large town the dictionary knows as a place, anywhere but at a sentence's start.
      const known = !cue && !country && !inList && !adjectiveIso && !bare && !home && !adjacent && t.start > 0 && isKnownPlaceWord(t.text);
      // "гости из Сремски Карловци": two words GeoNames records, as written, as a town's Russian name.
      const recorded = !cue && !country && !inList && !adjectiveIso && !home && adjacent && !pairAfter && recordedPair(t.text, next.text);
      if ((cue || country || inList || adjectiveIso || homeIso || bare || home || known || recorded || owner) && !NOT_A_PLACE.test(t.text) && !ABBREVIATION.test(t.text) && !findCountry(t.text) && !isInitialOrPerson(text, t) && !opensVillageMunicipality(text, t) && !(beforeSurname(text, t) && !townOfOfficial(text, t)) && (!isFirstNameOfPerson(text, t) || (cue && adjacent && recordedPair(t.text, next!.text)))) {
        // "Чапел Хилл": two capitalised words that together are a town's name are one, written with a hyphen;
        // "Де Мойн": an article and a name (two-word-names.ts). "городом Ниш": the adjective before the city word.
        const spaced = adjacent ? spacedPair(asNameCase(t.text), asNameCase(next.text)) : null;
        const pair = spaced?.town;
        const surface = spaced ? spaced.name : asNameCase(t.text);
        const cueIso = cue && !country ? (cueAdjectiveCountry(text.slice(Math.max(0, from - 64), from)) ?? countryOfTownsBefore(preceding)) : undefined;
        const stated = country ?? adjectiveIso ?? cueIso ?? (inList ? listIso : undefined);
        const likely = stated ?? (sentenceIso ??= onlyForeignCountry(text)) ?? undefined;
        const cases: readonly Case[] | null = casesAfter(preceding) ?? (inList ? listCases : null);
        const articled = adjacent && !pair ? articledName(t.text, next.text, cases, likely) : null;
        const last = pair || articled ? next! : t;
        const { name, town } = pair ? { name: surface, town: pair } : articled ?? placeNominative(surface, cases, (adjectiveIso && agreeingNominative(surface, adjective!)) || cityNominative(surface), likely);
        const confirmed =
          (homeIso !== undefined && sameCountry(town?.country, homeIso)) ||
          (owner && !country && (town?.population ?? 0) >= OWNER_MIN_POPULATION && recordedAs(town!, t.text)) ||
          // "городов-побратимов Биттерфельд-Вольфена – A и B": an owner its twins' list follows after a dash.
          (owner && !country && (town?.population ?? 0) >= OWNER_BEFORE_LIST_MIN_POPULATION && DASH_AFTER.test(text.slice(t.end, t.end + 4))) ||
          (recorded && pair !== undefined) ||
          (bare || home || known
            ? (bare && bareTownHere(text, t, town, pair ? surface : null, adjacent && !pair)) ||
              (home && (homeTown(town) || regionalHomeTown(t.text, text.slice(t.end, t.end + 60)))) ||
              (known && dictionaryTown(t.text, town, preceding))
            : !(!cue && !country && !inList && !sameCountry(town?.country, adjectiveIso) && !(town?.home && sameCountry(HOME_COUNTRY, adjectiveIso)) && !(adjectiveIso && !town && (unknownWord(t.text) || dictionaryPlace(t.text)))));
        // Unconfirmed, the word may still be a city's adjective (`Урумчинского`), read below.
        // "с городом Крымского федерального округа": an adjective of the region's name, no town.
        const ofRegion = REGION_PHRASE_AFTER.test(text.slice(t.end, t.end + 40)) && readings(t.text).some((r) => r.known && r.pos === 'ADJF');
        if (confirmed && !ofRegion && (town || pair || articled || (cueIso !== undefined && !IN_TOWN_BEFORE.test(preceding)) || !notATown(t.text, adjacent)) && !(cue && capitalsVerb(t.text))) {
          const whole = named && !pair ? withNameAdjective(named.text, agreeingNominative(t.text, named.text) ?? name) : null;
          const id = cityIdFor(whole ?? name);
          mentions.push({ kind: 'City', id, start: whole ? from : t.start, end: last.end, via: 'name' });
          entities.push(
            whole
              ? { id, kind: 'City', name: whole, nameEn: transliterateTitle(whole), country: stated ?? null }
              : { id, kind: 'City', name, nameEn: town?.name ?? transliterateTitle(name), country: stated ?? town?.country ?? null },
          );
          // A country in brackets is its own town's ("Тарту (Эстония), Куопио"); an adjective's or a cue's is the list's.
          listIso = adjectiveIso ?? cueIso ?? (inList ? listIso : undefined);
          listCases = cases;
          i += pair || articled ? 2 : 1;
          continue;
        }
      }
    }
    // Adjectives and residents: "омская делегация", "омичи", "Петербургский форум".
    if (hasDerivedShape(t.text)) {
      const derived = cityFromDerived(t.text);
      const city = derived && adjectiveNamesTown(text, t, derived) ? derived : null;
      if (city) {
        // "г. Рига (Рижская дума, Латвия)", "Брянки (Луганская Народная Республика)": an adjective in the note on a
        // town just named says where it is, and would otherwise stand between the items of a list.
        if (!insideParenthesesAfterTown(text, mentions, t)) {
          mentions.push({ kind: 'City', id: city.id, start: t.start, end: t.end, via: /ск|цк/iu.test(t.text) ? 'adjective' : 'residents' });
          entities.push(cityEntity(city));
        }
      } else {
        const iso = adjectiveCountry(t.text);
        if (iso) mentions.push({ kind: 'Country', id: countryId(iso), start: t.start, end: t.end, via: 'adjective' });
      }
    }
    i++;
  }
  // "челябинский Южноуральск": the adjective is the region's.
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (!isAdjectiveBeforeTown(text, mentions, m)) continue;
    mentions.splice(k, 1);
    const at = entities.findIndex((e) => e.id === m.id);
    if (at >= 0 && !mentions.some((o) => o.id === m.id)) entities.splice(at, 1);
  }
  findRegions(text, toks, mentions, entities);
  // "Омской области": the adjective inside a region's name does not name the city. Without a region every mention
  // is kept, and so every entity (each was found with a mention of its id).
  const regions = mentions.filter((m) => m.kind === 'Region');
  if (regions.length === 0) return { mentions: mentions.sort((a, b) => a.start - b.start), entities };
  // "центром Хубсугульского аймака г. Мурэном": a region before its town's city word qualifies the town, no party.
  const qualifier = (r: Mention) => mentions.some((m) => m.kind === 'City' && m.start >= r.end && TOWN_AFTER_REGION.test(text.slice(r.end, m.start)));
  const kept = mentions.filter((m) => (m.kind === 'Region' ? !qualifier(m) : !regions.some((r) => r.start <= m.start && m.end <= r.end)));
  const ids = new Set(kept.map((m) => m.id));
  return { mentions: kept.sort((a, b) => a.start - b.start), entities: entities.filter((e) => ids.has(e.id)) };
}

/**
 * "немецкий Шпайер": after a country's adjective, a capitalised word the dictionary does not know is a town of that
 * country even when the world list misses it (its Russian spelling strays from the sound of its Latin one).
 */
function unknownWord(word: string): boolean {
  return word.length >= 4 && !readings(word).some((r) => r.known);
}

/** "в узбекскую Хиву": a noun the dictionary knows as a place and as nothing else. */
function dictionaryPlace(word: string): boolean {
  const rs = readings(word);
  return rs.length > 0 && rs.every((r) => r.known && r.pos === 'NOUN' && r.parse.tag.Geox);
}

/**
 * A word followed by a space that no gazetteer name of several words starts with (gazetteer.ts mayBeginCityPhrase):
 * the phrases of two and three words from it need no look-up.
 */
function startsNoCityPhrase(text: string, t: Token, next: Token | undefined): boolean {
  return next !== undefined && text.charCodeAt(t.end) === 0x20 && !mayBeginCityPhrase(t.text);
}

// "немецкого города X"; "немецкой делегации из города-побратима X": the delegation's country is its town's.
// "норвежской коммуны X", "польской гмины X", "китайского уезда X": a town's word of its own country.
const ADJECTIVE_BEFORE_CITY_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([a-zß-öø-ſа-ԯ]+)\s+(делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+из\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?|г\.|(коммун|гмин)(а|ы|е|у|ой|ою)|уезд(а|е|у|ом)?)\s*$/u;

/** The country whose adjective stands before the city word of a cue: `сербским городом`, `в японском г.`. */
function cueAdjectiveCountry(preceding: string): string | undefined {
  const m = ADJECTIVE_BEFORE_CITY_WORD.exec(preceding);
  return m ? adjectiveCountry(m[1]!) : undefined;
}

const DASH_AT_END = /\s*[-–—]\s*$/u;

/** The country of an adjective right before a list's first city, a dash allowed (`российскими – Мытищи`). */
function listAdjectiveCountry(preceding: string): string | undefined {
  const adjective = lowerWordBefore(preceding.replace(DASH_AT_END, ' '));
  return adjective ? adjectiveCountry(adjective) : undefined;
}

/** "городом Айя Напа": two words that GeoNames records, hyphenated, as a town's Russian name, though the first is a first name. */
function recordedPair(first: string, second: string): boolean {
  const pair = spacedPair(asNameCase(first), asNameCase(second));
  return pair !== null && (pair.town?.russian?.includes(pair.name) ?? false);
}

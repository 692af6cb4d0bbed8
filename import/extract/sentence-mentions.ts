// Everything one sentence names, as mentions with offsets inside it: places, countries, institutions,
// city authorities and events, with nested mentions resolved.
import { SentenceMemo } from './lexicon/memo.js';
import { withoutLocators } from './finders/place-locators.js';
import { slugId } from './lexicon/slug.js';
import { placedInstitutionId } from './institution-ids.js';
import { findCountriesInText, type CountryMention } from './finders/countries.js';
import { countryByIso } from './finders/country-list.js';
import { institutionKey } from './finders/institution-key.js';
import { findInstitutions, findCityAuthorities, findNewsSources } from './finders/institutions.js';
import { findEvents } from './finders/events.js';
import { cityFromDerived } from './finders/city-derived.js';
import { findPlaces } from './finders/places.js';
import { renamedTowns } from './finders/renamed-towns.js';
import { findCapitals, type CapitalMention } from './finders/capitals.js';
import { cityEntity, knownCity } from './finders/place-words.js';
import { cityById, cityIdFor } from './lexicon/gazetteer.js';
import { cuedHomeTown } from './finders/uncued-towns.js';
import { findPersons, type PersonFinding } from './finders/persons.js';
import { cityWordsInName, nameOf } from './finders/institution-parts.js';
import { bracketAfter, fromAfter, townAfterNumber, townInName, townNamed } from './institution-town.js';
import { HOME_COUNTRY } from './lexicon/world.js';
import { adjectiveCountry } from './finders/country-adjectives.js';
import { beforeSurname } from './finders/place-guards.js';
import { readings } from './lexicon/morph.js';
import type { InstitutionMention } from './finders/institution-types.js';
import { sortMentions, type Mention } from './mentions.js';
import type { Entity, Sentence } from './types.js';
import { countryId, entityId } from '../../neo4j/model/ids.js';

export interface SentenceMentions {
  mentions: Mention[];
  entities: Entity[];
}

/** What a sentence names before the report's city is known: institutions the text places nowhere are listed. */
interface Found extends SentenceMentions {
  unplaced: ReadonlySet<string>;
}

// "Правительство Омской области", "Администрация аймака Сэлэнгэ", "Правительство провинции Хэйлунцзян".
const REGION_AUTHORITY =
  /^((Правительств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|Администраци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|Губернатор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|Законодательн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+(собрани|дум)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|Дум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+(област|кра[йяюе]|аймак)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(аймак|провинци|префектур|штат|уезд|[Рр]еспублик)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)|[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+(областн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+исполнительн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+комитет|облисполком)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)$/u;

/** "«Средняя школа № 75 города Гомеля»": the city a name states, even inside its quotes. */
const CITY_WORD_IN_NAME = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?:города|г\.)\s*([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)/u;

function cityWordInName(name: string): string | null {
  const m = CITY_WORD_IN_NAME.exec(name);
  return m ? m[1]! : null;
}

function resolveCityWord(word: string | null | undefined): string | null {
  if (!word) return null;
  // knownCity: the place finder's memo of cityByInflected, which parses a word the gazetteer lacks with az each time.
  const city = knownCity(word) ?? cityFromDerived(word);
  return city?.id ?? null;
}

// The main-city pass, the pipeline and the LOCATED_IN pass ask for the same sentences; remember them for one report
// (every sentence of any report short of a few megabytes).
const memo = new SentenceMemo<Sentence, Found>(20_000);

/** Forgets the remembered mentions: each report starts afresh. */
export function resetMentionMemo(): void {
  memo.clear();
}

/**
 * What a sentence names. An institution the text places nowhere is the reporting city's own, unless it is a
 * company (companies in these reports are as often the partner's); the relation rules and LOCATED_IN rely on that.
 * The finders run once per sentence: the report's city, decided from these very mentions, is filled in after.
 */
export function mentionsOf(sentence: Sentence, reportCityId: string | null): SentenceMentions {
  const found = memo.get(sentence, findMentions);
  if (!reportCityId || found.unplaced.size === 0) return found;
  const unplaced = found.unplaced;
  return {
    mentions: found.mentions.map((m) => (m.kind === 'Institution' && unplaced.has(m.id) && !m.cityId ? { ...m, cityId: reportCityId } : m)),
    entities: found.entities.map((e) => (e.kind === 'Institution' && unplaced.has(e.id) && !e.city ? { ...e, city: reportCityId } : e)),
  };
}

function findMentions(sentence: Sentence): Found {
  const unplaced = new Set<string>();
  const people = findPersons(sentence.text);
  const places = findPlaces(sentence.text, people);
  renamedTowns(sentence.text, places.mentions, places.entities);
  // "уездом Гуаньсянь китайского города Ляочэн": the city only says where the county is.
  places.mentions = withoutLocators(sentence.text, places.mentions);
  const countries = findCountriesInText(sentence.text);
  const capitals = capitalsIn(sentence.text, countries, places.mentions, places.entities);
  // "в столице Беларуси" names the capital; the country or region is an entity of it, not a party the sentence names.
  const inCapital = (m: { start: number; end: number }) => capitals.some((k) => k.start <= m.start && m.end <= k.end);
  const mentions: Mention[] = capitals.length > 0 ? places.mentions.filter((m) => (m.kind !== 'Region' && m.kind !== 'Country') || !inCapital(m)) : places.mentions;
  // The place finder's own arrays, made for this sentence: added to, not copied. Its mentions are the first ones.
  const entities: Entity[] = places.entities;
  const placeCount = mentions.length;
  // People are entities of the report but take part in no relation rule, so they add no mention.
  for (const p of people) entities.push({ id: `person:${slugId(p.name)}`, kind: 'Person', name: p.name, role: p.role });

  for (const c of countries) {
    if (!inCapital(c)) mentions.push({ kind: 'Country', id: countryId(c.country.iso2), start: c.start, end: c.end, via: 'name' });
    entities.push(countryEntity(c.country.iso2)!);
  }
  for (const k of capitals) {
    mentions.push({ kind: 'City', id: k.city.id, start: k.start, end: k.end, via: 'name' });
    if (!entities.some((e) => e.id === k.city.id)) entities.push(cityEntity(k.city));
  }
  // "сообщает пресс-служба Нижнекамского района": the district reports; it takes part in nothing told.
  for (const n of findNewsSources(sentence)) {
    for (const m of mentions) if (m.kind === 'City' && m.start >= n.start - sentence.start && m.end <= n.end - sentence.start) m.nestedIn = 'Institution';
  }
  for (const found of findInstitutions(sentence)) {
    // "ректор ВятГУ Валентин Пугач": a person named right after an organisation is no part of its name.
    const inst = beforePerson(found, sentence, people);
    // A region's government or parliament acts for the region, as a city's administration does for the city.
    const region = REGION_AUTHORITY.test(inst.name)
      ? regionWithin(mentions, placeCount, inst.start - sentence.start, inst.end - sentence.start)
      : undefined;
    if (region) {
      mentions.push({ ...region, start: inst.start - sentence.start, end: inst.end - sentence.start, via: 'authority' });
      continue;
    }
    const at = inst.start - sentence.start;
    const to = inst.end - sentence.start;
    const bracket = bracketAfter(sentence.text, to, mentions);
    const numbered = townAfterNumber(sentence.text, to, mentions);
    const cityId =
      resolveCityWord(inst.cityWord) ??
      (bracket?.kind === 'City' ? bracket.id : null) ??
      fromAfter(sentence.text, to, mentions) ??
      numbered?.id ??
      resolveCityWord(inst.cityAdjective) ??
      resolveCityWord(cityWordInName(inst.name)) ??
      cityWordsInName(inst.name).map(resolveCityWord).find((id) => id !== null) ??
      townInName(sentence.text, inst.surface, at, to, mentions.slice(0, placeCount)) ??
      null;
    // "МБУК «ЦБС» г. Иркутска" and "МБУК «ЦБС» г. Улан-Удэ" in one report: a generic name with its town stated is
    // that town's body from the start (institution-ids.ts gives the others theirs at the end).
    const id = placedInstitutionId(entityId('Institution', slugId(institutionKey(inst.name))), inst.name, cityId);
    // "Университетом Анадолу (Турция)": an organisation placed in another country is not the reporter's own.
    // "Белорусский государственный педагогический университет": named by another country, it is not ours either.
    const firstWord = inst.name.split(/\s/)[0] ?? '';
    // "Хулуньбуирский институт": a place's adjective the dictionary does not know names a town we cannot read, not ours.
    const foreignAdjective =
      /(ск|цк)(ий|ая|ое|ие)$/u.test(firstWord) && ((adjectiveCountry(firstWord) ?? HOME_COUNTRY) !== HOME_COUNTRY || !readings(firstWord).some((r) => r.known));
    // "Посольство Российской Федерации в КНР", "Национальная библиотека Лаоса": a body its own name places in another
    // country (a foreign state's embassy or consulate with no town named sits here, so only "в" places it).
    const placedAbroad = mentions.some(
      (m) =>
        m.kind === 'Country' && m.start >= at && m.end <= to && m.id !== countryId(HOME_COUNTRY) &&
        (inst.type !== 'diplomatic' || IN_BEFORE.test(sentence.text.slice(Math.max(0, m.start - 4), m.start))),
    );
    const abroad = (bracket?.kind === 'Country' && bracket.id !== countryId(HOME_COUNTRY)) || foreignAdjective || placedAbroad;
    if (!cityId && inst.type !== 'company' && !abroad) unplaced.add(id);
    // (The body's span takes in its town after the number, as it does a town its name holds.)
    const end = numbered && numbered.id === cityId ? numbered.end : to;
    mentions.push({ kind: 'Institution', id, start: inst.start - sentence.start, end, via: 'institution', cityId });
    entities.push({ id, kind: 'Institution', name: inst.name, city: cityId, aliases: inst.surface !== inst.name ? [] : undefined });
  }
  for (const a of findCityAuthorities(sentence)) {
    const start = a.start - sentence.start;
    const end = a.end - sentence.start;
    // "Муниципальный совет города Ковентри": a town the hand gazetteer lacks, found by the place finder.
    // "городского совета Судака": a home town only the world list knows.
    const world = a.cityWord && !resolveCityWord(a.cityWord) ? cuedHomeTown(a.cityWord) : null;
    const cityId = resolveCityWord(a.cityWord) ?? townNamed(sentence.text, a.cityWord, start, end, mentions.slice(0, placeCount)) ?? (world ? cityIdFor(world.name) : null);
    if (!cityId) continue;
    if (world && !entities.some((e) => e.id === cityId)) entities.push({ id: cityId, kind: 'City', name: world.name, nameEn: world.town?.name ?? null, country: world.town?.country ?? null });
    // "с мэром Владимиром Волковым", "заместитель мэра Милан Петров": the word after the office is the person's first
    // name, not the office's city.
    // (An office's town is in the genitive, "мэра Милана"; a nominative before a surname is a name.)
    const nominative = cityById(cityId)?.name === a.cityWord;
    if (people.some((p) => p.start < end && start < p.end) || (nominative && beforeSurname(sentence.text, { end }))) continue;
    mentions.push({ kind: 'City', id: cityId, start, end, via: 'authority', cityId });
    // "Мингорисполкомом": a town no place word of the sentence named is still an entity of the report.
    if (!entities.some((e) => e.id === cityId)) {
      const city = cityById(cityId);
      if (city) entities.push(cityEntity(city));
    }
  }
  for (const ev of findEvents(sentence)) {
    const id = `event:${slugId(ev.name)}`;
    mentions.push({ kind: 'Event', id, start: ev.start - sentence.start, end: ev.end - sentence.start, via: 'event' });
    entities.push({ id, kind: 'Event', name: ev.name });
  }
  return { mentions: resolveNesting(sortMentions(mentions)), entities, unplaced };
}

/** The capitals a sentence names by its country or region ("в столице Беларуси"), from the mentions found so far. */
function capitalsIn(text: string, countries: readonly CountryMention[], places: readonly Mention[], entities: readonly Entity[]): CapitalMention[] {
  if (!text.includes('толиц')) return [];
  const areas = [
    ...countries.map((c) => ({ start: c.start, end: c.end, iso2: c.country.iso2 })),
    ...places.filter((m) => m.kind === 'Region').map((m) => ({ start: m.start, end: m.end, name: entities.find((e) => e.id === m.id)?.name })),
  ];
  return findCapitals(text, areas);
}

const IN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+$/u;
// Before a person who is the organisation's namesake: "университет имени М.Т. Калашникова".
const NAMESAKE_BEFORE = /(имени|им\.?)\s*$/u;

/**
 * The organisation cut short of a person its words run into ("ВятГУ Валентин Пугач"); as found otherwise. Only a
 * person named in the nominative stands apart: one in another case is the name's namesake ("Дом-музей Павла
 * Васильева") or already read apart by the finder.
 */
function beforePerson(inst: InstitutionMention, sentence: Sentence, people: readonly PersonFinding[]): InstitutionMention {
  const from = inst.start - sentence.start;
  const to = inst.end - sentence.start;
  const person = people.find(
    (p) => from < p.start && p.start < to && sentence.text.slice(p.start, p.end) === p.name && !NAMESAKE_BEFORE.test(sentence.text.slice(from, p.start)),
  );
  if (!person) return inst;
  const surface = sentence.text.slice(from, person.start).replace(/[\s,]+$/u, '');
  if (!surface) return inst;
  return { ...inst, surface, name: nameOf(surface), end: sentence.start + from + surface.length };
}

/** The first region among the place finder's mentions (the first `count`) that lies within [start, end]. */
function regionWithin(mentions: Mention[], count: number, start: number, end: number): Mention | undefined {
  for (let k = 0; k < count; k++) {
    const m = mentions[k]!;
    if (m.kind === 'Region' && start <= m.start && m.end <= end) return m;
  }
  return undefined;
}

export function countryEntity(iso2: string): Entity | undefined {
  const c = countryByIso(iso2);
  return c ? { id: countryId(c.iso2), kind: 'Country', name: c.name, nameEn: c.nameEn, iso2: c.iso2 } : undefined;
}

/**
 * A place inside an institution's name belongs to the institution (its city), not to the sentence; a place
 * inside an event's name is kept, marked as such, for HELD_IN; an authority replaces the city word it holds.
 */
function resolveNesting(mentions: Mention[]): Mention[] {
  const outers = mentions.filter((m) => m.kind === 'Institution' || m.kind === 'Event' || m.via === 'authority');
  // Nothing to nest in (most sentences): every mention stands as it is.
  if (outers.length === 0) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    // An authority written as one word ("Мингорисполкомом") holds the place finder's reading of that same word.
    const outer = outers.find(
      (o) => o !== m && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || (o.via === 'authority' && m.via === 'name')),
    );
    if (!outer) {
      out.push(m);
      continue;
    }
    if ((outer.kind === 'Event' || outer.kind === 'Institution') && m.kind === 'City' && m.via !== 'authority') {
      out.push({ ...m, nestedIn: outer.kind });
    }
    if (outer.kind === 'Institution' && m.kind === 'Institution') continue;
    // Places and authorities inside an institution, and city words inside an authority, are dropped.
  }
  // An institution inside an event name ("Форум ... Администрации") stays an institution only outside it.
  return out;
}

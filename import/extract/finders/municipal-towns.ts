// A town's own municipality named by the town's adjective: "Старооскольского городского округа", "Кингисеппского
// городского поселения", "с Чайковским городским округом". The words "городской округ" and "городское поселение" say
// a town stands behind the adjective, so any Russian town the world list records under a name the adjective derives
// from is meant, however small; elsewhere an adjective means a town only when the town is large (city-derived.ts).
// A bare "Кингисеппским округом" is a small town's too; a large town's bare okrug is the district around it.
import { cityIdFor } from '../lexicon/gazetteer.js';
import { Memo } from '../lexicon/memo.js';
import { readings } from '../lexicon/morph.js';
import { capitalisedParts } from '../lexicon/letter-case.js';
import { lookupKey } from '../lexicon/name-key.js';
import { worldCitiesLike, type WorldCity } from '../lexicon/world.js';
import type { Entity } from '../types.js';
import { cityFromDerived } from './city-derived.js';
import { cityEntity, type Token } from './place-words.js';
import { HOME_COUNTRY } from '../lexicon/world.js';

/** A town's municipality found at a token: the town, where the words end, and the index of the next token to read. */
export interface MunicipalTownFinding {
  entity: Entity;
  end: number;
  next: number;
}

// "Кингисеппским округом", "Валдайского поселения": the word "городской" left out. "Саткинский муниципальный
// округ": the district turned okrug around its town (the municipal reform's name), which the texts treat as the town.
const MUNICIPAL_TOWN = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ой))\s+((?:городск|муниципальн)(?:ой|ого|ому|им|ом|ое|ый|ым)\s+(?=округ)|городск(?:ого|ому|им|ом|ое)\s+(?=поселени))?(?:округ|поселени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/u;
// Without "городской", an okrug of a city ("Октябрьский округ" of Archangelsk or Omsk) or an autonomous okrug
// named short ("Ханты-Мансийского округа") is no town's municipality.
// "… муниципального округа Москвы", "… города Санкт-Петербурга": an okrug of a city, whatever its adjective.
const CITY_AFTER = /^\s+(г\.\s*|города\s+)?(Москв|Санкт-Петербург|Севастопол)/u;
const NOT_A_TOWNS_OKRUG = new Set(['ханты-мансийск', 'октябрьск', 'ленинск', 'советск', 'кировск', 'ломоносовск', 'центральн', 'северн', 'южн']);

// Compound adjectives of two-word towns: старооскольский → Старый Оскол, великолукский → Великие Луки. Each
// first part in the nominative of the three genders and the plural, as the town's noun decides.
const FIRST_PARTS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^старо/u, ['Старый', 'Старая', 'Старое', 'Старые']],
  [/^ново/u, ['Новый', 'Новая', 'Новое', 'Новые']],
  [/^велико/u, ['Великий', 'Великая', 'Великое', 'Великие']],
  [/^нижне/u, ['Нижний', 'Нижняя', 'Нижнее', 'Нижние']],
  [/^верхне/u, ['Верхний', 'Верхняя', 'Верхнее', 'Верхние']],
  [/^бело/u, ['Белый', 'Белая', 'Белое', 'Белые']],
  [/^красно/u, ['Красный', 'Красная', 'Красное', 'Красные']],
  [/^мало/u, ['Малый', 'Малая', 'Малое', 'Малые']],
  [/^больше/u, ['Большой', 'Большая', 'Большое', 'Большие']],
];

interface MunicipalTown {
  entity: Entity;
  population: number;
}

const towns = new Memo<MunicipalTown | null>(5_000);

/** A municipality of this many people that a text calls only "округ" is a district around its town, not the town. */
const BARE_OKRUG_MAX_POPULATION = 100_000;

/** "Кингисеппского городского поселения" at token `i`: the town whose municipality it is, if the world list has it. */
export function municipalTownAt(text: string, toks: Token[], i: number): MunicipalTownFinding | null {
  const t = toks[i]!;
  const m = MUNICIPAL_TOWN.exec(text.slice(t.start, t.start + 80));
  if (!m) return municipalityAt(text, toks, i);
  const adjective = m[1]!.toLowerCase().replace(/ё/gu, 'е');
  // Without "городской" ("Кингисеппский округ", "Саткинский муниципальный округ") the okrug may be a city's part or
  // the district around a large town.
  const municipal = m[2]?.startsWith('муниципальн') === true;
  const notTownsWord = !m[2] || municipal;
  if (notTownsWord && NOT_A_TOWNS_OKRUG.has(adjective.replace(/(ий|ого|ому|им|ом|ой)$/u, ''))) return null;
  const town = towns.get(adjective, townOfAdjective);
  // "Псковский округ" is the district around Pskov; "Кингисеппский округ" is Kingisepp's own; so are the
  // "муниципальный округ" around Vologda and Satka's. "Тверской муниципальный округ Москвы" is a part of the city.
  if (!town || (notTownsWord && town.population >= BARE_OKRUG_MAX_POPULATION)) return null;
  const end = t.start + m[0].length;
  if (municipal && CITY_AFTER.test(text.slice(end, end + 30))) return null;
  const next = toks.findIndex((x) => x.start >= end);
  return { entity: town.entity, end, next: next < 0 ? toks.length : next };
}

// "делегация Мариямпольского самоуправления", "Алитусского муниципалитета": a town's municipality, at home or
// abroad, by the words other countries' municipalities are given in Russian.
// ("Вильнюсского городского самоуправления": the word "городское" may stand between; a "районное самоуправление"
// is the district around the town, a municipality of its own.)
const MUNICIPALITY = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ой|ое))\s+(?:городск(?:ое|ого|ому|им|ом)\s+)?(?:муниципалитет|самоуправлени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/u;
const municipalities = new Memo<MunicipalTown | null>(5_000);

function municipalityAt(text: string, toks: Token[], i: number): MunicipalTownFinding | null {
  const t = toks[i]!;
  const m = MUNICIPALITY.exec(text.slice(t.start, t.start + 80));
  if (!m) return null;
  const adjective = m[1]!.toLowerCase().replace(/ё/gu, 'е');
  // "Советского муниципалитета": a district's or a city part's name, no town's.
  if (NOT_A_TOWNS_OKRUG.has(adjective.replace(/(ий|ого|ому|им|ом|ой|ое)$/u, ''))) return null;
  const town = municipalities.get(adjective, anyTownOfAdjective);
  if (!town) return null;
  const end = t.start + m[0].length;
  const next = toks.findIndex((x) => x.start >= end);
  return { entity: town.entity, end, next: next < 0 ? toks.length : next };
}

/**
 * The town of any country a municipality's adjective names: the hand gazetteer's (Тбилиси), else the largest town
 * recorded under a Russian name the adjective derives from (Мариямполе).
 */
function anyTownOfAdjective(word: string): MunicipalTown | null {
  const derived = cityFromDerived(word);
  if (derived) return { entity: cityEntity(derived), population: derived.population ?? 0 };
  const m = /^(.+?)(ск|цк)(?:ий|ого|ому|им|ом|ой|ое)$/u.exec(word);
  if (!m) return null;
  let best: { name: string; town: WorldCity } | null = null;
  for (const name of candidateNames(m[1]!, m[2]!)) {
    const key = lookupKey(name);
    const town = worldCitiesLike(name).find((x) => !x.section && x.russian?.some((n) => lookupKey(n) === key));
    if (town && (!best || town.population > best.town.population)) best = { name, town };
  }
  if (!best) return null;
  const entity: Entity = { id: cityIdFor(best.name), kind: 'City', name: best.name, nameEn: best.town.name, country: best.town.country };
  return { entity, population: best.town.population };
}

/**
 * The Russian town a municipality's adjective names: the largest one recorded under a name it derives from, by the
 * name the dictionary knows as a place when several candidates find the same town (Кстово, not Кстова).
 */
function townOfAdjective(word: string): MunicipalTown | null {
  // A town the hand gazetteer holds, when it is a Russian one ("гурьевский" is Kazakhstan's Гурьев there first).
  const derived = cityFromDerived(word);
  if (derived && derived.country === HOME_COUNTRY) return { entity: cityEntity(derived), population: derived.population ?? 0 };
  const m = /^(.+?)(ск|цк)(?:ий|ого|ому|им|ом|ой)$/u.exec(word);
  if (!m) return null;
  let best: { name: string; town: WorldCity; rank: number } | null = null;
  const stemWithSuffix = m[1]! + m[2]!;
  for (const name of candidateNames(m[1]!, m[2]!)) {
    const key = lookupKey(name);
    // A part of a city (Moscow's Раменки) has no municipality of its own: "Раменского городского округа" is Раменское's.
    const town = worldCitiesLike(name).find((x) => x.country === HOME_COUNTRY && !x.section && x.russian?.some((n) => lookupKey(n) === key));
    if (!town) continue;
    // "Чкаловский" is Чкаловск's before the old name Чкалов of a larger town: a town in -ск the adjective keeps whole
    // comes first.
    const rank = name.toLowerCase() === stemWithSuffix ? -1 : dictionaryPlace(name) ? 0 : 1;
    if (!best || (rank < 0 && best.rank >= 0) || (best.rank >= 0 && town.population > best.town.population) || (town === best.town && rank < best.rank)) best = { name, town, rank };
  }
  if (!best) return null;
  const entity: Entity = { id: cityIdFor(best.name), kind: 'City', name: best.name, nameEn: best.town.name, country: HOME_COUNTRY };
  return { entity, population: best.town.population };
}

/** The names an adjective's stem may come from, capitalised as towns are (each part of a hyphenated one). */
function candidateNames(stem: string, suffix: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    if (s.length >= 3) out.add(capitalisedParts(s));
  };
  for (const s of nounStems(stem, suffix)) add(s);
  // A town named by the adjective itself: Чайковский, Каменск-Уральский; Раменское.
  for (const ending of ['ий', 'ое', 'ая']) add(`${stem}${suffix}${ending}`);
  for (const [first, forms] of FIRST_PARTS) {
    const rest = stem.replace(first, '');
    if (rest === stem || rest.length < 3) continue;
    for (const noun of nounStems(rest, suffix)) for (const form of forms) out.add(`${form} ${capitalisedParts(noun)}`);
  }
  for (const name of adjectiveNounNames(stem, suffix)) out.add(name);
  return [...out];
}

const COMPOUND = /^([а-яё]{3,}о)-([а-яё]{3,})$/u;
const ADJECTIVE_STEM_END = /[сц]к$/u;

/**
 * Павлово-Посадский → Павловский Посад, Сергиево-Посадский → Сергиев Посад, Мариинско-Посадский → Мариинский Посад,
 * Советско-Гаванский → Советская Гавань: a town named by an adjective and a noun, which the compound joins with -о-.
 * The first part is a -ский adjective or a short possessive one (Сергиев) in the noun's gender.
 */
function adjectiveNounNames(stem: string, suffix: string): string[] {
  const m = COMPOUND.exec(stem);
  if (!m) return [];
  const base = m[1]!.slice(0, -1);
  const firsts = ADJECTIVE_STEM_END.test(base)
    ? ['ий', 'ая', 'ое', 'ие'].map((e) => base + e)
    : [base, base + 'а', base + 'о', ...['ский', 'ская', 'ское'].map((e) => base + e)];
  const nouns = [...nounStems(m[2]!, suffix), m[2]! + 'ь'];
  return firsts.flatMap((first) => nouns.filter((n) => n.length >= 3).map((noun) => `${capitalisedParts(first)} ${capitalisedParts(noun)}`));
}

/**
 * The nouns a `-ский` adjective's stem is made from: кингисепп, уссурий-ск, валуй-ки, златоуст-ов, коломен →
 * коломна, рус → русса, вязем → вязьма.
 */
function nounStems(stem: string, suffix: string): string[] {
  return [
    stem,
    stem + suffix,
    stem.replace(/ь$/u, ''),
    // мариямпольский → Мариямполе
    stem.replace(/ь$/u, 'е'),
    stem + 'ки',
    stem + 'и',
    // Кстово before Кстова: GeoNames records both spellings of some -ово towns.
    stem + 'о',
    stem + 'а',
    stem.replace(/[оеё]в$/u, ''),
    // рамешковский → Рамешки; городецкий → Городец (the adjective's к is the suffix's, the ц the town's).
    stem.replace(/ов$/u, 'и'),
    suffix === 'цк' ? stem + 'ц' : stem,
    stem.replace(/ен$/u, 'на'),
    stem.replace(/ин$/u, 'а'),
    stem.replace(/ен$/u, 'ны'),
    // старорусский → Старая Русса: the adjective keeps one of the noun's two с.
    stem.replace(/с$/u, 'сса'),
    // вяземский → Вязьма: a vowel that comes and goes before the last consonant.
    stem.replace(/([бвгджзклмнпрстфхцчшщ])[её]([бвгджзклмнпрстфхцчшщ])$/u, '$1ь$2а'),
  ];
}

/** The dictionary knows the name as a place's own (GeoNames also records other languages' and old spellings). */
function dictionaryPlace(name: string): boolean {
  const lower = name.toLowerCase();
  return readings(lower).some((r) => r.known && r.parse.tag.Geox && r.lemma === lower);
}

// Towns named by two words, the first of which does not stand alone: an adjective (`Новый Афон`, `Старая Загора`)
// or a foreign article or particle written as a word of its own (`Де Мойн`, `Ла Плата`, `Эль Пасо`), which Russian
// writes with a hyphen (`Де-Мойн`) and texts often with a space; a compass adjective before a known city
// (`Восточное Сараево`).
import { inflectReading, readings, type Case } from '../lexicon/morph.js';
import { nominativeCandidates } from '../lexicon/nominative-candidates.js';
import { placeNominative, type PlaceName } from '../lexicon/place-name.js';
import { worldCitiesLike } from '../lexicon/world.js';
import { cityIdFor, type GazetteerCity } from '../lexicon/gazetteer.js';
import { Memo } from '../lexicon/memo.js';
import type { Entity } from '../types.js';
import type { Token } from './place-words.js';
import { cityNominative } from './place-words.js';

// Not Ван, Ли, Да, Ди: Chinese surnames and given names (`мэр города Ван Хунлинь`).
const ARTICLE = /^(Де|Ле|Ла|Лас|Лос|Эль|Аль|Сан|Санта|Санто|Сент|Сен|Дель|Порт|Форт|Нью|Бад)$/u;

/** The town two words name when the first is an article or particle: `Де Мойна` → Де Мойн; null otherwise. */
export function articledName(first: string, second: string, cases: readonly Case[] | null, country?: string | null): PlaceName | null {
  if (!ARTICLE.test(first)) return null;
  const rest = placeNominative(second, cases, cityNominative(second), country);
  return { name: `${first} ${rest.name}`, town: rest.town };
}

// Adjectives that open towns' names (`Новый Афон`, `Старая Загора`, `Верхнее Дубово`), any gender, case and number.
export const NAME_ADJECTIVE = /^(Восточн|Западн|Северн|Южн|Нов|Стар|Верхн|Нижн|Больш|Мал|Велик|Средн)(ое|ого|ому|ым|ом|ая|ой|ую|ый|ий|ее|его|ему|им|ем|яя|ей|юю|ые|ых|ыми|ие|их|ими)$/u;

/** "Верхнего" before Плавино → "Верхнее Плавино": the adjective in the gender and number the noun's nominative has. */
export function withNameAdjective(adjective: string, noun: string): string | null {
  const r = readings(adjective).find((x) => x.pos === 'ADJF');
  if (!r) return null;
  const grammemes = /[ыи]$/u.test(noun) ? ['plur', 'nomn'] : /[оеёу]$/u.test(noun) ? ['neut', 'sing', 'nomn'] : /[ая]$/u.test(noun) ? ['femn', 'sing', 'nomn'] : ['masc', 'sing', 'nomn'];
  const form = inflectReading(r, grammemes);
  return form ? `${adjective.charAt(0)}${form.slice(1)} ${noun}` : null;
}

/**
 * "Чапел Хилл", "делегации Нови Сада": two capitalised words that together are a town of the world list, the second
 * as written or in its nominative; the name is written with a hyphen (Нови-Сад).
 */
export function spacedPair(first: string, second: string): PlaceName | null {
  // The place finder asks of every two adjacent capitalised words, up to three times each pair, and the answer
  // costs an adjective's inflection and a look-up per candidate nominative: remembered by the first word, then the
  // second (words whose hashes the finder's other look-ups computed already; no joined key to build and hash).
  const seconds = pairs.get(first, newSeconds);
  let found = seconds.get(second);
  if (found === undefined) {
    found = computeSpacedPair(first, second);
    seconds.set(second, found);
  }
  return found;
}

// A pure function of the two words and the read-only world list (what follows a first word is a short list).
const pairs = new Memo<Map<string, PlaceName | null>>(20_000);

function newSeconds(): Map<string, PlaceName | null> {
  return new Map();
}

function computeSpacedPair(first: string, second: string): PlaceName | null {
  // An adjective first (Кривой Рог) keeps its space; the hyphen is for two foreign words.
  const adjectival = ADJECTIVE_SHAPE.test(first) ? adjectivePair(first, second) : null;
  if (adjectival) return adjectival;
  for (const c of [second, ...nominativeCandidates(second).filter((n) => n !== second)]) {
    // Asked with the hyphen, so that a town GeoNames records under that very name comes first (Айя-Напа, not the
    // larger Анапа of the same sound).
    const town = worldCitiesLike(`${first}-${c}`)[0];
    if (town) return { name: `${first}-${c}`, town };
  }
  return null;
}

const ADJECTIVE_SHAPE = /(ой|ый|ий|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)$/u;

/**
 * "Кривого Рога" → Кривой Рог: an adjective and a noun whose nominatives a town of the world list records as its
 * Russian name, word for word (the sound alone would let too many adjectives through).
 */
function adjectivePair(first: string, second: string): PlaceName | null {
  for (const c of nominativeCandidates(second)) {
    const both = withNameAdjective(first, c);
    if (!both) continue;
    const town = worldCitiesLike(both).find((t) => t.russian?.includes(both));
    if (town) return { name: both, town };
  }
  return null;
}

export const COMPASS = /^(Восточн|Западн|Северн|Южн)(ое|ого|ому|ым|ом|ая|ой|ую|ый|ий)$/u;
/** "Восточного Сараева" → Восточное Сараево: a compass adjective right before a known city makes another town. */
export function compassPart(text: string, prev: Token | undefined, t: Token, city: GazetteerCity): Entity | null {
  if (!prev) return null;
  const m = COMPASS.exec(prev.text);
  if (!m || text.slice(prev.end, t.start) !== ' ') return null;
  const gender = /[оеи]$/u.test(city.name) ? 'ое' : /[ая]$/u.test(city.name) ? 'ая' : m[1] === 'Южн' ? 'ый' : 'ый';
  const name = `${m[1]}${gender} ${city.name}`;
  return { id: cityIdFor(name), kind: 'City', name, nameEn: null, country: city.country };
}

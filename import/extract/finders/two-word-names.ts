// Towns named by two words, the first of which does not stand alone: an adjective (`Новый Афон`, `Старая Загора`)
// or a foreign article or particle written as a word of its own (`Де Мойн`, `Ла Плата`, `Эль Пасо`), which Russian
// writes with a hyphen (`Де-Мойн`) and texts often with a space.
import { inflectReading, readings, type Case } from '../lexicon/morph.js';
import { nominativeCandidates, placeNominative, type PlaceName } from '../lexicon/place-name.js';
import { worldCitiesLike } from '../lexicon/world.js';
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
  for (const c of [second, ...nominativeCandidates(second).filter((n) => n !== second)]) {
    const town = worldCitiesLike(`${first} ${c}`)[0];
    if (town) return { name: `${first}-${c}`, town };
  }
  return null;
}

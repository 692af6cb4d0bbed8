// The nominative of a place name the hand gazetteer does not know (`Херне`, `Комацу`, `Цзямусы`, `Феодосии`):
// every nominative the word's ending allows is a candidate, and the world's towns decide among them (`с Херне`
// may be Херн, Херна or Херне; only Herne is a town). Without a town to confirm any, the case the context asks
// for (`городом Комацу` is instrumental, and `Комацу` has no instrumental ending, so it does not decline) and the
// dictionary (az) choose.
import { cityByName } from './gazetteer.js';
import { readings, type Case } from './morph.js';
import { lookupKey } from './name-key.js';
import { palladius } from './palladius.js';
import { cyrillicKey } from './sound-key.js';
import { sameCountry, worldCitiesLike, type WorldCity } from './world.js';

export interface PlaceName {
  /** The nominative, as a person would write it. */
  name: string;
  /** The town it is, when the world gazetteer knows one that sounds like it (the most populous). */
  town: WorldCity | null;
}

// Endings of the oblique cases of nouns, and what the nominative may end in instead (`` = nothing).
const REVERSALS: Array<[RegExp, string[]]> = [
  [/ией$/u, ['ия']],
  [/ии$/u, ['ия', 'ий']],
  [/ию$/u, ['ия']],
  [/ью$/u, ['ь']],
  [/[ое]ю$/u, ['а', 'я']],
  [/ом$/u, ['', 'о']],
  // After a hushing consonant or ц, `-ем` is a masculine noun's instrumental (`Добричем`, `Грацем`): a noun in
  // `-чь` would have `-чью`.
  [/(?<=[жшчщц])ем$/u, ['', 'е']],
  [/ем$/u, ['ь', 'й', 'е']],
  [/ой$/u, ['а']],
  [/ей$/u, ['я', 'ь']],
  [/а$/u, ['', 'о']],
  [/я$/u, ['ь', 'й', 'е']],
  [/у$/u, ['', 'а', 'о']],
  [/ю$/u, ['ь', 'я', 'й']],
  [/е$/u, ['', 'а', 'я', 'ь', 'о', 'й']],
  [/и$/u, ['ь', 'а', 'я']],
  [/ы$/u, ['а', '']],
];

/** Endings each case can give a noun; a word with none of the case's endings is indeclinable. */
const CASE_ENDINGS: Record<Case, RegExp> = {
  nomn: /./u,
  gent: /[аяыи]$/u,
  datv: /[уюеи]$/u,
  accs: /./u,
  ablt: /(ом|ем|ой|ей|ью|ою|ею)$/u,
  loct: /[еи]$/u,
};

// A nominative cannot end in a vowel followed by a soft sign (`Феодосиь`), nor in two soft signs or й after a consonant;
// Russian spelling writes no а/о/у after a soft sign (`Аланьа`), no я/ю after a hushing consonant or ц, and no soft
// sign after ц (`Струмиця`, `Струмиць`: the town is Струмица).
const IMPOSSIBLE = /([аеёиоуыэюя]ь|[^аеёиоуыэюя]й|ьь|ь[аоуэы]|[жшчщц][яю]|ць)$/u;
// Lowercase parts of a foreign hyphenated name (`Нёвилль-де-Пуату`, `Санта-Крус-де-Тенерифе`) do not decline.
const FOREIGN_PARTICLE = /-(де|ла|ле|сюр|сюрь|ан|дель|дер|ди|да|дос|лес|эль|ам|ин|им|оф|он)-/u;
const ON_RIVER = /^(\p{Lu}[\p{L}]+)(-на-\p{Lu}[\p{L}-]+)$/u;
const FLEETING = /^(.*[бвгджзклмнпрстфхцчшщ])([цк])$/u;
const AS_WRITTEN_END = /[бвгджзклнпрстфхцчшщь]$/u;
const LAST_WORD = /([\p{L}-]+)\.?\s*$/u;
// ("в Рудном", "в городе-побратиме Светлом": the locative too, beside a noun's instrumental the world list tells apart.)
const ADJECTIVE_CASE_END = /(ым|им|ого|его|ому|ему|ом|ем)$/u;
const GENITIVE_END = /[аяАЯ]$/u;
/** A world town smaller than this gives way to a place the dictionary knows. */
const SMALL_TOWN = 50_000;
const LATIN_A_END = /[aA]$/u;

function recase(candidate: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return candidate.toUpperCase();
  return candidate;
}

/** Every nominative this surface form may come from, the form itself first. */
export function nominativeCandidates(surface: string): string[] {
  const out = [surface];
  if (FOREIGN_PARTICLE.test(surface.toLowerCase())) return out;
  // `Комсомольска-на-Амуре`, `Ростове-на-Дону`: the town before "на" declines, the river after it does not.
  const onRiver = ON_RIVER.exec(surface);
  if (onRiver) {
    for (const head of reversed(onRiver[1]!)) {
      const c = head + onRiver[2]!;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }
  for (const r of reversed(surface)) {
    const c = recase(r, surface);
    if (!out.includes(c)) out.push(c);
    // `Крагуевца` → Крагуевац, `Чачка` → Чачак: a vowel that the oblique cases drop before a final ц or к (the world
    // list confirms which).
    const fleeting = FLEETING.exec(c);
    if (fleeting) for (const v of ['а', 'е', 'о']) if (!out.includes(fleeting[1]! + v + fleeting[2]!)) out.push(fleeting[1]! + v + fleeting[2]!);
  }
  // `Петропавловском-Камчатским`, `Каменске-Шахтинском`: in a name of a noun and an adjective both parts decline.
  const parts = surface.split('-');
  if (parts.length === 2 && parts.every((p) => p.length >= 3 && p.charAt(0) !== p.charAt(0).toLowerCase())) {
    for (const first of reversed(parts[0]!)) {
      for (const r of readings(parts[1]!)) {
        if (r.pos !== 'ADJF' || !r.lemma) continue;
        const c = `${first}-${parts[1]!.charAt(0)}${r.lemma.slice(1)}`;
        if (!out.includes(c)) out.push(c);
      }
    }
  }
  // The dictionary's own lemma for a word it knows or guesses as a noun.
  const last = surface.split('-').pop()!;
  const prefix = surface.slice(0, surface.length - last.length);
  // A town named by an adjective (`с Рудным`, `из Советского`): its masculine nominative, which the world list
  // may confirm (Rudnyy).
  if (ADJECTIVE_CASE_END.test(last)) {
    for (const r of readings(last)) {
      if (r.pos !== 'ADJF' || !r.lemma) continue;
      const c = prefix + last.charAt(0) + r.lemma.slice(1);
      if (!out.includes(c)) out.push(c);
      // The dictionary's lemma of `Полевского` is полевский; the town is Полевской: the stressed ending, which the
      // oblique cases do not show.
      const stressed = c.replace(/([сц]к)ий$/u, '$1ой');
      if (!out.includes(stressed)) out.push(stressed);
    }
  }
  for (const r of readings(last)) {
    if (r.pos !== 'NOUN' || !r.lemma) continue;
    const lemma = prefix + last.charAt(0) + r.lemma.slice(1);
    const c = recase(lemma, surface);
    if (!IMPOSSIBLE.test(c.toLowerCase()) && !out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * "в узбекскую Кувиру", "из индийской Малуны", "с белорусскими Кличевичами": the adjective before a name the world
 * list does not know says its gender and number, and so which nominative its ending comes from (a feminine in -а/-я,
 * a plural in -ы/-и). Null when the adjective's readings do not agree on a feminine or a plural.
 */
export function agreeingNominative(surface: string, adjective: string): string | null {
  const rs = readings(adjective).filter((r) => r.pos === 'ADJF');
  if (rs.length === 0) return null;
  const plural = rs.every((r) => r.number === 'plur');
  const feminine = !plural && rs.every((r) => r.number === 'sing' && r.gender === 'femn');
  if (!plural && !feminine) return null;
  if (plural) return pluralNominative(surface);
  const nominative = rs.some((r) => r.case === 'nomn');
  return nominativeCandidates(surface).find((c, i) => (i > 0 || nominative) && /[ая]$/u.test(c)) ?? null;
}

const PLURAL_CASE_END = /(ами|ями|ах|ях|ам|ям|ов|ев|ей)$/u;

/** A plural name's nominative: -ы, or -и after a soft ending, a velar or a hushing consonant (Кличевичами → Кличевичи). */
function pluralNominative(surface: string): string | null {
  const m = PLURAL_CASE_END.exec(surface);
  if (!m) return /[ыи]$/u.test(surface) ? surface : null;
  const stem = surface.slice(0, m.index);
  if (stem.length < 3) return null;
  const soft = /^(я|ей)/u.test(m[1]!) || /[кгхжчшщ]$/u.test(stem);
  return stem + (soft ? 'и' : 'ы');
}

/** The nominatives one word's ending allows, by REVERSALS alone (none when it has no oblique ending). */
function reversed(word: string): string[] {
  const lower = word.toLowerCase();
  for (const [ending, replacements] of REVERSALS) {
    const m = ending.exec(lower);
    if (!m) continue;
    const stem = word.slice(0, word.length - m[0].length);
    return replacements.map((r) => stem + r).filter((c) => stem.length >= 2 && !IMPOSSIBLE.test(c.toLowerCase()));
  }
  return [];
}

/** Whether the form could be in one of these cases; a form that could not is indeclinable. */
function fitsCase(surface: string, cases: readonly Case[]): boolean {
  return cases.some((c) => CASE_ENDINGS[c].test(surface.toLowerCase()));
}

/**
 * The nominative of an unknown place name. `cases` are the cases the context allows (from `городом`, `в`, `из`),
 * `fallback` the nominative the caller would take without a town to confirm one, `country` (ISO) the country the
 * text places it in, if it says.
 */
export function placeNominative(surface: string, cases: readonly Case[] | null, fallback: string, country?: string | null): PlaceName {
  const candidates = nominativeCandidates(surface);
  for (const c of candidates) {
    if (cityByName(c)) return { name: c, town: null };
  }
  // `с сербским городом Ниш`: when the text says the country, its towns come first (Niš, not the larger Nice).
  // Without one there, another country's town still says the name is as written (`уездом Сяри (Япония)`).
  const townLike = (name: string) => {
    const towns = worldCitiesLike(name);
    return (country && towns.find((t) => sameCountry(t.country, country))) || towns[0];
  };
  // GeoNames' own Russian names settle it: `Александрии` is Александрия's case, `Мапуту` is written as it is.
  // Among candidates that sound like the same town (Ливерпул, Ливерпуль), the dictionary's place name wins.
  const places = new Set(readings(surface).filter((r) => r.known && r.parse.tag.Geox).map((r) => r.lemma));
  const recorded = russianReading(candidates, townLike, places, country);
  if (recorded) return standardSpelling(recorded);
  // The form as written wins when it is a town's name itself (`в Ханау`, not `Хана`), unless another reading is
  // a far bigger town (`Брешией` is Brescia, not Brécey); else the most populous town.
  const asWritten = townLike(surface);
  let best = null as PlaceName | null;
  for (const c of candidates.slice(1)) {
    const town = townLike(c);
    if (!town) continue;
    // `делегации Ренна (Франция)`: a reading in the stated country beats a bigger town elsewhere (Rennes, not Reno).
    const here = (t: WorldCity) => sameCountry(t.country, country);
    const better = !best || here(town) > here(best.town!) || (here(town) === here(best.town!) && town.population > best.town!.population);
    const sameButKnown = best?.town === town && places.has(c.toLowerCase().replace(/ё/g, 'е'));
    if (better || sameButKnown) best = { name: c, town };
  }
  // `в Бухаре и Хиве`: a place the dictionary knows by a candidate (Хива) beats a village of the world list that
  // sounds like another candidate (Khiv, 2,401 people), when the text does not place the village's country.
  const known = candidates.find((c) => places.has(c.toLowerCase().replace(/ё/g, 'е')));
  if (known && !asWritten && best && best.name !== known && best.town!.population < SMALL_TOWN && !sameCountry(best.town!.country, country)) {
    return { name: known, town: null };
  }
  // `города Ниша (Сербия)`: a reading in the country the text states beats one in another country.
  const statedOnly = country && best && sameCountry(best.town!.country, country) && !sameCountry(asWritten?.country, country);
  // `мэрии Нантера`: the form as written and a declined reading sound like the same town, and the town's own name
  // does not end in the form's -а/-я, so that ending is a case's (Nanterre is Нантер; Osaka stays Осака).
  const declinedSame = !!asWritten && best?.town === asWritten && GENITIVE_END.test(surface) && !LATIN_A_END.test(asWritten.name);
  if (asWritten && !statedOnly && !declinedSame && (!best || best.town!.population < 10 * asWritten.population)) {
    return standardSpelling({ name: surface, town: asWritten });
  }
  // In the nominative ("такие как Дарем"), the form as written is the name, whatever town a declined reading
  // sounds like (Дарь).
  if (best && !(cases?.length === 1 && cases[0] === 'nomn')) return standardSpelling(withSoundedE(surface, best));
  if (cases?.length === 1 && cases[0] === 'nomn') return { name: surface, town: null };
  if (cases && !fitsCase(surface, cases)) return { name: surface, town: null };
  // Every singular oblique case of a noun ends in a vowel, -м or -й: a name that ends in another consonant or a
  // soft sign is as written (`Нэшвилл`, `Айзенах`), not a plural's case that the dictionary guesses by analogy
  // (`Нэшвилла`, `Айзен`); a plural town's name (`Черкассах`) is one the world list confirms above.
  const asIs = AS_WRITTEN_END.test(surface.toLowerCase());
  // After a word that allows the nominative (`город`, `между городами`), the form as written is the likeliest name.
  return { name: asIs || IMPOSSIBLE.test(fallback.toLowerCase()) || cases?.includes('nomn') ? surface : fallback, town: null };
}

/**
 * The form as written, when a town of that sound records it among its Russian names; else the first reading that a
 * town of its sound records so; null when none is recorded (most towns: GeoNames has Russian names for a few).
 */
function russianReading(
  candidates: readonly string[],
  townLike: (name: string) => WorldCity | undefined,
  places: ReadonlySet<string>,
  country: string | null | undefined,
): PlaceName | null {
  let recorded: PlaceName[] = [];
  for (const c of candidates) {
    const town = townLike(c);
    const key = lookupKey(c);
    if (town?.russian?.some((n) => lookupKey(n) === key)) recorded.push({ name: c, town });
  }
  if (recorded.length === 0) return null;
  // `Халле (Германия)`: a reading in the country the text states beats one elsewhere (Hull, US, is Халл).
  const stated = recorded.filter((r) => sameCountry(r.town!.country, country));
  if (stated.length > 0) recorded = stated;
  // Some of the names are other languages' in Cyrillic (Ливерпул beside Ливерпуль): the one the dictionary knows
  // as a place wins; then the form as written, unless a reading is a far bigger town (`Рудном` is Рудный, not
  // Рудно); then the biggest town.
  const known = recorded.find((r) => places.has(lookupKey(r.name)));
  if (known) return known;
  const biggest = recorded.reduce((a, b) => (b.town!.population > a.town!.population ? b : a));
  const written = recorded.find((r) => r.name === candidates[0]);
  return written && written.town!.population * 10 >= biggest.town!.population ? written : biggest;
}

// Countries whose towns' final Latin "e" is sounded, so that Russian keeps it: Târgovişte/Targovishte (Тарговиште),
// Kobe (Кобе), Alicante; not Melbourne (в Мельбурне is Мельбурн's locative).
const SOUNDED_FINAL_E = new Set(['BG', 'RO', 'IT', 'MK', 'RS', 'HR', 'SI', 'BA', 'ME', 'JP', 'ES', 'PT', 'FI', 'CZ', 'SK']);

/** The surface itself when it is the found name with that town's sounded final "е" (`Тарговиште`, not `Тарговишт`). */
function withSoundedE(surface: string, found: PlaceName): PlaceName {
  const town = found.town;
  if (!town || surface !== `${found.name}е` || !/e$/iu.test(town.name) || !SOUNDED_FINAL_E.has(town.country)) return found;
  return { name: surface, town };
}

/**
 * Chinese towns are written by the Palladius system, whatever spelling a text uses (`Шеньян` → `Шэньян`), as
 * long as that spelling sounds the same.
 */
function standardSpelling(found: PlaceName): PlaceName {
  if (!found.town || (found.town.country !== 'CN' && found.town.country !== 'TW')) return found;
  const standard = palladius(found.town.name);
  if (!standard || /\s/.test(standard) || cyrillicKey(standard) !== cyrillicKey(found.name)) return found;
  return { ...found, name: standard.charAt(0).toUpperCase() + standard.slice(1) };
}

const ANY_CASE: Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The cases a word right after this preposition or cue word can be in; null when it does not tell. */
export function casesAfter(before: string): Case[] | null {
  const m = LAST_WORD.exec(before);
  if (!m) return null;
  const [w, ...rest] = m[1]!.toLowerCase().split('-') as [string, ...string[]];
  // `города-побратимы`, `между городами`: a plural cue leaves the names that follow in the nominative, or in any case.
  if (rest.some((r) => /[ыи]$/u.test(r)) || /^город(а|ами|ов|ам|ах)$/u.test(w) && rest.length === 0 && w !== 'города') return ANY_CASE;
  if (w === 'город') return ['nomn', 'accs'];
  // "такие как Дарем (Великобритания)": a name after "как" is in the nominative.
  if (w === 'как') return ['nomn'];
  if (/^(города|из|от|до|для|у|около|возле|близ)$/u.test(w)) return ['gent'];
  if (/^(городу|к|ко|по)$/u.test(w)) return ['datv'];
  if (/^(городом|с|со|между|над|под)$/u.test(w)) return ['ablt', 'gent'];
  if (/^(городе|о|об|при)$/u.test(w)) return ['loct'];
  if (/^(в|во|на)$/u.test(w)) return ['loct', 'accs'];
  return null;
}

// The nominative of a place name the hand gazetteer does not know (`Херне`, `Комацу`, `Цзямусы`, `Феодосии`):
// every nominative the word's ending allows is a candidate, and the world's towns decide among them (`с Херне`
// may be Херн, Херна or Херне; only Herne is a town). Without a town to confirm any, the case the context asks
// for (`городом Комацу` is instrumental, and `Комацу` has no instrumental ending, so it does not decline) and the
// dictionary (az) choose.
import { cityByName } from './gazetteer.js';
import { findCountry } from '../finders/countries.js';
import { readings, type Case } from './morph.js';
import { lookupKey } from './name-key.js';
import { Memo } from './memo.js';
import { IMPOSSIBLE, nominativeCandidates } from './nominative-candidates.js';
import { palladius } from './palladius.js';
import { cyrillicKey } from './sound-key.js';
import { HOME_COUNTRY, russianOfLatin, sameCountry, worldCitiesLike, type WorldCity } from './world.js';

export interface PlaceName {
  /** The nominative, as a person would write it. */
  name: string;
  /** The town it is, when the world gazetteer knows one that sounds like it (the most populous). */
  town: WorldCity | null;
}

/** Endings each case can give a noun; a word with none of the case's endings is indeclinable. */
const CASE_ENDINGS: Record<Case, RegExp> = {
  nomn: /./u,
  gent: /[аяыи]$/u,
  datv: /[уюеи]$/u,
  accs: /./u,
  ablt: /(ом|ем|ой|ей|ью|ою|ею)$/u,
  loct: /[еи]$/u,
};

const AS_WRITTEN_END = /[бвгджзклнпрстфхцчшщь]$/u;
const LAST_WORD = /([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)\.?\s*$/u;
const GENITIVE_END = /[аяАЯ]$/u;
/** A world town smaller than this gives way to a place the dictionary knows. */
const SMALL_TOWN = 50_000;
const LATIN_A_END = /[aA]$/u;

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
  // The place finder asks about the same capitalised words in every report. The key holds every argument (a missing
  // country, null or undefined, reads as none), so the answer is a pure function of it; callers only read it.
  return nominatives.get(`${surface}${SEP}${cases === null ? NO_CASES : cases.join(',')}${SEP}${fallback}${SEP}${country ?? ''}`, nominativeOfKey);
}

const SEP = '\u0000';
const NO_CASES = '*';
const nominatives = new Memo<PlaceName>(20_000);

function nominativeOfKey(key: string): PlaceName {
  const [surface, cases, fallback, country] = key.split(SEP) as [string, string, string, string];
  return computePlaceNominative(surface, cases === NO_CASES ? null : cases === '' ? [] : (cases.split(',') as Case[]), fallback, country || null);
}

function computePlaceNominative(surface: string, cases: readonly Case[] | null, fallback: string, country: string | null): PlaceName {
  const latin = latinTownName(surface, country);
  if (latin) return latin;
  const candidates = withoutInstrumental(nominativeCandidates(surface), surface, cases);
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
  if (recorded) return standardSpelling(endsAsItsTown(surface, recorded, townLike) ?? recorded);
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
  // `японского города Номи`: a small town of a third country is no reading of the name (Nome, US); a Russian text's
  // own towns go unstated.
  if (best && country && !sameCountry(best.town!.country, country) && best.town!.population < SMALL_TOWN && best.town!.country !== HOME_COUNTRY) best = null;
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
  // A Japanese name ending in и, у, о or э does not decline (`японского города Номи`, `Кусиро`, `Комацу`): those
  // vowels end no case form of a name in -а the world list would have confirmed above.
  const asIs = AS_WRITTEN_END.test(surface.toLowerCase()) || (country === 'JP' && JAPANESE_AS_WRITTEN.test(surface));
  // After a word that allows the nominative (`город`, `между городами`), the form as written is the likeliest name.
  return { name: asIs || IMPOSSIBLE.test(fallback.toLowerCase()) || cases?.includes('nomn') ? surface : fallback, town: null };
}

// A noun's instrumental ending; an adjective's locative ends so too ("в Троицком", "в Заречном").
const INSTRUMENTAL_END = /(?:ом|ем|ём)$/u;
const NOUN_END = /[оьйе]$/u;

/**
 * The candidates without the nouns whose instrumental the form would be, when the context asks for the locative:
 * "в Троицком" is an adjective-named place's locative (Троицкое), not Троицк's instrumental ("с Троицком").
 */
function withoutInstrumental(candidates: readonly string[], surface: string, cases: readonly Case[] | null): readonly string[] {
  // Only after a word that asks for the locative ("в", "о", "при"): a list's cases are read from its first member,
  // and a text may put a later one in the instrumental ("с Севастополем и Мелитополем").
  if (!cases?.includes('loct') || cases.includes('ablt') || !INSTRUMENTAL_END.test(surface)) return candidates;
  const stem = surface.slice(0, -2);
  return candidates.filter((c) => c === surface || !(c === stem || (c.length === stem.length + 1 && c.startsWith(stem) && NOUN_END.test(c))));
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
  // (`японского города Тоси`: no small town of a third country, Tosya, TR; a Russian text's own towns go unstated.)
  else if (country) recorded = recorded.filter((r) => r.town!.population >= SMALL_TOWN || r.town!.country === HOME_COUNTRY);
  if (recorded.length === 0) return null;
  // Some of the names are other languages' in Cyrillic (Ливерпул beside Ливерпуль): the one the dictionary knows
  // as a place wins; then the form as written, unless a reading is a far bigger town (`Рудном` is Рудный, not
  // Рудно); then the biggest town.
  const known = recorded.find((r) => places.has(lookupKey(r.name)));
  if (known) return known;
  const biggest = recorded.reduce((a, b) => (b.town!.population > a.town!.population ? b : a));
  const written = recorded.find((r) => r.name === candidates[0]);
  if (written && written.town!.population * 10 >= biggest.town!.population) return written;
  // "Каунсил-Блаффс" (Council Bluffs): a spelling that doubles a letter GeoNames writes once is the same name, kept as written.
  const surface = candidates[0];
  return surface !== undefined && undoubled(surface) === undoubled(biggest.name) ? { name: surface, town: biggest.town } : biggest;
}

// The vowel a town's Latin name ends in, as a Russian spelling ends: `Fukui` and `Фукуи`. (Not e, which Russian
// often drops, `Trieste` being Триест, and which a locative ends in: withSoundedE reads it by the country.)
const FINAL_VOWEL: Record<string, string> = { a: 'а', i: 'и', o: 'о', u: 'у', y: 'и' };
// A Japanese town's kind after its name in GeoNames ("Fukui-shi").
const JAPANESE_KIND = /-(shi|machi|cho|mura)$/iu;

/**
 * `городами Хакодате, Фукуи`: the form as written is the town's own name when it sounds like the same town as the
 * recorded reading and ends in the vowel the town's Latin name ends in (so no case's ending: `Ниигате` is
 * Ниигата's locative, Niigata ending in a). Null when it is not.
 */
function endsAsItsTown(surface: string, recorded: PlaceName, townLike: (name: string) => WorldCity | undefined): PlaceName | null {
  if (recorded.name === surface || !recorded.town) return null;
  if (townLike(surface) !== recorded.town) return null;
  const latin = recorded.town.name.replace(JAPANESE_KIND, '').toLowerCase();
  const vowel = FINAL_VOWEL[latin.charAt(latin.length - 1)];
  return vowel !== undefined && surface.toLowerCase().endsWith(vowel) ? { name: surface, town: recorded.town } : null;
}

const DOUBLED = /([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])\1/gu;

function undoubled(name: string): string {
  return name.toLowerCase().replace(DOUBLED, '$1');
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
  // ("Синьтай" is not "Синтай": Palladius writes xin with a soft sign and xing without, a syllable the sound key
  // does not tell apart, and the world list's town of that sound may be the other. The text's signs stay as written.)
  if (softSigns(found.name) !== softSigns(standard)) return found;
  return { ...found, name: standard.charAt(0).toUpperCase() + standard.slice(1) };
}

/** The letters a name's soft and hard signs follow, in order (`Шуаньяшань` and `Шуанъяшань` are one spelling). */
function softSigns(name: string): string {
  const lower = name.toLowerCase();
  let out = '';
  for (let i = 1; i < lower.length; i++) if (lower[i] === 'ь' || lower[i] === 'ъ') out += lower[i - 1];
  return out;
}

const JAPANESE_AS_WRITTEN = /[иуоэ]$/u;

const ANY_CASE: Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The cases a word right after this preposition or cue word can be in; null when it does not tell. */
export function casesAfter(before: string): Case[] | null {
  // "• Хааберсти (Эстония) — с 2001 года": a list item opens with its name in the nominative.
  if (ITEM_START.test(before)) return ['nomn'];
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

const ITEM_START = /(^|\n)\s*[•·*]?\s*$/u;
const ODD_SPELLING = /[\sъ'’]|ош$/u;
const E_INITIAL = /^[EÄÆeäæ]/u;

/**
 * A town written in Latin letters (`Albany (США)`) by the Russian name GeoNames records for it: the one the hand
 * gazetteer knows, else, with countries (`Албания`), other words the dictionary knows and odd spellings set aside,
 * a place name the dictionary knows, the one with `Э` for a Latin `E` (`Эрланген`, not `Ерланген`) or the first;
 * null when GeoNames records none.
 */
function latinTownName(surface: string, country?: string | null): PlaceName | null {
  const found = russianOfLatin(surface, country);
  if (!found) return null;
  const known = found.names.find((n) => cityByName(n));
  if (known) return { name: known, town: found.town };
  const plain = found.names.filter((n) => !ODD_SPELLING.test(n) && !findCountry(n) && !readings(n).some((r) => r.known && !r.parse.tag.Geox));
  // A place name the dictionary knows is the usual spelling (`Ковентри`, not `Ковентры`); else GeoNames' alphabetical
  // order puts it first more often than not (`Виллинген-Швеннинген` before `Филинген-Швенинген`).
  const geox = plain.find((n) => readings(n).some((r) => r.known && r.parse.tag.Geox));
  const pick = geox ?? (E_INITIAL.test(surface) ? plain.find((n) => n.startsWith('Э')) : undefined) ?? plain[0];
  return pick ? { name: pick, town: found.town } : null;
}

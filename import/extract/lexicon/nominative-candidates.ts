// Every nominative a place name's form may come from (`Херне` → Херн, Херна, Херне): the endings of the oblique cases
// reversed, the dictionary's lemmas, and the forms of hyphenated, on-river and adjective names. The world's towns
// choose among them (place-name.ts).
import { Memo } from './memo.js';
import { readings } from './morph.js';

// Endings of the oblique cases of nouns, and what the nominative may end in instead (`` = nothing).
const REVERSALS: Array<[RegExp, string[]]> = [
  // a plural town's instrumental: `между Яссами и Бельцами`
  [/(?<=[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2})ами$/u, ['ы', 'и']],
  [/(?<=[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2})ями$/u, ['и']],
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

// A nominative cannot end in a vowel followed by a soft sign (`Феодосиь`), nor in two soft signs or й after a consonant;
// Russian spelling writes no а/о/у after a soft sign (`Аланьа`), no я/ю after a hushing consonant or ц, and no soft
// sign after ц (`Струмиця`, `Струмиць`: the town is Струмица).
export const IMPOSSIBLE = /([аеёиоуыэюя]ь|[^аеёиоуыэюя]й|ьь|ь[аоуэы]|[жшчщц][яю]|ць)$/u;
// Lowercase parts of a foreign hyphenated name (`Нёвилль-де-Пуату`, `Санта-Крус-де-Тенерифе`) do not decline.
const FOREIGN_PARTICLE = /-(де|ла|ле|сюр|сюрь|ан|дель|дер|ди|да|дос|лес|эль|ам|ин|им|оф|он)-/u;
const ON_RIVER = /^([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)(-на-[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)$/u;
const FLEETING = /^(.*[бвгджзклмнпрстфхцчшщ])([цк])$/u;
// ("в Рудном", "в городе-побратиме Светлом": the locative too, beside a noun's instrumental the world list tells apart.)
const ADJECTIVE_CASE_END = /(ым|им|ого|его|ому|ему|ом|ем)$/u;

function recase(candidate: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return candidate.toUpperCase();
  return candidate;
}

/** Every nominative this surface form may come from, the form itself first. */
export function nominativeCandidates(surface: string): readonly string[] {
  return candidates.get(surface, computeCandidates);
}

// Asked of every capitalised word of a text that named a town the gazetteer lacks (document-places.ts), and of each
// unknown name the place finder weighs: a pure function of the word, so remembered.
const candidates = new Memo<readonly string[]>(20_000);

function computeCandidates(surface: string): string[] {
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
      // "в Каменском", "в Троицком": the neuter of a village's or a town's name (Каменское), whose oblique cases
      // are the masculine's.
      const neuter = c.replace(/ий$/u, r.lemma.endsWith('кий') || r.lemma.endsWith('гий') || r.lemma.endsWith('хий') ? 'ое' : 'ее').replace(/ый$/u, 'ое');
      if (!out.includes(neuter)) out.push(neuter);
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


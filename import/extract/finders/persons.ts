// People a sentence names: a first name with a surname or patronymic (`Татьяной Ивановой`, `Иван Петрович`), a
// surname with initials (`С.Н. Шелест`, `Шелест С.Н.`), in the nominative, with the office that precedes them
// (`мэр города Омска`). They are never places, so the place finder skips their words.
import { inflectReading, isFunctionWord, readings, type Reading } from '../lexicon/morph.js';
import { Memo } from '../lexicon/memo.js';
import { isPlain } from '../lexicon/plain-text.js';
import { hasInitials, nameWords } from '../lexicon/plain-words.js';
import { matchesOf, spansOf } from '../lexicon/spans.js';
import { roleBefore } from './person-role.js';

export interface PersonFinding {
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  /** Nominative, as written: `Татьяна Иванова`, `С.Н. Шелест`. */
  name: string;
  /** The office before the name, in the nominative, lower case (`глава города`), when the text gives one. */
  role: string | null;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Cut by hand on a plain text (plain-words.ts nameWords).
const WORD = /[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?/gu;
// `С.Н. Шелест` and `Шелест С.Н.`, as (initials, surname) and (surname, initials). INITIALS_FIRST's look-behind
// (no letter nor dot before the first initial) is tried after that initial's capital, as `(?<![L.][U])` (letters.ts):
// the same matches, but V8 tries a look-behind that opens a pattern at every position of the text (4× the time).
const INITIALS_FIRST = /([A-ZÀ-ÖØ-ÞЀ-Я](?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ.][A-ZÀ-ÖØ-ÞЀ-Я])\.\s?(?:[A-ZÀ-ÖØ-ÞЀ-Я]\.)?)\s?([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?)/gu;
// Walked by hand on a plain text, with the capital after it that both shapes need (plain-words.ts hasInitials).
const AN_INITIAL = /[A-ZÀ-ÖØ-ÞЀ-Я]\./u;
const SURNAME_FIRST = /([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?)\s([A-ZÀ-ÖØ-ÞЀ-Я]\.\s?[A-ZÀ-ÖØ-ÞЀ-Я]\.)/gu;
// A namesake inside a name (`университет им. Ф.М. Достоевского`, `улица Ивана Петрова`) is no participant.
const CAPITALISED_AFTER = /^\s?[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]/u;
const NAMESAKE = /(им\.|имени|памяти|улиц[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|проспект[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|площад[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|ул\.|пр\.)\s*$/iu;

/** The noun readings of a word that a name is made of: first name, patronymic, surname, and any other noun. */
interface NameReadings {
  Name: Reading[];
  Patr: Reading[];
  Surn: Reading[];
  /** Nouns that are neither places nor first names: a surname az does not tag as one (`Шелестом`). */
  other: Reading[];
}

// Asked of every capitalised word next to another: one look-up by the word, not a look-up and a filtered copy
// of its readings per question (a pure function of the word, so a memo).
const nameReadings = new Memo<NameReadings>(50_000);

function readingsOfName(word: string): NameReadings {
  // "Из Омска в Гомель …": a preposition opens no name.
  const rs = isFunctionWord(word) ? [] : readings(word);
  const tagged = (grammeme: string): Reading[] => rs.filter((r) => r.pos === 'NOUN' && r.parse.tag[grammeme]);
  return {
    Name: tagged('Name'),
    Patr: tagged('Patr'),
    Surn: tagged('Surn'),
    other: rs.filter((r) => r.pos === 'NOUN' && !r.parse.tag.Geox && !r.parse.tag.Name),
  };
}

const tagged = (word: string, grammeme: 'Name' | 'Patr' | 'Surn'): Reading[] => nameReadings.get(word, readingsOfName)[grammeme];

// A woman's surname or patronymic by its ending: az inflects `Петровой` to the man's `Петров`.
const FEMININE = /^(.+(?:ов|ев|ёв|ин|ын|овн|евн|ичн))(?:ой|ую|у|ы|е|ою)$/u;
const FEMININE_ADJ = /^(.+(?:ск|цк))(?:ой|ую|ою)$/u;

const VOWEL_EM = /[аеиоуэюя]ем$/u;
const SOUTH_SLAVIC_ICH = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]*ич)(ем|у|а|е)$/u;

/** The nominative of one word of a name, in the reading's gender; as written when az cannot inflect it. */
function nominative(word: string, r: Reading | undefined): string {
  if (!r) return word;
  // A Serbian or Croatian -ić (`Танчичем`): the dictionary's guess inflects the stem (`Танчй`).
  const ich = r.gender !== 'femn' ? SOUTH_SLAVIC_ICH.exec(word) : null;
  if (ich) return ich[1]!;
  // A name the dictionary does not know, ending in a vowel and -й, in the instrumental (`Ли Вэем`): whatever case
  // its guess says, no nominative ends so.
  if (!r.known && VOWEL_EM.test(word)) return word.slice(0, -2) + 'й';
  if (r.case === 'nomn') return word;
  if (r.gender === 'femn' && (r.parse.tag.Surn || r.parse.tag.Patr)) {
    const m = FEMININE.exec(word) ?? FEMININE_ADJ.exec(word);
    if (m) return m[1] + (FEMININE_ADJ.test(word) ? 'ая' : 'а');
  }
  const out = inflectReading(r, ['nomn', 'sing']) ?? inflectReading(r, ['nomn']);
  if (!out) return word;
  return out.charAt(0).toUpperCase() + out.slice(1).replace(/ё/g, /ё/.test(word) ? 'ё' : 'е');
}

// A Russian surname's nominative endings, masculine and feminine.
const SURNAME_SHAPE = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ов|ев|ёв|ин|ын)(а)?$/u;

/**
 * `Ерлан Омаров`: after a first name in the nominative, a word of a surname's shape is one even when the
 * dictionary knows the word only as something else (`омаров`, of lobsters). It stays as written.
 */
function surnameByShape(names: Reading[], word: string): [Reading, undefined] | null {
  const m = SURNAME_SHAPE.exec(word);
  if (!m) return null;
  const gender = m[2] ? 'femn' : 'masc';
  const name = names.find((r) => r.case === 'nomn' && (!r.gender || r.gender === gender));
  return name ? [name, undefined] : null;
}

// The stem of a surname declined as an adjective: `Двораковский`, `Вишневская`, `Трубецкой`.
const ADJECTIVAL_SURNAME = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ск|цк)(ий|ой|ая|ого|ому|им|ом|ую|ей)$/u;

/**
 * `Вячеславом Двораковским`: after a first name, a capitalised adjective of a surname's shape in the name's case
 * and gender is a surname the dictionary does not tag as one.
 */
function adjectivalSurname(names: Reading[], word: string): [Reading, Reading] | null {
  if (!ADJECTIVAL_SURNAME.test(word)) return null;
  return agreeing(names, readings(word).filter((r) => r.pos === 'ADJF'));
}

/** Readings of two words of one name that agree in case and gender (a first name and a surname or patronymic). */
function agreeing(first: Reading[], second: Reading[]): [Reading, Reading] | null {
  for (const a of first) {
    const b = second.find((r) => r.case === a.case && (!r.gender || !a.gender || r.gender === a.gender));
    if (b) return [a, b];
  }
  return null;
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if ((before.match(/«/g)?.length ?? 0) <= (before.match(/»/g)?.length ?? 0)) return false;
  // «Визит этот ответный, … глава Новороссийска Владимир Синяговский посетил …», — рассказали: reported speech, its
  // speaker after a dash, names people as any sentence does.
  // (A name in quotes is shorter: «Анна Каренина», — сообщили.)
  const close = text.indexOf('»', at);
  return close < 0 || close - before.lastIndexOf('«') < SPEECH_MIN || !SPEAKER_AFTER.test(text.slice(close + 1, close + 6));
}
const SPEAKER_AFTER = /^[,.!?]?\s*[—–-]\s/u;
const SPEECH_MIN = 40;

/**
 * `Аким Семея Ерлан Омаров`: a word the dictionary only guesses is a first name, before a first name and its
 * surname, is some other name (here a town's genitive); the person is the two words after it.
 */
function guessedNameBeforeName(names: Reading[], second: string, third: string): boolean {
  if (names.some((r) => r.known)) return false;
  const next = tagged(second, 'Name');
  if (next.length === 0) return false;
  return (agreeing(next, tagged(third, 'Surn')) ?? agreeing(next, nameReadings.get(third, readingsOfName).other) ?? surnameByShape(next, third)) !== null;
}

/**
 * `председатель райисполкома Андрей Смел`: after an office and a first name the dictionary knows, in the
 * nominative, the next capitalised word is the surname, whatever else the dictionary knows it as (`смел`, bold),
 * unless it is a place's name.
 */
function surnameAfterOffice(text: string, names: Reading[], word: string, from: number, start: number): boolean {
  if (!names.some((r) => r.known && r.case === 'nomn')) return false;
  if (readings(word).some((r) => r.parse.tag.Geox)) return false;
  return roleBefore(text, from, start) !== null;
}

const INITIALS_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[A-ZÀ-ÖØ-ÞЀ-Я]\.\s?([A-ZÀ-ÖØ-ÞЀ-Я]\.)?\s*$/u;
const VICH_SURNAME = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]{2,}вич$/u;
const NAME_SHAPE = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]{2,}$/u;
const isCapitalisedName = (word: string): boolean => NAME_SHAPE.test(word);
// "китайского города Вэйхай": a town named with its country (not "мэром города Ганболдом Нямдоржем", the town's head).
const CITY_WORD_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[a-zß-öø-ſа-ԯ]+(ого|его)\s+(города|г\.)\s*$/iu;

function byNames(text: string, toks: Token[], out: PersonFinding[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    // One space between: compared in place, not by a copy of the gap per pair of words.
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== 32) continue;
    const c = toks[i + 2];
    const cAdjacent = c !== undefined && c.start === b.end + 1 && text.charCodeAt(b.end) === 32;
    const names = tagged(a.text, 'Name');
    let words: Array<[Token, Reading | undefined]> | null = null;
    if (names.length > 0) {
      // Иван Петрович (Сидоров), Татьяна Иванова
      const patr = agreeing(names, tagged(b.text, 'Patr'));
      // A capitalised noun in the first name's case is its surname even when az does not tag it so (`Шелестом`).
      const nouns = nameReadings.get(b.text, readingsOfName).other;
      const surn = agreeing(names, tagged(b.text, 'Surn')) ?? agreeing(names, nouns) ?? surnameByShape(names, b.text) ?? adjectivalSurname(names, b.text);
      if (patr) {
        const third = cAdjacent ? agreeing([patr[0]], tagged(c.text, 'Surn')) : null;
        words = third ? [[a, patr[0]], [b, patr[1]], [c!, third[1]]] : [[a, patr[0]], [b, patr[1]]];
      } else if (surn && !(cAdjacent && guessedNameBeforeName(names, b.text, c!.text))) {
        words = [[a, surn[0]], [b, surn[1]]];
      } else if (surnameAfterOffice(text, names, b.text, out[out.length - 1]?.end ?? 0, a.start)) {
        words = [[a, names.find((r) => r.case === 'nomn')], [b, undefined]];
      }
    } else if (VICH_SURNAME.test(b.text) && isCapitalisedName(a.text) && !readings(a.text).some((r) => r.known && (r.parse.tag.Geox || !r.proper))) {
      // "Живоин Милорадович", "Предраг Вукичевич": a first name the dictionary lacks before a surname in -вич.
      words = [[a, undefined], [b, undefined]];
    } else {
      // Иванова Татьяна (Петровна)
      // A first word without a surname reading pairs with nothing: the second word's readings are not asked.
      // "имени В.И. Ленина Ольга Сергеевна": a surname right after initials is theirs, and the name starts after it.
      if (INITIALS_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start))) continue;
      const surnames = tagged(a.text, 'Surn');
      const pair = surnames.length > 0 ? agreeing(surnames, tagged(b.text, 'Name')) : null;
      if (pair && pair[0].known !== false) {
        const patr = cAdjacent ? agreeing([pair[1]], tagged(c.text, 'Patr')) : null;
        words = patr ? [[a, pair[0]], [b, pair[1]], [c!, patr[1]]] : [[a, pair[0]], [b, pair[1]]];
      }
    }
    if (!words) continue;
    const start = a.start;
    const end = words[words.length - 1]![0].end;
    // "мэр китайского города Вэйхай Кун Фаньпин": a word after the city word that the dictionary only guesses is a
    // first name is the town's.
    if (!names.some((r) => r.known) && CITY_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (NAMESAKE.test(text.slice(Math.max(0, start - 12), start)) || insideQuotes(text, start)) continue;
    // "Сардана Авксентьева провела": a woman's name the dictionary does not know reads as a man's genitive, but
    // the verb she is the subject of says she is a woman, named in the nominative.
    const woman = subjectSpot(text, start) && feminineVerbAfter(text, end);
    const asWritten = words[0]![1]?.case !== 'nomn' && nominativeAfterOffice(text, start, a, tagged(a.text, 'Name'));
    const name = words.map(([t, r]) => (asWritten || (woman && writtenAsWoman(t.text, r)) ? t.text : nominative(t.text, r))).join(' ');
    out.push({ start, end, name, role: roleBefore(text, out[out.length - 1]?.end ?? 0, start) });
    i += words.length - 1;
  }
}

// The word after a name, one adverb or particle allowed between (`Анна Петрова также посетила`).
const WORD_AFTER = /^\s+(?:([a-zß-öø-ſа-ԯ]+)\s+)?([a-zß-öø-ſа-ԯ]+)/u;

// An office in the nominative right before a name (`Глава округа`, `мэр`), or nothing but a clause's start: where
// the name may be the subject (`Делегация Ивана Петрова прибыла`: the delegation is).
const OFFICE_NOMINATIVE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(мэр|глава|губернатор|председатель|заместитель|директор|ректор|министр|президент|руководитель|начальник|аким|кмет|посол|консул|депутат|спикер|префект|сенатор|бургомистр)(\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+){0,4}\s*$/iu;
const CLAUSE_START = /(^|[.;:!?—–]|\s-)\s*$/u;

/** Whether a name that starts at `start` stands where a subject may: after an office in the nominative, or first. */
function subjectSpot(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return OFFICE_NOMINATIVE.test(before) || CLAUSE_START.test(before);
}

/**
 * `Председатель горисполкома Мечислав Гой`: right after an office in the nominative, a first name written in its
 * own nominative is in the nominative, whatever other name's case the dictionary also reads it as (`Мечислава`'s
 * genitive) to agree with a surname it does not know.
 */
function nominativeAfterOffice(text: string, start: number, first: Token, names: Reading[]): boolean {
  if (!OFFICE_NOMINATIVE.test(text.slice(Math.max(0, start - 60), start))) return false;
  const written = first.text.toLowerCase().replace(/ё/gu, 'е');
  return names.some((r) => r.case === 'nomn' && r.lemma === written);
}

/** The name that ends at `end` is the subject of a feminine past-tense verb: `… провела`, `… также посетила`. */
function feminineVerbAfter(text: string, end: number): boolean {
  const m = WORD_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const isFeminineVerb = (w: string) => readings(w).some((r) => r.known && r.pos === 'VERB' && r.gender === 'femn');
  return isFeminineVerb(m[2]!) || (m[1] !== undefined && isFeminineVerb(m[1]));
}

/**
 * A word of a woman's name read as a man's in another case (`Сардана` as the genitive of a guessed `Сардан`): a
 * woman's nominative ends in -а or -я, as most women's names and surnames do.
 */
function writtenAsWoman(word: string, r: Reading | undefined): boolean {
  if (!r || r.case === 'nomn' || r.gender === 'femn') return false;
  return FEMININE_NOMINATIVE_END.test(word);
}
const FEMININE_NOMINATIVE_END = /[ая]$/u;

function byInitials(text: string, out: PersonFinding[]): void {
  // Both shapes need an initial (`А.`); most sentences have none, and the two scans cost more than this test.
  if (!(isPlain(text) ? hasInitials(text) : AN_INITIAL.test(text))) return;
  const found = [
    ...matchesOf(INITIALS_FIRST, text).map((m) => ({ m, initials: m[1]!, surname: m[2]! })),
    ...matchesOf(SURNAME_FIRST, text).map((m) => ({ m, initials: m[2]!, surname: m[1]! })),
  ];
  for (const { m, initials: written, surname } of found) {
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((p) => p.start < end && start < p.end)) continue;
    if (NAMESAKE.test(text.slice(Math.max(0, start - 12), start)) || insideQuotes(text, start)) continue;
    const initials = written.replace(/\s/g, '');
    // `Улан-Удэ А.М. Голков`: initials before a surname belong to it, not to the word before them.
    if (surname === m[1] && CAPITALISED_AFTER.test(text.slice(end, end + 3))) continue;
    const r = tagged(surname, 'Surn')[0] ?? readings(surname).find((x) => x.pos === 'NOUN' && x.parse.tag.anim);
    const from = Math.max(0, ...out.filter((p) => p.end <= start).map((p) => p.end));
    out.push({ start, end, name: `${initials} ${nominative(surname, r)}`, role: roleBefore(text, from, start) });
  }
}

export function findPersons(text: string): PersonFinding[] {
  const toks: Token[] = isPlain(text) ? nameWords(text) : spansOf(WORD, text);
  const out: PersonFinding[] = [];
  byNames(text, toks, out);
  byInitials(text, out);
  return out.sort((x, y) => x.start - y.start);
}

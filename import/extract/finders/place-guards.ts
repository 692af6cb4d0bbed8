// Why a capitalised word is no place where one could stand: a person's name (next to initials, after a first name,
// before a surname), or a town's adjective before the noun it agrees with. The place finder (places.ts) asks these.
import { isChineseGivenName, isChineseSurname } from './chinese-names.js';
import { cityById, type GazetteerCity } from '../lexicon/gazetteer.js';
import { capitalisedWordBefore } from '../lexicon/plain-words.js';
import { asNameCase } from '../lexicon/letter-case.js';
import { isFunctionWord, readings } from '../lexicon/morph.js';
import { cityFromDerived } from './city-derived.js';
import { isCapitalised, type Token } from './place-words.js';
import type { Mention } from '../mentions.js';

const INSTRUMENTAL = /(ом|ем|ым|им)$/u;
const ADJECTIVE_NAME = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ий|ый|ой)$/u;
const INITIALS_BEFORE = /([A-ZÀ-ÖØ-ÞЀ-Я]\.\s?){1,2}$/u;
const INITIALS_AFTER = /^\s?[A-ZÀ-ÖØ-ÞЀ-Я]\.\s?[A-ZÀ-ÖØ-ÞЀ-Я]\./u;
// Read backwards by hand where it can be (plain-words.ts capitalisedWordBefore): tried at every position, it cost
// more than the rest of the check.
const CAPITALISED_WORD_BEFORE = /([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)\s+$/u;

/** A lone capitalised word is a city only if it is not a person's name in a name-like spot. */
export function plausibleSingleWord(text: string, t: Token, city: GazetteerCity): boolean {
  // "заместитель мэра Милан Петров": before a surname, a town's name as written (no case ending: "мэр Ростова
  // Петров" is the mayor of Rostov) is a first name.
  // "с председателем общины Миланом Радойчичем": a town's name in the instrumental before a surname in the
  // instrumental is a first name too.
  if (isInitialOrPerson(text, t, false) || ((t.text === city.name || INSTRUMENTAL.test(t.text)) && beforeSurname(text, t, t.text !== city.name))) return false;
  // "в Курском сельском поселении": a village's municipality, not Курск's instrumental.
  if (opensVillageMunicipality(text, t)) return false;
  // "на Ленина, 5": a street named after someone, and a house number.
  if (isStreetAddress(text, t) || ESTABLISHMENT_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) return false;
  // "Мира" (улица Мира), "Победы": a dictionary word that happens to be a city needs a cue or a capital mid-sentence.
  // "ГРОЗНЫЙ И УФА": a headline in capitals is read as the name would be written (the dictionary knows "Грозный"
  // as a name only with its capital).
  const named = asNameCase(t.text);
  // ("ГРОЗНЫЙ ГОЛОС ЭПОХИ": in capitals, an adjective before a noun it agrees with stays one.)
  if (named !== t.text && readings(t.text).some((x) => x.pos === 'ADJF') && agreesWithNext(text, t)) return false;
  const r = readings(named)[0];
  if (r && r.known && !r.proper && r.pos !== 'NOUN') {
    // "с Витебском соглашение", "с Новосибирском в ходе": the town's instrumental is also its adjective's, which
    // is read only before a noun it agrees with ("в Мурманском порту").
    // "мэр Волжского Игорь Воронин": a town whose own name is an adjective (Волжский, Полевской) in a case form, with no
    // noun after it that it could qualify.
    return r.pos === 'ADJF' && (cityFromDerived(t.text)?.id === city.id || ADJECTIVE_NAME.test(city.name)) && !agreesWithNext(text, t);
  }
  return city !== undefined;
}

// "в гостинице «Москва»", "ресторан «Пекин»", "теплоход «Севастополь»", "Торговый дом «Казань»": a place to stay,
// eat, shop or sail named after a town, no town.
const ESTABLISHMENT_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(гостиниц|отел|ресторан|кафе|кинотеатр|теплоход|судн|корабл|ледокол|лайнер|самол[её]т|по[её]зд|торгов[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(центр|дом)|ТЦ|ТРЦ|магазин)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*«$/iu;
const ON_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(на|ул\.|улице|улица|улицы)\s*$/iu;
const HOUSE_NUMBER_AFTER = /^,?\s*(д\.\s*)?\d{1,3}[а-я]?(?![\d.:])(?!\s*(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))/u;

/** A genitive name after "на" or a street word and before a house number: an address, not a town. */
function isStreetAddress(text: string, t: Token): boolean {
  return HOUSE_NUMBER_AFTER.test(text.slice(t.end, t.end + 10)) && ON_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
}

const NEXT_WORD = /^\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{3,})/u;

/** The word after `t` is a noun in a case, number and gender one of `t`'s adjective readings has. */
function agreesWithNext(text: string, t: Token): boolean {
  const next = NEXT_WORD.exec(text.slice(t.end, t.end + 40))?.[1];
  if (!next) return false;
  const adjectives = readings(t.text).filter((x) => x.pos === 'ADJF');
  return readings(next).some(
    (n) => n.pos === 'NOUN' && adjectives.some((a) => a.case === n.case && a.number === n.number && (!a.gender || !n.gender || a.gender === n.gender || n.number === 'plur')),
  );
}

/** "С.Н. Шелестом", "Шелест С.Н.", "Павла Васильева": words next to initials or first names are people. */
export function isInitialOrPerson(text: string, t: Token, checkAfter = true): boolean {
  const before = text.slice(Math.max(0, t.start - 8), t.start);
  const after = text.slice(t.end, t.end + 6);
  // Initials after a known city ("Мэром города Омска С.Н. Шелестом") belong to the next word, not to the city.
  if (INITIALS_BEFORE.test(before) || (checkAfter && INITIALS_AFTER.test(after))) return true;
  if (/(им\.|имени)\s*$/u.test(text.slice(Math.max(0, t.start - 8), t.start))) return true;
  // "мэр города Лю Циньхай": a Chinese surname before a given name.
  if (isChineseSurname(t.text, text.slice(t.end, t.end + 12))) return true;
  // "икону святой мученицы Софии", "храм святого Николая": a saint, not a town.
  const before40 = text.slice(Math.max(0, t.start - 40), t.start);
  if (SAINT_STEM.test(before40) && SAINT_BEFORE.test(before40)) return true;
  // "им. Павла Васильева": a word after a first name is a surname.
  const from = Math.max(0, t.start - 30);
  let previous = capitalisedWordBefore(text, from, t.start);
  if (previous === undefined) previous = CAPITALISED_WORD_BEFORE.exec(text.slice(from, t.start))?.[1] ?? null;
  // "Мэрии Каракола": a town's office that opens a sentence is no first name (Мэри).
  // "Олег Геннадьевич Свободный": after a patronymic too.
  // ("Из Гомеля": a preposition opening a sentence is no first name, Иза.)
  if (previous && !OFFICE.test(previous) && !isFunctionWord(previous) && readings(previous).some((r) => r.parse.tag.Name || (r.known && r.parse.tag.Patr))) return true;
  return isChineseGivenName(t.text, previous);
}
const OFFICE = /^мэри/iu;
// Ends the text, so V8 tries it at each of its positions, a class of every letter each time; the stem that each of
// its words holds rules out most texts first (measured: a fifth of the time). No `u`: plain letters, read the same or wider.
const SAINT_STEM = /св|преподобн|мучени|равноапостольн|благоверн/i;
const SAINT_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(свят(ой|ого|ому|ым|ом|ая|ую|ых|ые|ыми)|св\.|преподобн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(велико)?мучени(к|ц)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|равноапостольн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|благоверн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+$/iu;

// A surname in any case right after a word: "акимом города Ермаганбетом Булекпаевым", "мэра Асаина Байханова",
// "градоначальник Милан Джурич".
const SURNAME_AFTER = /^ ([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+((ов|ев|ёв|ин|ын)(а|у|ым|ой|ом|е|ыми)?|ич(а|у|ем|е)?))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])/u;

/** A word the gazetteer does not know, right before a surname: a first name, not a town. */
export function beforeSurname(text: string, t: { end: number }, instrumental = false): boolean {
  const m = SURNAME_AFTER.exec(text.slice(t.end, t.end + 30));
  if (!m || (instrumental && !INSTRUMENTAL.test(m[1]!))) return false;
  // "Екатеринбурга Яков Силин": a first name in -ов is no surname (its first reading is the name).
  const rs = readings(m[1]!);
  return !rs.some((r) => r.known && r.parse.tag.Geox) && !(rs[0]?.known && rs[0].parse.tag.Name);
}

const NEXT_CAPITALISED = /^ ([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)/u;

/**
 * "президент города Анна-Катарина Шеттигер": a first name (each part of a double one) before a capitalised word that
 * is no adjective nor place is a person, whatever cue stands before it.
 */
export function isFirstNameOfPerson(text: string, t: Token): boolean {
  const next = NEXT_CAPITALISED.exec(text.slice(t.end, t.end + 40))?.[1];
  if (!next) return false;
  const firstName = (w: string) => readings(w).some((r) => r.known && r.parse.tag.Name);
  if (!t.text.split('-').every(firstName)) return false;
  return !readings(next).some((r) => r.known && (r.pos === 'ADJF' || r.parse.tag.Geox));
}

// A place's adjective (`челябинский`, `нижегородский`, `подмосковный`) in any gender, case and number.
const PLACE_ADJECTIVE = /(ск|цк|овн)(ий|ый|ая|ое|ого|ой|ому|ом|ую|им|ым|ие|ые|их|ых)$/u;

/**
 * "челябинский Южноуральск", "нижегородский Чкаловск": a place's adjective that names no country, right before a
 * town, speaks of a Russian region, as a country's adjective does of a country ("RU"); undefined for other words.
 * (The caller asks for a country's adjective first, and the world list must confirm a Russian town.)
 */
export function homeAdjectiveIso(adjective: string, word: string): string | undefined {
  // Lower case: "Биробиджанский Приамурский университет" opens a name; the town after it is a noun, not an adjective.
  const lower = adjective.charAt(0) === adjective.charAt(0).toLowerCase();
  // A common word of the language ("российской Администрации") is no town: its readings are asked last.
  return lower && PLACE_ADJECTIVE.test(adjective) && !PLACE_ADJECTIVE.test(word) && !readings(word).some((r) => r.known && !r.proper) ? 'RU' : undefined;
}

/** An adjective's city mention right before another town's name: the region's adjective, no city of its own. */
export function isAdjectiveBeforeTown(text: string, mentions: readonly Mention[], m: Mention): boolean {
  return m.kind === 'City' && m.via === 'adjective' && mentions.some((n) => n.kind === 'City' && n.via === 'name' && n.id !== m.id && n.start === m.end + 1 && text[m.end] === ' ');
}

const ALL_CAPS = /^[A-ZÀ-ÖØ-ÞЀ-Я][A-ZÀ-ÖØ-ÞЀ-Я-]+$/u;
const VERB_FORMS = new Set(['VERB', 'INFN', 'GRND', 'PRTF', 'PRTS']);

/**
 * "В МЭРИИ ПРИНЯЛИ ДЕЛЕГАЦИЮ": in a headline in capitals, a word the dictionary knows as a verb's form and as no
 * name is no town after a city cue. (A town after a place's preposition may read as an adverb: "В РОВНО".)
 */
export function capitalsVerb(word: string): boolean {
  if (!ALL_CAPS.test(word)) return false;
  const rs = readings(word);
  return rs.some((r) => r.known && VERB_FORMS.has(r.pos)) && !rs.some((r) => r.proper);
}

const NAMED_AFTER_TOWN = /^\s+(район|округ|административн|муниципальн|улиц|проспект|переул|площад|бульвар|шоссе|тракт|завод|комбинат)/iu;
// "Калужского сельского поселения", "Каменского, Калужского и Свободненского сельских поселений": a village's
// municipality, whatever large town its adjective sounds like; "Вильнюсского районного самоуправления": the
// district around a town abroad, a municipality of its own.
const RURAL_AFTER = /^((\s*,\s*|\s+и\s+)[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ого|его|ой|ей|ое|ее|ий|ый|ом|ем))*\s+(сельск(ое|ого|ому|им|ом|ие|их|ими)\s+поселени|сельсовет|поселков(ый|ого|ому|ым|ом)\s+совет|районн(ое|ого|ому|ым|ом)\s+(самоуправлени|муниципалитет))/u;

/**
 * Whether a town's adjective or residents' name at `t` stands for the town `derived`: not "Кировский район" or
 * "Ленинский проспект" (a district or a street named after a town the hand gazetteer lacks), not a village's
 * municipality ("Калужского сельского поселения"), not a surname after a first name ("Сергей Пятигорский").
 */
export function adjectiveNamesTown(text: string, t: Token, derived: GazetteerCity): boolean {
  if (!cityById(derived.id) && NAMED_AFTER_TOWN.test(text.slice(t.end, t.end + 16))) return false;
  if (opensVillageMunicipality(text, t)) return false;
  return !(isCapitalised(t.text) && isInitialOrPerson(text, t, false));
}

/** "Курском сельском поселении": the word opens a village's municipality, no town's name or adjective. */
export function opensVillageMunicipality(text: string, t: Token): boolean {
  return RURAL_AFTER.test(text.slice(t.end, t.end + 80));
}

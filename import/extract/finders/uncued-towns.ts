// Towns a sentence names with no city cue before them: a large town the world list knows in a place spot
// ("посетила Клайпеду", "в Тарту"), and anywhere a town of the report's own country ("Кисловодск принял гостей",
// "делегация Воркуты", "Великого Новгорода") that the hand gazetteer lacks.
import { inflectReading, readings } from '../lexicon/morph.js';
import { Memo } from '../lexicon/memo.js';
import { lastRunStart } from '../lexicon/plain-words.js';
import { nominativeCandidates } from '../lexicon/nominative-candidates.js';
import { placeNominative, type PlaceName } from '../lexicon/place-name.js';
import { HOME_COUNTRY, worldCitiesLike, type WorldCity } from '../lexicon/world.js';
import { cityNominative, type Token } from './place-words.js';

// Before a name with no city cue: a place preposition, or a visit, delegation or mayor of it (аким in Kazakhstan,
// кмет in Bulgaria).
export const BARE_PLACE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во|из|до|посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетив|посещени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|мэр[аоу]?м?|бургомистр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аким[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|кмет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|администраци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|горисполком[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|горсовет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|парламент[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|скупщин[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|гордум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|глав(а|ы|е|у|ой))\s+$/iu;
// The same words, as the whole of the last word: what bareSpotBefore tests.
const BARE_PLACE_WORD = /^(в|во|из|до|посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетив|посещени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|мэр[аоу]?м?|бургомистр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аким[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|кмет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|администраци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|горисполком[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|горсовет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|парламент[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|скупщин[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|гордум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|глав(а|ы|е|у|ой))$/iu;
// A town's authority (`главой администрации Сухума`, `мэра Ментоны`, `председатель парламента Крушеваца`): a cue as
// strong as "города", so a smaller town the world list knows will do. So are a town council and head (`горсовета Керчи`, `гордумы Твери`, `глава
// Евпатории`).
const AUTHORITY_WORD = /^(мэр[аоу]?м?|бургомистр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аким[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|кмет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|администраци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|горисполком[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|горсовет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|парламент[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|скупщин[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|гордум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|глав(а|ы|е|у|ой))$/iu;
const AUTHORITY_MIN_POPULATION = 10_000;
const WHITE_SPACE = /\s/u;

/**
 * Whether `text[from, end)` matches BARE_PLACE_BEFORE, read backwards: its last run of letters before white space
 * is one of the words. The pattern, anchored at the end, is tried at every position of the stretch; asked before most
 * capitalised words the gazetteer lacks, it cost a hundredth of the extractor's time.
 */
export function bareSpotBefore(text: string, from: number, end: number): boolean {
  const word = lastWordBefore(text, from, end);
  return word === undefined ? BARE_PLACE_BEFORE.test(text.slice(from, end)) : word !== null && BARE_PLACE_WORD.test(word);
}

// "визит из Ноймюнстера в Гусев": a visit's home and host, named as such, are towns as surely as after an authority.
const VISIT_ROUTE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])визит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+из\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+в\s+)?$/u;

/** Whether the bare spot is a town's authority (AUTHORITY_WORD) or a visit's route: its towns need not be large. */
export function authoritySpotBefore(text: string, from: number, end: number): boolean {
  const word = lastWordBefore(text, from, end) ?? lastWordOf(text.slice(from, end));
  if (word === 'из' || word === 'в') return VISIT_ROUTE.test(text.slice(from, end));
  return word !== null && AUTHORITY_WORD.test(word);
}

/** The last word of text[from, end) followed by white space; null when none; undefined when not a plain text. */
function lastWordBefore(text: string, from: number, end: number): string | null | undefined {
  const start = lastRunStart(text, from, end);
  if (start === undefined) return undefined;
  if (start < 0) return null;
  let wordEnd = end;
  while (wordEnd > start && WHITE_SPACE.test(text[wordEnd - 1]!)) wordEnd--;
  return wordEnd < end ? text.slice(start, wordEnd) : null;
}

function lastWordOf(piece: string): string | null {
  const m = /([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)\s+$/u.exec(piece);
  return m ? m[1]! : null;
}
/** A town this large is what a bare name in such a spot means (few words of prose sound like one). */
const BARE_MIN_POPULATION = 100_000;

/**
 * A bare name is a town when the world list has a large one by that sound and the dictionary knows the word as
 * neither a common word nor a surname or patronymic (`в Мире`, `делегация Линева`); a first name may be a town (`в Софии`).
 */
export function bareTown(word: string, town: WorldCity | null | undefined, beforeCapitalised: boolean, authority = false): boolean {
  if (!town || beforeCapitalised) return false;
  // "из Иджевана": a word the dictionary knows as a place name and nothing else sounds like no prose.
  const least = authority ? AUTHORITY_MIN_POPULATION : placeNameOnly(word) ? PLACE_WORD_MIN_POPULATION : unknownWordForm(word) ? (town.country === HOME_COUNTRY ? (word.includes('-') ? HYPHENATED_HOME_MIN_POPULATION : UNKNOWN_HOME_WORD_MIN_POPULATION) : UNKNOWN_WORD_MIN_POPULATION) : BARE_MIN_POPULATION;
  if (town.population < least) return false;
  if (notATown(word, false)) return false;
  return !readings(word).some((r) => r.known && (r.parse.tag.Surn || r.parse.tag.Patr || r.parse.tag.Orgn));
}

/**
 * A word the dictionary knows in no reading ("из Ноймюнстера"): no prose word nor a Russian surname sounds like it,
 * so a smaller town the world list knows will do.
 */
const UNKNOWN_WORD_MIN_POPULATION = 20_000;
/** A home town's name the dictionary lacks ("посетила Долинск", "в Ванино"): reports name their own small towns. */
const UNKNOWN_HOME_WORD_MIN_POPULATION = 10_000;
/** The same, hyphenated ("в Южно-Курильске"): no surname or prose word is spelled so. */
const HYPHENATED_HOME_MIN_POPULATION = 3_000;

function unknownWordForm(word: string): boolean {
  return !readings(word).some((r) => r.known);
}

/** A town whose word the dictionary knows only as a place name: in a bare spot, as small as this will do. */
const PLACE_WORD_MIN_POPULATION = 10_000;

/** Every reading the dictionary knows of the word is a place name (no first name, surname or common word). */
function placeNameOnly(word: string): boolean {
  const rs = readings(word).filter((r) => r.known);
  return rs.length > 0 && rs.every((r) => r.proper && r.parse.tag.Geox && !r.parse.tag.Name && !r.parse.tag.Surn && !r.parse.tag.Patr && !r.parse.tag.Orgn);
}

/** A town the dictionary knows by name needs no cue when this large (`это прежде всего Штутгарт`). */
const DICTIONARY_MIN_POPULATION = 300_000;
// "на Алтае", "на Урале": a region, where a town would take "в".
const ON_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])на\s+$/iu;
// "реки Печоры": the river a town is named after.
const RIVER_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(рек[аиуе]|рекой|бассейн[а-я]*)\s+$/iu;

/**
 * A capitalised word that the dictionary knows first as a place name (and never as a person's), confirmed as a large
 * town by the world list: `Штутгарт`, `Роттердама`. Not after "на", which regions take.
 */
export function dictionaryTown(word: string, town: WorldCity | null | undefined, before: string): boolean {
  // A home town the dictionary knows only as a place ("В мае Козельск и Брест подписали …"): no word or name sounds so.
  const least = town && town.country === HOME_COUNTRY && placeNameOnly(word) ? PLACE_WORD_MIN_POPULATION : DICTIONARY_MIN_POPULATION;
  if (!town || town.population < least || ON_BEFORE.test(before) || RIVER_BEFORE.test(before)) return false;
  const rs = readings(word);
  const first = rs[0];
  if (!first || !first.known || !first.parse.tag.Geox) return false;
  return !rs.some((r) => r.known && (r.parse.tag.Name || r.parse.tag.Surn || r.parse.tag.Patr || r.parse.tag.Orgn || (r.pos === 'NOUN' && !r.proper)));
}

// Asked of most capitalised words no other rule took; a pure function of the word.
const knownPlaceWords = new Memo<boolean>(20_000);

/** The dictionary's first reading of the word is a place name: worth asking the world list about. */
export function isKnownPlaceWord(word: string): boolean {
  return knownPlaceWords.get(word, (w) => {
    const first = readings(w)[0];
    return first !== undefined && first.known && Boolean(first.parse.tag.Geox);
  });
}

/** Smaller towns share their sound with too many words and surnames to be taken without a cue. */
const HOME_MIN_POPULATION = 20_000;

// "в Гусеве": a place's preposition right before the word ("из Чехова" may be a reading from the writer).
// "делегация из Реутова", "гости из Гусева": the travellers' home, where a person's name is no reading.
const PLACE_PREPOSITION_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во|(делегаци|гост|прибыл|приехал|представител)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+из)\s+$/iu;

/**
 * A capitalised word that may be a home town with no cue: long enough to be a name, not the first of two
 * capitalised words (`Иван Петров`, `Северный Кавказ`) unless the second is a first name, and known to the
 * dictionary as nothing but a place (not a common word, first name, surname, patronymic or organisation).
 * `before`: the text before the word (its last 40 characters).
 */
export function mayBeHomeTown(word: string, nextCapitalised: string | undefined, after: string, before = ''): boolean {
  // All capitals is an acronym (`МААС`), not a town a heading names: those the gazetteer knows. (A lower-case
  // letter of the basic alphabets in the second place tells most words without an upper-case copy.)
  if (word.length < 4 || (!isBasicLower(word.charCodeAt(1)) && word === word.toUpperCase())) return false;
  // `Глава Тобольска Пётр Петров`: before a first name the town ends where the person begins.
  // `Горловки ДНР`, `с Кировском ЛНР`: an acronym after the town is its region's (the -ском form, an adjective's
  // before `ГАУ`, is the town's after "с").
  const acronym = nextCapitalised !== undefined && ACRONYM.test(nextCapitalised) && (!INSTRUMENTAL_SK.test(word) || WITH_BEFORE.test(before));
  if (nextCapitalised !== undefined && !acronym && !readings(nextCapitalised).some((r) => r.known && r.parse.tag.Name)) return false;
  const rs = readings(word);
  // `с Мурманском и Надымом`: a town's instrumental in -ском is also its adjective's; the adjective is read only
  // before the noun it qualifies (`в Мурманском порту`).
  const adjectiveToo = rs.some((r) => r.known && r.proper && r.parse.tag.Geox) && !BEFORE_LOWER_WORD.test(after);
  // A possessive (`Бабушкин`, `Пушкин`) has a surname's shape: `написал Бабушкин` is the governor named before.
  // `Феодосия подписала`: a first name's case that is also a place's own name (Феодосий's genitive) does not stop it.
  const place = rs.some((r) => r.known && r.proper && r.parse.tag.Geox && !r.parse.tag.Name);
  // `делегация Полевского посетила`, `Полевской и Ревда`: a word that is only an adjective names a town (Полевской,
  // Лесной) when no noun or adjective follows that it could qualify; the world list still has to confirm it.
  const adjectiveName = adjectiveToo || (rs.length > 0 && rs.every((r) => r.pos === 'ADJF' && !r.parse.tag.Poss) && !qualifiesNext(after));
  // `в Гусеве`: after a place's preposition a surname's form is the town (a person is `у Гусева`). The pattern,
  // which looks behind at every position of `before`, only for a word with a person's reading.
  let afterPlacePreposition: boolean | undefined;
  const person = (r: (typeof rs)[number]) =>
    ((r.parse.tag.Name && !place) || r.parse.tag.Surn || r.parse.tag.Patr) && !(afterPlacePreposition ??= PLACE_PREPOSITION_BEFORE.test(before));
  return !rs.some((r) => r.known && ((!r.proper && !(adjectiveName && r.pos === 'ADJF' && !r.parse.tag.Poss)) || person(r) || r.parse.tag.Orgn));
}

const ACRONYM = /^[A-ZÀ-ÖØ-ÞЀ-Я]{2,5}$/u;
const INSTRUMENTAL_SK = /(ск|цк)ом$/u;
const WITH_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+$/iu;

/** `а`–`я`, `ё`, `a`–`z`: a code unit whose upper case is another. */
function isBasicLower(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a);
}

// "Елец с дружеским визитом посетил мэр …", "Орёл принимал делегацию …": a sentence that opens with the town its guests
// came to; the town's name may be a common noun too (елец, a fish; орёл, an eagle).
const HOSTS_GUESTS_AFTER = /^\s+((с|со)\s+([a-zß-öø-ſа-ԯ]+\s+){1,2})?(посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|принимал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|встречал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([a-zß-öø-ſа-ԯ]+\s+)?(мэр|глав|делегаци|гост|губернатор|посол|президент)/u;

/** A capitalised word that opens its sentence before "посетил мэр …": a home town the world list confirms, whatever else it is. */
export function hostOpeningSentence(word: string, sentenceStart: boolean, after: string): boolean {
  return sentenceStart && HOSTS_GUESTS_AFTER.test(after) && homeTownIn(word);
}

const BEFORE_LOWER_WORD = /^\s+(?!(и|или|а)\s)[a-zß-öø-ſа-ԯ]/u;
const NEXT_LOWER_WORD = /^\s+([a-zß-öø-ſа-ԯ]+)/u;
const SHARED_NOUN = /^\s*(и|или|,)\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ого|его|ому|ему|ым|им|ом|ем|ой|ий|ый|ая|ое|ые|ых|их)\s+[a-zß-öø-ſа-ԯ]/u;

/** Whether the lower-case word after a capitalised adjective is one it may qualify: a noun or another adjective. */
function qualifiesNext(after: string): boolean {
  // "Октябрьского и Ленинского районов": two adjectives that share the noun after the second.
  if (SHARED_NOUN.test(after)) return true;
  const next = NEXT_LOWER_WORD.exec(after)?.[1];
  // The likeliest reading only: `и` is also an abbreviation's noun.
  const first = next === undefined ? undefined : readings(next)[0];
  return first !== undefined && (first.pos === 'NOUN' || first.pos === 'ADJF');
}

/** A Russian town, or one reports write of as theirs (Crimea's), large enough to be named without a cue. */
export function homeTown(town: WorldCity | null | undefined, minPopulation = HOME_MIN_POPULATION): boolean {
  return town !== null && town !== undefined && (town.country === HOME_COUNTRY || town.home === true) && town.population >= minPopulation;
}

/** Whether the town by this name is one outside the home country that reports write of as theirs (Crimea's). */
export function reportedAsHome(name: string): boolean {
  return worldCitiesLike(name)[0]?.home === true;
}

// Asked of most capitalised words the gazetteer lacks (names, organisations, a sentence's first word), and a pure
// function of the word: without a town the context's cases play no part in placeNominative.
const homeTowns = new Memo<boolean>(20_000);

// Pairs of capitalised words, asked of every such pair the gazetteer does not know; pure, so memoised.
const homeTownPairs = new Memo<PlaceName | null>(20_000);

/**
 * A home town named by an adjective and a noun (`Великого Новгорода`, `Старом Осколе`): the adjective's nominative
 * in its own gender and number, the noun's candidate nominatives, confirmed by a Russian town of the world list.
 */
export function homeTownOfTwo(first: string, second: string): PlaceName | null {
  return homeTownPairs.get(`${first} ${second}`, () => {
    const adjectives = readings(first).filter((r) => r.known && r.pos === 'ADJF');
    if (adjectives.length === 0) return null;
    for (const r of adjectives) {
      // In the reading's own gender and number: "Старой Руссой" → Старая Русса, "Великих Лук" → Великие Луки.
      const plural = r.number === 'plur';
      const nominative = inflectReading(r, plural ? ['nomn', 'plur'] : r.gender ? ['nomn', 'sing', r.gender] : ['nomn']);
      if (!nominative) continue;
      const adjective = first.charAt(0) + nominative.slice(1);
      for (const noun of plural ? pluralNominatives(second) : nominativeCandidates(second)) {
        const name = `${adjective} ${noun}`;
        const town = worldCitiesLike(name)[0];
        if (homeTown(town)) return { name, town: town! };
      }
    }
    return null;
  });
}

/** The plural nominatives a plural noun's form may come from: `Лук`, `Луками` → Луки. */
function pluralNominatives(word: string): string[] {
  const out: string[] = [];
  for (const r of readings(word)) {
    if (r.pos !== 'NOUN' || r.number !== 'plur') continue;
    const n = inflectReading(r, ['nomn', 'plur']);
    if (n && !out.includes(n)) out.push(word.charAt(0) + n.slice(1));
  }
  return out;
}

const CUED_HOME_MIN_POPULATION = 5_000;

/** A home town of at least 5,000 people, after a cue that calls for a town ("городского совета Судака"). */
export function cuedHomeTown(word: string): PlaceName | null {
  const named = placeNominative(word, null, cityNominative(word));
  return homeTown(named.town, CUED_HOME_MIN_POPULATION) ? named : null;
}

/** Whether a word is some case of a home town, before the rest of a cue-less candidate's checks are paid for. */
export function homeTownIn(word: string): boolean {
  return homeTowns.get(word, (w) => homeTown(placeNominative(w, null, cityNominative(w)).town));
}

/**
 * A word no town confirms is no town when the dictionary knows it as a common noun (`в городе Юности`, `Дни
 * Вологды`) or it is an adjective before another capitalised word (`Киргизской Республики`).
 */
export function notATown(word: string, beforeCapitalised: boolean): boolean {
  const rs = readings(word);
  if (rs.some((r) => r.known && r.pos === 'NOUN' && !r.proper)) return true;
  return beforeCapitalised && rs.some((r) => r.known && r.pos === 'ADJF');
}

// "председатель парламента Крушеваца Живоин Милорадович": after an authority's town, a person's two names.
const PERSON_AFTER = /^\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+/u;

/** A bare town (bareTown) at `t`; after an authority, the official's name may follow it. */
export function bareTownHere(text: string, t: Token, town: WorldCity | null, pairName: string | null, beforeCapitalised: boolean): boolean {
  const authority = authoritySpotBefore(text, Math.max(0, t.start - 40), t.start);
  const named = beforeCapitalised && authority && pairName === null && PERSON_AFTER.test(text.slice(t.end, t.end + 60));
  return bareTown(pairName ?? t.text, town, beforeCapitalised && !named, authority);
}

const OBLIQUE_END = /[аяуы]$/u;

/**
 * "парламента Крушеваца Живоин Милорадович": after an authority, a word in a case form is its town, the person's
 * names after it; "мэра Милан Петров" has a first name as written there.
 */
export function townOfOfficial(text: string, t: Token): boolean {
  return OBLIQUE_END.test(t.text) && authoritySpotBefore(text, Math.max(0, t.start - 40), t.start);
}

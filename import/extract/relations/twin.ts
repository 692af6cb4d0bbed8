// TWIN: two cities are twin (sister) cities: a twinning agreement was signed or is in force, or the text
// calls one the other's город-побратим. An intended twinning is a planned AGREEMENT; a signed memorandum of
// intent to become twins is a signed AGREEMENT (../shared/spec/extraction.md).
import { dateOf, sinceYear, yearsBack } from '../dates.js';
import { rowYear } from './list-items.js';
import { confidenceOf } from '../confidence.js';
import { documentWords, isPlanned, KIN_WORDS, SIGNING_EVENT, TWIN_INTENT, TWIN_WORD } from './cues.js';
import { pointsBack } from '../discourse/recall.js';
import { documentPieces } from './documents.js';
import { ALONG_WITH_BEFORE, before, OWNER_BEFORE, clausesOf, isCityOf, listFrom, otherCityHere, yearAfterParty, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';
import { pairsAround } from './pairs.js';
import { CONTENT, UPCOMING_SIGNING_NEAR } from './agreement-words.js';

// "нашими городами", "городами-побратимами" with no names: the pair is the report city and the topic city.
const TWIN_CITY_BEFORE = /город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
const BETWEEN_THE_CITIES = /между\s+(двумя\s+|нашими\s+|обоими\s+)?городами/iu;
// "стороны подписали меморандум …": the two sides of the meeting told of, the reporter and the city it is about.
// "которое города заключили в 2011 году": the cities are the same two; so do "закрепляет статус городов-побратимов",
// "Мы два города-побратима"; "Мэры городов подписали …".
// "Российский и белорусский города стали побратимами": the two towns the text is about, by their countries.
// "итоги взаимодействия городов – побратимов": the ties of the twin cities, told without naming them (not "городов-
// побратимов России и Беларуси", the many of a forum). Their twinning is taken as given: "планы" or "дальнейшее
// сотрудничество" around it plan the cooperation, not the twinning.
// (The look-ahead repeats the words that open the match: the look-behind, with its 40 characters, is tried only where
// one of them stands, not at every position of the text.)
const TIES_OF_TWINS = /(?=взаимодействи|сотрудничеств|отношени|связ|дружб)(?<!(форум|конференци|ассамбле|съезд|семинар|ассоциаци|движени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([^.;]{0,40}\s)?)(взаимодействи|сотрудничеств|отношени|связ|дружб)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(наших\s+)?городов\s*[-–—]\s*побратимов(?=\s*$|\s*[.,;:!?)—–-]|\s+(за|в|во|на|и|с|со|по|до|от)\s)/iu;
const TWINNING_NOUN = /побратимств|породнени/iu;
// "гостей из (будущего) города-побратима", one town whose name the clause does not give: the partner the text is
// about (not "делегациями городов-побратимов", many).
// Only tested, so an alternative may match from elsewhere than before as long as it matches the same texts: "…ский"
// after a letter is a word's ending (no run of letters tried from every word start), and the look-ahead before a
// look-behind lets it be tried only where the alternative's words stand.
const OUR_CITIES = new RegExp(String.raw`(нашими|наших|двух)\s+город|(ский|цкий)(?<=[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ](?:ский|цкий))\s+и\s+[a-zß-öø-ſа-ԯ]+(ский|цкий)\s+города(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(два|мы\s*[—–-]?)\s+город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим|статус[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?побратим|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(друг\s+с\s+другом)|являются\s+побратим|${TIES_OF_TWINS.source}|(делегаци|гост)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(из\s+)?([a-zß-öø-ſа-ԯ]+\s+)?города-побратима(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|^\s*города-побратимы\s+([a-zß-öø-ſа-ԯ]+\s+)?(отмеча|празду|отметил|отпраздновал)|(?=стороны|города|мэры|главы|руководители|власти)(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(стороны|города|(мэры|главы|руководители|власти)\s+городов)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(подписали|заключили|договорились|согласовали|установили)`, 'iu');
// "побратимы и партнёры" cannot tell which is which: the partner rule lists them.
// ("меморандум о побратимстве и партнёрских отношениях" is one document of a twinning.)
const TWINS_OR_PARTNERS = /(побратим(?!ств)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+и\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?партн[её]р|(партн[её]р|дружеск|дружествен)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+и\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?побратим)/iu;
// A document's "дружественных, побратимских и партнёрских связей" are the ties of its two sides: one twinning.
const DOCUMENT_BEFORE = /(меморандум|соглашени|договор|протокол)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s[^.;:]{0,80}$/iu;

/** Twins and partners named together (TWINS_OR_PARTNERS), not as the ties a document sets up. */
function twinsOrPartners(text: string): boolean {
  const m = TWINS_OR_PARTNERS.exec(text);
  return m !== null && !DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index));
}
// "из городов, имеющих побратимские отношения с X": cities nobody names ("из городов-побратимов A и B" names them).
const UNNAMED_CITIES = /(из\s+городов(?!-)|городов\s*,\s*(имеющ|которые|у\s+которых))/iu;
// A twinning that happens in this text: signed, established, or a city that "became" a twin.
const BECAME = /(стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?побратим|побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?стал|появил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?побратим|установил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+побратим|породнил|побратал)/iu;
// A signing still to come ("будет подписано", "планируется подписание").
// "не являются городами-побратимами", "не поддерживает побратимских связей", "не побратимы, а партнёры": twins denied
// (Not "не только побратимы", "не просто побратим", "не первый город-побратим": twins all.)
const NOT_TWINS = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])не\s+((являются|является|являлись|стали|стал|стала|были|был|была|поддерживает|поддерживают|имеют|имеет)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?(побратим|породн)/iu;
const FUTURE = /(будет|будут|планир|запланир|предстоит|предстоящ|проект[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s|намечен|готов[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+к\s+подписани|подготовительн)/iu;
// "в Астане", "в г. Оренбурге": where a document was signed, not a party to it.
// "недалеко от Варны", "под Варной", "близ Варны": where something happened, near a town, too.
const LOCATION_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])((в|во)\s+(городе\s+|г\.\s*)?|(недалеко|неподал[её]ку)\s+от\s+|(близ|вблизи|под)\s+)$/iu;
const TWIN_WORD_NEXT = /^\s+([a-zß-öø-ſа-ԯ]+\s+)?город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим/iu;
const RELATIVE_AFTER = /^\s*(\([^()]*\)\s*)?,\s*(с|со)\s+котор/iu;
// "25-летие побратимства" in a dated sentence dates the twinning itself.
const ANNIVERSARY = /(\d{1,3})\s*-?\s*(лети[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|годовщин[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(побратим|породн)/iu;

const EARLIER = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])ранее\s/iu;
const SIDES_OF_DOCUMENT = /(соглашени|меморандум|протокол|договор|карт|план|программ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([^.;]{0,40}\s)?(развития|сотрудничества|взаимодействия|между)\s+город(ов|ами)-побратим(ов|ами)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// A twinning document named as the frame of something else: "по реализации соглашения о побратимстве".
const UNDER_TWINNING = /(по\s+реализации|во\s+исполнение|в\s+развитие|в\s+рамках|согласно)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}$/iu;
// Ties in force today ("на сегодняшний день такие соглашения подписаны"): stated, not signed in the text's year.
const STOCK = /(в\s+настоящее\s+время|по\s+состоянию\s+на|на\s+сегодняшний\s+день|на\s+сегодня(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))/iu;
// A clause that goes on with the predicate of the one before: ", а также между A и B", ", а также с A".
// "…, а также с B", and the next item of a list after ";" ("с городом B (страна) — в 1995 году", "• B (страна)").
const GOES_ON = /^\s*((а\s+также\s+)?(между|с|со)\s+(?!\d)|[-–—•]\s*(?=[A-ZÀ-ÖØ-ÞЀ-Я]))/iu;

/** Where the clause speaks of twinning: a twin word, or a document that points back at a twinning. */
function triggerOf(clause: Clause, ctx: SentenceContext): { index: number } | null {
  const own = TWIN_WORD.exec(clause.text);
  // "Спортсмены Тулы и Гомеля побратались": people who became friends, not their towns.
  if (own && /^(побратал|породнил)/iu.test(own[0] + clause.text.slice(own.index + own[0].length, own.index + 9)) && PEOPLE.test(clause.text.slice(0, own.index))) return null;
  if (own) return own;
  if (!ctx.recall?.twinning) return null;
  for (const d of documentWords(clause.text)) if (pointsBack(clause.text, d.index!, d[0])) return { index: d.index! };
  return KIN_WORDS.exec(clause.text);
}

// "станут городами-побратимами", "станет ещё одним побратимом", "если бы стал побратимом": a twin to become one.
const BECOMING_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(стать|стан[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|становит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|будет|будут)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?$/iu;
// "присвоить статус города-побратима": a status to be given, not a twin named.
const STATUS_BEFORE = /статус[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?$/iu;
const TWIN_NOUN = /^побратим(|а|у|ом|е|ы|ов|ам|ами|ах)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/** The twin word at `at` names a town as a twin ("городу-побратиму", "побратима"), not a twinning to come. */
function isDesignation(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 40), at);
  return TWIN_NOUN.test(text.slice(at, at + 12)) && !BECOMING_BEFORE.test(lead) && !STATUS_BEFORE.test(lead);
}

// "протокол, который предполагает установление побратимских отношений": a document's content that is a twinning
// to come, unlike "договор предполагает сотрудничество городов-побратимов".
// (Not "предусматривает подписание ежегодных планов мероприятий городов-побратимов": work of twins already.)
const ESTABLISHING_AHEAD = /(предполага|предусматрива)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(установлени|заключени|подписани)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?!\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(план|программ))/iu;
// "важность развития побратимских связей между городами": ties spoken of, not established with the partner named last
// (unless the clause establishes them: "установили между городами побратимские связи").
const SPOKEN_OF = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(развити|важност|значени|укреплени|перспектив)/iu;
const ESTABLISHED = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(установил|установлен|закрепил|оформил)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

// People who may befriend each other ("спортсмены", "ветераны", "жители").
const PEOPLE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(спортсмен|ветеран|жител|школьник|студент|участник|коллектив|команд|люд|семь|дет|молод[её]ж|артист|музыкант|учащи)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

// "о возможности установления": the possibility is the subject too.
// "о подписании соглашения о побратимстве" (talks about it): the signing is the subject, not an act.
const ABOUT_ESTABLISHING = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(об?|возможн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(установлени|подписани|заключени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/giu;
// "С властями этих городов …": the cities the sentence before named.
const THOSE_CITIES = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(этих|этими|этим|данных|данными|указанных|перечисленных)\s+город/iu;
// "… сотрудничество с городами Кизляр, Феодосия, Салехард. С городами-побратимами ведётся переписка": the towns of
// ties just listed (not towns just visited).
const TWINS_OPENING = /^\s*([Сс]|[Сс]о|[Уу]|[Мм]ежду)\s+(нашими\s+|всеми\s+)?городами-побратимами(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?!\s+(г\.\s*)?[A-ZÀ-ÖØ-ÞЀ-Я])/u;
// "Среди них A", "В их числе A и B", "Среди других — A", "Это A, B и C", "Им стал город A", "делегации из городов A и
// B (страна)", "встретился с представителями A, B и C": who the twin
// cities spoken of just before without names are.
const NAMES_THE_GROUP = /(^\s*(среди\s+(них|других|остальных|прочих)|в\s+их\s+числе|ими\s+являются|им(и)?\s+(стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|станет|станут|является)|это\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?)|делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?из\s+|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+(представител|делегаци)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)/iu;

// "… с европейскими городами. Габрово (Болгария), Лекко (Италия), …": a sentence that is nothing but the list,
// from its start to its end ("Новосибирск и Томск также развивают такие связи" is a sentence of its own).
const BARE_LIST_START = /^\s*$/u;
const LIST_END = /^\s*(\([^()]*\))?\s*[.;!,]?\s*$/u;

/** What introduces the group's names: its words (none for a bare list) and where they start. */
interface GroupLead {
  words: string;
  index: number;
}

function groupLead(clause: Clause): GroupLead | null {
  const lead = NAMES_THE_GROUP.exec(clause.text);
  if (lead) return { words: lead[0], index: lead.index };
  return isBareListOfTowns(clause) ? { words: '', index: 0 } : null;
}

/** A clause that is a list of two towns or more and nothing else. */
function isBareListOfTowns(clause: Clause): boolean {
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const first = cities[0];
  if (!first || !BARE_LIST_START.test(clause.text.slice(0, first.start))) return false;
  const list = listFrom(clause, first, cities);
  return list.length >= 2 && LIST_END.test(clause.text.slice(list[list.length - 1]!.end));
}

/** The report city's twins that a sentence names after one that spoke of them as a group. */
function twinsOfGroup(clause: Clause, ctx: SentenceContext): Draft[] {
  const report = ctx.reportCityId;
  if (!ctx.recall?.unnamedTwins || !report) return [];
  const lead = groupLead(clause);
  if (!lead) return [];
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name' && m.start >= lead.index);
  if (cities.length === 0) return [];
  // "Это A, B и C" names the group only with the list right after it ("Это позволило A …" does not).
  // "встретился с представителями A, B и C": so does "с представителями" or "с делегациями" (not "с представителями
  // администрации A").
  if (/^\s*(это|с|со)\s/iu.test(lead.words) && cities[0]!.start !== lead.index + lead.words.length) return [];
  // "Им стал белорусский город A", not "Им стал интересен опыт A": a country's adjective and "город" at most between.
  if (/^\s*им/iu.test(lead.words) && !/^\s*([a-zß-öø-ſа-ԯ]+(ий|ый|ой|ая|ое|ие|ые)\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/u.test(clause.text.slice(lead.index + lead.words.length, cities[0]!.start))) return [];
  // (A list opened by "с представителями" or a bare list is no twin group when it names the reporter's own country's towns.)
  const loose = lead.words === '' || /^\s*(с|со)\s/iu.test(lead.words);
  const home = ctx.countryOf(report);
  return listFrom(clause, cities[0]!, cities)
    .filter((m) => m.id !== report && !(loose && home !== null && ctx.countryOf(m.id) === home))
    .map((m) => ({ kind: 'TWIN', source: report, target: m.id, year: null, month: null, status: null, confidence: confidenceOf('twin.list') }));
}

// "школы-побратимы", "вузы-побратимы": bodies called twins, which makes no twinning of their towns.
const BODY_TWINS = /(школ|гимнази|лице|вуз|университет|библиотек|колледж|музе|театр|сад)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/giu;

/** Whether every twin word of the text is a body's ("школы-побратимы"). */
function onlyBodiesTwinned(text: string): boolean {
  if (!text.includes('-побратим')) return false;
  return !TWIN_WORD.test(text.replace(BODY_TWINS, ' '));
}

function twinsOfClause(clause: Clause, ctx: SentenceContext, carried: boolean): Draft[] {
  const text = clause.text;
  const trigger = triggerOf(clause, ctx) ?? (carried && GOES_ON.test(text) ? { index: 0 } : null);
  if (!trigger) return twinsOfGroup(clause, ctx);
  if (twinsOrPartners(text) || UNNAMED_CITIES.test(text) || onlyBodiesTwinned(text) || NOT_TWINS.test(text)) return [];
  const apposed = twinsInApposition(clause);
  if (apposed.length > 0) return apposed;
  const parties = clause.mentions.filter(
    (m) =>
      m.kind === 'City' && (m.via === 'name' || m.via === 'authority') &&
      // "сотрудничество между школой № 75 г. Гомеля и …": the town of an organisation is where it is, no twin side.
      !clause.mentions.some((o) => isCityOf(clause, o, m)) &&
      // "В Эрдэнэте, с которым Чита подписала соглашение о побратимстве, …": a place the relative clause makes a side.
      (!LOCATION_BEFORE.test(before(clause, m, 20)) || RELATIVE_AFTER.test(clause.text.slice(m.end, m.end + 30))) &&
      // "посетил наряду с Минском город-побратим Бобруйск": the twin word is the town's after it.
      !(ALONG_WITH_BEFORE.test(before(clause, m, 12)) && TWIN_WORD_NEXT.test(clause.text.slice(m.end, m.end + 30))),
  );
  // "Дни культуры города-побратима Гомеля": the twin named inside an event's name.
  if (parties.length === 0) parties.push(...clause.all.filter((m) => m.kind === 'City' && m.nestedIn === 'Event' && TWIN_CITY_BEFORE.test(before(clause, m, 30))));
  // "у A и B появятся побратимы в Германии": the cities named are all owners, their twins go unnamed.
  if (parties.length > 0 && OWNER_BEFORE.test(before(clause, parties[0]!, 30)) && listFrom(clause, parties[0]!, parties).length === parties.length) return [];
  let pairs = pairsAround(clause, parties, trigger.index, ctx, OUR_CITIES);
  const report = ctx.reportCityId;
  // "В Майдзуру прошли торжества к юбилею побратимских связей между городами": the city where they were held.
  // "… с мэром города Баоцзи подписали соглашение. В рамках соглашения установили между городами побратимские связи":
  // the one partner the text spoke of last.
  const partners = ctx.recall?.cities ?? [];
  const here = pairs.length === 0 && report && parties.length === 0 && BETWEEN_THE_CITIES.test(text) ? otherCityHere(clause, report, partners) ?? (partners.length === 1 && (ESTABLISHED.test(text) || !SPOKEN_OF.test(text)) ? partners[0]! : null) : null;
  if (here) pairs = [[report!, here]];
  if (pairs.length === 0 && report && (THOSE_CITIES.test(text) || (TWINS_OPENING.test(text) && ctx.recall?.tiesListed === true))) {
    pairs = (ctx.recall?.cities ?? []).filter((c) => c !== report).map((c) => [report, c] as [string, string]);
  }
  if (pairs.length === 0) return [];
  // (The twinning itself to come, a document or the word for it in the clause, stays planned: "запланировано
  // подписание соглашения, которое откроет сотрудничество городов-побратимов".)
  // "пройдёт вечер, посвящённый городу-побратиму Тулы – Бресту": a twin named as one is one already, whatever is to come.
  // (The presupposition asked only of a planned clause: most are not, and its pattern is long; "договор предполагает …"
  // is a document's content, no plan, so the plan is asked again without it.)
  // ("обсудили вопросы предстоящего подписания договора о побратимстве": the twinning's signing to come.)
  const planned = (isPlanned(text) && isPlanned(text.replace(CONTENT, ' '))) || ESTABLISHING_AHEAD.test(text) || UPCOMING_SIGNING_NEAR.test(text.slice(0, trigger.index));
  const intended = (planned && !presupposesTwins(text, trigger.index)) || TWIN_INTENT.test(text);
  if (intended) {
    // "подписали меморандум о намерении стать побратимами": the memorandum is signed, the twinning is not.
    // "согласовали вопрос об установлении побратимских отношений": the establishing is the subject, not an act.
    const signed = SIGNING_EVENT.test(text.replace(ABOUT_ESTABLISHING, ' ')) && !FUTURE.test(text) && !UPCOMING_SIGNING_NEAR.test(text.slice(0, trigger.index));
    const { year, month } = dateOf(text, trigger.index, ctx.reportYear);
    return pairs.map(([a, b]) => ({
      kind: 'AGREEMENT', source: a, target: b, year, month, status: signed ? 'signed' : 'planned',
      confidence: confidenceOf(signed ? 'twin.intent-signed' : 'twin.intent'),
    }));
  }
  // "ранее побратимские отношения были установлены с …": established before, in no year the text gives.
  // "подписан план по реализации соглашения о побратимстве": what was signed works under the twinning, in force.
  const framed = UNDER_TWINNING.test(text.slice(Math.max(0, trigger.index - 60), trigger.index));
  // "подписали дорожную карту развития городов-побратимов": twins already, the sides of another document.
  const sides = SIDES_OF_DOCUMENT.test(text);
  const established = (SIGNING_EVENT.test(text) || BECAME.test(text)) && !STOCK.test(text) && !EARLIER.test(text) && !framed && !sides;
  const anniversary = ANNIVERSARY.exec(text);
  let year: number | null = null;
  if (established) year = yearsBack(text, dateOf(text, trigger.index, ctx.reportYear).year);
  else if (anniversary) {
    const at = dateOf(text, anniversary.index, ctx.reportYear).year;
    year = at === null ? null : at - Number(anniversary[1]);
  }
  // "связывают побратимские отношения с 1992 года": the ties began that year; "отношения, установленные в 1993
  // году": the year given to the establishing.
  if (year === null) year = sinceYear(text) ?? establishedIn(text) ?? rowYear(text);
  const rule = established ? 'twin.established' : pairs.length > 1 ? 'twin.list' : 'twin.stated';
  // A list whose items carry their own years ("A, с которым … в 1998 году, и B"): the clause's year is theirs, not
  // the others'.
  const own = pairs.map(([a, b]) => yearAfterParty(clause, b) ?? yearAfterParty(clause, a));
  const itemYears = pairs.length > 1 && own.some((y) => y !== null);
  return pairs.map(([a, b], i) => ({
    kind: 'TWIN', source: a, target: b, year: own[i] ?? (itemYears ? null : year), month: null, status: null,
    confidence: confidenceOf(rule),
  }));
}

// "в Зуле (ФРГ), городе-побратиме Калуги": a place named, then called another city's twin.
const SINCE_AFTER = /^\s*(?:\([^()]*\)\s*)?с\s+((?:19|20)\d\d)\s*(г\.|год)/iu;
const TWIN_APPOSITION = /^\s*(\([^()]*\)\s*)?,\s*([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;

/** Twins stated by an apposition: the city named and the one whose twin it is called, whatever the place words before. */
function twinsInApposition(clause: Clause): Draft[] {
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  for (let k = 0; k + 1 < cities.length; k++) {
    const [a, b] = [cities[k]!, cities[k + 1]!];
    if (a.id !== b.id && TWIN_APPOSITION.test(clause.text.slice(a.end, b.start))) {
      // "…, города-побратима Кирова с 1997 года": the year the tie began.
      const since = SINCE_AFTER.exec(clause.text.slice(b.end, b.end + 30));
      return [{ kind: 'TWIN', source: a.id, target: b.id, year: since ? Number(since[1]) : null, month: null, status: null, confidence: confidenceOf('twin.stated') }];
    }
  }
  return [];
}

const ESTABLISHED_IN = /(установлен|заключ[её]н|подписан|оформлен)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(ещё\s+|еще\s+)?в\s+((?:19|20)\d\d)\s*(г\.|год)/iu;

/** The year an establishing participle gives: "установленные в 1993 году". */
function establishedIn(text: string): number | null {
  const m = ESTABLISHED_IN.exec(text);
  return m ? Number(m[3]) : null;
}

/** "сотрудничество городов-побратимов", "городу-побратиму Тулы" with no document or twinning word: the twins exist already. */
function presupposesTwins(text: string, at: number): boolean {
  return (TIES_OF_TWINS.test(text) || isDesignation(text, at)) && documentWords(text).length === 0 && !TWINNING_NOUN.test(text);
}

export const twinRule: Rule = (ctx) => {
  let carried = false;
  return clausesOf(ctx).flatMap(documentPieces).flatMap((c) => {
    const drafts = twinsOfClause(c, ctx, carried);
    carried = drafts.length > 0;
    return drafts;
  });
};

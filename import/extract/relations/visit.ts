// VISIT: a delegation, mission or official of one place physically travelled to another city.
import { dateOf, insideQuotes } from '../dates.js';
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { DELEGATION_WORD, firstVisitWord, isOnline, isPlanned, MUTUAL, OUR_TOWN_VISITED, PROVIDED_FOR } from './cues.js';
import { before, cityOfMention, clausesOf, GOES_ON_AFTER_CUT, joinClauses, listFrom, WITH_BEFORE, type Clause, type Draft, type Rule } from './context.js';
import { addCountryAdjectiveHomes, addCountryAndRegionHomes } from './visit-homes.js';
import { DEST_BEFORE, draft, FUTURE_TRIP, guestsGoingOn, isDestination, pastFrame, NOT_MADE, ownerOfGuestTwins, townsAfterRegionOfGuests, twinNotNamed } from './visit-words.js';
import { isMetHost, isOrigin, isReceivingOfficial, townsOfOfficialsMet } from './visit-origin.js';
import { visitsOfStay, visitsWithoutTravelWord } from './visit-scenes.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
// "после трёхдневного пребывания в Москве прибыла в Кинешму": a stop on the way, not where they came.
const STOPOVER_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])после\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}(пребывани|остановк)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(в|во)\s+$/iu;
const ARRIVED_AFTER = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(прибыл|приехал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(в|во)\s/iu;
const DELEGATION_BEFORE = /делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*$/iu;
// Constants, not literals in the functions: built once rather than on every call.
const INTO_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во|посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетив)\s+$/iu;

// "приехали студенты Университета имени Шакарима", "посетили сотрудники Библиотеки города Далат": an organisation's
// people travel from its city (not "встретились с представителями …").
const MEMBERS_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?<!(с|со)\s+)(студент|преподавател|сотрудник|представител|уч[её]н|специалист|врач|артист|школьник|учащи|педагог|воспитанник)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
// "посетил город-побратим", "побывали в китайском городе-побратиме" with no name after: the twin the text is about.
const TO_UNNAMED_TWIN = /(посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(побывал|прибыл|приехал|выезжал|выехал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+в|визит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+в)\s+([a-zß-öø-ſа-ԯ]+(ий|ый|ой|ом|ем)\s+)?город(а|е)?-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?!\s*[-–—:]?\s*([A-ZÀ-ÖØ-ÞЀ-Я]|«))/u;
// An official, not an office: "мэр города Тулы", "глава администрации Пензы" (a traveller, not a place visited).
const OFFICIAL_TITLE = /^(мэр(а|у|ом|е)?|глав(а|ы|е|у|ой)|председател[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|руководител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аким(а|у|ом|е)?|бургомистр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|губернатор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|кмет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// The speaker's city travelled to the one addressed: "мы приехали к вам", "мы прибыли в ваш город".
const FIRST_PERSON_TRIP = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])мы\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(приехали|прибыли|побывали)\s+(к\s+вам|в\s+ваш)/iu;

// A line of a few words with no full stop: a heading ("Обмен делегациями").
const HEADING_ONLY = /^\s*(\d+(\.\d+)*\.?\s+)?[^.!?;:,]{0,40}$/u;

const INFINITIVE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{3,}(ать|ять|еть|ить)\s+(и\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{3,}(ать|ять|еть|ить)\s+)?(обмен[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;
// A governor's or a minister's trip (the official as its subject or owner, not one met there), with no town's
// official or office in it, is the region's or the state's, not the reporting town's.
const REGION_OFFICIAL = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(губернатор|министр|полпред)(а)?(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])глав(а|ы)\s+(региона|республики|области|края)/iu;
const CITY_SIDE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(мэр|глав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(города|администрации|горсовета)|мэри|администраци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+города|горсовет)/iu;
// Words of a trip that ended in the reporting city when no other place is named ("гостей из Гродно принял глава").
const ARRIVAL = /визит|прибыл|приезд|приехал|приезжал|посетил|побывал|делегаци|гост/iu;

/**
 * "побывала в Гомеле, где выступили вокалисты Гомеля", "… где ей вручили подарки от мэра Гомеля": a town named by
 * name where they went before; its people and officials are its own, unless a trip of theirs follows ("…, после
 * чего делегация Гомеля приехала в Омск").
 */
function namedAsDestination(clause: Clause, m: Mention): boolean {
  return (
    (m.via === 'name' || m.via === 'authority') && clause.mentions.some((x) => x.id === m.id && x.end <= m.start && x.via === 'name' && isDestination(clause, x)) &&
    !firstVisitWord(clause.text.slice(m.end))
  );
}

function visitsOfClause(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const text = clause.text;
  const trigger = firstVisitWord(text);
  if (!trigger) return visitsWithoutTravelWord(clause, ctx);
  // A name in quotes says nothing of the trip: the festival «Рязань приглашает друзей» is no invitation.
  const unquoted = text.replace(QUOTED, ' ');
  if (NOT_MADE.test(unquoted)) return []; // "визит не состоялся", "поездку отменили" (visit-words.ts)
  if (isPlanned(unquoted) || isOnline(text) || FUTURE_TRIP.test(unquoted)) {
    const done = pastFrame(clause, trigger);
    return done ? visitsOfClause(done, ctx) : [];
  }
  const anchor = trigger.index;
  // "поддерживать и стимулировать обмен визитами": what an infinitive governs is to be done, not done.
  if (INFINITIVE_BEFORE.test(text.slice(Math.max(0, anchor - 40), anchor))) return [];
  // "Документ предусматривает обмен делегациями"; a visit named before the provision happened ("В ходе визита
  // подписано соглашение, которое предусматривает …").
  const provision = PROVIDED_FOR.exec(text);
  if (provision && provision.index < anchor) return [];
  // "в рамках Соглашения, подписанного в апреле прошлого года": the document's date, not the visit's.
  const { year, month } = dateOf(text.replace(SIGNED_PHRASE, blank), anchor, ctx.reportYear);
  // "посетила город Харбин: мэры Кирова и Харбина подписали …": what follows the colon is what they did there.
  const colon = text.indexOf(':', anchor);
  const cities = clause.mentions.filter((m) => cityOfMention(m) !== null && m.kind !== 'Event' && !(colon >= 0 && m.start > colon && nameBetween(clause, anchor, colon)));

  if (MUTUAL.test(text)) {
    const named = [...new Set(cities.map((m) => cityOfMention(m)!))];
    if (named.length === 0 && HEADING_ONLY.test(text)) return []; // "3. Обмен делегациями": a heading's subject
    // "Тула и Брест обменялись визитами": the two cities named; else the reporting city and the one it visited.
    const [a, b] = named.length === 2 ? named : [ctx.reportCityId, named.find((c) => c !== ctx.reportCityId) ?? ctx.topicCityId ?? ctx.sectionCityId];
    if (!a || !b || a === b) return [];
    return [draft(a, b, year, month), draft(b, a, year, month)];
  }

  const cityOnly = cities.filter((m) => m.kind === 'City');
  const origins: string[] = [...new Set(townsAfterRegionOfGuests(clause, cityOnly))];
  const destinations: string[] = [];
  const receivers: string[] = [];
  for (const m of cities) {
    const city = cityOfMention(m)!;
    if (isReceivingOfficial(clause, m)) {
      if (!receivers.includes(city)) receivers.push(city);
    } else if (isOrigin(clause, m, trigger) && (m.start > anchor - 120 || opensLongSubject(clause, m, anchor)) && !namedAsDestination(clause, m)) {
      // "делегации из A, B (страна) и C": every member of the list came.
      const list = m.kind === 'City' && m.via === 'name' ? listFrom(clause, m, cityOnly) : [m];
      for (const o of list) if (!origins.includes(cityOfMention(o)!)) origins.push(cityOfMention(o)!);
    } else if (m.kind === 'City' && isDestination(clause, m) && !(STOPOVER_BEFORE.test(before(clause, m, 50)) && ARRIVED_AFTER.test(clause.text.slice(m.end)))) {
      // "поездки в Москву мэр города Твери и глава Пензы": an official right after the place is a traveller, no
      // further destination.
      for (const d of listFrom(clause, m, cityOnly.filter((c) => c.via !== 'authority' || !OFFICIAL_TITLE.test(clause.text.slice(c.start, c.end))))) {
        const dc = cityOfMention(d)!;
        if (!destinations.includes(dc)) destinations.push(dc);
      }
    } else if (m.kind === 'Institution' && (DELEGATION_BEFORE.test(before(clause, m, 30)) || MEMBERS_BEFORE.test(before(clause, m, 40)))) {
      if (!origins.includes(city)) origins.push(city);
    } else if (m.kind === 'Institution' && m.cityId && DEST_BEFORE.test(before(clause, m, 40))) {
      // "посетила Гродненский государственный университет": they went to the institution's city.
      if (!destinations.includes(m.cityId)) destinations.push(m.cityId);
    }
  }
  // "Мэр Бреста принял делегацию Омска": the receiving official's town, where no place is told.
  if (destinations.length === 0) destinations.push(...receivers.filter((r) => !origins.includes(r)));
  // ("Омск посетила делегация Минска": visit-words.ts hostsGuests.) "визит … муниципалитета Барлебена": an official of a
  // foreign body comes, its city the origin when nothing else names one; "делегация города-побратима": the topic.
  if (origins.length === 0) {
    const official = clause.mentions.find(
      (m) =>
        m.kind === 'Institution' && m.start > anchor && m.cityId && m.cityId !== ctx.reportCityId && !destinations.includes(m.cityId) &&
        // "соглашение с Харбинским университетом": an organisation named as a partner, not as the official who came.
        !WITH_BEFORE.test(before(clause, m, 10)),
    );
    if (official && /визит/iu.test(trigger[0])) origins.push(official.cityId!);
    else if (ctx.topicCityId && ctx.topicCityId !== ctx.reportCityId && twinNotNamed(clause)) origins.push(ctx.topicCityId);
  }
  // "делегация из Чехии", "делегация вьетнамской провинции Тхайнгуен": a country or region (visit-homes.ts).
  addCountryAndRegionHomes(clause, ctx, anchor, trigger, origins);
  // "японская делегация" (visit-homes.ts).
  addCountryAdjectiveHomes(clause, ctx, cityOnly, destinations, origins);
  // A speech in the partner city: "мы приехали к вам", "мы прибыли в ваш город".
  if (origins.length === 0 && destinations.length === 0 && FIRST_PERSON_TRIP.test(text) && ctx.reportCityId && ctx.topicCityId && ctx.topicCityId !== ctx.reportCityId) {
    return [draft(ctx.reportCityId, ctx.topicCityId, year, month)];
  }
  // "визит делегации в Беларусь", "посетила Армению": the text names the country they went to, not a city of it.
  // "В администрации Томской области принимали делегацию": a region's government hosted, no town.
  const toCountry = clause.mentions.some((m) => (m.kind === 'Country' || m.kind === 'Region') && (m.via === 'name' || (m.kind === 'Region' && m.via === 'authority')) && INTO_BEFORE.test(before(clause, m, 16)));
  // "побывала в Тавушской области Армении, где между Пятигорском и Дилижаном подписано соглашение": a trip to a
  // region or country, then what was done there with a town of it: that town is where they went.
  if (toCountry && destinations.length === 0) destinations.push(...townsWhereDone(clause, origins, ctx.reportCityId));
  // A region's or country's delegation: the towns of the officials the hosts met came with it.
  if (origins.some((o) => !o.startsWith('city:')) && origins.every((o) => !o.startsWith('city:') || o === ctx.reportCityId)) origins.push(...townsOfOfficialsMet(clause, ctx.reportCityId).filter((c) => !origins.includes(c)));
  const hosts = destinations.filter((d) => !origins.includes(d));
  let froms = origins.filter((o) => !hosts.includes(o));
  // (Not a governor's or a minister's trip: "во время рабочей поездки губернатора в X".)
  // ("наш город посетила делегация", a forum "в Челябинске" before it: the reporter is the host, not the traveller.)
  if (froms.length === 0 && hosts.length > 0 && ctx.reportCityId && !hosts.includes(ctx.reportCityId) && !(REGION_OFFICIAL.test(text) && !CITY_SIDE.test(text)) && !OUR_TOWN_VISITED.test(text)) froms = guestsGoingOn(text, ctx.guests, hosts) ?? [ctx.reportCityId];
  // "На обратном пути делегация провела переговоры с руководством Полоцка": the reporter's delegation met them there.
  if (froms.length === 0 && hosts.length === 0 && ctx.reportCityId && DELEGATION_WORD.test(text) &&
      cities.some((m) => isMetHost(clause, m) && cityOfMention(m) !== ctx.reportCityId)) froms = [ctx.reportCityId];
  // "Ответный визит нашей делегации …": the reporter's own delegation travelled.
  // (Not in a quote: "«Наша делегация впервые посетила ваш город», — сказал глава гостей" speaks for the guests.)
  const ours = OUR_DELEGATION.exec(text);
  if (froms.length === 0 && hosts.length === 0 && ctx.reportCityId && ours && !insideQuotes(text, ours.index)) froms = [ctx.reportCityId];
  if (froms.length === 0) return [];
  if (froms.length > 1) {
    // "В конференции приняли участие делегации A, B и C": they came to where the event was held.
    const venue = hosts.length > 0 ? null : venueOfEvent(clause, ctx);
    const owner = hosts.length > 0 || venue ? null : ownerOfGuestTwins(clause, froms);
    const to = hosts.length > 0 ? hosts : venue ? [venue] : owner ? [owner] : ctx.reportCityId && !toCountry ? [ctx.reportCityId] : [];
    return froms.flatMap((f) => to.filter((t) => t !== f).map((t) => draft(f, t, year, month)));
  }
  const from = froms[0]!;
  let to = hosts.filter((h) => h !== from);
  if (to.length === 0) {
    const met = cities.filter((m) => isMetHost(clause, m)).map((m) => cityOfMention(m)!).filter((c) => c !== from);
    // "делегация Ярославля встретилась с руководством Витебска": they went to the city whose officials they met.
    if (met.length > 0) to = [...new Set(met)];
    // "глава Твери посетил город-побратим": the twin the text is about, named nowhere in the sentence.
    else if (ctx.topicCityId && ctx.topicCityId !== from && TO_UNNAMED_TWIN.test(text)) to = [ctx.topicCityId];
    // "состоялся визит делегации Минска" with no place: they came to the reporting city, or to the event the text
    // told of, held elsewhere ("на стенде прошли переговоры с делегацией Бурсы" at a forum in Kazan).
    // ("делегация области посетила Армению": a trip to a country, not to the reporting city.)
    else if (from !== ctx.reportCityId && ctx.reportCityId && ARRIVAL.test(text) && !toCountry) {
      const venue = venueOfEvent(clause, ctx);
      const owner = ownerOfGuestTwins(clause, [from]);
      to = [venue && venue !== from ? venue : owner && owner !== from ? owner : ctx.reportCityId];
    } else if (from === ctx.reportCityId && !toCountry && DELEGATION_WORD.test(text) && venueOfEvent(clause, ctx) && venueOfEvent(clause, ctx) !== from) {
      // "В Гомеле прошёл фестиваль … . В нём участвовала делегация Красногорского района": the reporter went there.
      to = [venueOfEvent(clause, ctx)!];
    } else if (from === ctx.reportCityId && !toCountry && ctx.topicCityId && ctx.topicCityId !== from && /визит|выезд|выезжал|выехал|посетил|побывал/iu.test(text) && mentionsCity(cities) === 0) {
      // "Во время визита омичи провели встречи с руководством города" under a partner city's heading.
      to = [ctx.topicCityId];
    }
  }
  // "Ответный визит нашей делегации": a return visit answers one the hosts made before, its date not told.
  const answered = RETURN_VISIT.test(text) && to.length === 1 ? [{ ...draft(to[0]!, from, null, null), confidence: confidenceOf('visit.answered') }] : [];
  return [...to.map((t) => draft(from, t, year, month)), ...answered];
}

const QUOTED = /«[^«»]*»|"[^"]*"|“[^“”]*”/gu;
const RETURN_VISIT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])ответн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+визит/iu;
// (Only a participle clause after the document and a comma, with no trip in it: "в рамках подписанного соглашения в
// марте делегация посетила …" is dated by the visit.)
const SIGNED_PHRASE = /(?<=(соглашени|договор|меморандум|протокол)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*,\s*)(подписанн|заключенн|заключённ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s[^,.;:]*/giu;
const blank = (phrase: string): string => (/визит|посет|прибы|приезд|побыва/iu.test(phrase) ? phrase : ' '.repeat(phrase.length));
const OUR_DELEGATION = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])наш(ей|а|у|ими|ей)?\s+([a-zß-öø-ſа-ԯ]+\s+)?делегаци/iu;

// ", где …": what was done at the place just named.
const WHERE = /,\s*где\s/u;

/** The towns named after ", где" that are not the travellers' home (the home is the reporter when none is named). */
function townsWhereDone(clause: Clause, origins: readonly string[], reportCityId: string | null): string[] {
  const where = WHERE.exec(clause.text);
  if (!where) return [];
  const home = origins.length > 0 ? origins : reportCityId ? [reportCityId] : [];
  const towns = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name' && m.start > where.index && !home.includes(m.id));
  return towns.length === 1 ? [towns[0]!.id] : [];
}

/**
 * "Председатель парламента Крушеваца Живоин Милорадович, президент палаты …, руководитель … и ветеран … приехали в
 * Липецк": a home named at the start of a long subject, a list of the travellers, before the trip's verb.
 */
function opensLongSubject(clause: Clause, m: Mention, anchor: number): boolean {
  return m.start < SUBJECT_OPENING && anchor - m.start < LONG_SUBJECT && !SENTENCE_INSIDE.test(clause.text.slice(m.end, anchor));
}
const SUBJECT_OPENING = 60;
const LONG_SUBJECT = 300;
// A verb or a clause's break between the home and the trip's verb: the subject ended before.
const SENTENCE_INSIDE = /[;:]|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[a-zß-öø-ſа-ԯ]+(ал|ял|ил|ел|ыл)(а|и|о)?(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;

// The event a clause speaks of by its head noun or a pronoun: "в конференции", "в нём", "участники форума".
// "на площадке форума", "на полях форума", "на стенде": the place at an event where talks were held.
const EVENT_REFERENCE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])((в|во|на)\s+((площадке|полях)\s+)?(нём|нем|ней|них|фестивал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|форум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|конкурс[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|выставк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|ярмарк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|конференци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|турнир[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|чемпионат[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|праздновани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|мероприяти[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)|на\s+стенде)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/** Where the event the clause takes part in was held, when an earlier sentence said so. */
function venueOfEvent(clause: Clause, ctx: Parameters<Rule>[0]): string | null {
  if (!ctx.placeOfEvent) return null;
  const named = clause.mentions.find((m) => m.kind === 'Event');
  if (named) return ctx.placeOfEvent(named.id);
  return ctx.topicEventId && EVENT_REFERENCE.test(clause.text) ? ctx.placeOfEvent(ctx.topicEventId) : null;
}

/** A city named by name between the two offsets. */
function nameBetween(clause: Clause, from: number, to: number): boolean {
  return clause.mentions.some((m) => m.kind === 'City' && m.via === 'name' && m.start > from && m.end <= to);
}

function mentionsCity(cities: Mention[]): number {
  return cities.filter((m) => m.kind === 'City' && m.via === 'name').length;
}


// ", а также Махачкалы и Астрахани": the list of who came goes on past the clause cut.
export const visitRule: Rule = (ctx) => {
  const clauses = clausesOf(ctx);
  const out: Draft[] = [];
  for (const [i, clause] of clauses.entries()) {
    const joined = i > 0 && GOES_ON_AFTER_CUT.test(clause.text) && !firstVisitWord(clause.text);
    const c = joined ? joinClauses(clauses[i - 1]!, clause) : clause;
    const told = visitsOfClause(c, ctx);
    // "Завершающим пунктом поездки стал Далянь", "посещение музея, экскурсия по Галле": a trip's word, but the place
    // is told as its stop or a tour.
    for (const d of told.length > 0 ? told : visitsOfStay(c, ctx)) {
      // A joined clause tells again what the clause before it told.
      if (!joined || !out.some((o) => o.source === d.source && o.target === d.target)) out.push(d);
    }
  }
  return out;
};

// Visits told without a word of travel: talks or a signing held in one side's city, a stop of a trip ("Первой
// точкой маршрута стал X"), residents of one city acting in another ("X, где кировчане …", "В X туляки …"), a group
// that took part or was received away.
import { dateOf } from '../dates.js';
import { isOnline, isPlanned, OFFICIAL_BEFORE } from './cues.js';
import { before, partyOf, type Clause, type Draft, type Rule } from './context.js';
import { draft, FUTURE_TRIP, isDestination } from './visit-words.js';
import { wordFirst } from '../lexicon/spans.js';

/** The visits a clause with no word of travel tells, if any. */
export function visitsWithoutTravelWord(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const held = visitsOfMeeting(clause, ctx);
  if (held.length > 0) return held;
  const where = visitsOfWhere(clause, ctx);
  if (where.length > 0) return where;
  const there = visitsOfResidentsIn(clause, ctx);
  if (there.length > 0) return there;
  const stop = visitsOfStay(clause, ctx);
  return stop.length > 0 ? stop : visitsOfGroup(clause, ctx);
}

// "Переговоры между представителями двух городов состоялись 25 марта в X": talks held in one side's city.
const MEETING_HELD = /(переговоры|встреча)\s+[^.;]{0,100}?(состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош(ли|ла))\s+([^.;]{0,30}?\s)?(в|во)\s+(городе\s+|г\.\s*)?$/iu;
// The sides: "(представителями) двух городов", "наших городов".
const TWO_CITIES = /(двух|наших|обоих)\s+город/iu;

/** Talks held in one of the two sides' cities: the other side travelled there. */
function visitsOfMeeting(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  if (isPlanned(clause.text) || isOnline(clause.text)) return [];
  const between = visitOfMeetingBetween(clause, ctx);
  if (between.length > 0) return between;
  const host = clause.mentions.find((m) => m.kind === 'City' && m.via === 'name' && MEETING_HELD.test(before(clause, m, 160)));
  if (!host || !ctx.reportCityId || !ctx.topicCityId || !TWO_CITIES.test(clause.text)) return [];
  const sides = [ctx.reportCityId, ctx.topicCityId];
  if (!sides.includes(host.id) || ctx.reportCityId === ctx.topicCityId) return [];
  const guest = sides.find((c) => c !== host.id)!;
  const { year, month } = dateOf(clause.text, host.start, ctx.reportYear);
  return [draft(guest, host.id, year, month)];
}

// "В Кирове состоялась встреча между заместителем главы Кирова … и заместителем мэра Гомеля": a meeting held in a
// city, the place first, with the officials of another city.
const HELD_HERE = /^\s*(\S+\s+){0,3}?(в|во)\s+(городе\s+|г\.\s*)?$/iu;
// "В Красноярске 13 декабря встретились представители Маньчжурии и глава": the meeting as a verb.
const MEETING_OF = /^\s*(\([^()]*\)\s*)?(\S+\s+){0,5}?((состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош(ла|ли)|провели|проведен[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(встреч|переговор)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(между|с|со)|встретил(ись|ся|ась))\s/iu;
// The guests' town after its representatives ("представители Маньчжурии"), as after an official.
const REPRESENTATIVES_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])представител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(города\s+|г\.\s*)?$/iu;
// "22 мая в Улан-Баторе глава Саратова и мэр Улан-Батора подписали соглашение": a signing of two cities' officials.
const SIGNED_BY_OFFICIALS = /подписал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подписан[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

/**
 * A meeting or signing held in one city (named first) by officials of it and of one other city: the other came. Held
 * in the reporting city, its guests came; held in the partner's, the reporter's officials went there.
 */
function visitOfMeetingBetween(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const host = clause.mentions.find((m) => m.kind === 'City' && m.via === 'name' && HELD_HERE.test(before(clause, m, 40)));
  if (!host) return [];
  const after = clause.text.slice(host.end);
  const meeting = MEETING_OF.test(after.slice(0, 80));
  if (!meeting && !SIGNED_BY_OFFICIALS.test(after)) return [];
  const sides = clause.mentions.filter(
    (m) => m.start > host.end && m.kind === 'City' && (m.via === 'authority' || (m.via === 'name' && (OFFICIAL_BEFORE.test(before(clause, m, 30)) || REPRESENTATIVES_BEFORE.test(before(clause, m, 30))))),
  );
  const guests = new Set(sides.map((m) => partyOf(m)).filter((id) => id !== host.id));
  if (guests.size !== 1) return [];
  const guest = [...guests][0]!;
  // Abroad, only the reporter's own trip is told so, with the host's officials beside its own.
  if (host.id !== ctx.reportCityId && !(guest === ctx.reportCityId && sides.some((m) => partyOf(m) === host.id))) return [];
  if (host.id === ctx.reportCityId && !meeting) return [];
  const { year, month } = dateOf(clause.text, host.start, ctx.reportYear);
  return [draft(guest, host.id, year, month)];
}

// A group from one city that took part, performed or was received in another: "тверские спортсмены приняли участие
// в турнире в Бобруйске", "наши спортсмены получили тёплый приём в Бресте". They travelled there.
// The words of such a group, one list for GROUP_AWAY and its gate GROUP_STEM.
const GROUP_WORDS = 'спортсмен|артист|музыкант|художник|исполнител|вокалист|школьник|студент|коллектив|команд|учащи|танцор|ансамбл|хор';
// The word first (spans.ts wordFirst): its look-behind in front, tried at every position, took three times as long.
const GROUP_AWAY = new RegExp(
  wordFirst(`(${GROUP_WORDS})`) +
    String.raw`[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([^.;]{0,40}?\s)?(принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(активное\s+)?участие|получил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?при[её]м|выступил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|гастролир[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|занял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(\S+\s+){0,2}?мест[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)`,
  'iu',
);
// Right after the group's word: "спортсмены из Тулы", "коллектив Тулы", "артисты города Тулы".
const GROUP_TOWN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(спортсмен|артист|музыкант|художник|исполнител|вокалист|школьник|студент|коллектив|команд(а|ы|е|у|ой)|учащи|танцор|ансамбл|хор(а|у|ом|е)?)(?!(ировк|ош))[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+((?!(в|во|на|с|со|к|по|у|при)\s)[а-яё]+\s+)?((из|от)\s+)?(города\s+|г\.\s*)?$/iu;
const OURS_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])наш[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?$/iu;

/** A group's trip: its home is the city adjective before it ("тверские"), or the reporter for "наши". */
function visitsOfGroup(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const text = clause.text;
  const group = GROUP_AWAY.exec(text);
  if (!group || isPlanned(text) || isOnline(text) || FUTURE_TRIP.test(text)) return [];
  const adjective = clause.mentions.find((m) => m.kind === 'City' && m.via === 'adjective' && m.end <= group.index && group.index - m.end < 30);
  // "спортсмены из Тулы", "коллектив Тулы": the group's town named inside the group's phrase.
  const named = clause.mentions.find((m) => m.kind === 'City' && m.via === 'name' && m.start > group.index && m.end <= group.index + group[0].length && GROUP_TOWN_BEFORE.test(before(clause, m, 30)));
  const home = adjective?.id ?? named?.id ?? (OURS_BEFORE.test(text.slice(Math.max(0, group.index - 40), group.index)) ? ctx.reportCityId : null);
  if (!home) return [];
  const verbEnd = group.index + group[0].length;
  const host = clause.mentions.find((m) => m.kind === 'City' && m.start >= verbEnd && m.id !== home && isDestination(clause, m));
  if (!host) return [];
  const { year, month } = dateOf(text, group.index, ctx.reportYear);
  return [draft(home, host.id, year, month)];
}

// "Первым пунктом программы стал Витебск, где кировчане встретились с руководством": a city, then "где" and the
// residents of another city doing something there.
const WHERE_AFTER = /^\s*(\([^()]*\)\s*)?,\s*где\s+$/u;

/** Residents of one city named as acting in another, introduced by "где": they travelled there. */
function visitsOfWhere(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const text = clause.text;
  if (!text.includes('где') || isPlanned(text) || isOnline(text) || FUTURE_TRIP.test(text)) return [];
  for (const residents of clause.mentions) {
    if (residents.via !== 'residents') continue;
    const place = [...clause.mentions].reverse().find(
      (m) => m.kind === 'City' && m.via === 'name' && m.end <= residents.start && m.id !== residents.id && WHERE_AFTER.test(text.slice(m.end, residents.start)),
    );
    if (place) return [draft(residents.id, place.id, ...Object.values(dateOf(text, place.start, ctx.reportYear)) as [number | null, number | null])];
  }
  return [];
}

// "В Бухаре ярославцы приняли участие в форуме": a place, then the residents of another city acting there.
const IN_PLACE_FIRST = /^\s*([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?(в|во)\s+(городе\s+|г\.\s*)?$/iu;

/** Residents of one city named right after the place they acted in: they travelled there. */
function visitsOfResidentsIn(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const text = clause.text;
  if (isPlanned(text) || isOnline(text) || FUTURE_TRIP.test(text)) return [];
  const place = clause.mentions.find((m) => m.kind === 'City' && m.via === 'name');
  if (!place || !IN_PLACE_FIRST.test(text.slice(0, place.start))) return [];
  const residents = clause.mentions.find((m) => m.via === 'residents' && m.start >= place.end);
  if (!residents || residents.id === place.id || !/^\s*(\([^()]*\)\s*)?$/u.test(text.slice(place.end, residents.start))) return [];
  const { year, month } = dateOf(text, place.start, ctx.reportYear);
  return [draft(residents.id, place.id, year, month)];
}

// "Первой точкой маршрута стал Белград", "Завершающим пунктом поездки стал Далянь": a stop of the reporter's trip.
// "Завершающим этапом поездки стал Ташкент", "Первой точкой маршрута стал казахстанский Костанай": a country's
// adjective may stand before the city.
const STOP_BEFORE = /(перв|втор|треть|следующ|очередн|завершающ|последн|конечн)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(точк|пункт|останов|этап)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+((маршрута|программы|визита|поездки|турне)\s+)?(стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|был[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([a-zß-öø-ſа-ԯ]+(ий|ый|ой|ая|ое)\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s+|г\.\s*)?$/iu;

const STOP_STEM = /точк|пункт|останов|этап/iu;

/** A city named as a stop of a trip: the reporting city's delegation went there. */
function visitsOfItinerary(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const self = ctx.reportCityId;
  if (!self || !STOP_STEM.test(clause.text) || isPlanned(clause.text) || FUTURE_TRIP.test(clause.text)) return [];
  const stop = clause.mentions.find((m) => m.kind === 'City' && m.via === 'name' && m.id !== self && STOP_BEFORE.test(before(clause, m, 80)));
  if (!stop) return [];
  const { year, month } = dateOf(clause.text, stop.start, ctx.reportYear);
  return [draft(self, stop.id, year, month)];
}

/** A stop of the trip or a tour of a foreign town: where the reporter's travellers were. */
export function visitsOfStay(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const stop = visitsOfItinerary(clause, ctx);
  return stop.length > 0 ? stop : visitsOfSightseeing(clause, ctx);
}

// "прогулка по Берлину", "экскурсия по Галле", "осмотром города Ваймар": a tour of a town, told in an account of a
// trip, was made there.
const TOUR_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])((экскурси|прогулк)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+по|осмотр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;
export const SIGHTSEEING_STEM = /экскурси|прогулк|осмотр/iu;

/**
 * A town of another country toured: the reporter's travellers were there (a tour of the reporter's own town, or of
 * another of its country, is as often the guests').
 */
function visitsOfSightseeing(clause: Clause, ctx: Parameters<Rule>[0]): Draft[] {
  const self = ctx.reportCityId;
  if (!self || !SIGHTSEEING_STEM.test(clause.text) || isPlanned(clause.text) || isOnline(clause.text) || FUTURE_TRIP.test(clause.text)) return [];
  const home = ctx.countryOf(self);
  const toured = clause.mentions.filter(
    (m) => m.kind === 'City' && m.via === 'name' && m.id !== self && TOUR_BEFORE.test(before(clause, m, 40)) && home !== null && ctx.countryOf(m.id) !== null && ctx.countryOf(m.id) !== home,
  );
  return [...new Set(toured.map((m) => m.id))].map((id) => draft(self, id, ...(Object.values(dateOf(clause.text, 0, ctx.reportYear)) as [number | null, number | null])));
}

/** What every match of GROUP_AWAY holds: a rule's gate (gates.ts). */
export const GROUP_STEM = new RegExp(GROUP_WORDS, 'iu');


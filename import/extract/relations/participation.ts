// PARTICIPATED_IN (a city or institution took part in a named event) and HELD_IN (where the event took place).
import { idSlug } from '../../../neo4j/model/ids.js';
import { dateOf } from '../dates.js';
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { DELEGATION_WORD, isOnline, isPlanned, OFFICIAL_BEFORE } from './cues.js';
import { before, clausesOf, isCityOf, GOES_ON_AFTER_CUT, joinClauses, listFrom, partyOf, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';
import { firstWordStartMatch, matchesOf, wordFirst } from '../lexicon/spans.js';
import { slugId } from '../lexicon/slug.js';
import { habitualPlaceOf, PLACE_BEFORE, placeOf, WHERE_AFTER } from './event-place.js';
import { FROM_GAP } from '../institution-town.js';
import { defaultSide } from '../report-institution.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.

// The words by which a party takes part: "принял участие", "участвовали", "стали лауреатами", "выступили на",
// "экспозиция … на выставке", a heading "Участие в …". Not "при участии X" (X took part, not the subject) nor
// "победителей конкурса" in the genitive (someone received them).
const TOOK_PART = new RegExp(
  // Word first, the look-behinds after it (spans.ts wordFirst): the same matches, about a third of the time.
  [
    'участи[еяю](?<!при\\sучасти[еяю])(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]участи[еяю])(?=\\s+(в|во)\\s)',
    'принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+(активное\\s+)?участие',
    wordFirst('(участвова|участву)', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*'),
    'принима[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+(активное\\s+)?участие',
    // "Делегация Саратова побывала в Пензе на фестивале …": they were at the event.
    wordFirst('побывал', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?=\\s+(\\S+\\s+){0,4}?на\\s)'),
    // "В рамках фестиваля «…» в Липецке побывали коллективы из A и B": they came for the event.
    // (The look-behind after the word: tried only where "побывал" stands, not at every position.)
    wordFirst('побывал', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?<=(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\\s+рамках\\s[^.;]{0,160}побывал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)'),
    wordFirst('(участник|лауреат|дипломант|призер|призёр)', '(ом|ами|и)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])'),
    // "делегация стала участницей летней школы"
    wordFirst('(участниц|лауреатк)', '(ей|ами|ы)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])'),
    wordFirst('победител', '(ем|ями|и)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])'),
    // "Команда Тулы заняла первое место на турнире": a place among the competitors is taking part.
    wordFirst('занял', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+(\\S+\\s+){0,2}?мест[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*'),
    wordFirst('выступ', '(ил|ал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*'),
    wordFirst('(представил|представлен)', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?=\\s+(\\S+\\s+){0,4}?(на|в)\\s)'),
    wordFirst('экспозици', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?=\\s+(\\S+\\s+){0,4}?(на|в)\\s)'),
    // "На фестиваль приехали музыканты из X": those who came to an event took part in it.
    wordFirst('(приехал|прибыл)', '[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*'),
  ].join('|'),
  // Not global: a shared global pattern keeps `lastIndex` between calls, so `.test` would depend on the last text
  // it saw (see CUES below for the global copy that matchesOf needs).
  'iu',
);
const CUES = new RegExp(TOOK_PART.source, 'giu');
/** A stem every match of TOOK_PART holds: most clauses with an event have none, and TOOK_PART looks behind. */
export const TOOK_PART_STEM = /участ|лауреат|дипломант|призер|призёр|победител|выступ|представ|экспозици|приехал|прибыл|побывал|занял/iu;
// "такие города, как X, Y" / "приняли участие ... X (Япония), Y (Бельгия)": every listed city took part.
const LIST_OF_PARTICIPANTS = /(такие\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s*,?\s*как|участие\s+(приняли\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s*)\s*$/iu;
// After a participation cue, a list opened by "как" or "из" names who took part: "приняли участие коллективы
// городов-партнёров, как Кайфын, Минск", "приняли участие студенты из Иркутска, Томска", "коллективы из
// городов-побратимов: A (страна), B и C".
// "из российских городов — Самары, Уфы": a plural adjective and a dash before the list; "из пяти городов: …" a count.
const LIST_AFTER_CUE = /(,\s*как|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из)\s+(([a-zß-öø-ſа-ԯ]{3,}(ых|их)|\d+|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|нескольких)\s+(?=город))?(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s*[:—–]?\s*)?$/iu;
// A party that invites, supports or frames the event is not its participant.
const NOT_A_PARTICIPANT = /(приглашени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|содействи[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|поддержк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|инициатив[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|в\s+рамках|эгидой|из\s+городов)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+){0,3}$/iu;


// A proposal is a plan too: "предложил провести Дни Омска в Гомеле".
const PROPOSED = /предлож[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(провести|проводить|организовать)/iu;
// "встреча трёх городов «Омск – Томск – Тара»": an event whose name lists the cities that meet.
const OF_CITIES = /(город|столиц|муниципалитет)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*«/iu;

/** The cities an event's name lists as its parties, when it names two or more after "городов «…»". */
function citiesOfName(clause: Clause, ev: Mention): string[] {
  if (!OF_CITIES.test(clause.text.slice(ev.start, ev.end))) return [];
  const ids = [...new Set(clause.all.filter((m) => m.kind === 'City' && m.nestedIn === 'Event' && m.start >= ev.start && m.end <= ev.end).map((m) => m.id))];
  return ids.length >= 2 ? ids : [];
}

interface Cue {
  index: number;
  end: number;
}

// A bare head noun that refers back to a named event: "в Фестивале", "в мероприятии", "в эстафете", "участия в конкурсе",
// "участниками фестиваля".
// Without its opening look-behind (no letter before "в"/"на"), which firstWordStartMatch tests after the rest.
// "Участниками фестиваля стали …": the participants' noun before the event's genitive.
// "В работе форума приняли участие …", "В программе фестиваля выступил …": the event's work, opening, ceremony or
// programme stands for it.
// "В нём приняли участие …": a pronoun stands for it too.
const BARE_EVENT = /(в|во|на|участник[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|участниц[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(?:(?:его\s+|её\s+|ее\s+)?(?:работе|открытии|закрытии|церемонии\s+открытия|программе)\s+)?(нём|нем|ней|них|фестивал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|праздник[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|форум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|конкурс[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|выставк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|ярмарк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|мероприяти[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|чемпионат[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|турнир[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|проект[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|акци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|конференци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|эстафет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|марафон[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|соревновани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|олимпиад[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|спартакиад[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|сл[её]т[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|пленэр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|симпозиум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|конгресс[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|саммит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])(?!\s*«)/giu;
const OWN_KIND_ONLY = /^(эстафет|марафон|соревновани|олимпиад|спартакиад|сл[её]т|пленэр|симпозиум|конгресс|саммит)/iu;

const NAMED_AFTER = /^\s+[А-ЯЁ]/u;
const PRONOUN = /^(нём|нем|ней|них)$/iu;
const PLURAL_LOCATIVE = /(ях|ах)$/iu;

function participationOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  let events = clause.mentions.filter((m) => m.kind === 'Event');
  if (events.length === 0) {
    // "В Фестивале помимо Омска приняли участие …": the event named in an earlier sentence, by its head noun.
    // TOOK_PART's stem first: a clause without it has nothing here, whatever head noun it names.
    if (!ctx.topicEventId || !TOOK_PART_STEM.test(clause.text)) return [];
    const head = firstWordStartMatch(BARE_EVENT, clause.text);
    // "Завершился фестиваль «…». На сцене выступили коллективы из A, B и C.": right after the event's sentence, a
    // list of who took part names no event and means it.
    const listed = !head && ctx.topicEventJustNamed ? justAfterEvent(clause) : null;
    if (listed) {
      const ref: Mention = { kind: 'Event', id: ctx.topicEventId!, start: listed.index, end: listed.index, via: 'event' };
      clause = { ...clause, mentions: [...clause.mentions, ref].sort((a, b) => a.start - b.start) };
      events = [ref];
    }
  }
  if (events.length === 0) {
    const head = firstWordStartMatch(BARE_EVENT, clause.text);
    if (!head || !ctx.topicEventId || !TOOK_PART.test(clause.text)) return [];
    // "Участниками мероприятия стали …" may be about any event, named or not: the noun must be the named one's.
    if (/^участ/iu.test(head[1]!) && (PRONOUN.test(head[2]!) || !ctx.topicEventId.includes(slugId(head[2]!).slice(0, 5)))) return [];
    // "В марафоне приняли участие …" after a named contest and an unnamed marathon: a sport's or a meeting's noun
    // refers back only to an event of its own kind.
    if (OWN_KIND_ONLY.test(head[2]!) && !ctx.topicEventId.includes(slugId(head[2]!).slice(0, 5))) return [];
    // "В фестивалях принимали участие …": several events, not the one named last.
    if (PLURAL_LOCATIVE.test(head[2]!)) return [];
    // "на празднике Сабантуй": a feast named after the noun is another event.
    if (NAMED_AFTER.test(clause.text.slice(head.index + head[0].length))) return [];
    const start = head.index + head[0].length - head[2]!.length;
    const ref: Mention = { kind: 'Event', id: ctx.topicEventId!, start, end: start + head[2]!.length, via: 'event' };
    clause = { ...clause, mentions: [...clause.mentions, ref].sort((a, b) => a.start - b.start) };
    events = [ref];
  }
  const text = clause.text;
  const out: Draft[] = [];
  // What is planned has not happened: no participation, and a venue only where the text states it as a habit
  // ("фестиваль, который проходит в Томске ежегодно").
  const planned = isPlanned(text) || PROPOSED.test(text);
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const cues: Cue[] = TOOK_PART_STEM.test(text) ? matchesOf(CUES, text).map((m) => ({ index: m.index!, end: m.index! + m[0].length })) : [];
  for (const ev of events) {
    const { year, month } = dateOf(text, ev.start, ctx.reportYear);
    const participants = planned ? [] : participantsOf(clause, ev, events, cues, ctx);
    for (const p of participants) {
      out.push({ kind: 'PARTICIPATED_IN', source: p, target: ev.id, year, month, status: null, confidence: confidenceOf('participation') });
    }
    for (const city of planned ? [] : citiesOfName(clause, ev)) {
      if (!participants.includes(city)) out.push({ kind: 'PARTICIPATED_IN', source: city, target: ev.id, year, month, status: null, confidence: confidenceOf('participation') });
    }
    const place = planned ? habitualPlaceOf(clause, ev, cities) : placeOf(clause, ev, cities, events, ctx);
    if (place) out.push({ kind: 'HELD_IN', source: ev.id, target: place, year, month, status: null, confidence: confidenceOf('held-in') });
    // "В работе форума принимают участие мэр Еревана …, делегация Сухума": officials and delegations came to the
    // reporting city, where the event is held. (The reporter's own trips to events are told with a trip's words.)
    const venue = place ?? ctx.placeOfEvent?.(ev.id) ?? null;
    if (venue && venue === ctx.reportCityId && !planned && !isOnline(text)) {
      for (const id of inPerson(clause, participants)) {
        if (id !== venue) out.push({ kind: 'VISIT', source: id, target: venue, year, month, status: null, confidence: confidenceOf('visit') });
      }
    }
    // "делегация Биробиджана принимала участие в Харбинской ярмарке": a delegation went to where the event was held.
    if (place && !planned && !isOnline(text) && DELEGATION_WORD.test(text)) {
      for (const id of participants) {
        if (id.startsWith('city:') && id !== place) out.push({ kind: 'VISIT', source: id, target: place, year, month, status: null, confidence: confidenceOf('visit') });
      }
    }
  }
  return out;
}

// "делегация Сухума", "делегации городов Минска и Бреста": travellers named by their city.
const DELEGATION_OF = /делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;

/** The participating cities whose officials or delegations the clause names: they took part in person. */
function inPerson(clause: Clause, participants: readonly string[]): string[] {
  const ids = clause.mentions
    .filter(
      (m) =>
        m.kind === 'City' && participants.includes(partyOf(m)) &&
        (m.via === 'authority' || (m.via === 'name' && (OFFICIAL_BEFORE.test(before(clause, m, 30)) || DELEGATION_OF.test(before(clause, m, 30))))),
    )
    .map(partyOf);
  return [...new Set(ids)];
}

// "выступили творческие коллективы из Гомеля, …", "приехали делегации из пяти городов: …": a cue, then a list of
// towns after "из".
const CUE_THEN_LIST_FROM = /(выступил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+участие|участвова[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|участву[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|приехал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прибыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([^.;:]{0,40}\s)?из\s/iu;

/** Where a clause that names no event tells who took part in one by a list after "из", or null. */
function justAfterEvent(clause: Clause): { index: number } | null {
  const m = CUE_THEN_LIST_FROM.exec(clause.text);
  return m && clause.mentions.some((x) => x.kind === 'City' && x.start > m.index) ? { index: m.index } : null;
}

/** A mention that can take part: a city, an authority, an institution; not a place of holding nor an inviter. */
function isActor(clause: Clause, m: Mention): boolean {
  if (m.kind !== 'City' && m.kind !== 'Institution') return false;
  if (m.via === 'name' && PLACE_BEFORE.test(before(clause, m, 30))) return false;
  // "стал Хошимин, где череповчане приняли участие": the town "где" follows is where, not who.
  if (m.via === 'name' && WHERE_AFTER.test(clause.text.slice(m.end, m.end + 40))) return false;
  return !NOT_A_PARTICIPANT.test(before(clause, m, 50));
}

/** "учащиеся школы № 1 города Омска": the institution, not its city, took part. */
function actorOf(clause: Clause, m: Mention): string {
  if (m.kind === 'City' && m.via === 'name') {
    const holder = clause.mentions.find(
      (o) => o.cityId === m.id && isCityOf(clause, o, m),
    );
    if (holder) return holder.id;
  }
  return m.via === 'adjective' || m.via === 'residents' ? m.id : partyOf(m);
}

/**
 * Who took part. A cue before the event ("X приняли участие в …") names its subject before it, or as an attribute
 * between cue and event ("экспозиция минских производителей на выставке"); a cue after the event ("в чемпионате
 * приняли участие воспитанники школ Омска") names it after. With no named party the reporter took part, unless the
 * subject is another country's ("мастера Республики Беларусь").
 */
function participantsOf(clause: Clause, ev: Mention, events: Mention[], cues: Cue[], ctx: SentenceContext): string[] {
  const cityNames = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const listed = cityNames.find((m) => LIST_OF_PARTICIPANTS.test(before(clause, m, 50)));
  if (listed) return listFrom(clause, listed, cityNames).map((m) => m.id);
  // "коллективы из Минска, а также из российских городов — Твери и Пскова": each list after "из" in turn.
  const heads = cityNames.filter((m) => LIST_AFTER_CUE.test(before(clause, m, 40)) && cues.some((c) => c.end <= m.start) && !homeOfBody(clause, m));
  if (heads.length) return [...new Set(heads.flatMap((head) => listFrom(clause, head, cityNames).map((m) => m.id)))];
  const cueBefore = [...cues].reverse().find((c) => c.end <= ev.start);
  const cueAfter = cues.find((c) => c.index >= ev.end);
  let zone: Mention[];
  if (cueBefore) {
    // The event the cue governs first bounds the attribute zone ("участниками A в рамках B, C": A).
    const firstEvent = events.find((e) => e.start >= cueBefore.end)!;
    const attribute = clause.mentions.filter((m) => m.start >= cueBefore.end && m.end <= firstEvent.start);
    const attrActor = attribute.find((m) => isActor(clause, m) && m.kind !== 'Institution');
    if (attrActor) return [actorOf(clause, attrActor)];
    if (attribute.some((m) => m.kind === 'Country')) return [];
    zone = clause.mentions.filter((m) => m.end <= cueBefore.index && isActor(clause, m)).reverse();
    // "мастера белорусских предприятий приняли участие": another country's people; not "в белорусской столице".
    const foreigners = zone.length === 0 ? clause.mentions.find((m) => m.kind === 'Country' && m.end <= cueBefore.index && m.via === 'adjective' && !CAPITAL_AFTER.test(clause.text.slice(m.end, m.end + 12))) : undefined;
    // "Финские гости приехали, чтобы принять участие": the partner town of that country the text is about.
    if (foreigners) return ctx.topicCityId && ctx.countryOf(ctx.topicCityId) === idSlug(foreigners.id) && GUESTS_AFTER.test(clause.text.slice(foreigners.end, foreigners.end + 20)) ? [ctx.topicCityId] : [];
  } else if (cueAfter) {
    const nextEvent = events.find((e) => e.start >= cueAfter.end);
    zone = clause.mentions.filter((m) => m.start >= cueAfter.end && (!nextEvent || m.end <= nextEvent.start) && isActor(clause, m));
    if (zone.length === 0 && clause.mentions.some((m) => m.kind === 'Country' && m.start >= cueAfter.end)) return [];
  } else {
    return [];
  }
  // "делегация Тулы посетила Брестский университет и приняла участие в …": what they visited or met with is an
  // object, not who took part; the subject named before it is.
  const subjects = zone.filter((m) => !OBJECT_BEFORE.test(before(clause, m, 30)));
  const actor = subjects[0] ?? zone[0];
  // "в форуме приняли участие делегации Минска, Бреста и Гродно": after the cue, every city of a list took part;
  // "участвуют мэр Бишкека Айбек Джунушалиев и глава Гюмри Вардан Гукасян": every city whose official does.
  if (actor && !cueBefore && actor.kind === 'City') {
    const listed = actor.via === 'name' ? listFrom(clause, actor, zone.filter((m) => m.kind === 'City' && m.via === 'name')) : [actor];
    const officials = zone.filter((m) => m.kind === 'City' && (m.via === 'authority' || (m.via === 'name' && OFFICIAL_BEFORE.test(before(clause, m, 30)))));
    return [...new Set([...listed, ...officials].sort((a, b) => a.start - b.start).map((m) => actorOf(clause, m)))];
  }
  // "Делегации побратимов Генуи, Ловеча и Бреста приняли участие в …": a list that ends right before the cue.
  if (actor && cueBefore && actor.kind === 'City' && actor.via === 'name') {
    const names = zone.filter((m) => m.kind === 'City' && m.via === 'name').reverse();
    const list = names.map((first) => listFrom(clause, first, names)).find((l) => l.includes(actor) && subjects.includes(l[0]!));
    if (list && list.length > 1) return [...new Set(list.map((m) => actorOf(clause, m)))];
  }
  if (actor) return [actorOf(clause, actor)];
  const side = defaultSide(clause.text, ctx.reportCityId, ctx.reportInstitutionId);
  return side ? [side] : [];
}
const CAPITAL_AFTER = /^\s+столиц/iu;
const GUESTS_AFTER = /^\s+(гост|делегац)/iu;
// "ансамбль танца «Радуга» из Липецка": the town a named body comes from, not a list of towns that took part.
function homeOfBody(clause: Clause, city: Mention): boolean {
  return clause.mentions.some((m) => m.kind === 'Institution' && m.end <= city.start && FROM_GAP.test(clause.text.slice(m.end, city.start)));
}

const OBJECT_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетив|побывал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+в|встретил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+со?|с|со)\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;

// ", а также творческие делегации Тулы и Рязани": the list of who took part goes on past the clause cut.
export const participationRule: Rule = (ctx) => {
  const clauses = clausesOf(ctx);
  return clauses.flatMap((c, i) =>
    i > 0 && GOES_ON_AFTER_CUT.test(c.text) && !TOOK_PART_STEM.test(c.text) ? participationOfClause(joinClauses(clauses[i - 1]!, c), ctx) : participationOfClause(c, ctx),
  );
};

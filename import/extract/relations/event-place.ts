// Where an event took place (HELD_IN): the place named after it, a venue, its holder, the town before it with a
// verb of holding, the town visited to take part, one inside its name, the inviter, a city's celebration.
import type { Mention } from '../mentions.js';
import { isOnline } from './cues.js';
import { before, HERE_BEFORE, partyOf, type Clause, type SentenceContext } from './context.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
// "по приглашению города-побратима Урумчи": the inviting city.
const INVITATION_BEFORE = /приглашени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+){0,4}$/iu;
// "в рамках праздничных мероприятий 300-летия города Омска": a city's celebration frames the clause.
const CELEBRATION_FRAME = /^\s*в\s+рамках\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+){0,3}?(праздновани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|праздничн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|юбиле[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|\d+-?лети[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|дн[яей]\s+города)[^,;]{0,60}/iu;

// Where: "в городе Фучжоу", "в г. Минске", "городе Ираклионе", "(февраль, город Минск, Республика Беларусь)", "в Омске",
// "в белорусской столице Минске", "в белорусском Гродно", "в белорусском городе Гродно".
export const PLACE_BEFORE = /((?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+(([a-zß-öø-ſа-ԯ]+(ой|ей)\s+)?столице\s+|([a-zß-öø-ſа-ԯ]+(ом|ем)\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s*)?|г\.)?\s*|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?<!(о|об|при|в|во)\s+)городе\s+|\(\s*([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s*,\s*)?(город|г\.)\s*)$/iu;
// Whoever holds it: "конкурс …, проводимый Муниципальным Народным Правительством города Фучжоу".
const HELD_BY = /проводим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
// "В Нижневартовске состоялся Кубок …", "в Иркутске были подведены итоги конкурса …", "в Казани проходит форум":
// the place comes first.
// "В Туле проходит отбор участников фестиваля «…»": what is held is for the event, held elsewhere.
const FOR_THE_EVENT = /(отбор|подготовк|регистраци|при[её]м[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+заяв|набор|кастинг)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;
const HELD_PARTICIPLE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(прошедш|проходящ|проводим|проведенн|проведённ|состоявш)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(в|во)\s+(городе\s+|г\.\s*)?$/iu;
const HOLDING_VERB = /(состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|завершил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош[её]л|прошл[аио]|проходил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|проход(ит|ят)|проводил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|проведен[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подведены\s+итоги|открыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|стартовал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;

// "выезжали в г. Минск для участия в Форуме …", "побывал в Маньчжурии, где принял участие в форуме", "прибыла в
// Харбин, чтобы принять участие в ЭКСПО": they went to
// the place to take part in the event held there.
// "ездил в Шеки и стал лауреатом фестиваля …": the prize of an event held where they went.
const WENT_TO_TAKE_PART =
  /^\s*(\([^()]*\)\s*)?,?\s*(где\s+|и\s+)?([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?((для\s+участия|чтобы\s+принять\s+участие|принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+участие|принимал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+участие|участвовал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(в|во|на)\s+((работе|открытии|церемонии\s+открытия)\s+)?|стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(лауреат|участник|участниц|победител|дипломант|призер|призёр)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)$/iu;

// Between a city and the event it hosted: "(Беларусь) в мае принимал участников", "принимала гостей", "встретил
// участников". "Ижевск стал площадкой форума …", "город стал местом проведения фестиваля …".
// ("встретилась с участниками" is a meeting, not a welcome.)
const HOSTED_GAP = /^\s*(\([^()]*\)\s*)?([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?((принима[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|встретил[аи]?|встречал[аи]?)\s+(?!со?\s)([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(участник|гост)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(площадкой|местом\s+проведения|хозяином|хозяйкой))\s+$/iu;
const VISITED_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(побывал|прибыл|ездил|выезжал|приезжал|съездил)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(в|во))\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;
const DAYS_OF_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(дн(и|ей|ям|ях|ями)|недел[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+((культуры|дружбы)\s+)?(города\s+|г\.\s*)?$/iu;
// "«Дни Калуги в Зуле»": a town after "в" in the name, whether or not it was recognised.
const IN_UNKNOWN_TOWN = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+/u;
// Between a venue and the event opened or held in it: "курская делегация открыла выставку", "прошла выставка".
const OPENED_IN = /^\s*,?\s*([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?(открыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|открыт[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош[её]л[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прошл[аио]|состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|провел[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|провёл|представил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}$/iu;
// Nothing but "в"/"на" (a comma allowed) between an event's name and the institution that hosts it.
const VENUE_BEFORE = /^\s*,?\s*(в|во|на)\s+$/iu;
// "в главном здании Новосибирского художественного музея открылась выставка": a venue named by its building.
const IN_VENUE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+(([a-zß-öø-ſа-ԯ]+\s+)?(здании|зале|залах|фойе|помещении|корпусе|галерее)\s+)?$/iu;
// "выставка «…» из собрания Национального музея (г. Минск)": the lender's town, not the venue.
const LENT_FROM = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из\s+(собрани|фонд|коллекци)/iu;
const PLACE_THEN_FRAME = /^\s*(\([^()]*\)\s*)?(в|во|на|в\s+рамках)\s+([a-zß-öø-ſа-ԯ]+\s+){0,3}$/iu;
// "стал Хошимин, где череповчане приняли участие в форуме": "где" places the event in the town before it.
export const WHERE_AFTER = /^\s*(\([^()]*\)\s*)?,\s*где\s/iu;

export function placeOf(clause: Clause, ev: Mention, cities: Mention[], events: Mention[], ctx: SentenceContext): string | null {
  const text = clause.text;
  const nextEvent = events.find((e) => e.start >= ev.end);
  // The place follows the event's name in these reports: "... ярмарке в городе Фучжоу".
  const after = cities.find(
    (m) => m.start >= ev.end && m.start - ev.end < 80 && PLACE_BEFORE.test(before(clause, m, 30)) && !LENT_FROM.test(text.slice(ev.end, m.start)),
  );
  if (after) return after.id;
  // "выставки «…» в Гродненском областном музее": a venue named right after, placed by its own name.
  const venue = clause.mentions.find(
    (m) => m.kind === 'Institution' && m.cityId && m.start >= ev.end && m.start - ev.end < 40 && (!nextEvent || m.start < nextEvent.start) && VENUE_BEFORE.test(text.slice(ev.end, m.start)),
  );
  if (venue) return venue.cityId!;
  // "в Витебском краеведческом музее делегация открыла выставку «…»": a venue named first, the event opened in it.
  const venueFirst = [...clause.mentions].reverse().find(
    (m) => m.kind === 'Institution' && m.cityId && m.end <= ev.start && ev.start - m.end < 60 && IN_VENUE_BEFORE.test(before(clause, m, 30)) && OPENED_IN.test(text.slice(m.end, ev.start)),
  );
  if (venueFirst) return venueFirst.cityId!;
  // "…, проводимом Муниципальным Народным Правительством города Фучжоу": its holder's city.
  const holder = clause.mentions.find(
    (m) => m.start >= ev.end && m.start - ev.end < 120 && (!nextEvent || m.start < nextEvent.start) && m.kind === 'City' && HELD_BY.test(before(clause, m, 20)),
  );
  if (holder) return holder.id;
  // "на прошедшем в Минусинске Инвестиционном форуме «…»": the place inside the participle of holding before it.
  const inParticiple = [...cities].reverse().find((m) => m.end <= ev.start && /^\s*$/u.test(text.slice(m.end, ev.start)) && HELD_PARTICIPLE_BEFORE.test(before(clause, m, 40)));
  if (inParticiple) return inParticiple.id;
  // "В Нижневартовске состоялся Кубок …": the place right before, with a verb of holding between or around.
  const lead = [...cities].reverse().find((m) => m.end <= ev.start && ev.start - m.end < 60 && PLACE_BEFORE.test(before(clause, m, 30)));
  if (lead && !events.some((e) => e.start >= lead.end && e.end <= ev.start)) {
    const gap = text.slice(lead.end, ev.start);
    // "в г. Иваново в рамках конференции «…» подписано": the place, then the event framing what happened there
    // ("в рамках торжественной церемонии открытия Форума").
    if ((HOLDING_VERB.test(gap) && !FOR_THE_EVENT.test(gap)) || PLACE_THEN_FRAME.test(gap) || WENT_TO_TAKE_PART.test(gap)) return lead.id;
  }
  const where = [...cities].reverse().find((m) => m.end <= ev.start && ev.start - m.end < 80 && WHERE_AFTER.test(text.slice(m.end, ev.start)));
  if (where && !events.some((e) => e.start >= where.end && e.end <= ev.start)) {
    const gap = text.slice(where.end, ev.start);
    if (HOLDING_VERB.test(gap) || WENT_TO_TAKE_PART.test(gap)) return where.id;
  }
  // "Гомель принимал участников фестиваля …": the city that received those who took part.
  const host = [...cities].reverse().find((m) => m.end <= ev.start && HOSTED_GAP.test(text.slice(m.end, ev.start)));
  if (host) return host.id;
  // "посетила город Петропавловск (Казахстан) и приняла участие в форуме …": they went there to take part.
  const visited = [...cities].reverse().find((m) => m.end <= ev.start && ev.start - m.end < 60 && VISITED_BEFORE.test(before(clause, m, 30)));
  if (visited && !events.some((e) => e.start >= visited.end && e.end <= ev.start) && WENT_TO_TAKE_PART.test(text.slice(visited.end, ev.start))) return visited.id;
  // A city inside the name: "Петербургский экономический форум", "выставка «Омская марка»"; not a route or a pair
  // of cities ("Поэтический экспресс Павлодар - Омск"), nor the area whose cities meet ("фестиваль городов Прииртышья").
  const inside = clause.all.filter(
    (m) => m.kind === 'City' && m.nestedIn === 'Event' && m.start >= ev.start && m.end <= ev.end && !/городов\s+$/iu.test(before(clause, m, 10)),
  );
  // "Дни Твери в Витебске": the town after "в" inside the name is where; a name with an unknown one there names none.
  const held = inside.find((m) => HERE_BEFORE.test(before(clause, m, 12)));
  if (held) return held.id;
  if (IN_UNKNOWN_TOWN.test(clause.text.slice(ev.start, ev.end))) return null;
  // "Дни Калуги", "Неделя Минска": a town's days are held elsewhere (a city's own День города is in it).
  const named = inside.filter((m) => !DAYS_OF_BEFORE.test(before(clause, m, 30)));
  if (new Set(named.map((m) => m.id)).size === 1) return named[0]!.id;
  // "по приглашению города-побратима Урумчи … приняла участие в церемонии открытия ЭКСПО": the inviting city's
  // event, unless the clause says it was attended remotely.
  const inviter = clause.mentions.find(
    (m) => m.end <= ev.start && (m.kind === 'City') && INVITATION_BEFORE.test(before(clause, m, 60)),
  );
  if (inviter && !isOnline(text) && !/(проект|акци)/iu.test(text.slice(ev.start, ev.end))) return inviter.id;
  return celebrationCity(ctx);
}

/** "…, который проходит в Городе Томске ежегодно": a venue stated as a habit holds even in a sentence of plans. */
export function habitualPlaceOf(clause: Clause, ev: Mention, cities: Mention[]): string | null {
  const place = cities.find((m) => m.start >= ev.end && m.start - ev.end < 80 && PLACE_BEFORE.test(before(clause, m, 30)));
  if (!place) return null;
  return /(проходит|проводится|ежегодн)/iu.test(clause.text.slice(ev.end, place.end + 60)) ? place.id : null;
}

/**
 * "В рамках праздничных мероприятий 300-летия города Омска … приняли участие в фестивале …": the events of a city's
 * celebration (anniversary, city day) take place in that city, in every clause of the sentence.
 */
function celebrationCity(ctx: SentenceContext): string | null {
  const frame = CELEBRATION_FRAME.exec(ctx.text);
  if (!frame) return null;
  const city = ctx.mentions.find((m) => m.kind === 'City' && (m.via === 'name' || m.via === 'authority') && !m.nestedIn && m.end <= frame[0].length);
  return city ? partyOf(city) : null;
}


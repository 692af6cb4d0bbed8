// The city a text is about, decided from the whole document with a confidence: news pages and portal texts name
// it through their headline and dateline, its officials (`мэр Кургана`, `глава X`, `администрация X`), the city
// where things happen and the one the sentences keep coming back to. Seed-style reports name it in a heading,
// which report-meta finds; that heading, when there is one, outweighs everything else.
import { reportedAsHome } from './finders/uncued-towns.js';
import { OUR_TOWN_VISITED } from './relations/cues.js';
import { HOME_COUNTRY } from './lexicon/world.js';
import type { Mention } from './mentions.js';
import type { Entity, Sentence } from './types.js';

export interface SentenceFinding {
  sentence: Sentence;
  mentions: Mention[];
  entities: Entity[];
}

export interface MainCity {
  id: string;
  /** 0..1: how far the winner is ahead of the runner-up. */
  confidence: number;
}

// How much one mention says that its city is the text's own.
const VIA_WEIGHT: Record<string, number> = { name: 1, adjective: 1.2, residents: 1.5, authority: 2.5, institution: 0.5 };
/** The opening of a page (headline, lead) names its subject first. */
const HEAD_CHARS = 300;
const HEAD_FACTOR = 2;
// The visitors' home, not the text's city: "делегация из X", "гости из X", "прибыли из X", "из белорусского
// города-побратима X".
const GUEST_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(из|от)\s+([a-zß-öø-ſа-ԯ]+\s+)?((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?|г\.)\s*)?$/iu;
const PARTNER_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+([a-zß-öø-ſа-ԯ]+\s+)?$/iu;
const PARTNER_FACTOR = 0.5;
const MET_OFFICIAL = /^(мэр(ом|ами)|глав(ой|ами)|руководств(ом)|аким(ом)|председател(ем|ями)|бургомистр(ом)|губернатор(ом))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// The host: "в X прибыла делегация", "в X состоялась встреча", "X посетила делегация" (X opens the sentence).
const HOST_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?$/iu;
const HOST_AFTER = /^\s*([a-zß-öø-ſа-ԯ]+\s+){0,2}?(прибыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|приехал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош[её]л|прошл[аои]|открыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|побывал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|встретил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;
// The host named after what happened there: "фестиваль стартовал в X", "в X прошёл …" told the other way round.
const HELD_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(стартовал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош[её]л|прошл[аои]|состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|открыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|проход(ит|ят)|завершил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([a-zß-öø-ſа-ԯ]+\s+)?(в|во)\s+((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?$/iu;
// Where an official of the text's city is away on a trip: "в командировке в Москве", "в рабочей поездке в X".
// "делегация выехала в X", "в X отправился глава города": where the text's own people left for.
const AWAY_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(командировк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|поездк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(выехал|выезжал|отправил|направил|отбыл)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(в|во)\s+((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?$/iu;
const AWAY_AFTER = /^\s*(выехал|выезжа|отправил|отправля|направил|отбыл|отбыва)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;
const INTO_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?$/iu;
const AWAY_FACTOR = 0.3;
// Where the reporter went, called a twin: "в городе-побратиме Светлом", "в город-побратим Светлый" (not "городом-
// побратимом Тамбова", whose genitive is the twin's owner).
const TWIN_CITY_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+(город-(побратим|партн[её]р)|городе-(побратиме|партн[её]ре))\s+$/iu;
const TWIN_FACTOR = 0.1;
// "город побратим нашего города Высокое": the text's own town, named as such.
const OUR_CITY_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])наш(его|ему|им|ем)?\s+город(а|у|ом|е)?\s+$/iu;
const OUR_FACTOR = 5;
// "Тамбов посетила делегация …", "Полоцк встречает гостей из …": the town opening the sentence is the host.
// "Тамбов встретит участников автопробега": the participants of what comes to town are guests too. "Тамбов с
// официальным визитом посетил мэр …": how they came may stand before the verb.
const VISITED_AFTER = /^\s*((с|со)\s+[a-zß-öø-ſа-ԯ]+\s+[a-zß-öø-ſа-ԯ]+\s+)?(посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетят|(принял|принима|встреча|встретил|встретит)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([a-zß-öø-ſа-ԯ]+\s+)?(делегаци|гост|участник))/iu;
// The town opens the sentence, the city word perhaps before it: "Город Тамбов посетила делегация".
// A time may stand before it: "В понедельник Тамбов встретит …", "Сегодня город Тамбов посетила …".
const OPENS_SENTENCE = /^\s{0,2}(((в|во)\s+[a-zß-öø-ſа-ԯ]+|сегодня|вчера|завтра|накануне|на\s+днях|\d{1,2}\s+[a-zß-öø-ſа-ԯ]+),?\s+)?((город|г\.)\s*)?$/iu;
// A dateline: "Астрахань. 28 ноября. ИНТЕРФАКС", "25.07.2008 13:26|Псков".
const DATELINE_AFTER = /^\s*[.,]\s*\d{1,2}(\s+[a-zß-öø-ſа-ԯ]+|\.\d\d)/u;
const DATELINE_BEFORE = /\d\d:\d\d\s*\|\s*$/u;
const PAIR_AFTER = /^\s*[—–-]\s*[A-ZÀ-ÖØ-ÞЀ-Я]/u;
const DATELINE_BONUS = 4;
// An agency's name after the dateline's date: "ИНТЕРФАКС", "INTERFAX.RU", "ТАСС", "РИА Новости".
const AGENCY_AFTER = /^[^\n]{0,24}?([A-ZÀ-ÖØ-ÞЀ-Я]{4,}|[A-Z]{3,}\.[A-Z]{2,}|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(ТАСС|РИА|REGNUM)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))/u;
const LONE_DATELINE_FACTOR = 0.4;
/** These are pages about Russian municipalities: a foreign city is the partner far more often than the subject. */
const FOREIGN_FACTOR = 0.3;
const HOME_FACTOR = 1.5;
// A town in an event's name ("Дни города Тихорецка", "Дни Гомеля в Омске") is the host as often as the guest: it
// counts a little, enough to win over a town named only as the guests' home.
const EVENT_FACTOR = 0.25;

/**
 * The best-scoring city and how sure the choice is. `heading` is the city of a report heading (seed-style
 * reports); it wins when the text names it at all.
 */
export function decideMainCity(findings: readonly SentenceFinding[], text: string, heading: string | null): MainCity | null {
  const scores = new Map<string, number>();
  const country = new Map<string, string | null>();
  const names = new Map<string, string>();
  for (const f of findings) {
    for (const e of f.entities) {
      if (e.kind !== 'City' || country.has(e.id)) continue;
      // Crimea's towns keep their UA code; reports write of them as home towns (world.ts), so they are weighed as
      // neither foreign nor home.
      country.set(e.id, e.country && e.country !== HOME_COUNTRY && reportedAsHome(e.name) ? null : e.country ?? null);
      names.set(e.id, e.name);
    }
  }
  const fullForm = shortForms(names);
  // A heading's city that the text names wins whatever the scores: they are weighed only when it does not.
  if (heading && scoredCities(findings, fullForm).has(heading)) return { id: heading, confidence: 0.97 };
  const agencyDateline = new Map<string, number>();
  const namedAgain = new Set<string>();
  for (const f of findings) {
    const at = f.sentence.start;
    for (const m of f.mentions) {
      const id = scoredCity(m, fullForm);
      if (id === null) continue;
      let w = (VIA_WEIGHT[m.via] ?? 1) * (m.nestedIn === 'Institution' ? 0.5 : m.nestedIn === 'Event' ? EVENT_FACTOR : 1);
      // The document around the mention: a dateline's city ends its own "sentence" ("Тамбов. 12 мая.").
      const before = text.slice(Math.max(0, at + m.start - 40), at + m.start);
      const after = text.slice(at + m.end, at + m.end + 40);
      // ("Наш город посетила делегация Казани": every town the sentence names is the guests'.)
      if (m.via === 'name' && (GUEST_BEFORE.test(before) || OUR_TOWN_VISITED.test(f.sentence.text))) w *= 0.4;
      // "На связи с Ангарском", "встреча с депутатами Ангарской городской Думы": the other side, not the subject.
      // "встретился с главой Тюмени и мэром Челябинска": an official in the instrumental is one met, the list's too.
      else if ((m.via === 'name' || m.via === 'authority') && PARTNER_BEFORE.test(before)) w *= PARTNER_FACTOR;
      else if (m.via === 'authority' && MET_OFFICIAL.test(f.sentence.text.slice(m.start, m.end))) w *= PARTNER_FACTOR;
      else if (m.via === 'name' && (AWAY_BEFORE.test(before) || (INTO_BEFORE.test(before) && AWAY_AFTER.test(after)))) w *= AWAY_FACTOR;
      else if (m.via === 'name' && TWIN_CITY_BEFORE.test(before)) w *= TWIN_FACTOR;
      else if (m.via === 'name' && OUR_CITY_BEFORE.test(before)) w *= OUR_FACTOR;
      else if (m.via === 'name' && HOST_BEFORE.test(before) && (HOST_AFTER.test(after) || HELD_BEFORE.test(before))) w *= 1.8;
      else if (m.via === 'name' && OPENS_SENTENCE.test(f.sentence.text.slice(0, m.start)) && VISITED_AFTER.test(after)) w *= 2.5;
      // "16:40 | Екатеринбург — Каменск-Уральский": a pair of places after the time is a route, not the dateline's city.
      const dateline = m.via === 'name' && ((/(^|\n)\s*$/.test(before) && DATELINE_AFTER.test(after)) || (DATELINE_BEFORE.test(before) && !PAIR_AFTER.test(after)));
      const head = at + m.start < HEAD_CHARS ? HEAD_FACTOR : 1;
      if (dateline && AGENCY_AFTER.test(after)) agencyDateline.set(id, (agencyDateline.get(id) ?? 0) + DATELINE_BONUS * head);
      else if (dateline) w += DATELINE_BONUS;
      else namedAgain.add(id);
      scores.set(id, (scores.get(id) ?? 0) + w * head);
    }
  }
  // "Москва. 25 апреля. ИНТЕРФАКС": a news agency's dateline names where the news was filed, as often the agency's
  // town as the text's; it weighs less when the text never names that town again. (A town portal's own dateline,
  // "Тула, 12 мая 2023 года.", is its town, however often a guest is named.)
  for (const [id, bonus] of agencyDateline) scores.set(id, (scores.get(id) ?? 0) + (namedAgain.has(id) ? bonus : bonus * LONE_DATELINE_FACTOR));
  for (const [id, score] of scores) {
    const c = country.get(id);
    if (c && c !== HOME_COUNTRY) scores.set(id, score * FOREIGN_FACTOR);
    else if (c === HOME_COUNTRY) scores.set(id, score * HOME_FACTOR);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best) return heading ? { id: heading, confidence: 0.6 } : null;
  const lead = best[1] / (best[1] + (second?.[1] ?? 0));
  return { id: best[0], confidence: Math.round(Math.min(0.95, 0.3 + 0.65 * lead) * 100) / 100 };
}

/** The city a mention counts for in the scores (its short form read as the full one), or null when it counts for none. */
function scoredCity(m: Mention, fullForm: ReadonlyMap<string, string>): string | null {
  if (m.kind !== 'City' && !(m.kind === 'Institution' && m.cityId)) return null;
  const named = m.kind === 'City' ? m.id : m.cityId!;
  return fullForm.get(named) ?? named;
}

/** Every city some mention outside an event's name counts for. */
function scoredCities(findings: readonly SentenceFinding[], fullForm: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    for (const m of f.mentions) {
      const id = m.nestedIn === 'Event' ? null : scoredCity(m, fullForm);
      if (id !== null) out.add(id);
    }
  }
  return out;
}

/**
 * A city the text also names in full with a hyphenated name that starts with its name (`Петропавловск` beside
 * `Петропавловск-Камчатский`, `Комсомольск` beside `Комсомольск-на-Амуре`): the short form is the same city.
 */
function shortForms(names: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  // Each name lowered once, not once per pair.
  const lowered = [...names].map(([id, name]) => [id, name.toLowerCase()] as const);
  for (const [id, name] of lowered) {
    const prefix = `${name}-`;
    for (const [fullId, full] of lowered) {
      if (fullId !== id && full.startsWith(prefix)) out.set(id, fullId);
    }
  }
  return out;
}

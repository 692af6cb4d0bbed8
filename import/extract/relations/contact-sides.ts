// Which mentions of a clause can be the sides of a CONTACT (contact.ts): not where the sides met, not the ends of a
// route, not a region's adjective read as a city, not the reporter's own region unless named as a side.
import type { Mention } from '../mentions.js';
import { cityFromDerived } from '../finders/city-derived.js';
import { before, type Clause, type SentenceContext } from './context.js';

// "в Москве", "на форуме в г. Минске": a place where things happened.
export const IN_CITY_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во|на)\s+(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;

// A flight, train or bus line, its two ends in quotes or after "по маршруту".
const ROUTE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(рейс|авиарейс|маршрут|поезд|автобус|авиасообщени|авиалини|перел[её]т)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(«|")?([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s*[—–-]\s*)?$/u;
// An adjective that names a region, not a city: "Луганской Народной Республики", "Омской области".
const REGION_NOUN = /^\s*(народн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?(республик|област|кра[йяюе]|округ)/iu;

// Who acts behind a city adjective: "омские школы", "с белорусскими коллегами", "минских производителей".
const ACTOR_NOUN = /^\s*(и\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?(школ|библиотек|коллег|предпринимател|предприяти|компани|организаци|учреждени|делегаци|специалист|школьник|студент|учащ|педагог|вуз|университет|музе|театр|коллектив|круг|бизнес|власт|администраци|производител|партн[её]р)/iu;

/** A mention that can be a side: not the reporter's own region, not a region's adjective read as a city. */
export function isParty(clause: Clause, m: Mention, ctx: SentenceContext): boolean {
  // "На форуме в Москве глава Омска встретился с …": where the two met is not a side.
  if (m.kind === 'City' && m.via === 'name' && IN_CITY_BEFORE.test(before(clause, m, 20))) return false;
  // "прямой рейс «Омск – Ташкент»": the ends of a route are no sides.
  if (m.kind === 'City' && ROUTE_BEFORE.test(before(clause, m, 40))) return false;
  if (m.via === 'adjective') {
    const rest = clause.text.slice(m.end, m.end + 50);
    if (REGION_NOUN.test(rest)) return false;
    // "с гомельскими коллегами" is a side; "творчество омских и павлодарских авторов" is not.
    if (!ACTOR_NOUN.test(rest)) return false;
  }
  if (m.kind === 'Region') {
    const first = clause.text.slice(m.start, m.end).split(/\s+/)[0] ?? '';
    if (ctx.reportCityId && cityFromDerived(first)?.id === ctx.reportCityId) {
      // The home region is a side only when named as one ("сотрудничества Омской области с …").
      return /^\s*(с|со)\s/iu.test(clause.text.slice(m.end));
    }
  }
  return true;
}

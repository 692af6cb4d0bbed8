// The homes of a visit that are countries or regions: "делегация из Чехии", "делегация вьетнамской провинции
// Тхайнгуен", "побывал губернатор провинции Хэйлунцзян", when the text names no city of them (visit.ts).
import type { Mention } from '../mentions.js';
import { insideQuotes } from '../dates.js';
import { idSlug } from '../../../neo4j/model/ids.js';
import { cityFromDerived } from '../finders/city-derived.js';
import { before, listFrom, type Clause, type Rule } from './context.js';
import { RETURNED_FROM } from './visit-words.js';
import { TRAVELLERS } from './visit-origin.js';

// "делегация вьетнамской провинции Тхайнгуен", "делегация Северо-Казахстанской области" (the word inside the name).
const REGION_DELEGATION_BEFORE = /делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(([a-zß-öø-ſа-ԯ]+(ой|ей|ого|его)\s+)?(провинции|префектуры|штата|области|края|округа|республики|уезда|аймака|губернии|воеводства|кантона)\s+)?$/iu;
// "побывал губернатор провинции X", "посетил председатель хурала … аймака X": the region's head, in the nominative, the
// body he chairs named between (not one met, "с губернатором", nor one invited by, "по приглашению губернатора").
const REGION_HEAD_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])(губернатор|председатель)(\s+[a-zß-öø-ſа-ԯ]+){0,3}?\s+(([a-zß-öø-ſа-ԯ]+(ой|ей|ого|его)\s+)?(провинции|префектуры|штата|области|края|округа|республики|уезда|аймака|губернии|воеводства|кантона)\s+)?$/iu;
const TRIP_VERB = /^(посетил|побывал|прибыл|приехал)/iu;
// "из Чехии", "из американского штата Массачусетс", "из провинции Хэйлунцзян".
const FROM_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из\s+([a-zß-öø-ſа-ԯ]+(ого|его|ой|ей)\s+)?((штата|провинции|префектуры|области|края|округа|региона|республики|уезда|губернии|воеводства|кантона)\s+)?$/iu;

/**
 * Adds to `origins` the countries and regions of `clause` that the travellers came from; `anchor` is where the
 * trip's word `trigger` stands.
 */
export function addCountryAndRegionHomes(clause: Clause, ctx: Parameters<Rule>[0], anchor: number, trigger: RegExpExecArray, origins: string[]): void {
  for (const m of clause.mentions) {
    const home =
      (m.kind === 'Country' || m.kind === 'Region') && m.via === 'name' &&
      ((FROM_BEFORE.test(before(clause, m, 40)) && !RETURNED_FROM.test(before(clause, m, 60))) ||
        (m.kind === 'Region' && (REGION_DELEGATION_BEFORE.test(before(clause, m, 60)) || travellingHead(clause, m, trigger)) && !isHomeRegion(clause, m, ctx)));
    // "Из Казахстана приехала делегация города Уральска": the city named is the home, not its country.
    const cityOfIt = m.kind === 'Country' && origins.some((o) => ctx.countryOf(o) === idSlug(m.id));
    // "делегации из Республики Беларусь" on a page about a partner there: the partner the text is about.
    const topic = ctx.topicCityId;
    const partner = home && m.kind === 'Country' && topic && topic !== ctx.reportCityId && ctx.countryOf(topic) === idSlug(m.id) ? topic : null;
    if (home && !cityOfIt && m.start > anchor - 120 && !origins.includes(partner ?? m.id)) origins.push(partner ?? m.id);
    // "делегации из Сербии, Болгарии и дагестанского города Дербент": the countries and towns further on in the list.
    // ("аграриев из России, Казахстана и Беларуси": a list that opens with the report's own country is of a forum's
    // participants at large, whose countries are no delegations' homes.)
    if (home && m.kind === 'Country' && m.start > anchor - 120) {
      const places = clause.mentions.filter((x) => (x.kind === 'Country' || x.kind === 'City') && x.via === 'name');
      const atLarge = ctx.reportCityId !== null && ctx.countryOf(ctx.reportCityId) === idSlug(m.id);
      for (const o of listFrom(clause, m, places)) {
        if (o === m || origins.includes(o.id) || (o.kind === 'Country' && (atLarge || origins.some((c) => ctx.countryOf(c) === idSlug(o.id))))) continue;
        origins.push(o.id);
      }
    }
  }
}

/**
 * The region's head named before `m` made the trip `trigger` tells: the subject of its verb, right after it ("побывал
 * губернатор провинции X") or before it with no clause between ("Губернатор провинции X посетил …"); not a member or
 * the leader of a town's delegation ("делегацию Чойбалсана возглавил председатель хурала аймака Дорнод").
 */
function travellingHead(clause: Clause, m: Mention, trigger: RegExpExecArray): boolean {
  if (!TRIP_VERB.test(trigger[0])) return false;
  const lead = clause.text.slice(Math.max(0, m.start - 60), m.start);
  const head = REGION_HEAD_BEFORE.exec(lead);
  if (!head) return false;
  const at = m.start - lead.length + head.index;
  const verbEnd = trigger.index + trigger[0].length;
  if (at >= verbEnd) return /^[^\s,;:]*\s+$/u.test(clause.text.slice(verbEnd, at));
  return !/[,;:]/u.test(clause.text.slice(m.end, trigger.index));
}

/** "делегация Челябинской области" in a report of Челябинск: the reporter's own region, no visitor from abroad. */
function isHomeRegion(clause: Clause, m: Mention, ctx: Parameters<Rule>[0]): boolean {
  const first = clause.text.slice(m.start, m.end).split(/\s+/)[0] ?? '';
  return ctx.reportCityId !== null && cityFromDerived(first)?.id === ctx.reportCityId;
}

// "делегации польского города", no name after the town: the partner town of that country the text is about.
const UNNAMED_TOWN_AFTER = /^\s*город(а|ом|е)?(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])(?!\s*[-–«"]?\s*[A-ZÀ-ÖØ-ÞЀ-Я])/u;
// (Not "встретилась с делегацией …": the people met where the travellers went.)
const TRAVELLERS_OF_TOWN = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?<!(с|со)\s+)делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
// "белорусская делегация из Гродно", "связей Ванино – Исикари побывала японская делегация": a town of the delegation's
// country named as its home or as a side of the ties (not "выставку о Бресте").
const HOME_OF_DELEGATION_BEFORE = /((?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(из|от)\s+((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?|[—–-]\s*|(связ|отношени|побратимств|дружб)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)$/iu;
// The country's own travellers, the adjective on them ("японская делегация", "финские друзья", "делегация японских
// предпринимателей"), not on a town ("монгольский Улгий", "мэр болгарского города Габрово").
const PEOPLE_RIGHT_AFTER = /^\s+([a-zß-öø-ſа-ԯ-]+\s+)?(делегаци|гост|друз|коллег|предпринимател|бизнесмен|школьник|студент|спортсмен|артист|журналист|педагог|учител|туристы|туристов)/u;
// "с сербской делегацией из общественной организации «Мост»": the organisation's people, not the country's.
const FROM_JUST_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из\s+$/iu;

/**
 * "южнокорейская делегация посетила Тулу": adds to `origins` the partner city the text is about, when it lies in that
 * country; a town of that country the sentence names comes first ("25-летия связей Ванино – Исикари побывала японская
 * делегация"). With neither, the country itself (finish.ts gives its visit to the one town of it the text ties to the
 * host).
 */
export function addCountryAdjectiveHomes(clause: Clause, ctx: Parameters<Rule>[0], cityOnly: Mention[], destinations: string[], origins: string[]): void {
  const text = clause.text;
  for (const m of clause.mentions) {
    // ("визит делегации польского города": the adjective on the town the travellers came from.)
    if (m.kind !== 'Country' || m.via !== 'adjective') continue;
    // (Not in quotes: "«Наши финские друзья всегда рады гостям»" is said, no trip.)
    const ownPeople = PEOPLE_RIGHT_AFTER.test(text.slice(m.end, m.end + 40)) && !insideQuotes(text, m.start);
    if (!(TRAVELLERS.test(text.slice(m.end, m.end + 60)) || ownPeople || (UNNAMED_TOWN_AFTER.test(text.slice(m.end, m.end + 30)) && TRAVELLERS_OF_TOWN.test(before(clause, m, 40))))) continue;
    const iso = idSlug(m.id);
    const named = cityOnly.find((c) => c.via === 'name' && c.id !== ctx.reportCityId && ctx.countryOf(c.id) === iso && !destinations.includes(c.id) && HOME_OF_DELEGATION_BEFORE.test(before(clause, c, 20)));
    const topic = named?.id ?? ctx.topicCityId;
    if (topic && topic !== ctx.reportCityId && ctx.countryOf(topic) === iso) {
      if (!origins.includes(topic)) origins.push(topic);
    } else if (ownPeople && !origins.includes(m.id) && !fromInstitution(clause, m)) origins.push(m.id);
  }
}

function fromInstitution(clause: Clause, adjective: Mention): boolean {
  return clause.mentions.some((o) => o.kind === 'Institution' && o.start > adjective.end && o.start - adjective.end < 50 && FROM_JUST_BEFORE.test(before(clause, o, 8)));
}

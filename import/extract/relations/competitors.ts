// PARTICIPATED_IN in sports and festival news: "Россию представляли команды из Иркутска, Новосибирска и Кемерова", "на
// лёд вышли юные хоккеисты из Алматы и Караганды (Казахстан)", "а также две красноярские команды", "Узбекистан
// представляли артисты из Коканда". Under a tournament's or a festival's report (the sentence names none, the text
// named it before), teams, athletes and performers from towns took part in it, whatever verb tells it; the
// participation rule reads only the verbs of taking part.
import { confidenceOf } from '../confidence.js';
import { dateOf } from '../dates.js';
import { isOnline, isPlanned } from './cues.js';
import { before, listFrom, type Clause, type Draft, type Rule } from './context.js';

const PERFORMER = 'артист|музыкант|исполнител|танцор|коллектив|ансамбл|хор|художник|мастер|фольклорист';
const COMPETITOR = 'команд|сборн|спортсмен|хоккеист|футболист|волейболист|баскетболист|гандболист|борц|шахматист|пловц|лыжник|гимнаст|легкоатлет|боксер|боксёр|теннисист|велосипедист|фехтовальщик|дзюдоист|самбист|биатлонист|конькобежц|гребц|шашист';
/** A stem every sentence this rule reads holds. */
export const COMPETITOR_STEM = new RegExp(`${COMPETITOR}|${PERFORMER}`, 'i');
// "команды из Иркутска", "юные хоккеисты из Алматы": competitors, then their towns; performers at a festival.
const COMPETITORS_FROM = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(${COMPETITOR})[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+из\\s`, 'giu');
const PERFORMERS_FROM = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(${PERFORMER})[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+([^.;:]{0,40}?\\s)?из\\s`, 'giu');
// "две красноярские команды": a town's adjective right before the competitors.
const COMPETITORS_AFTER = new RegExp(`^\\s*(${COMPETITOR})`, 'iu');
// The event's id (a slug of its name) names a competition, or a festival of the arts.
const COMPETITION_ID = /turnir|chempionat|sorevnovan|pervenstv|kubok|kubk|spartakiad|igr[yai]|olimpiad|regat|marafon/u;
const FESTIVAL_ID = /festival|konkurs|prazdnik|smotr|plener|biennale/u;
// "из городов X": the town list may follow a word for towns.
const FROM_TOWNS = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из\s+(([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;

export const competitorsRule: Rule = (ctx) => {
  const event = ctx.topicEventId;
  if (!event || ctx.mentions.some((m) => m.kind === 'Event')) return [];
  const from = COMPETITION_ID.test(event) ? COMPETITORS_FROM : FESTIVAL_ID.test(event) ? PERFORMERS_FROM : null;
  if (!from) return [];
  const text = ctx.text;
  if (isPlanned(text) || isOnline(text)) return [];
  const clause: Clause = { text, start: 0, end: text.length, all: ctx.mentions, mentions: ctx.mentions.filter((m) => !m.nestedIn) };
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const participants = new Set<string>();
  from.lastIndex = 0;
  for (let m = from.exec(text); m !== null; m = from.exec(text)) {
    const head = cities.find((c) => c.start >= m!.index && FROM_TOWNS.test(before(clause, c, 30)));
    if (head) for (const c of listFrom(clause, head, cities)) participants.add(c.id);
  }
  for (const m of clause.mentions) {
    if (from === COMPETITORS_FROM && m.kind === 'City' && m.via === 'adjective' && COMPETITORS_AFTER.test(text.slice(m.end, m.end + 30))) participants.add(m.id);
  }
  if (participants.size === 0) return [];
  const { year, month } = dateOf(text, 0, ctx.reportYear);
  return [...participants].map((source): Draft => ({
    kind: 'PARTICIPATED_IN', source, target: event, year, month, status: null, confidence: confidenceOf('participation'),
  }));
};

// TWIN: two cities are twin (sister) cities: a twinning agreement was signed or is in force, or the text
// calls one the other's город-побратим.
import { dateOf } from '../dates.js';
import type { Mention } from '../mentions.js';
import { isPlanned, SIGNING_EVENT, TWIN_WORD } from './cues.js';
import { before, clausesOf, listFrom, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';

// "городами-побратимами Кайфын, Маньчжурия", "города-побратима Стаханова", "с городом-побратимом Гомелем".
const TWIN_TITLE_BEFORE = /побратим\p{L}*\s+(г\.\s*|город\p{L}*\s+)?$/iu;
// "Соглашение об установлении побратимских связей ... с городом X" / "между городом A и городом B".
const BETWEEN = /между\s/iu;
// "нашими городами", "городами-побратимами" with no names: the pair is the report city and the topic city.
const OUR_CITIES = /(нашими|наших|двух)\s+город|город\p{L}*\s+(друг\s+с\s+другом)/iu;

function twinsOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  const text = clause.text;
  const trigger = TWIN_WORD.exec(text);
  if (!trigger) return [];
  // An intended twinning is at most a planned agreement (the agreement rule handles it), never a TWIN.
  if (isPlanned(text)) return [];
  const cities = clause.mentions.filter((m) => m.kind === 'City' && (m.via === 'name' || m.via === 'authority'));
  // Signed or established in the reported period; "в рамках побратимских связей" only says they exist.
  const established = SIGNING_EVENT.test(text);
  const { year, month } = dateOf(text, trigger.index, established ? ctx.reportYear : null);
  const when = established ? { year, month: null } : { year: null, month: null };
  const pairs: Array<[string, string]> = [];
  const titledPairs: Array<[string, string]> = [];

  // "между городом Омском ... и городом Маньчжурией"
  const betweenAt = text.search(BETWEEN);
  if (betweenAt >= 0) {
    const after = cities.filter((m) => m.start > betweenAt);
    if (after.length >= 2) pairs.push([after[0]!.id, after[1]!.id]);
  }
  // "города-побратимы Кайфын, Маньчжурия и Урумчи": the list after the title; also inside a name
  // ("библиотекой города-побратима Стаханова").
  const titled = clause.all.filter((m) => m.kind === 'City' && m.via === 'name' && m.nestedIn === 'Institution');
  for (const m of [...cities, ...titled]) {
    if (!TWIN_TITLE_BEFORE.test(before(clause, m, 40))) continue;
    const owner = ownerOf(clause, m, ctx);
    if (!owner) continue;
    // A title states a twin link that exists; it dates nothing.
    for (const item of listFrom(clause, m, cities)) titledPairs.push([owner, item.id]);
  }
  // "Соглашение об установлении побратимских связей с городом Гомелем" / "... между нашими городами".
  if (pairs.length === 0 && titledPairs.length === 0 && established && ctx.reportCityId) {
    const others = cities.filter((m) => m.id !== ctx.reportCityId && m.start > trigger.index - 60);
    if (others.length > 0) for (const o of others) pairs.push([ctx.reportCityId, o.id]);
    else if (OUR_CITIES.test(text) && ctx.topicCityId) pairs.push([ctx.reportCityId, ctx.topicCityId]);
  }
  const make = (a: string, b: string, dated: boolean): Draft => ({
    kind: 'TWIN',
    source: a,
    target: b,
    ...(dated ? when : { year: null, month: null }),
    status: null,
    confidence: established ? 0.95 : 0.85,
  });
  return [...pairs.map(([a, b]) => make(a, b, true)), ...titledPairs.map(([a, b]) => make(a, b, false))].filter((d) => d.source !== d.target);
}

/**
 * Whose twin the listed city is: "Гомель — город-побратим Омска" and "Гомель является городом-побратимом Омска"
 * name the owner before the title; otherwise it is the reporting city's twin.
 */
function ownerOf(clause: Clause, listed: Mention, ctx: SentenceContext): string | null {
  const subject = clause.mentions.find(
    (m) =>
      m.kind === 'City' &&
      m.end <= listed.start &&
      /^\s*(—|–|-|является|был\p{L}*|стал\p{L}*)\s+(г\.|город\p{L}*)-побратим\p{L}*\s*$/iu.test(clause.text.slice(m.end, listed.start)),
  );
  return subject?.id ?? ctx.reportCityId;
}

export const twinRule: Rule = (ctx) => clausesOf(ctx).flatMap((c) => twinsOfClause(c, ctx));

// TWIN: two cities are twin (sister) cities: a twinning agreement was signed or is in force, or the text
// calls one the other's город-побратим. An intended twinning is a planned AGREEMENT; a signed memorandum of
// intent to become twins is a signed AGREEMENT (../shared/spec/extraction.md).
import { dateOf } from '../dates.js';
import type { Mention } from '../mentions.js';
import { confidenceOf } from '../confidence.js';
import { isPlanned, SIGNING_EVENT, TWIN_WORD } from './cues.js';
import { before, clausesOf, listFrom, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';

// "города-побратимы Кайфын, Маньчжурия", "города-побратима Стаханова", "с городом-побратимом Гомелем".
const TWIN_TITLE_BEFORE = /(побратим|породн[её]нн)\p{L}*\s+(г\.\s*|город\p{L}*\s+)?$/iu;
// "нашими городами", "городами-побратимами" with no names: the pair is the report city and the topic city.
const OUR_CITIES = /(нашими|наших|двух)\s+город|город\p{L}*\s+(друг\s+с\s+другом)|являются\s+побратим/iu;
// "побратимы и партнёры" cannot tell which is which: the partner rule lists them.
const TWINS_OR_PARTNERS = /(побратим\p{L}*\s+и\s+(город\p{L}*-)?партн[её]р|(партн[её]р|дружеск|дружествен)\p{L}*\s+и\s+(город\p{L}*-)?побратим)/iu;
// "из городов, имеющих побратимские отношения с X": cities nobody names.
const UNNAMED_CITIES = /(из\s+городов|городов\s*,\s*(имеющ|которые|у\s+которых))/iu;
// Twinning still to come: "станет побратимом", "намерении стать", "предложение установить", "изучит возможность".
const INTENT = /(стан(ет|ут)\s+(\p{L}+\s+)?(город\p{L}*-)?побратим|стать\s+(город\p{L}*-)?побратим|намерени|предлож\p{L}*|согласова\p{L}*\s+вопрос|возможност\p{L}*\s+(стать|установ)|вопрос\p{L}*\s+о\s+побратимств)/iu;
// A twinning that happens in this text: signed, established, or a city that "became" a twin.
const BECAME = /(стал\p{L}*\s+(\p{L}+\s+)?(город\p{L}*-)?побратим|побратим\p{L}*\s+(\p{L}+\s+){0,3}?стал|появил\p{L}*\s+(\p{L}+\s+){0,3}?(город\p{L}*-)?побратим|установил\p{L}*\s+побратим|породнил)/iu;
// A signing still to come ("будет подписано", "планируется подписание").
const FUTURE = /(будет|будут|планир|запланир|предстоит|проект\p{L}*\s|намечен|готов\p{L}*\s+к\s+подписани)/iu;
// "в Астане", "в г. Оренбурге": where a document was signed, not a party to it.
const LOCATION_BEFORE = /(?<![\p{L}])(в|во)\s+(городе\s+|г\.\s*)?$/iu;
// "25-летие побратимства" in a dated sentence dates the twinning itself.
const ANNIVERSARY = /(\d{1,3})\s*-?\s*(лети\p{L}*|годовщин\p{L}*)\s+(\p{L}+\s+)?(побратим|породн)/iu;

function twinsOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  const text = clause.text;
  const trigger = TWIN_WORD.exec(text);
  if (!trigger || TWINS_OR_PARTNERS.test(text) || UNNAMED_CITIES.test(text)) return [];
  const parties = clause.mentions.filter(
    (m) => m.kind === 'City' && (m.via === 'name' || m.via === 'authority') && !LOCATION_BEFORE.test(before(clause, m, 20)),
  );
  const pairs = pairsOf(clause, parties, trigger.index, ctx);
  if (pairs.length === 0) return [];
  const intended = isPlanned(text) || INTENT.test(text);
  if (intended) {
    // "подписали меморандум о намерении стать побратимами": the memorandum is signed, the twinning is not.
    const signed = SIGNING_EVENT.test(text) && !FUTURE.test(text);
    const { year, month } = dateOf(text, trigger.index, ctx.reportYear);
    return pairs.map(([a, b]) => ({
      kind: 'AGREEMENT', source: a, target: b, year, month, status: signed ? 'signed' : 'planned',
      confidence: confidenceOf(signed ? 'twin.intent-signed' : 'twin.intent'),
    }));
  }
  const established = SIGNING_EVENT.test(text) || BECAME.test(text);
  const anniversary = ANNIVERSARY.exec(text);
  let year: number | null = null;
  if (established) year = dateOf(text, trigger.index, ctx.reportYear).year;
  else if (anniversary) {
    const at = dateOf(text, anniversary.index, ctx.reportYear).year;
    year = at === null ? null : at - Number(anniversary[1]);
  }
  const rule = established ? 'twin.established' : pairs.length > 1 ? 'twin.list' : 'twin.stated';
  return pairs.map(([a, b]) => ({ kind: 'TWIN', source: a, target: b, year, month: null, status: null, confidence: confidenceOf(rule) }));
}

/**
 * Who is twinned with whom. "между A и B"; two cities named as parties; an owner ("У A", "A имеет", "A —
 * город-побратим") with a list of twins after the twin word; a lone partner with the reporting city.
 */
function pairsOf(clause: Clause, parties: Mention[], triggerAt: number, ctx: SentenceContext): Array<[string, string]> {
  const text = clause.text;
  const ids = [...new Set(parties.map((m) => m.id))];
  const between = /между\s/iu.exec(text);
  if (between) {
    const after = parties.filter((m) => m.start > between.index);
    if (after.length >= 2) {
      const owner = after[0]!;
      return listFrom(clause, after[1]!, after.slice(1)).map((m) => [owner.id, m.id] as [string, string]).filter(([a, b]) => a !== b);
    }
  }
  if (ids.length === 2) return [[ids[0]!, ids[1]!]];
  if (ids.length > 2) {
    // The list follows the twin word ("побратимами являются A, B и C", "разорвать побратимские связи с A, B и C");
    // its owner stands before it, or is the reporting city.
    const first = parties.find((m) => m.start > triggerAt);
    if (!first) return [];
    const list = listFrom(clause, first, parties.filter((m) => m.start >= first.start));
    const owner = [...parties].reverse().find((m) => m.end <= triggerAt && !list.includes(m))?.id ?? ctx.reportCityId;
    if (!owner) return [];
    return list.filter((m) => m.id !== owner).map((m) => [owner, m.id] as [string, string]);
  }
  const titled = clause.all.filter((m) => m.kind === 'City' && m.via === 'name' && m.nestedIn === 'Institution' && TWIN_TITLE_BEFORE.test(before(clause, m, 40)));
  const lone = ids[0] ?? titled[0]?.id;
  // A lone partner is the reporting city's twin; the reporting city alone ("опыт развития побратимских связей
  // Омска") names no pair.
  if (lone && lone !== ctx.reportCityId) return ctx.reportCityId ? [[ctx.reportCityId, lone]] : [];
  if (OUR_CITIES.test(text) && ctx.reportCityId && ctx.topicCityId && ctx.topicCityId !== ctx.reportCityId) {
    return [[ctx.reportCityId, ctx.topicCityId]];
  }
  return [];
}

export const twinRule: Rule = (ctx) => clausesOf(ctx).flatMap((c) => twinsOfClause(c, ctx));

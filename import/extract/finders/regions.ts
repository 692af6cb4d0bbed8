// Regions a sentence names: "Омской области", "Алтайского края", "провинции Хэнань". Apart from the city finder
// because region names follow their own patterns (adjective + область/край, or a cue word before a name).
import { townsBeforeRegions, townsOfStatedRegions } from './town-region.js';
import { readings } from '../lexicon/morph.js';
import { slugId } from '../lexicon/slug.js';
import type { Mention } from '../mentions.js';
import type { Entity } from '../types.js';
import { cityNominative, countryInParentheses, isCapitalised, type Token } from './place-words.js';
import { findCountry } from './countries.js';

const REGION_WORDS = /^(област[ьиейю]|краем|края|краю|край|провинци[яиейю]|округ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|штат[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|район[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|республик[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|префектур[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|уезд[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|губерни[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|воеводств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|кантон[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аймак[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)$/iu;
/** The nouns of an adjective's region (`области`, `края`), anywhere in the sentence. */
const REGION_NOUN = /област|кра[йяюе]|облисполком|аймак|автономн/iu;
/** The words REGION_BEFORE needs, one of them in its match. */
const REGION_CUE = /провинци|штат|префектур|автономн|аймак|республик|губерни|воеводств|кантон/giu;
const AIMAK_ADJECTIVE = /(ий|ый|ого|его|ому|ему|им|ым|ом|ем)$/u;
const PLURAL_OBLAST = /^област(ями|ей|ях|ям|и)$/iu;
const AUTONOMOUS = /^(?:(округ)(а|у|ом|е)?|област(ь|и|ью))$/iu;
const REGION_COMMITTEE = /^\s+(областн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+исполнительн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+комитет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|облисполком[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/u;
const NEXT_CAPITALISED = /^\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)/u;
// "Республики Калмыкия", "Республикой Татарстан": a republic of a federation; a state's name there is a country's.
// "губернии Финнмарк", "воеводства Поморского", "кантона Тичино": other states' words for a province. Not "уезд": a
// Chinese or Japanese county ("уезд Дуннин") is a municipality, named as a city.
const REGION_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(провинци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|штат[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|префектур[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|аймак[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|губерни[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|воеводств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|кантон[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|республик[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|автономн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+район[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|автономн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+округ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|автономн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+област[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s*$/iu;

/** Regions: "Омской области", "Туркестанской областью", "провинции Хэнань", "Автономный район Внутренняя Монголия". */
export function findRegions(text: string, toks: Token[], mentions: Mention[], entities: Entity[]): void {
  // Every word pair below ends in `област…` or `кра…`: a sentence with neither needs no look at its words.
  // "Ростова Ярославской области": a town before a region not its own is its namesake there (town-region.ts).
  if (REGION_NOUN.test(text)) {
    byAdjective(text, toks, mentions, entities);
    townsOfStatedRegions(text, mentions, entities);
    townsBeforeRegions(text, mentions, entities);
  }
  // The look-behind below is tried at every position of the words before a capitalised word; it is tried only where
  // one of its words stands among them, and a sentence without any needs none of it.
  const cues = cueStarts(text);
  if (cues.length === 0) return;
  for (const t of toks) {
    if (!isCapitalised(t.text) || REGION_WORDS.test(t.text)) continue;
    const from = Math.max(0, t.start - 40);
    if (!cues.some((c) => from <= c && c < t.start) || !REGION_BEFORE.test(text.slice(from, t.start))) continue;
    // "префектурой Чингэлтэй Улан-Батора": a city's district, which the place finder took whole.
    if (mentions.some((m) => m.kind === 'City' && m.start < t.start && t.end <= m.end)) continue;
    // Multi-word names: "Внутренняя Монголия".
    let end = t.end;
    const next = NEXT_CAPITALISED.exec(text.slice(t.end));
    if (next && readings(t.text).some((r) => r.pos === 'ADJF')) end = t.end + next[0].length;
    const surface = text.slice(t.start, end);
    const republic = /республик[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*$/iu.test(text.slice(Math.max(0, t.start - 12), t.start));
    // "Глава города Чайджума Турецкой Республики Бюлент Озкан": after a state named in full, a person's name.
    if (republic && namedState(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    // "Республики Сербской" is an adjective's republic, named in its own order elsewhere; a state's is a country.
    if (republic && (/(ск|цк)(ой|ая|ую)$/u.test(surface) || findCountry(`Республика ${surface}`))) continue;
    // "Дархан-Уул аймака Монголии": a country after the word is the region's country, not its name.
    if (findCountry(surface)) continue;
    // After "провинции", "штата", "аймака" the name stands in the nominative, an apposition ("провинции Гилян"): it
    // keeps its form; a name of two words agrees ("Внутренней Монголии").
    const own = end === t.end ? surface : surface.split(/\s+/).map((w) => cityNominative(w)).join(' ');
    // A republic keeps the word in its name: "Республика Калмыкия".
    const name = republic ? `Республика ${own}` : own;
    addRegion(mentions, entities, name, t.start, end, countryInParentheses(text, end));
  }
}

/** Where each of REGION_CUE's words starts in `text`, in order (one inside another's match too). */
function cueStarts(text: string): number[] {
  const out: number[] = [];
  REGION_CUE.lastIndex = 0;
  for (let m = REGION_CUE.exec(text); m !== null; m = REGION_CUE.exec(text)) {
    out.push(m.index);
    REGION_CUE.lastIndex = m.index + 1;
  }
  return out;
}

const STATE_BEFORE = /([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ой|ая|ую)\s+республик[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s*$/iu;

/** Whether the words before end in a state's full name ("Турецкой Республики"): what follows is no republic of it. */
function namedState(before: string): boolean {
  const m = STATE_BEFORE.exec(before);
  return m !== null && Boolean(findCountry(m[1]!));
}

/** "Омской области", "Алтайского края": an adjective and the region's noun. */
function byAdjective(text: string, toks: Token[], mentions: Mention[], entities: Entity[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const adj = toks[i]!;
    const noun = toks[i + 1]!;
    if (isCapitalised(adj.text) && /(ск|цк)(ая|ой|ую|ою)$/u.test(adj.text) && /^област(ь|и|ью|ей|ям|ями|ях)$/iu.test(noun.text) && text.slice(adj.end, noun.start).trim() === '') {
      const name = regionNominative(adj.text) + ' область';
      addRegion(mentions, entities, name, adj.start, noun.end, null);
    }
    // "между Брянской и Гомельской областями": two regions share one plural noun.
    const second = toks[i + 2];
    const plural = toks[i + 3];
    if (
      second && plural && noun.text === 'и' && isCapitalised(adj.text) && isCapitalised(second.text) &&
      /(ск|цк)(ой|ую|ою)$/u.test(adj.text) && /(ск|цк)(ой|ую|ою)$/u.test(second.text) && PLURAL_OBLAST.test(plural.text)
    ) {
      addRegion(mentions, entities, regionNominative(adj.text) + ' область', adj.start, adj.end, null);
    }
    // A Belarusian region's executive committee: "Брестским областным исполнительным комитетом", "Гомельский облисполком".
    const committee = isCapitalised(adj.text) && /(ск|цк)(ий|ого|ому|им|ом)$/u.test(adj.text) ? REGION_COMMITTEE.exec(text.slice(adj.end)) : null;
    if (committee) addRegion(mentions, entities, regionNominative(adj.text) + ' область', adj.start, adj.end + committee[0].length, null);
    // "Ховдского аймака", "Восточного аймака": a Mongolian province by its adjective (a place's, or a quarter's).
    if (isCapitalised(adj.text) && AIMAK_ADJECTIVE.test(adj.text) && /^аймак(а|у|ом|е)?$/iu.test(noun.text)) {
      addRegion(mentions, entities, regionNominative(adj.text).replace(/([сц]к|[гкхжшчщ])ая$/u, '$1ий').replace(/ая$/u, 'ый') + ' аймак', adj.start, noun.end, 'MN');
    }
    // "Ханты-Мансийского автономного округа", "Еврейской автономной области": an autonomous okrug or oblast.
    const kind = toks[i + 2] && /^автономн/iu.test(noun.text) && isCapitalised(adj.text) && /(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую)$/u.test(adj.text) ? AUTONOMOUS.exec(toks[i + 2]!.text) : null;
    if (kind) addRegion(mentions, entities, regionNominative(adj.text).replace(/ая$/u, kind[1] ? 'ий' : 'ая') + (kind[1] ? ' автономный округ' : ' автономная область'), adj.start, toks[i + 2]!.end, countryInParentheses(text, toks[i + 2]!.end));
    if (isCapitalised(adj.text) && /(ск|цк)(ий|ого|ому|им|ом)$/u.test(adj.text) && /^кра[йяюе]м?$/iu.test(noun.text)) {
      const name = regionNominative(adj.text).replace(/ая$/u, 'ий') + ' край';
      addRegion(mentions, entities, name, adj.start, noun.end, null);
    }
  }
}

function regionNominative(adjective: string): string {
  const r = readings(adjective).find((x) => x.pos === 'ADJF');
  const inflected = r?.parse.inflect(['femn', 'sing', 'nomn']);
  const word = inflected ? String(inflected) : adjective.replace(/(ой|ую|ою)$/u, 'ая');
  // The dictionary gives lower case; each part keeps the capital it was written with (`Северо-Казахстанская`).
  const written = adjective.split('-');
  return word
    .split('-')
    .map((part, k) => (k === 0 || written[k]?.charAt(0) !== written[k]?.charAt(0).toLowerCase() ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('-');
}

function addRegion(mentions: Mention[], entities: Entity[], name: string, start: number, end: number, country: string | null): void {
  const id = `region:${slugId(name)}`;
  if (mentions.some((m) => m.start < end && start < m.end && m.kind === 'Region')) return;
  mentions.push({ kind: 'Region', id, start, end, via: 'name' });
  entities.push({ id, kind: 'Region', name, country });
}

// Cities and regions a sentence names: by name in any case (gazetteer + morphology), by context for cities the
// gazetteer lacks ("город Тиват", "г. Монро (США)", "городами-побратимами X, Y"), by adjective ("омские
// предприятия" → Омск) and by residents ("омичи" → Омск).
import { cityByInflected, cityByName, cityIdFor, type GazetteerCity } from '../lexicon/gazetteer.js';
import { Memo } from '../lexicon/memo.js';
import { slugId } from '../lexicon/slug.js';
import { transliterateTitle } from '../lexicon/transliterate.js';
import { adjectiveCountry } from './country-adjectives.js';
import { findCountry } from './countries.js';
import { readings } from '../lexicon/morph.js';
import { casesAfter, placeNominative } from '../lexicon/place-name.js';
import { worldCitiesLike } from '../lexicon/world.js';
import { cyrillicKey } from '../lexicon/sound-key.js';
import { declineName } from '../lexicon/declension.js';
import type { Mention } from '../mentions.js';
import type { Entity } from '../types.js';

export interface PlaceFinding {
  mentions: Mention[];
  /** Entities for the mentions, to merge into the report's registry. */
  entities: Entity[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}\p{M}]*(?:-[\p{L}][\p{L}\p{M}]*)*/gu;
// Words before a place name that say it is a city: "город", "г.", "города-побратимы", "мэрия", "муниципалитет".
const CITY_CUE = /(?<![\p{L}])(город(а|у|ом|е|ов|ам|ами|ах)?(-побратим\p{L}*|-партн[её]р\p{L}*|-герой\p{L}*)?(,?\s+как)?|г\.|мэри\p{L}+|муниципалитет\p{L}*|городск\p{L}+\s+округ\p{L}*)\s*$/iu;
const REGION_WORDS = /^(област[ьиейю]|краем|края|краю|край|провинци[яиейю]|округ\p{L}*|штат\p{L}*|район\p{L}*|республик\p{L}+|префектур\p{L}+|уезд\p{L}*|аймак\p{L}*)$/iu;
const REGION_BEFORE = /(?<![\p{L}])(провинци\p{L}+|штат\p{L}*|префектур\p{L}+|автономн\p{L}+\s+район\p{L}*|автономн\p{L}+\s+округ\p{L}*|автономн\p{L}+\s+област\p{L}*)\s*$/iu;
// Capitalised words that are never places even when a cue precedes them ("город Омск и Область").
const NOT_A_PLACE = /^(Республик|Российск|Федераци|Администрац|Мэр|Глав|Правительств|Народн|Муниципальн|Государствен|Международн|Центр|Дом|Совет|Управлени|Комитет|Департамент|Министерств)/u;

const cityForms = new Memo<GazetteerCity | null>(100_000);

function knownCity(phrase: string): GazetteerCity | null {
  return cityForms.get(phrase, () => cityByInflected(phrase) ?? null);
}

function isCapitalised(word: string): boolean {
  const c = word[0]!;
  return c !== c.toLowerCase();
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** The nominative of a city name the dictionary may not know, guided by az and by common endings. */
export function cityNominative(word: string): string {
  if (/[A-Za-z]/.test(word)) return word;
  const parts = word.split('-');
  const last = parts.pop()!;
  const geox = readings(last).find((r) => r.pos === 'NOUN' && (r.proper || !r.known) && r.case !== null);
  let lemma = last;
  if (geox && geox.case !== 'nomn' && geox.lemma) {
    lemma = geox.lemma;
    if (last[0] === last[0]!.toUpperCase()) lemma = lemma.charAt(0).toUpperCase() + lemma.slice(1);
    if (last === last.toUpperCase() && last.length > 1) lemma = lemma.toUpperCase();
  }
  const name = [...parts, lemma].join('-');
  // "ОМСК" in a heading: a person writes "Омск".
  return name === name.toUpperCase() && name.length > 2 ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/**
 * A Chinese town in the spelling the text uses (`Шеньяном` → Шеньян, `Шэньяном` → Шэньян) when the gazetteer
 * lists that spelling as a variant of the same sound: transliteration systems differ and a person keeps the
 * text's. Other names keep the gazetteer's canonical form (`Могилев` → Могилёв).
 */
function spelledAsWritten(city: GazetteerCity, phrase: string | undefined): string {
  if (!phrase || (city.country !== 'CN' && city.country !== 'TW') || !city.variants?.length) return city.name;
  const written = phrase.toLowerCase();
  const key = cyrillicKey(city.name);
  let best = city.name;
  let bestLength = written.startsWith(city.name.toLowerCase().slice(0, -1)) ? city.name.length : 0;
  for (const v of city.variants) {
    if (v.length > bestLength && written.startsWith(v.toLowerCase().slice(0, -1)) && cyrillicKey(v) === key) {
      best = v;
      bestLength = v.length;
    }
  }
  return best;
}

function cityEntity(city: GazetteerCity, phrase?: string): Entity {
  return {
    id: city.id,
    kind: 'City',
    name: spelledAsWritten(city, phrase),
    nameEn: city.nameEn,
    country: city.country,
    lat: city.lat ?? null,
    lon: city.lon ?? null,
    wikidata: city.wikidata ?? null,
  };
}

/** A country named in parentheses right after a place: "Монро (США)", "Минск (Республика Беларусь)". */
const PARENTHESES = /\s*\(([^()]{2,80})\)/uy;

function countryInParentheses(text: string, from: number): string | null {
  // A sticky match at `from`: no copy of the rest of the sentence per word.
  PARENTHESES.lastIndex = from;
  const m = PARENTHESES.exec(text);
  if (!m) return null;
  for (const part of m[1]!.split(/[,;]/).reverse()) {
    const c = findCountry(part.trim());
    if (c) return c.iso2;
  }
  return null;
}

/** City adjectives ("омский") and residents ("омичи", "минчане") to the city they derive from. */
export function cityFromDerived(word: string): GazetteerCity | null {
  const whole = word.toLowerCase().replace(/ё/g, 'е');
  if (whole.length < 5) return null;
  // A hyphenated adjective derives from a hyphenated name (`южно-сахалинские` → Южно-Сахалинск): the dictionary
  // reads its last part, and the parts before it stay as written.
  const dash = whole.lastIndexOf('-');
  const prefix = whole.slice(0, dash + 1);
  const lower = whole.slice(dash + 1);
  const stems = new Set<string>();
  for (const r of readings(lower)) {
    if (r.pos !== 'ADJF' && r.pos !== 'NOUN') continue;
    const l = r.lemma;
    let m = /^(.+?)(ск|цк)ий$/u.exec(l);
    if (r.pos === 'ADJF' && m) {
      const stem = m[1]!;
      // омский → омск; гомельский → гомель; барнаульский → барнаул; урумчийский → урумчи; петербургский → петербург
      for (const s of [stem + 'ск', stem, stem.replace(/ь$/u, ''), stem + 'ь', stem.replace(/й$/u, ''), stem.replace(/н$/u, ''), stem + 'а', stem + 'ия', stem + 'цк']) stems.add(s);
    }
    m = /^(.+?)(ич|чанин|чанка|ичка|янин|анин)$/u.exec(l);
    if (r.pos === 'NOUN' && m) {
      // омич → омск, томич → томск, минчанин → минск
      stems.add(m[1]! + 'ск');
    }
  }
  for (const s of stems) {
    if (s.length < 3) continue;
    const hit = cityByName(prefix + s);
    if (hit) return hit;
  }
  return null;
}

const DERIVED_SHAPE = /^((\p{L}+-)?\p{L}{2,}(ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|\p{L}{2,}(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами))$/iu;

/** Places in a text; words inside `people` (spans of persons' names) are never places (`Владимир Петров`). */
export function findPlaces(text: string, people: ReadonlyArray<{ start: number; end: number }> = []): PlaceFinding {
  const toks = tokens(text).filter((t) => !people.some((p) => p.start <= t.start && t.end <= p.end));
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const taken = new Set<number>();
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // City districts: "Октябрьский район г. Минска" is a municipality of its own.
    const district = districtAt(text, toks, i);
    if (district) {
      mentions.push({ kind: 'City', id: district.entity.id, start: t.start, end: district.end, via: 'name' });
      entities.push(district.entity);
      i = district.next;
      continue;
    }
    // Known cities: the longest phrase of up to three words that the gazetteer knows in some case form.
    if (isCapitalised(t.text)) {
      let matched = false;
      for (let n = Math.min(3, toks.length - i); n >= 1 && !matched; n--) {
        const last = toks[i + n - 1]!;
        const phrase = text.slice(t.start, last.end);
        if (n > 1 && /[,.;:()«»]/.test(phrase)) continue;
        const city = knownCity(phrase);
        if (!city) continue;
        if (n === 1 && !plausibleSingleWord(text, t, city)) continue;
        const country = countryInParentheses(text, last.end);
        const compass = compassPart(text, toks[i - 1], t, city);
        const entity = compass ?? cityEntity(city, phrase);
        if (country && !entity.country) entity.country = country;
        mentions.push({ kind: 'City', id: entity.id, start: compass ? toks[i - 1]!.start : t.start, end: last.end, via: 'name' });
        entities.push(entity);
        for (let k = i; k < i + n; k++) taken.add(k);
        i += n;
        matched = true;
      }
      if (matched) continue;
      const next = toks[i + 1];
      const adjacent = next !== undefined && text.slice(t.end, next.start) === ' ' && isCapitalised(next.text);
      // "Восточное Сараево": the compass word belongs to the town after it, found at the next word.
      if (COMPASS.test(t.text) && adjacent) {
        i++;
        continue;
      }
      // Unknown cities from their context: a city cue before, or a country in parentheses after.
      const preceding = text.slice(Math.max(0, t.start - 40), t.start);
      // "встреча с городами-побратимами Хэнани": after a plural "cities", a lone name is their owner (a
      // province, a country), not a city; a list ("городами Кайфын, Маньчжурия и Урумчи") is cities.
      const pluralCue = /город(ами|ов|ам|ах)(-\p{L}+)?\s*$/iu.test(preceding);
      const cue = CITY_CUE.test(preceding) && (!pluralCue || /^\s*(,|и\s|\()/u.test(text.slice(t.end, t.end + 4)));
      const country = countryInParentheses(text, t.end);
      // A list continues only with a noun: "городом Омском и Научно-производственным объединением" does not.
      const inList = !cue && continuesCityList(text, mentions, t) && !readings(t.text).some((r) => r.pos === 'ADJF' && r.known);
      // "с японским Комацу", "в норвежском Киркенесе": after a country's adjective, a town of that country.
      const adjective = /([\p{Ll}-]+)\s+$/u.exec(preceding)?.[1];
      const adjectiveIso = adjective && !readings(t.text).some((r) => r.pos === 'ADJF' && r.known) ? adjectiveCountry(adjective) : undefined;
      if ((cue || country || inList || adjectiveIso) && !NOT_A_PLACE.test(t.text) && !findCountry(t.text) && !isInitialOrPerson(text, t)) {
        // "Чапел Хилл": two capitalised words that together are a town's name are one, written with a hyphen.
        const pair = adjacent ? worldCitiesLike(`${t.text} ${next.text}`)[0] : undefined;
        const last = pair ? next! : t;
        const surface = pair ? `${t.text}-${next!.text}` : t.text;
        const { name, town } = pair ? { name: surface, town: pair } : placeNominative(surface, casesAfter(preceding), cityNominative(surface));
        if ((!cue && !country && !inList && town?.country !== adjectiveIso) || (!town && !pair && notATown(t.text, adjacent))) {
          i++;
          continue;
        }
        const id = cityIdFor(name);
        mentions.push({ kind: 'City', id, start: t.start, end: last.end, via: 'name' });
        entities.push({ id, kind: 'City', name, nameEn: town?.name ?? transliterateTitle(name), country: country ?? adjectiveIso ?? town?.country ?? null });
        taken.add(i);
        i += pair ? 2 : 1;
        continue;
      }
    }
    // Adjectives and residents: "омская делегация", "омичи", "Петербургский форум".
    if (DERIVED_SHAPE.test(t.text)) {
      const city = cityFromDerived(t.text);
      if (city) {
        mentions.push({ kind: 'City', id: city.id, start: t.start, end: t.end, via: /ск|цк/iu.test(t.text) ? 'adjective' : 'residents' });
        entities.push(cityEntity(city));
      } else {
        const iso = adjectiveCountry(t.text);
        if (iso) mentions.push({ kind: 'Country', id: `country:${iso}`, start: t.start, end: t.end, via: 'adjective' });
      }
    }
    i++;
  }
  findRegions(text, toks, mentions, entities);
  // "Омской области": the adjective inside a region's name does not name the city.
  const regions = mentions.filter((m) => m.kind === 'Region');
  const kept = mentions.filter((m) => m.kind === 'Region' || !regions.some((r) => r.start <= m.start && m.end <= r.end));
  const ids = new Set(kept.map((m) => m.id));
  return { mentions: kept.sort((a, b) => a.start - b.start), entities: entities.filter((e) => ids.has(e.id)) };
}

const DISTRICT = /^(\p{Lu}\p{Ll}+(ий|ый|ой|ого|ому|им|ым|ом))\s+(район\p{L}*)\s+(г\.\s*|города\s+)?(\p{Lu}[\p{L}-]+)/u;

// A district named by a foreign name after the word: "районом Дадукоу города Чунцин" → `район Дадукоу Чунцина`.
const NAMED_DISTRICT = /^район(а|у|ом|е)?\s+(\p{Lu}[\p{L}-]+)\s+(г\.\s*|города\s+)(\p{Lu}[\p{L}-]+)/u;

function namedDistrictAt(text: string, toks: Token[], i: number): { entity: Entity; end: number; next: number } | null {
  const t = toks[i]!;
  const m = NAMED_DISTRICT.exec(text.slice(t.start, t.start + 80));
  if (!m) return null;
  const city = knownCity(m[4]!);
  // The district's own name is a name, not a word of the language (`районе Победы` is not one).
  if (!city || readings(m[2]!).some((r) => r.known && !r.proper)) return null;
  const name = `район ${m[2]} ${declineName(city.name).gent[0] ?? city.name}`;
  const end = t.start + m[0].length;
  const next = toks.findIndex((x) => x.start >= end);
  const entity: Entity = { id: cityIdFor(name), kind: 'City', name, nameEn: null, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null };
  return { entity, end, next: next < 0 ? toks.length : next };
}

function districtAt(text: string, toks: Token[], i: number): { entity: Entity; end: number; next: number } | null {
  const t = toks[i]!;
  const m = DISTRICT.exec(text.slice(t.start, t.start + 80));
  if (!m) return /^район/u.test(t.text) ? namedDistrictAt(text, toks, i) : null;
  const city = knownCity(m[5]!);
  if (!city) return null;
  const r = readings(m[1]!).find((x) => x.pos === 'ADJF');
  const inflected = r?.parse.inflect(['masc', 'sing', 'nomn']);
  const adj = inflected ? String(inflected) : m[1]!;
  const cityGen = m[5]!;
  const name = `${adj.charAt(0).toUpperCase()}${adj.slice(1)} район ${cityGen}`;
  const known = cityByName(name);
  const end = t.start + m[0].length;
  const next = toks.findIndex((x) => x.start >= end);
  const entity: Entity = known
    ? cityEntity(known)
    : { id: cityIdFor(name), kind: 'City', name, nameEn: null, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null };
  return { entity, end, next: next < 0 ? toks.length : next };
}

/**
 * A word no town confirms is no town when the dictionary knows it as a common noun (`в городе Юности`, `Дни
 * Вологды`) or it is an adjective before another capitalised word (`Киргизской Республики`).
 */
function notATown(word: string, beforeCapitalised: boolean): boolean {
  const rs = readings(word);
  if (rs.some((r) => r.known && r.pos === 'NOUN' && !r.proper)) return true;
  return beforeCapitalised && rs.some((r) => r.known && r.pos === 'ADJF');
}

const COMPASS = /^(Восточн|Западн|Северн|Южн)(ое|ого|ому|ым|ом|ая|ой|ую|ый|ий)$/u;

/** "Восточного Сараева" → Восточное Сараево: a compass adjective right before a known city makes another town. */
function compassPart(text: string, prev: Token | undefined, t: Token, city: GazetteerCity): Entity | null {
  if (!prev) return null;
  const m = COMPASS.exec(prev.text);
  if (!m || text.slice(prev.end, t.start) !== ' ') return null;
  const gender = /[оеи]$/u.test(city.name) ? 'ое' : /[ая]$/u.test(city.name) ? 'ая' : m[1] === 'Южн' ? 'ый' : 'ый';
  const name = `${m[1]}${gender} ${city.name}`;
  return { id: cityIdFor(name), kind: 'City', name, nameEn: null, country: city.country };
}

/** A lone capitalised word is a city only if it is not a person's name in a name-like spot. */
function plausibleSingleWord(text: string, t: Token, city: GazetteerCity): boolean {
  if (isInitialOrPerson(text, t, false)) return false;
  // "Мира" (улица Мира), "Победы": a dictionary word that happens to be a city needs a cue or a capital mid-sentence.
  const r = readings(t.text)[0];
  if (r && r.known && !r.proper && r.pos !== 'NOUN') return false;
  return city !== undefined;
}

/** "С.Н. Шелестом", "Шелест С.Н.", "Павла Васильева": words next to initials or first names are people. */
function isInitialOrPerson(text: string, t: Token, checkAfter = true): boolean {
  const before = text.slice(Math.max(0, t.start - 8), t.start);
  const after = text.slice(t.end, t.end + 6);
  // Initials after a known city ("Мэром города Омска С.Н. Шелестом") belong to the next word, not to the city.
  if (/(\p{Lu}\.\s?){1,2}$/u.test(before) || (checkAfter && /^\s?\p{Lu}\.\s?\p{Lu}\./u.test(after))) return true;
  if (/(им\.|имени)\s*$/u.test(text.slice(Math.max(0, t.start - 8), t.start))) return true;
  // "им. Павла Васильева": a word after a first name is a surname.
  const previous = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 30), t.start));
  if (previous && readings(previous[1]!).some((r) => r.parse.tag.Name)) return true;
  return false;
}

/** "городами-побратимами Кайфын, Маньчжурия и Урумчи": a capitalised word that continues a list of cities. */
function continuesCityList(text: string, mentions: Mention[], t: Token): boolean {
  const last = mentions[mentions.length - 1];
  if (!last || last.kind !== 'City' || last.via !== 'name') return false;
  const gap = text.slice(last.end, t.start);
  return /^\s*(\([^()]*\))?\s*(,|и|,\s*и)\s*(г\.\s*)?$/u.test(gap);
}


/** Regions: "Омской области", "Туркестанской областью", "провинции Хэнань", "Автономный район Внутренняя Монголия". */
function findRegions(text: string, toks: Token[], mentions: Mention[], entities: Entity[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const adj = toks[i]!;
    const noun = toks[i + 1]!;
    if (isCapitalised(adj.text) && /(ск|цк)(ая|ой|ую|ою)$/u.test(adj.text) && /^област/iu.test(noun.text) && text.slice(adj.end, noun.start).trim() === '') {
      const name = regionNominative(adj.text) + ' область';
      addRegion(mentions, entities, name, adj.start, noun.end, null);
    }
    if (isCapitalised(adj.text) && /(ск|цк)(ий|ого|ому|им|ом)$/u.test(adj.text) && /^кра[йяюе]м?$/iu.test(noun.text)) {
      const name = regionNominative(adj.text).replace(/ая$/u, 'ий') + ' край';
      addRegion(mentions, entities, name, adj.start, noun.end, null);
    }
  }
  for (const t of toks) {
    if (!isCapitalised(t.text) || REGION_WORDS.test(t.text)) continue;
    if (!REGION_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    // Multi-word names: "Внутренняя Монголия".
    let end = t.end;
    const next = /^\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(t.end));
    if (next && readings(t.text).some((r) => r.pos === 'ADJF')) end = t.end + next[0].length;
    const surface = text.slice(t.start, end);
    const name = surface.split(/\s+/).map((w) => cityNominative(w)).join(' ');
    addRegion(mentions, entities, name, t.start, end, countryInParentheses(text, end));
  }
}

function regionNominative(adjective: string): string {
  const r = readings(adjective).find((x) => x.pos === 'ADJF');
  const inflected = r?.parse.inflect(['femn', 'sing', 'nomn']);
  const word = inflected ? String(inflected) : adjective.replace(/(ой|ую|ою)$/u, 'ая');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function addRegion(mentions: Mention[], entities: Entity[], name: string, start: number, end: number, country: string | null): void {
  const id = `region:${slugId(name)}`;
  if (mentions.some((m) => m.start < end && start < m.end && m.kind === 'Region')) return;
  mentions.push({ kind: 'Region', id, start, end, via: 'name' });
  entities.push({ id, kind: 'Region', name, country });
}

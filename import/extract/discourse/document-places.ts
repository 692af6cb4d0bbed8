// Towns a report names once with a cue ("сербского города Панчево", "Цзямусы (КНР)") and then bare ("Панчево и
// Череповец подписали …"): the finders read one sentence at a time, and a name the gazetteer lacks needs a cue in
// each. Once the document has called a word a town, its other mentions of the same word are that town too.
import { cityById, cityIdFor } from '../lexicon/gazetteer.js';
import { nominativeCandidates } from '../lexicon/nominative-candidates.js';
import { isCapitalised, tokens, type Token } from '../finders/place-words.js';
import { cityFromDerived, isSharedAdjective } from '../finders/city-derived.js';
import { adjectiveTowns, TOWN_ADJECTIVE } from './adjective-towns.js';
import { sortMentions, type Mention } from '../mentions.js';
import { inLatin } from '../lexicon/name-key.js';
import type { Entity, Sentence } from '../types.js';

interface Found {
  mentions: Mention[];
  entities: Entity[];
}

export interface DocumentPlaces {
  /** The sentence's mentions and entities with the document's towns that it names bare added. */
  extend<F extends Found>(sentence: Sentence, found: F): F;
}

const NOTHING: DocumentPlaces = { extend: (_sentence, found) => found };
// "Юнусабадский район г. Ташкента" named once in full: the bare "Юнусабадского района" elsewhere is that district.
const CITY_DISTRICT = /^(\S+ район) \S/u;

/**
 * The towns the gazetteer lacks that some sentence of `findings` found by a cue, by their one-word name; and the
 * towns the document names, without which an adjective shared with another word (`уральская столица`, `братские
 * отношения`) is no town's.
 */
export function documentPlaces(findings: ReadonlyArray<Found & { sentence?: Sentence }>): DocumentPlaces {
  const byName = new Map<string, Entity>();
  const districts = new Map<string, Entity>();
  const named = new Set(findings.flatMap((f) => f.mentions.filter((m) => m.kind === 'City' && m.via === 'name').map((m) => m.id)));
  const shared = new Set<string>();
  for (const f of findings) {
    for (const m of f.mentions) {
      if ((m.via === 'adjective' || m.via === 'residents') && f.sentence && !named.has(m.id) && isSharedAdjective(f.sentence.text.slice(m.start, m.end))) shared.add(m.id);
    }
  }
  for (const f of findings) {
    for (const e of f.entities) {
      const district = e.kind === 'City' ? CITY_DISTRICT.exec(e.name) : null;
      if (district && !districts.has(cityIdFor(district[1]!))) districts.set(cityIdFor(district[1]!), e);
      if (e.kind !== 'City' || cityById(e.id) || /\s/u.test(e.name) || e.name.length < 3) continue;
      if (!f.mentions.some((m) => m.id === e.id && (m.via === 'name' || m.via === 'authority'))) continue;
      if (!byName.has(e.name)) byName.set(e.name, e);
    }
  }
  const sameTowns = declinedTwins(byName, findings.map((f) => f.sentence?.text ?? '').join('\n'), surfacesOf(findings));
  for (const [id, e] of districtTowns(findings, named)) sameTowns.set(id, e);
  for (const [id, e] of shortTowns(findings)) sameTowns.set(id, e);
  for (const [id, e] of adjectiveTowns(findings)) sameTowns.set(id, e);
  if (byName.size === 0 && districts.size === 0 && shared.size === 0 && sameTowns.size === 0) return NOTHING;
  // The pipeline extends each sentence twice (its findings, then its relations' mentions): its words that name one
  // of the document's towns are read once, by the sentence (this document's; the map goes with it).
  // (By the sentence's text: the LOCATED_IN pass reads the same sentences again, split anew.)
  const townWordsOf = new Map<string, TownWord[]>();
  const moved = new Map([...districts, ...sameTowns]);
  return {
    extend(sentence, given) {
      const input = shared.size ? withoutShared(given, shared) : given;
      const found = moved.size ? withDocumentTowns(input, moved) : input;
      if (byName.size === 0) return found;
      let added: Mention[] | null = null;
      let entities: Entity[] | null = null;
      // "с Университетом Бахр-Дара" in a text that named Бахр-Дар: the body is in that town.
      const placed = new Map<Mention, string>();
      let words = townWordsOf.get(sentence.text);
      if (words === undefined) townWordsOf.set(sentence.text, (words = townWords(sentence.text, byName, sameTowns)));
      for (const { t, town, adjectiveOf } of words) {
        const over = found.mentions.filter((m) => m.start < t.end && t.start < m.end);
        const within = over.length === 1 && over[0]!.kind === 'Institution' ? over[0] : undefined;
        if (over.length > 0 && !within) continue;
        // Inside a body's name, a town named after its head ("Университет Бахр-Дара") or by the adjective that opens
        // it ("Ванадзорский государственный университет"); a name that opens with the town's noun is the body's own.
        const body = within && (within.start < t.start || adjectiveOf) ? within : undefined;
        if (within && (!body || !placesBody(sentence.text, body, t))) continue;
        const id = (town ?? adjectiveOf)!.id;
        (added ??= []).push({ kind: 'City', id, start: t.start, end: t.end, via: town ? 'name' : 'adjective', ...(body ? { nestedIn: 'Institution' as const } : {}) });
        (entities ??= []).push((town ?? adjectiveOf)!);
        if (body && !found.mentions.some((m) => m.kind === 'City' && m.start >= body.start && m.end <= body.end)) placed.set(body, id);
      }
      if (!added) return found;
      const mentions = found.mentions.map((m) => (placed.has(m) ? { ...m, cityId: placed.get(m)! } : m));
      const cityOf = new Map([...placed].map(([m, id]) => [m.id, id]));
      const bodies = found.entities.map((e) => (cityOf.has(e.id) ? { ...e, city: cityOf.get(e.id)! } : e));
      return { ...found, mentions: sortMentions([...mentions, ...added]), entities: [...bodies, ...entities!] };
    },
  };
}

// "Центр Веспремской области", "Краславского края": a region's adjective, no town's; "Общество «Долинск - Наеро»":
// towns in a body's quoted name are its name, not where it is.
const REGION_NOUN_AFTER = /^\s+(област|кра[йяюе]|район|округ|уезд|повят)/u;

/** Whether the town's word at `t` inside `body` says where the body is. */
function placesBody(text: string, body: Mention, t: Token): boolean {
  if (REGION_NOUN_AFTER.test(text.slice(t.end, t.end + 12))) return false;
  const open = text.lastIndexOf('«', t.start);
  return !(open >= body.start && text.indexOf('»', open) >= t.end);
}

/** A capitalised word of a sentence that names a town of the document, or is its adjective. */
interface TownWord {
  t: Token;
  town: Entity | undefined;
  adjectiveOf: Entity | undefined;
}

function townWords(text: string, byName: ReadonlyMap<string, Entity>, sameTowns: ReadonlyMap<string, Entity>): TownWord[] {
  const out: TownWord[] = [];
  for (const t of tokens(text)) {
    if (!isCapitalised(t.text)) continue;
    const named = nominativeCandidates(t.text).map((c) => byName.get(c)).find((e) => e !== undefined);
    const town = named && (sameTowns.get(named.id) ?? named);
    // "председатель Жодинского горисполкома" in a text that named Жодино: the town's adjective.
    const adjectiveOf = town ? undefined : townOfAdjective(t.text, byName);
    if (town || adjectiveOf) out.push({ t, town, adjectiveOf });
  }
  return out;
}

/** The sentence without the adjectives of towns the document does not name that are another word's adjectives too. */
function withoutShared<F extends Found>(found: F, shared: ReadonlySet<string>): F {
  const isShared = (m: Mention) => (m.via === 'adjective' || m.via === 'residents') && shared.has(m.id);
  if (!found.mentions.some(isShared)) return found;
  const mentions = found.mentions.filter((m) => !isShared(m));
  return { ...found, mentions, entities: found.entities.filter((e) => !shared.has(e.id) || mentions.some((m) => m.id === e.id)) };
}

/**
 * "Мэрии Каракола и Манаса", "посетила город Манас": one town read from two of its cases as two names (Манаса, a town
 * in India, and Манас). A name that is a case of another the document names, and not the other way round, is that
 * one: its id maps to the other's entity.
 */
function declinedTwins(byName: ReadonlyMap<string, Entity>, text: string, surfaces: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const [name, e] of byName) {
    // "делегацией муниципалитета Руйиена" read as Руйиен's genitive, in a text that names Руйиена (Руйиеной):
    // a word written for this town is another's own name.
    // (Not a Latin spelling over a Cyrillic name: "Künstler aus Tikhvin" names Тихвин too.)
    const written = [...(surfaces.get(e.id) ?? [])].find((w) => w !== name && byName.has(w) && !(inLatin(w) && !inLatin(name)));
    if (written) {
      out.set(e.id, byName.get(written)!);
      continue;
    }
    // The other name as the text writes it ("посетила город Манас"), not one guessed from cases alone (Дар for Дарем).
    const other = nominativeCandidates(name).find((c) => c !== name && byName.has(c) && writtenAsWord(text, c));
    if (other && !nominativeCandidates(other).includes(name)) out.set(e.id, byName.get(other)!);
  }
  return out;
}


// "председатель Полоцкого райисполкома" in a text that names Полоцк: a Belarusian district's executive governs its
// town too, and the text speaks of the town (with no town named, of the district: "Лидский район").
const BELARUSIAN_DISTRICT = /^(\S+ий) район$/u;

/** The Belarusian districts whose town the document names, by the district's id: that town. */
function districtTowns(findings: ReadonlyArray<Found>, named: ReadonlySet<string>): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const f of findings) {
    for (const e of f.entities) {
      const m = e.kind === 'City' && e.country === 'BY' ? BELARUSIAN_DISTRICT.exec(e.name) : null;
      const town = m ? cityFromDerived(m[1]!) : null;
      const entity = town && named.has(town.id) ? findings.flatMap((x) => x.entities).find((x) => x.id === town.id) : undefined;
      if (entity) out.set(e.id, entity);
    }
  }
  return out;
}

/**
 * "Глава Комсомольска" in a text that names Комсомольск-на-Амуре, "Петропавловск" beside Петропавловск-Камчатский:
 * a town named by the first part of another's hyphenated name is that town (not the Ukrainian Komsomolsk).
 */
function shortTowns(findings: ReadonlyArray<Found>): Map<string, Entity> {
  const towns = new Map<string, Entity>();
  for (const f of findings) for (const e of f.entities) if (e.kind === 'City' && !towns.has(e.id)) towns.set(e.id, e);
  const out = new Map<string, Entity>();
  for (const short of towns.values()) {
    const full = [...towns.values()].filter((e) => e.name.startsWith(`${short.name}-`));
    if (full.length === 1) out.set(short.id, full[0]!);
  }
  return out;
}

/** The words each town was read from ("Руйиена", "Руйиеной"), by the town's id. */
function surfacesOf(findings: ReadonlyArray<Found & { sentence?: Sentence }>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.sentence) continue;
    for (const m of f.mentions) {
      if (m.kind !== 'City' || (m.via !== 'name' && m.via !== 'authority')) continue;
      // An authority's span ends with its town's word: "муниципалитета Руйиена".
      const span = f.sentence.text.slice(m.start, m.end);
      const word = m.via === 'name' ? span : LAST_WORD.exec(span)?.[0];
      if (!word) continue;
      let set = out.get(m.id);
      if (!set) out.set(m.id, (set = new Set()));
      set.add(word);
    }
  }
  return out;
}

const LAST_WORD = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+$/u;

function writtenAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]/u.test(text[at - 1] ?? '') && !/[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/**
 * The sentence's mentions of a bare district read as the document's district of a city of the same name, and of a
 * town's other name (a case read as a name, a district named short) as that town.
 */
function withDocumentTowns<F extends Found>(found: F, towns: ReadonlyMap<string, Entity>): F {
  const moved = (m: Mention) => towns.has(m.id) || (m.cityId != null && towns.has(m.cityId));
  if (!found.mentions.some(moved)) return found;
  const to = (id: string) => towns.get(id)?.id ?? id;
  return {
    ...found,
    mentions: found.mentions.map((m) => (moved(m) ? { ...m, id: to(m.id), ...(m.cityId != null ? { cityId: to(m.cityId) } : {}) } : m)),
    entities: found.entities.map((e) => towns.get(e.id) ?? e),
  };
}


/** The document's town whose adjective the word is, if any: its stem with the endings town names take. */
function townOfAdjective(word: string, byName: ReadonlyMap<string, Entity>): Entity | undefined {
  const m = TOWN_ADJECTIVE.exec(word);
  if (!m) return undefined;
  const stem = m[1]!;
  // Байкальском → Байкальск: a town in -ск/-цк whose adjective adds only the ending.
  for (const c of [stem, stem + m[2]!, stem + 'о', stem + 'а', stem + 'е', stem + 'и', stem + 'ь', stem.replace(/ен$/u, 'о')]) {
    const town = byName.get(c);
    if (town) return town;
  }
  return undefined;
}

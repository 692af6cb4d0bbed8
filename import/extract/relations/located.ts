// LOCATED_IN: where the report's actors are: each foreign partner city in its country, each institution that a
// relation's sentence names in its city, once per report, with the sentence that places it as evidence (else the
// first sentence that names it).
import { reportedAsHome } from '../finders/uncued-towns.js';
import type { Mention } from '../mentions.js';
import type { EntityRegistry } from '../registry.js';
import { countryEntity, mentionsOf } from '../sentence-mentions.js';
import type { ExtractedRelation, Sentence } from '../types.js';
import { before, clausesOf } from './context.js';
import { statedCountries } from './stated-country.js';
import { countryIsGuess } from './sound-only-towns.js';
import { confidenceOf } from '../confidence.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
const CITY_WORD_BEFORE = /(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?|г\.)\s*$/iu;

type Evidence = ExtractedRelation['evidence'];

const REPORTS_AFTER = /^\s*(сообщает|сообщил[аио]?|сообщают|информирует|передает|передаёт)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/**
 * A sentence's mentions as the extraction read them: the finders', with the document's towns (discourse/
 * document-places.ts) where the pipeline has them, so a body is placed in the town the document means.
 */
export type ReadSentence = (sentence: Sentence, reportCityId: string | null) => { mentions: Mention[] };

/**
 * `rels` are the report's finished relations, `drafts` every sentence-level relation with its evidence. A city
 * that is only an event's venue is not placed (the graph relates it to the event, not to the network).
 */
export function locatedIn(
  rels: ExtractedRelation[],
  registry: EntityRegistry,
  reportCityId: string | null,
  drafts: ExtractedRelation[],
  reportSentences: readonly Sentence[] = [],
  read: ReadSentence = mentionsOf,
): ExtractedRelation[] {
  const homeCountry = reportCityId ? registry.get(reportCityId)?.country ?? null : null;
  const firstEvidence = new Map<string, Evidence>();
  const note = (id: string, evidence: Evidence) => {
    const known = firstEvidence.get(id);
    if (!known || evidence.start < known.start) firstEvidence.set(id, evidence);
  };
  for (const r of drafts) for (const id of [r.source, r.target]) note(id, r.evidence);

  const own = rels.filter((r) => r.kind !== 'LOCATED_IN');
  const actors = new Set(own.filter((r) => r.kind !== 'HELD_IN').flatMap((r) => [r.source, r.target]));
  for (const r of own) if (r.kind === 'HELD_IN') actors.add(r.source);

  // Institutions named in a sentence that states a relation, with the city their own name gives, if any, and the
  // sentence that gives it: the one naming the fewest other cities (a visit to Urumqi does not place a university
  // in Omsk), the first of those.
  const statedCity = new Map<string, string>();
  const placedBy = new Map<string, { evidence: Evidence; others: number }>();
  const sentences = new Map<number, Evidence>();
  const kept = new Set(own.map((r) => r.evidence.start));
  for (const r of drafts) if (kept.has(r.evidence.start)) sentences.set(r.evidence.start, r.evidence);
  for (const evidence of sentences.values()) {
    const { mentions } = read({ text: evidence.quote, start: evidence.start, end: evidence.end }, reportCityId);
    // An institution no relation uses is placed only where its own name says ("… в городе Омске", "Омский …"):
    // the finder's default, the reporting city, is too often wrong for a bystander.
    for (const inst of institutionsIn(evidence.quote, mentions)) {
      if (!inst.city) continue;
      actors.add(inst.id);
      note(inst.id, evidence);
      const others = new Set(mentions.filter((m) => m.kind === 'City' && m.id !== inst.city).map((m) => m.id)).size;
      const known = placedBy.get(inst.id);
      if (!known || others < known.others || (others === known.others && evidence.start < known.evidence.start)) {
        placedBy.set(inst.id, { evidence, others });
        statedCity.set(inst.id, inst.city);
      }
    }
  }

  // Any other institution of the report whose finder read its city from its own name or right after it
  // ("Генеральное консульство США в Екатеринбурге", "Сургутский государственный университет"): placed there too.
  // Institutions placed though no relation names them: annual reports name many the gold leaves unplaced.
  const bystanders = new Set<string>();
  for (const sentence of reportSentences) {
    const { mentions } = read(sentence, null);
    for (const inst of mentions) {
      if (inst.kind !== 'Institution' || !inst.cityId || statedCity.has(inst.id) || !registry.has(inst.cityId)) continue;
      // A press service is where the news came from, not an actor of it; so is a body that reports ("Тверская
      // епархия сообщает, что …").
      if (/^пресс?-служб/iu.test(registry.get(inst.id)?.name ?? '') || REPORTS_AFTER.test(sentence.text.slice(inst.end, inst.end + 20))) continue;
      const evidence = { quote: sentence.text, start: sentence.start, end: sentence.end };
      actors.add(inst.id);
      note(inst.id, evidence);
      placedBy.set(inst.id, { evidence, others: 0 });
      statedCity.set(inst.id, inst.cityId);
      bystanders.add(inst.id);
    }
  }

  const out: ExtractedRelation[] = [];
  const place = (source: string, target: string, confidence: number) => {
    const evidence = placedBy.get(source)?.evidence ?? firstEvidence.get(source);
    if (evidence) out.push({ kind: 'LOCATED_IN', source, target, year: null, month: null, status: null, confidence, evidence });
  };
  const cities = new Set<string>();
  for (const id of actors) {
    const e = registry.get(id);
    if (!e) continue;
    if (e.kind === 'City') cities.add(id);
    if (e.kind !== 'Institution') continue;
    const city = statedCity.get(id) ?? e.city;
    if (city && registry.has(city) && city !== id) {
      place(id, city, confidenceOf(bystanders.has(id) ? 'located.bystander' : statedCity.has(id) ? 'located.named-city' : 'located.entity-city'));
      // "с Домом-музеем (город Павлодар)": the institution's city belongs to the network too.
      if (!firstEvidence.has(city)) note(city, firstEvidence.get(id)!);
      cities.add(city);
    }
  }
  // The country the gazetteer gives, else the one the text states; a city the text places in a country
  // ("Ингольштадт (Германия)", "китайский город Шаоян") is placed even when nothing else relates it.
  const stated = statedCountries(reportSentences);
  const unrelated = new Set<string>();
  for (const [id, s] of stated) {
    if (cities.has(id) || id === reportCityId || !registry.has(id)) continue;
    const e = registry.get(id)!;
    if (e.country && e.country !== s.iso2) continue;
    cities.add(id);
    unrelated.add(id);
    if (!placedBy.has(id)) placedBy.set(id, { evidence: s.evidence, others: 0 });
  }
  // The countries the text names, before the loop below adds those it places its towns in, and those of the towns
  // it names that are no guess ("с турецкой Анталией" speaks of Turkey).
  const named = new Set(registry.list((x) => x.kind === 'Country').flatMap((x) => (x.iso2 ? [x.iso2] : [])));
  for (const town of registry.list((x) => x.kind === 'City')) if (town.country && !countryIsGuess(town, named)) named.add(town.country);
  for (const id of cities) {
    const e = registry.get(id);
    // A town the text never places, matched by sound to a small town of a country it never names: the country is a
    // guess, and the town is left unplaced (sound-only-towns.ts).
    if (e && !stated.has(id) && countryIsGuess(e, named)) {
      e.country = null;
      continue;
    }
    const iso2 = e?.country ?? stated.get(id)?.iso2;
    // Crimea's and Donbass's towns, which these reports write of as their own country's: placed only where the text
    // itself states the country.
    if (!e || !iso2 || iso2 === homeCountry || (!stated.has(id) && reportedAsHome(e.name))) continue;
    const country = countryEntity(iso2);
    if (!country) continue;
    registry.add(country);
    place(id, country.id, confidenceOf(unrelated.has(id) ? 'located.stated-country' : 'located.country'));
  }
  return out;
}

/**
 * The institutions a sentence names outside event names, each with the city its own name states
 * ("школа № 75 города Гомеля", "консульство … в городе Омске", "Омский университет"), when it states one.
 */
function institutionsIn(text: string, mentions: Mention[]): Array<{ id: string; city: string | null }> {
  const ctx = { text, mentions, reportCityId: null, reportYear: null, topicCityId: null, countryOf: () => null };
  const out: Array<{ id: string; city: string | null }> = [];
  for (const clause of clausesOf(ctx)) {
    for (const inst of clause.mentions.filter((m) => m.kind === 'Institution')) {
      const inside = clause.all.find(
        (m) =>
          m.kind === 'City' && m.nestedIn === 'Institution' && m.start >= inst.start && m.end <= inst.end &&
          (m.via === 'adjective' || CITY_WORD_BEFORE.test(before(clause, m, 25))),
      );
      out.push({ id: inst.id, city: inside?.id ?? null });
    }
  }
  return out;
}

// Report-level pass over the sentence drafts: canonical order for symmetric kinds, one relation per fact,
// and LOCATED_IN (located.ts) for the places and institutions the report names.
import { confidenceOf } from '../confidence.js';
import { cityById } from '../lexicon/gazetteer.js';
import type { EntityRegistry } from '../registry.js';
import { locatedIn, type ReadSentence } from './located.js';
import { mentionsOf } from '../sentence-mentions.js';
import { townsForCountryVisits } from './country-visits.js';
import { twinningActs } from './twinning-acts.js';
import { withoutRetoldHeadlineVisits } from './headline-visits.js';
import { splitSentences } from '../sentences.js';
import { signingEvents } from './signing-events.js';
import { networkPartners, partnerDiscourse } from './partner-discourse.js';
import { bodiesForTowns, mergeInstitutionAliases } from './institution-aliases.js';
import { UNDIRECTED_KINDS, type Entity, type ExtractedRelation } from '../types.js';
import { factIdentity, factKey } from '../../../neo4j/model/fact.js';

// Something the two sides did together, besides the document: a telebridge, an event, a show, an exhibition.
const ACTIVITY = /телемост|видеомост|видеосвяз|онлайн|мастер-|мероприят|праздн|выставк|концерт|фестивал|конкурс|турнир|соревнован|форум|конференц|семинар|вебинар/iu;

/** What makes two relations the same fact: the core's fact identity. */
function factOf(r: ExtractedRelation): string {
  return factIdentity({ kind: r.kind, source: r.source, target: r.target, key: factKey(r.kind, r) });
}

export function finishRelations(
  drafts: ExtractedRelation[],
  registry: EntityRegistry,
  reportCityId: string | null,
  text: string,
  networkOf: (eventId: string) => string | null = () => null,
  read: ReadSentence = mentionsOf,
): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  // "ТулГУ" after "Тульский государственный университет": one institution.
  // "с харбинским вузом": the Harbin university the report named, not Harbin.
  const relations = bodiesForTowns(mergeInstitutionAliases(drafts, registry), registry);
  for (const raw of relations) {
    if (!registry.has(raw.source) || !registry.has(raw.target) || raw.source === raw.target) continue;
    if (townAndItsDistrict(registry.get(raw.source)!, registry.get(raw.target)!)) continue;
    const r = UNDIRECTED_KINDS.has(raw.kind) && raw.source > raw.target ? { ...raw, source: raw.target, target: raw.source } : raw;
    const key = factOf(r);
    const known = byKey.get(key);
    // A stated year beats none; otherwise the first statement is the evidence.
    if (!known || (known.year === null && r.year !== null) || (known.month === null && r.month !== null && known.year === r.year)) {
      byKey.set(key, known ? { ...r, evidence: known.year === null && r.year !== null ? r.evidence : known.evidence } : r);
    }
  }
  let out = [...byKey.values()];
  // A TWIN/PARTNER pair is one fact per report; an AGREEMENT without a year is the same document as a dated one.
  out = keepBestPerPair(out, 'TWIN');
  out = keepBestPerPair(out, 'PARTNER');
  // A pair may be both twins and listed among "побратимы и партнёры": the contract keeps both facts.
  // "обменялись делегациями" in 2023 and "в апреле визит в Гомель": the April visit is the one fact.
  out = out.filter(
    (r) =>
      !((r.kind === 'VISIT' || r.kind === 'CONTACT') && r.month === null &&
        out.some((o) => o !== r && o.kind === r.kind && o.source === r.source && o.target === r.target && o.year === r.year && o.month !== null)),
  );
  // "заключить соглашение о сотрудничестве между A и B": the document is the fact; a CONTACT is what has none.
  // An activity told beside it stays ("в рамках соглашения … состоялся телемост").
  out = out.filter(
    (r) =>
      !(r.kind === 'CONTACT' && !ACTIVITY.test(r.evidence.quote) &&
        out.some((o) => (o.kind === 'AGREEMENT' || o.kind === 'TWIN') && samePair(o, r) && o.evidence.quote === r.evidence.quote)),
  );
  // A headline's visit that the text dates in another year is that visit, not another (headline-visits.ts).
  out = withoutRetoldHeadlineVisits(out, relations, text);
  // "Ответный визит …" answers an earlier visit, undated; the text dates that visit elsewhere: the dated one is it.
  const answered = confidenceOf('visit.answered');
  out = out.filter(
    (r) => !(r.kind === 'VISIT' && r.year === null && r.confidence === answered && out.some((o) => o.kind === 'VISIT' && o.source === r.source && o.target === r.target && o.year !== null)),
  );
  out = out.filter(
    (r) =>
      !(r.kind === 'AGREEMENT' && r.year === null &&
        out.some((o) => o !== r && o.kind === 'AGREEMENT' && o.source === r.source && o.target === r.target && o.status === r.status && o.year !== null)),
  );
  // A document that made two towns twins is their TWIN, not an AGREEMENT beside it (twinning-acts.ts).
  out = twinningActs(out);
  // A visit from a country is a town's when the text tells which (country-visits.ts).
  out = townsForCountryVisits(out, registry);
  out = [...out, ...signingEvents(out, relations, registry, text, reportCityId), ...partnerDiscourse(out, text, reportCityId)];
  out = [...out, ...networkPartners(out, networkOf)];
  return [...out, ...locatedIn(out, registry, reportCityId, relations, splitSentences(text), read)];
}

function samePair(a: ExtractedRelation, b: ExtractedRelation): boolean {
  return (a.source === b.source && a.target === b.target) || (a.source === b.target && a.target === b.source);
}

function keepBestPerPair(rels: ExtractedRelation[], kind: ExtractedRelation['kind']): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const r of rels) {
    if (r.kind !== kind) continue;
    const key = `${r.source}|${r.target}`;
    const known = best.get(key);
    if (!known || (known.year === null && r.year !== null) || (known.year === r.year && r.confidence > known.confidence)) best.set(key, r);
  }
  return rels.filter((r) => r.kind !== kind || best.get(`${r.source}|${r.target}`) === r);
}

// "Агрыз" and "Агрызский муниципальный район": a town and the district named after it act as one municipality in
// these reports, so a relation between them is the text naming one side twice.
const DISTRICT_NAME = /^([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+?)(ск|цк)ий( муниципальный)? (район|округ|улус)$/u;

function townAndItsDistrict(a: Entity, b: Entity): boolean {
  if (a.kind !== 'City' || b.kind !== 'City') return false;
  const [district, town] = DISTRICT_NAME.test(a.name) ? [a, b] : [b, a];
  const stem = DISTRICT_NAME.exec(district.name)?.[1];
  if (!stem) return false;
  // "Можайск" and "Можайский район": the town's own -ск is the adjective's suffix (not for a large town the hand
  // gazetteer holds: "Иркутск" and "Иркутский район" are two municipalities).
  const townStem = town.name.replace(cityById(town.id) ? /[аяоеыиьй]$/u : /(ск|цк)?[аяоеыиьй]?$/u, '');
  // ("Гороховецкий район" and "Гороховец": the town's ц is the adjective's.)
  return townStem.length >= 4 && (stem.startsWith(townStem) || `${stem}ц` === townStem);
}


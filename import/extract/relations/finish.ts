// Report-level pass over the sentence drafts: canonical order for symmetric kinds, one relation per fact,
// and LOCATED_IN (located.ts) for the places and institutions the report names.
import { confidenceOf } from '../confidence.js';
import type { EntityRegistry } from '../registry.js';
import { locatedIn } from './located.js';
import { townsForCountryVisits } from './country-visits.js';
import { splitSentences } from '../sentences.js';
import { signingEvents } from './signing-events.js';
import { networkPartners, partnerDiscourse } from './partner-discourse.js';
import { bodiesForTowns, mergeInstitutionAliases } from './institution-aliases.js';
import { UNDIRECTED_KINDS, type Entity, type ExtractedRelation } from '../types.js';
import { factIdentity, factKey } from '../../../neo4j/model/fact.js';

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
  // "Соглашение между A и B" in a headline, and "Соглашение об установлении побратимских связей между A и B" in the
  // text: the document named bare is the twinning one.
  out = out.filter((r) => !(r.kind === 'AGREEMENT' && BARE_DOCUMENT.test(r.evidence.quote) && out.some((o) => isTwinningDocumentOf(o, r))));
  // "A и B стали городами-побратимами. Соглашение подписали мэры": the document signed that year is the act that
  // made them twins, the twin fact itself, not a second agreement.
  out = out.filter((r) => !(r.kind === 'AGREEMENT' && r.status === 'signed' && out.some((o) => isTwinningActOf(o, r))));
  // "города-побратимы A и B … Договор о дружбе между A и B подписан в 1988 году": twins' friendship treaty is their
  // twinning, and dates it.
  out = twinsByFriendshipTreaty(out);
  // "Гости из Индии" in a headline, and the Chennai delegation's visit in the text: the country's visit is the city's.
  out = out.filter(
    (r) =>
      !(r.kind === 'VISIT' && r.source.startsWith('country:') &&
        out.some((o) => o.kind === 'VISIT' && o.target === r.target && registry.get(o.source)?.kind === 'City' && `country:${registry.get(o.source)?.country}` === r.source)),
  );
  // "делегация из Республики Беларусь" in a text about the Belarusian partner town: that town's delegation.
  out = townsForCountryVisits(out, registry);
  out = [...out, ...signingEvents(out, relations, registry, text, reportCityId), ...partnerDiscourse(out, text, reportCityId)];
  out = [...out, ...networkPartners(out, networkOf)];
  return [...out, ...locatedIn(out, registry, reportCityId, relations, splitSentences(text))];
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
const DISTRICT_NAME = /^(\p{Lu}[\p{L}-]+?)(ск|цк)ий( муниципальный)? (район|округ|улус)$/u;

function townAndItsDistrict(a: Entity, b: Entity): boolean {
  if (a.kind !== 'City' || b.kind !== 'City') return false;
  const [district, town] = DISTRICT_NAME.test(a.name) ? [a, b] : [b, a];
  const stem = DISTRICT_NAME.exec(district.name)?.[1];
  if (!stem) return false;
  // "Можайск" and "Можайский район": the town's own -ск is the adjective's suffix.
  const townStem = town.name.replace(/(ск|цк)?[аяоеыиьй]?$/u, '');
  return townStem.length >= 4 && stem.startsWith(townStem);
}

// A document word with no subject, its sides right after it: "Соглашение между Агрызским районом и …".
const BARE_DOCUMENT = /(соглашени|договор|меморандум)\p{L}*\s+между\s/iu;
// A document that twins its sides: "Соглашения об установлении побратимских связей", "договор о побратимстве".
const TWINNING_DOCUMENT = /(соглашени|договор|меморандум)\p{L}*\s+(об?\s+)?(установлении\s+)?(побратимск|побратимств)/iu;

/** `twin` is a TWIN of the agreement's two sides, stated by a twinning document, in no other year. */
function isTwinningDocumentOf(twin: ExtractedRelation, agreement: ExtractedRelation): boolean {
  return (
    twin.kind === 'TWIN' && twin.source === agreement.source && twin.target === agreement.target &&
    (agreement.year === null || twin.year === null || twin.year === agreement.year) && TWINNING_DOCUMENT.test(twin.evidence.quote)
  );
}

// "стали городами-побратимами", "официально стали побратимами", "породнились", "установили между городами
// побратимские связи": the twinning happens in the text.
const BECAME_TWINS = /(?<![\p{L}])стал[иа]?\s+(\p{L}+\s+)?(город\p{L}*[-\s]+)?побратим|(?<![\p{L}])породнил(ись|ся|ась)(?![\p{L}])|(?<![\p{L}])установ(или|ил|ила|лены)\s+([^.;]{0,40}\s)?побратимск/iu;

// "протокол о намерениях", "меморандум о намерении породниться": a document of intent is an agreement of its own.
const OF_INTENT = /намерени/iu;

/** `twin` is a TWIN of the agreement's two sides that the text says they became, in the agreement's year or none. */
function isTwinningActOf(twin: ExtractedRelation, agreement: ExtractedRelation): boolean {
  return (
    twin.kind === 'TWIN' && twin.source === agreement.source && twin.target === agreement.target &&
    (agreement.year === null || twin.year === null || twin.year === agreement.year) && BECAME_TWINS.test(twin.evidence.quote) &&
    !OF_INTENT.test(agreement.evidence.quote)
  );
}

// "договор о дружбе", "соглашением о дружбе и сотрудничестве", "о дружественных связях"; not "меморандум о
// дружественном сотрудничестве", a cooperation's.
const FRIENDSHIP_DOCUMENT = /(договор|соглашени|меморандум)\p{L}*\s+о\s+(дружбе|дружественных\s+(связях|отношениях))(?![\p{L}])/iu;

function twinsByFriendshipTreaty(rels: ExtractedRelation[]): ExtractedRelation[] {
  const treaties = rels.filter((r) => r.kind === 'AGREEMENT' && r.status === 'signed' && FRIENDSHIP_DOCUMENT.test(r.evidence.quote));
  const twinOf = (r: ExtractedRelation): ExtractedRelation | undefined =>
    rels.find((o) => o.kind === 'TWIN' && o.source === r.source && o.target === r.target && (o.year === null || r.year === null || o.year === r.year));
  const dated = new Map<ExtractedRelation, ExtractedRelation>();
  const merged = new Set<ExtractedRelation>();
  for (const t of treaties) {
    const twin = twinOf(t);
    if (!twin) continue;
    merged.add(t);
    if (twin.year === null && t.year !== null && !dated.has(twin)) dated.set(twin, { ...twin, year: t.year, month: t.month, evidence: t.evidence });
  }
  return rels.filter((r) => !merged.has(r)).map((r) => dated.get(r) ?? r);
}

// The document that made two towns twins is their TWIN fact, not an AGREEMENT beside it (spec: AGREEMENT is "other
// than a twin agreement"). The sentence rules read each document where it stands; these are the cases only the whole
// report shows: the twinning told in one sentence, its document in another.
import type { ExtractedRelation } from '../types.js';
import { monthsIn } from '../dates.js';

/**
 * `rels` without the agreements that were twinnings: a bare document beside a twinning one, the document signed the
 * year the text says two towns became twins, and the friendship treaty of towns the text calls twins (which dates
 * their twinning when nothing else does).
 */
export function twinningActs(rels: ExtractedRelation[]): ExtractedRelation[] {
  // "Соглашение между A и B" in a headline, and "Соглашение об установлении побратимских связей между A и B" in the
  // text: the document named bare is the twinning one.
  let out = rels.filter((r) => !(r.kind === 'AGREEMENT' && BARE_DOCUMENT.test(r.evidence.quote) && rels.some((o) => isTwinningDocumentOf(o, r))));
  // "A и B стали городами-побратимами. Соглашение подписали мэры": the document signed that year is the act that
  // made them twins, the twin fact itself, not a second agreement.
  out = out.filter((r) => !(r.kind === 'AGREEMENT' && r.status === 'signed' && out.some((o) => isTwinningActOf(o, r))));
  // "города-побратимы A и B … Договор о дружбе между A и B подписан в 1988 году": twins' friendship treaty is their
  // twinning, and dates it.
  return twinsByFriendshipTreaty(out);
}

// A document word with no subject, its sides right after it: "Соглашение между Агрызским районом и …".
const BARE_DOCUMENT = /(соглашени|договор|меморандум)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+между\s/iu;
// A document that twins its sides: "Соглашения об установлении побратимских связей", "договор о побратимстве".
const TWINNING_DOCUMENT = /(соглашени|договор|меморандум)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(об?\s+)?(установлении\s+)?(побратимск|побратимств)/iu;

/** `twin` is a TWIN of the agreement's two sides, stated by a twinning document, in no other year. */
function isTwinningDocumentOf(twin: ExtractedRelation, agreement: ExtractedRelation): boolean {
  return (
    twin.kind === 'TWIN' && twin.source === agreement.source && twin.target === agreement.target &&
    (agreement.year === null || twin.year === null || twin.year === agreement.year) && TWINNING_DOCUMENT.test(twin.evidence.quote)
  );
}

// "стали городами-побратимами", "официально стали побратимами", "породнились", "установили между городами
// побратимские связи", "появился город-побратим", "начало дружбы двух городов-побратимов положено": the twinning
// happens in the text.
const BECAME_TWINS = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])появил(ся|ась|ись)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*[-\s]+)?побратим|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])начал[оа]?\s+([^.;]{0,40}[\s-])?побратим[^.;]{0,40}положен|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])положен[оа]?\s+начало\s+([^.;]{0,40}[\s-])?побратим|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])стал[иа]?\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*[-\s]+)?побратим|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])породнил(ись|ся|ась)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])установ(или|ил|ила|лены)\s+([^.;]{0,40}\s)?побратимск/iu;

// "протокол о намерениях", "меморандум о намерении породниться": a document of intent is an agreement of its own;
// so is one signed by twins of long standing ("давно стали") or in another month than the twinning.
const OF_INTENT = /намерени/iu;
const LONG_AGO = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(давно|уже|ещё|еще)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?стал/iu;
/** The twinning's month (its own, else the first its sentence names) is not the document's. */
function differentMonths(twin: ExtractedRelation, agreement: ExtractedRelation): boolean {
  const month = twin.month ?? monthsIn(twin.evidence.quote)[0]?.month ?? null;
  return month !== null && agreement.month !== null && month !== agreement.month;
}

// "соглашение о дружбе и сотрудничестве в сфере молодёжной политики": a field's agreement, not the twinning.
const SECTOR = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в\s+сфер[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|в\s+област[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|по\s+вопросам)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/** `twin` is a TWIN of the agreement's two sides that the text says they became, in the agreement's year or none. */
function isTwinningActOf(twin: ExtractedRelation, agreement: ExtractedRelation): boolean {
  return (
    twin.kind === 'TWIN' && twin.source === agreement.source && twin.target === agreement.target &&
    (agreement.year === null || twin.year === null || twin.year === agreement.year) && BECAME_TWINS.test(twin.evidence.quote) &&
    !LONG_AGO.test(twin.evidence.quote) && !OF_INTENT.test(agreement.evidence.quote) &&
    !differentMonths(twin, agreement)
  );
}

// "договор о дружбе", "соглашением о дружбе и сотрудничестве", "о дружественных связях"; not "меморандум о
// дружественном сотрудничестве", a cooperation's.
const FRIENDSHIP_DOCUMENT = /(договор|соглашени|меморандум)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+о\s+(дружбе|дружественных\s+(связях|отношениях))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

function twinsByFriendshipTreaty(rels: ExtractedRelation[]): ExtractedRelation[] {
  const treaties = rels.filter((r) => r.kind === 'AGREEMENT' && r.status === 'signed' && FRIENDSHIP_DOCUMENT.test(r.evidence.quote) && !SECTOR.test(r.evidence.quote));
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

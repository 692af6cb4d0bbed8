// Documents signed at an event ("меморандум подписан в Астане на сессии Ассамблеи …", "подписи поставлены в рамках
// форума «…»"): the signing parties took part in the event (PARTICIPATED_IN), and the place of signing is where it
// was held (HELD_IN). A report-level pass, because news pages name the parties and the event in neighbouring
// sentences as often as in one.
import { dateOf } from '../dates.js';
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import type { EntityRegistry } from '../registry.js';
import { mentionsOf } from '../sentence-mentions.js';
import { splitSentences } from '../sentences.js';
import type { ExtractedRelation, Sentence } from '../types.js';
import { PLACE_BEFORE } from './event-place.js';

// The act of signing, in any of the shapes news use: "подписан", "подписали", "подписи поставили", "подписание
// состоялось", "заключено".
const SIGNING = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(подписа[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подпис(и|ью|ями)|заключ[её]н[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|заключил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|заключени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// What every match of SIGNING holds: most sentences have neither, and SIGNING looks behind at every letter.
const SIGNING_STEM = /подпис|заключ/iu;
// What frames the signing: "в рамках", "в ходе", "во время", "на полях", "на" right before the event's name.
const FRAME_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в\s+рамках|в\s+ходе|во\s+время|на\s+полях|на)\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}$/iu;
// An event named by its head noun only ("одновременно на форуме"), referring to one named before.
const BARE_EVENT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в\s+рамках|в\s+ходе|во\s+время|на)\s+(форум|выставк|сесси|фестивал|ярмарк|саммит|встреч|конференци|конгресс)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?!\s*[«"])/iu;
const WITNESS_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+присутствии\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}$/iu;
// Kinds that sign documents and so can take part.
const PARTY_KINDS = new Set(['City', 'Institution', 'Region']);
// How far (in sentences) the parties of a document may stand from the sentence that names where it was signed.
const REACH = 3;

interface Signing {
  index: number;
  sentence: Sentence;
  event: string;
  /** Offset of the event's mention in the sentence, for dating. */
  at: number;
  /** Where the sentence says the signing happened, if it does. */
  place: string | null;
  /** The towns and bodies the sentence names besides the report's city: the signing's parties, when a document has them. */
  named: ReadonlySet<string>;
}

/**
 * PARTICIPATED_IN and HELD_IN for documents signed at events. `rels` are the report's finished relations, `drafts`
 * the sentence-level ones with their evidence; nothing that `rels` already holds is repeated.
 */
export function signingEvents(rels: ExtractedRelation[], drafts: ExtractedRelation[], registry: EntityRegistry, text: string, reportCityId: string | null): ExtractedRelation[] {
  const sentences = splitSentences(text);
  const bilateralAt = new Set(drafts.filter((d) => d.kind === 'CONTACT').map((d) => d.evidence.start));
  const signings = findSignings(sentences, reportCityId, bilateralAt);
  if (signings.length === 0) return [];
  const kept = new Set(rels.filter(isDocument).map((r) => pairKey(r.source, r.target)));
  const docsAt = new Map<number, ExtractedRelation[]>();
  for (const d of drafts) {
    if (!isDocument(d) || !kept.has(pairKey(d.source, d.target))) continue;
    const i = sentences.findIndex((s) => s.start === d.evidence.start);
    if (i >= 0) docsAt.set(i, [...(docsAt.get(i) ?? []), d]);
  }
  const known = new Set(rels.map((r) => `${r.kind}|${r.source}|${r.target}`));
  const heldKnown = new Set(rels.filter((r) => r.kind === 'HELD_IN').map((r) => r.source));
  const out: ExtractedRelation[] = [];
  const push = (r: ExtractedRelation) => {
    const key = `${r.kind}|${r.source}|${r.target}`;
    if (known.has(key) || !registry.has(r.source) || !registry.has(r.target)) return;
    known.add(key);
    out.push(r);
  };
  for (const s of signings) {
    const near = nearestDocuments(s.index, docsAt);
    const docs = documentsOfParties(s.named, reportCityId, docsAt) ?? near;
    // Dated by the documents around the signing first, then by the parties' own (not by another town's older one).
    const year = near.find((d) => d.year !== null)?.year ?? docs.find((d) => d.year !== null)?.year ?? null;
    const date = dateOf(s.sentence.text, s.at, year);
    const evidence = { quote: s.sentence.text, start: s.sentence.start, end: s.sentence.end };
    const base = { year: date.year, month: date.month, status: null, evidence };
    for (const party of new Set(docs.flatMap((d) => [d.source, d.target]))) {
      if (!PARTY_KINDS.has(registry.get(party)?.kind ?? '')) continue;
      push({ ...base, kind: 'PARTICIPATED_IN', source: party, target: s.event, confidence: confidenceOf('participation') });
    }
    if (s.place && !heldKnown.has(s.event)) {
      heldKnown.add(s.event);
      push({ ...base, kind: 'HELD_IN', source: s.event, target: s.place, confidence: confidenceOf('held-in') });
    }
  }
  return out;
}

/** A relation whose parties acted together at a place and time: a signed document, or a contact. */
function isDocument(r: ExtractedRelation): boolean {
  return (r.kind === 'TWIN' || r.kind === 'AGREEMENT' || r.kind === 'CONTACT') && r.status !== 'planned';
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The documents stated in the signing's own sentence, else in the nearest sentence that states any. */
function nearestDocuments(index: number, docsAt: Map<number, ExtractedRelation[]>): ExtractedRelation[] {
  for (let d = 0; d <= REACH; d++) {
    const found = [...(docsAt.get(index + d) ?? []), ...(d > 0 ? docsAt.get(index - d) ?? [] : [])];
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * "церемония подписания с Новым Осколом состоялась на выставке": the documents, anywhere in the report, of a party
 * the signing's sentence names (not the twins of long standing the sentence before lists); null when none has one.
 */
function documentsOfParties(named: ReadonlySet<string>, reportCityId: string | null, docsAt: Map<number, ExtractedRelation[]>): ExtractedRelation[] | null {
  if (named.size === 0) return null;
  // Both sides the sentence's own (or the reporter): not a region's older document with a town it does not name.
  const side = (id: string) => named.has(id) || id === reportCityId;
  const found = [...docsAt.values()].flat().filter((d) => side(d.source) && side(d.target));
  return found.length > 0 ? found : null;
}

/** Sentences that say a document was signed at an event, named there or (by its head noun) a little before. */
function findSignings(sentences: readonly Sentence[], reportCityId: string | null, bilateralAt: ReadonlySet<number>): Signing[] {
  const out: Signing[] = [];
  const recent: Array<{ index: number; id: string; name: string }> = [];
  sentences.forEach((sentence, index) => {
    const { mentions } = mentionsOf(sentence, reportCityId);
    const events = mentions.filter((m) => m.kind === 'Event');
    const text = sentence.text;
    // A bilateral relation stated in the sentence itself ("отношения между двумя городами начались в рамках
    // выставки …") frames the event as a signing does.
    const related = bilateralAt.has(sentence.start);
    if (related || (SIGNING_STEM.test(text) && SIGNING.test(text))) {
      // "в рамках выставки «…» на Выставке достижений …": the second is the first one's venue, not another event.
      let framed = events.filter(
        (e) => FRAME_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start)) && !events.some((o) => o.end <= e.start && /^\s*(на|в|во)\s+$/iu.test(text.slice(o.end, e.start))),
      );
      if (framed.length === 0) {
        const bare = BARE_EVENT.exec(text);
        const named = bare ? [...recent].reverse().find((r) => index - r.index <= REACH && r.name.toLowerCase().includes(bare[2]!.toLowerCase())) : undefined;
        if (bare && named) framed = [{ kind: 'Event', id: named.id, start: bare.index, end: bare.index + bare[0].length, via: 'event' }];
      }
      // (Not a witness: "в присутствии мэра Гродно".)
      const named = new Set(mentions.filter((m) => PARTY_KINDS.has(m.kind) && m.id !== reportCityId && !m.nestedIn && !WITNESS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.id));
      for (const e of framed) {
        const place = placeOfSigning(text, e, mentions);
        out.push({ index, sentence, event: e.id, at: e.start, place, named: place ? new Set([...named].filter((id) => id !== place)) : named });
      }
    }
    for (const e of events) recent.push({ index, id: e.id, name: text.slice(e.start, e.end) });
  });
  return out;
}

/** "подписаны в Оренбурге в рамках форума", "на выставке «…» в Минске": the city named as the place, nearest the event. */
function placeOfSigning(text: string, event: Mention, mentions: Mention[]): string | null {
  const places = mentions.filter(
    (m) =>
      m.kind === 'City' && m.via === 'name' && !m.nestedIn && (m.end <= event.start || m.start >= event.end) &&
      PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)),
  );
  const distance = (m: Mention) => (m.end <= event.start ? event.start - m.end : m.start - event.end);
  const nearest = places.sort((a, b) => distance(a) - distance(b))[0];
  return nearest && distance(nearest) < 80 ? nearest.id : null;
}

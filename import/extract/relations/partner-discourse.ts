// PARTNER facts that news tell across sentences:
// - City Day and anniversary news: "встреча с делегациями городов-побратимов, городов других регионов …" and then
//   "Делегации из A, B, C прибыли …". The visitors are the reporting city's twins and partners with no way to tell
//   which is which, so each is a PARTNER (the contract's rule for a list of "twin cities and partners").
// - "Фестиваль городов-партнёров Елабуги": every city that took part in it, in whatever words ("приехали
//   делегации …", "выступили коллективы из …"), is Елабуга's partner (the contract's rule for such events).
// - "Таким образом, число городов-партнёров Самары достигло 25", "Тула стала 12-м городом-партнёром Омска" after a
//   signing: the city the document was signed with is now a partner.
import { confidenceOf } from '../confidence.js';
import { splitSentences } from '../sentences.js';
import type { ExtractedRelation, Sentence } from '../types.js';
import { ID_PREFIXES } from '../../../neo4j/model/ids.js';

// "делегациями городов-побратимов, городов других регионов и …": twins among other guests. Delegations of twin
// cities alone ("делегаций городов-побратимов Пскова") are twins, which the TWIN rule reads.
const DELEGATIONS_OF_TWINS =
  /делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(из\s+)?([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*(,|и)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?(город|представител|район|регион|партн[её]р|муниципалитет)/iu;
// The count of partner cities grew, or a city became the n-th partner: "число городов-партнёров Омска достигло 25".
const PARTNER_COUNT =
  /((числ|количеств)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s+)?(достигл|увеличил|вырос|составил|стало)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+\d+-?[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{0,3}\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-партн[её]р|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;
// How many sentences back the signing may be told.
const REACH = 3;

export function partnerDiscourse(rels: ExtractedRelation[], text: string, reportCityId: string | null): ExtractedRelation[] {
  if (!reportCityId || !(DELEGATIONS_OF_TWINS.test(text) || PARTNER_COUNT.test(text))) return [];
  const sentences = splitSentences(text);
  const known = new Set(rels.filter((r) => r.kind === 'PARTNER').map((r) => pairKey(r.source, r.target)));
  const out: ExtractedRelation[] = [];
  const add = (other: string, evidence: ExtractedRelation['evidence']) => {
    const key = pairKey(reportCityId, other);
    if (other === reportCityId || known.has(key)) return;
    known.add(key);
    const [source, target] = [reportCityId, other].sort() as [string, string];
    out.push({ kind: 'PARTNER', source, target, year: null, month: null, status: null, confidence: confidenceOf('partner'), evidence });
  };
  for (const v of rels) {
    if (v.kind === 'VISIT' && v.target === reportCityId && delegationsOfTwinsAt(sentences, v.evidence.start)) add(v.source, v.evidence);
  }
  sentences.forEach((s, i) => {
    if (!PARTNER_COUNT.test(s.text)) return;
    const evidence = { quote: s.text, start: s.start, end: s.end };
    const earlier = new Set(sentences.slice(Math.max(0, i - REACH), i + 1).map((x) => x.start));
    for (const r of rels) {
      if ((r.kind !== 'AGREEMENT' && r.kind !== 'TWIN') || r.status === 'planned' || !earlier.has(r.evidence.start)) continue;
      if (r.source === reportCityId && r.target.startsWith(ID_PREFIXES.City)) add(r.target, evidence);
      else if (r.target === reportCityId && r.source.startsWith(ID_PREFIXES.City)) add(r.source, evidence);
    }
  });
  return out;
}

/** A PARTNER for each city that took part in an event of another city's partners (`networkOf`: the event's owner). */
export function networkPartners(rels: ExtractedRelation[], networkOf: (eventId: string) => string | null): ExtractedRelation[] {
  const known = new Set(rels.filter((r) => r.kind === 'PARTNER').map((r) => pairKey(r.source, r.target)));
  const out: ExtractedRelation[] = [];
  for (const r of rels) {
    if (r.kind !== 'PARTICIPATED_IN' || !r.source.startsWith(ID_PREFIXES.City)) continue;
    const owner = networkOf(r.target);
    if (!owner || owner === r.source || known.has(pairKey(r.source, owner))) continue;
    known.add(pairKey(r.source, owner));
    const [source, target] = [r.source, owner].sort() as [string, string];
    out.push({ kind: 'PARTNER', source, target, year: null, month: null, status: null, confidence: confidenceOf('partner'), evidence: r.evidence });
  }
  return out;
}

/** The sentence at `start` introduces delegations of twins among others, or follows one that does. */
function delegationsOfTwinsAt(sentences: readonly Sentence[], start: number): boolean {
  const i = sentences.findIndex((s) => s.start === start);
  return i >= 0 && (DELEGATIONS_OF_TWINS.test(sentences[i]!.text) || (i > 0 && DELEGATIONS_OF_TWINS.test(sentences[i - 1]!.text)));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

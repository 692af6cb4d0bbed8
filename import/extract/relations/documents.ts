// Several documents in one sentence: "Договор о дружбе подписан с A, о породнении с B, о сотрудничестве с C" and
// "подписан меморандум с A, и протокол о намерениях между B и C". The contract wants one relation per pair and
// document, and each document may be of another kind (twinning or not), so the twin and agreement rules read one
// piece per document, each with the words the pieces share.
import type { Mention } from '../mentions.js';
import { documentWords } from './cues.js';
import { insideBrackets, type Clause } from './context.js';

// ", о породнении с …": the next document's subject after the first document's word.
const NEXT_SUBJECT = /,\s+(?=(о|об)\s+[^,;]{0,80}?(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со|между)\s)/giu;
// ", и протокол о …": a second document word joined by "и".
// ", и подписали протокол о …": a second document that a verb of its own signs.
const NEXT_DOCUMENT = /,?\s+и\s+(?=((подписал|заключил|подписан|заключ[её]н)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?)?(соглашени|меморандум|протокол|договор(?!ённост|енност))[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s)/giu;

/** The pieces of a clause, one per document; the clause itself when it names one document or none. */
export function documentPieces(clause: Clause): Clause[] {
  const first = firstDocument(clause.text);
  if (!first) return [clause];
  const subjectCuts = /^\s+(о|об)\s/iu.test(clause.text.slice(first.end)) ? cutsOf(clause.text, NEXT_SUBJECT, first.end) : [];
  const cuts = subjectCuts.length > 0 ? subjectCuts : cutsOf(clause.text, NEXT_DOCUMENT, first.end);
  if (cuts.length === 0) return [clause];
  // What every later piece is read with: the document word ("Договор ") for a new subject, the words before the
  // first document ("В прошлом году подписан ") for a new document.
  const sharedEnd = subjectCuts.length > 0 ? first.end : first.start;
  const shared = clause.text.slice(0, sharedEnd) + (subjectCuts.length > 0 ? ' ' : '');
  const bounds = [0, ...cuts.map((c) => c.at), clause.text.length];
  const pieces: Clause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = i === 0 ? 0 : cuts[i - 1]!.next;
    const to = bounds[i + 1]!;
    const head = i === 0 ? '' : shared;
    pieces.push(piece(clause, head, i === 0 ? 0 : sharedEnd, from, to));
  }
  return pieces;
}

function firstDocument(text: string): { start: number; end: number } | null {
  for (const m of documentWords(text)) {
    if (!insideBrackets(text, m.index!)) return { start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

/** Where each later piece starts: `at` ends the piece before, `next` starts the next one. */
function cutsOf(text: string, re: RegExp, from: number): Array<{ at: number; next: number }> {
  const out: Array<{ at: number; next: number }> = [];
  for (const m of text.matchAll(re)) {
    if (m.index! < from || insideBrackets(text, m.index!)) continue;
    out.push({ at: m.index!, next: m.index! + m[0].length });
  }
  return out;
}

/**
 * The piece text[from, to) read after `head`, the clause's first `headEnd` characters (and a space): the names in
 * those words ("Главы A и B подтвердили …, и подписали протокол") act in every piece.
 */
function piece(clause: Clause, head: string, headEnd: number, from: number, to: number): Clause {
  const shift = (m: Mention): Mention => ({ ...m, start: m.start - from + head.length, end: m.end - from + head.length });
  const all = [...clause.all.filter((m) => m.end <= headEnd), ...clause.all.filter((m) => m.start >= from && m.end <= to).map(shift)];
  return {
    text: head + clause.text.slice(from, to),
    start: clause.start + from,
    end: clause.start + to,
    all,
    mentions: all.filter((m) => !m.nestedIn),
  };
}

// "Ульгий принимал гостей из Горно-Алтайска" over a page posted two years after the visit it tells of: a headline
// tells the article's news, and when the text dates that visit in another year, the headline's visit is that one,
// not another in the page's year.
import type { ExtractedRelation } from '../types.js';

// A headline: the text's first line, short, with no sentence's end (a dateline or a first sentence has one).
const HEADLINE_MAX = 200;
const SENTENCE_END = /[.!?…]\s*$/u;
// A dated sentence that looks back ("впервые … в 2019 году", "Напомним, …") tells of an earlier visit, not the news.
const LOOKING_BACK = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(впервые|уже|ранее|предыдущ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прошл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|напомним|тогда|в\s+сво[её]\s+время)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/**
 * `out`: the report's relations, one per fact; `drafts`: every sentence's, before that. A headline's visit (no month)
 * goes when the body dates the same visit in another year, states it in no sentence in the headline's year, and
 * does not look back from the sentence that dates it.
 */
export function withoutRetoldHeadlineVisits(out: ExtractedRelation[], drafts: readonly ExtractedRelation[], text: string): ExtractedRelation[] {
  const end = headlineEnd(text);
  if (end < 0) return out;
  const same = (a: ExtractedRelation, b: ExtractedRelation) => a.kind === b.kind && a.source === b.source && a.target === b.target;
  return out.filter((r) => {
    if (r.kind !== 'VISIT' || r.month !== null || r.evidence.end > end) return true;
    const body = drafts.filter((d) => same(d, r) && d.evidence.start > end);
    if (body.some((d) => d.year === r.year || d.year === null)) return true;
    return !body.some((d) => d.year !== null && !LOOKING_BACK.test(d.evidence.quote));
  });
}

/** Where the headline ends, -1 when the text opens with none. */
function headlineEnd(text: string): number {
  const start = text.search(/\S/u);
  if (start < 0) return -1;
  const end = text.indexOf('\n', start);
  if (end < 0) return -1;
  const line = text.slice(start, end);
  return line.length <= HEADLINE_MAX && !SENTENCE_END.test(line) ? end : -1;
}

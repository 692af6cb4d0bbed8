// "Со стороны Татарстана соглашения подписали глава Сабинского района и глава Кукморского района": the signers named
// after "со стороны X" all sign for X, one side of the documents, no pair of sides with each other.
import type { Draft, SentenceContext } from './context.js';

// "со стороны X", "с российской стороны", and the second side short, "с белорусской —": where one side's signers are
// named (not "с одной стороны", "с другой стороны": on the one hand, on the other).
const SIDE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(со\s+стороны|с\s+(?!одной|другой)[a-zß-öø-ſа-ԯ]+\s+стороны|с\s+(?!одной|другой)[a-zß-öø-ſа-ԯ]+(ой|ей)\s*[—–-])(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/giu;
const PAIRED = new Set<Draft['kind']>(['TWIN', 'AGREEMENT', 'CONTACT', 'PARTNER']);

/** The drafts without a pair of sides both named only within one side's part of the sentence. */
export function withoutSameSidePairs(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  if (!ctx.text.includes('сторон')) return drafts;
  const marks = [...ctx.text.matchAll(SIDE)].map((m) => m.index);
  if (marks.length === 0) return drafts;
  // Each mention's part: -1 before the first mark, else the index of the last mark before it.
  const partOf = (start: number) => marks.filter((k) => k <= start).length - 1;
  const parts = (id: string) => new Set(ctx.mentions.filter((m) => m.id === id || m.cityId === id).map((m) => partOf(m.start)));
  return drafts.filter((d) => {
    if (!PAIRED.has(d.kind)) return true;
    const a = parts(d.source);
    const b = parts(d.target);
    if (a.size !== 1 || b.size !== 1) return true;
    const [pa] = a;
    const [pb] = b;
    return !(pa === pb && pa! >= 0);
  });
}

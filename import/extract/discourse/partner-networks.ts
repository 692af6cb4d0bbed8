// Events "of the partner cities of X" (Фестиваль культур городов-партнёров города Фучжоу): every city that takes part
// in one later is X's partner, so the stage remembers which city each such event belongs to.
import type { Mention } from '../mentions.js';

// "городов-партнёров (города|г.)" right before the city inside the event's name.
const PARTNERS_OF = /город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;

/** The events of this sentence that belong to a partner network, with the network's city. */
export function partnerNetworksIn(text: string, mentions: Mention[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const ev of mentions.filter((m) => m.kind === 'Event')) {
    const city = mentions.find(
      (m) =>
        m.kind === 'City' && m.nestedIn === 'Event' && m.start >= ev.start && m.end <= ev.end &&
        PARTNERS_OF.test(text.slice(Math.max(0, m.start - 60), m.start)),
    );
    if (city) out.push([ev.id, city.id]);
  }
  return out;
}

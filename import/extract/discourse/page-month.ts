// A news page dated 15 January 2024 that tells of "в ноябре" tells of November 2023: a month after the page's own
// month, in a sentence that names no year and no plan, is of the year before the page's. A sentence in the future
// ("в октябре прибудут гости", "в ноябре состоится форум") tells of the page's own year.
import { monthsIn, relativeYears, yearsIn } from '../dates.js';
import { isPlanned } from '../relations/cues.js';
import { FUTURE_TRIP } from '../relations/visit-words.js';

const RELATIVE = /,\s*(котор|где|когда)/u;
const FUTURE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(будет|будут|состоится|состоятся|пройд[её]т|пройдут|откроется|откроются|начн[её]тся)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/** The year a sentence's months fall in when it names none: the page's, or the one before for a later month. */
export function yearOfMonths(text: string, pageYear: number | null, pageMonth: number | null): number | null {
  if (pageYear === null || pageMonth === null) return null;
  const months = monthsIn(text);
  if (months.length === 0 || months[0]!.month <= pageMonth) return null;
  if (yearsIn(text).length > 0 || relativeYears(text) !== 0 || isPlanned(text)) return null;
  // The future of the sentence's own verb, not of a relative clause ("соглашение, которое будет действовать …").
  const main = text.split(RELATIVE)[0]!;
  if (FUTURE.test(main) || FUTURE_TRIP.test(main)) return null;
  return pageYear - 1;
}

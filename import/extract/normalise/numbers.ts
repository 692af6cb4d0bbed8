// Normalisation, pass 4: numbers (the letter O inside a number is a zero, `6 ООО` is `6 000`) and compound
// adjectives split by a space (`научно- техническ…`).
import { COMPOUND_STEM } from './hyphenation.js';

const NUMBER_CONTEXT = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}]/u;
const THOUSANDS_O = /(\d{1,3})((?: [OО0]{3})+)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}])(?!\s*[«"„“])/gu;
const O_IN_NUMBER = /\d[\dOО]*[OО][\dOО]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}])/gu;
const o_BETWEEN_DIGITS = /(\d)[oо](?=\d)/g;
// What each of the two patterns above needs somewhere in the text: a digit before ` 000`, a digit before an `O`.
// Most reports have neither, and O_IN_NUMBER would otherwise be tried at every digit of the report.
const THOUSANDS_NEEDS = /\d [OО0]{3}/;
const O_IN_NUMBER_NEEDS = /\d[OО]/;

export function fixNumbers(text: string): string {
  const startsWord = (text: string, at: number): boolean => at === 0 || !NUMBER_CONTEXT.test(text[at - 1]!);
  let out = text;
  if (THOUSANDS_NEEDS.test(out)) {
    out = out.replace(THOUSANDS_O, (all: string, head: string, groups: string, at: number, whole: string) =>
      /[OО]/.test(groups) && startsWord(whole, at) ? head + groups.replace(/[OО]/g, '0') : all,
    );
  }
  if (O_IN_NUMBER_NEEDS.test(out)) {
    out = out.replace(O_IN_NUMBER, (w: string, at: number, whole: string) => (startsWord(whole, at) ? w.replace(/[OО]/g, '0') : w));
  }
  return out.replace(o_BETWEEN_DIGITS, (_: string, d: string) => d + '0');
}

/** `информационно- экскурсионных` → `информационно-экскурсионных` (a compound split by a space). */
const COMPOUND_SPACE = /о- (?=[a-zß-öø-ſа-ԯ]{4})/gu;
// `Усть –Илимске`, `Усть - Кута`: "Усть" never stands alone, so the dash around spaces is the town name's hyphen.
const UST_SPLIT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(Усть|УСТЬ)(?: *[-–—] *| +- *| *- +)(?=[A-ZÀ-ÖØ-ÞЀ-Я])/gu;
// `городами- побратимами`, `городов – побратимов`: the genre's own compound, split around its hyphen.
// (`города — побратима Новочеркасска`: an em dash too; "Наши города — побратимы" says the same either way.)
const TWIN_CITY_SPLIT = /(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?: *[-–—] +| +[-–—] *)(?=(побратим|партн[её]р))/gu;
export function fixCompoundSpaces(text: string): string {
  const ust = text.includes('Усть') || text.includes('УСТЬ') ? text.replace(UST_SPLIT, '$1-') : text;
  const joined = ust.includes('- ') || ust.includes('– ') || ust.includes('— ') || ust.includes(' -') ? ust.replace(TWIN_CITY_SPLIT, '$1-') : ust;
  if (!joined.includes('о- ')) return joined;
  return joined.replace(COMPOUND_SPACE, (all: string, at: number, whole: string) => {
    const before = /(?:^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)$/u.exec(whole.slice(Math.max(0, at - 30), at + 1))?.[1];
    return before && COMPOUND_STEM.test(before) ? 'о-' : all;
  });
}

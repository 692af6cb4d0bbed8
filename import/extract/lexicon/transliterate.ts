// The one Russian → Latin transliteration: English names of unknown places and the Latin part of every id.

// Patterns a function uses on every call are module constants, built once rather than on each call.
const LETTER = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]/u;
const UPPER_LETTER = /[A-ZÀ-ÖØ-ÞЀ-Я]/u;
const WORD_START = /(^|[\s-])([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/gu;

// BGN/PCGN romanisation without diacritics and apostrophes; е (and ё, read as е) is `ye` at the start of a
// word and after a vowel, ъ or ь, as in Yekaterinburg. Deterministic: the same spelling gives the same output.
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ў: 'w',
  ґ: 'g', ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};
const SOFT_CONTEXT = /[аеёиоуыэюяйъьaeiou]/;

/** Russian → Latin (BGN/PCGN without diacritics), keeping capitals: `Улан-Удэ` → `Ulan-Ude`. */
export function transliterate(ru: string): string {
  let out = '';
  const s = ru.replace(/ѐ/g, 'ё').replace(/Ѐ/g, 'Ё');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const lower = ch.toLowerCase();
    let t = TRANSLIT[lower];
    if (t === undefined) {
      out += ch;
      continue;
    }
    if (lower === 'е' || lower === 'ё') {
      const prev = i > 0 ? s[i - 1]!.toLowerCase() : '';
      if (prev === '' || !LETTER.test(prev) || SOFT_CONTEXT.test(prev)) t = 'ye';
    }
    if (ch !== lower && t.length > 0) {
      const next = s[i + 1];
      const wordUpper = next !== undefined && UPPER_LETTER.test(next);
      t = wordUpper ? t.toUpperCase() : t[0]!.toUpperCase() + t.slice(1);
    }
    out += t;
  }
  return out;
}

/** A transliterated name with each word capitalised, as an English name is written: `Тхонъён` → `Tkhonyen`. */
export function transliterateTitle(name: string): string {
  return transliterate(name).replace(WORD_START, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

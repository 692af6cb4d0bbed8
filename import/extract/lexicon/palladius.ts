// Pinyin → Cyrillic by the Palladius system, the way Russian writes Chinese place names (Jiamusi → Цзямусы,
// Shenyang → Шэньян). Used only to compare a Russian spelling with GeoNames' pinyin name, so tones, apostrophes
// and capitals are ignored.

const INITIALS: Record<string, string> = {
  b: 'б', p: 'п', m: 'м', f: 'ф', d: 'д', t: 'т', n: 'н', l: 'л', g: 'г', k: 'к', h: 'х', j: 'цз', q: 'ц', x: 'с',
  zh: 'чж', ch: 'ч', sh: 'ш', r: 'ж', z: 'цз', c: 'ц', s: 'с', '': '',
};
const FINALS: Record<string, string> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн',
  ong: 'ун', er: 'эр', i: 'и', ia: 'я', ie: 'е', iao: 'яо', iu: 'ю', ian: 'янь', in: 'инь', iang: 'ян', ing: 'ин',
  iong: 'юн', u: 'у', ua: 'уа', uo: 'о', uai: 'уай', ui: 'уй', uan: 'уань', un: 'унь', uang: 'уан', ü: 'юй',
  üe: 'юэ', v: 'юй', ve: 'юэ',
};
// Syllables written with y- and w- instead of an initial.
const ZERO: Record<string, string> = {
  ya: 'я', yan: 'янь', yang: 'ян', yao: 'яо', ye: 'е', yi: 'и', yin: 'инь', ying: 'ин', yong: 'юн', you: 'ю',
  yu: 'юй', yuan: 'юань', yue: 'юэ', yun: 'юнь', wa: 'ва', wai: 'вай', wan: 'вань', wang: 'ван', wei: 'вэй',
  wen: 'вэнь', weng: 'вэн', wo: 'во', wu: 'у',
};
const PALATAL = new Set(['j', 'q', 'x']);

/** One pinyin syllable in Cyrillic, or null when it is not one. */
function syllable(s: string): string | null {
  if (ZERO[s]) return ZERO[s]!;
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs]?)(.+)$/.exec(s);
  if (!m) return null;
  const [, initial, final] = m as unknown as [string, string, string];
  if (initial === '' && !/^(a|ai|an|ang|ao|e|ei|en|eng|er|o|ou)$/.test(final)) return null;
  if (PALATAL.has(initial)) {
    const f = { u: 'юй', ue: 'юэ', uan: 'юань', un: 'юнь' }[final];
    if (f) return INITIALS[initial] + f;
    if (!/^i/.test(final)) return null;
  }
  if (final === 'i' && /^(zh|ch|sh|r)$/.test(initial)) return INITIALS[initial] + 'и';
  if (final === 'i' && /^[zcs]$/.test(initial)) return INITIALS[initial] + 'ы';
  const f = FINALS[final];
  return f === undefined ? null : INITIALS[initial] + f;
}

/**
 * The Palladius spelling of a pinyin word (`shuangyashan` → `шуанъяшань`), or null when it does not split into
 * pinyin syllables. Among the splits, the one with fewest syllables that start with a vowel wins (`jinan` is
 * ji-nan, as pinyin would write jin'an with an apostrophe).
 */
export function palladius(pinyin: string): string | null {
  const s = pinyin.toLowerCase().normalize('NFD').replace(/[\u0300-\u0303\u0304\u030c]/g, '').normalize('NFC');
  const words = s.split(/[\s'’-]+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const best: Array<{ cost: number; text: string } | null> = Array(w.length + 1).fill(null);
    best[0] = { cost: 0, text: '' };
    for (let i = 0; i < w.length; i++) {
      const from = best[i];
      if (!from) continue;
      for (let j = i + 1; j <= Math.min(w.length, i + 6); j++) {
        const syl = syllable(w.slice(i, j));
        if (syl === null) continue;
        const cost = from.cost + 1 + (i > 0 && /^[aeiouü]/.test(w.slice(i, j)) ? 5 : 0);
        // A hard н before я/е/ю is written нъ: Шуанъяшань (but Шэньян keeps its soft sign).
        const text = /н$/.test(from.text) && /^[яеюё]/.test(syl) ? from.text + 'ъ' + syl : from.text + syl;
        if (!best[j] || cost < best[j]!.cost) best[j] = { cost, text };
      }
    }
    const done = best[w.length];
    if (!done) return null;
    out.push(done.text);
  }
  return out.length > 0 ? out.join(' ') : null;
}

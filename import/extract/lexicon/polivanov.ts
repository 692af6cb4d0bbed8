// Hepburn romaji → Cyrillic by the Polivanov system, the way Russian writes Japanese place names (Komatsu →
// Комацу, Kushiro → Кусиро). Used only to compare a Russian spelling with GeoNames' romaji name.

const SPECIAL: Record<string, string> = {
  shi: 'си', chi: 'ти', tsu: 'цу', ji: 'дзи', fu: 'фу', sha: 'ся', shu: 'сю', sho: 'сё', cha: 'тя', chu: 'тю',
  cho: 'тё', ja: 'дзя', ju: 'дзю', jo: 'дзё', ya: 'я', yu: 'ю', yo: 'ё', wa: 'ва', wo: 'о', zu: 'дзу',
};
const CONSONANT: Record<string, string> = {
  k: 'к', g: 'г', s: 'с', z: 'дз', t: 'т', d: 'д', n: 'н', h: 'х', b: 'б', p: 'п', m: 'м', r: 'р',
};
const VOWEL: Record<string, string> = { a: 'а', i: 'и', u: 'у', e: 'э', o: 'о' };
const Y_VOWEL: Record<string, string> = { a: 'я', u: 'ю', o: 'ё' };

/** The Polivanov spelling of a Hepburn word, or null when it is not romaji. */
export function polivanov(romaji: string): string | null {
  const s = romaji
    .toLowerCase()
    .normalize('NFD')
    .replace(/\u0304|\u0302/g, '')
    .normalize('NFC')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u');
  let out = '';
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^[\s'’-]+/.exec(rest))) {
      out += ' ';
      i += m[0].length;
      continue;
    }
    const three = rest.slice(0, 3);
    const two = rest.slice(0, 2);
    if (SPECIAL[three]) {
      out += SPECIAL[three];
      i += 3;
    } else if (SPECIAL[two]) {
      out += SPECIAL[two];
      i += 2;
    } else if ((m = /^([kgnhbpmr])y([auo])/.exec(rest))) {
      out += CONSONANT[m[1]!]! + Y_VOWEL[m[2]!]!;
      i += 3;
    } else if ((m = /^([kgszdtnhbpmr])([aiueo])/.exec(rest))) {
      out += CONSONANT[m[1]!]! + VOWEL[m[2]!]!;
      i += 2;
    } else if (VOWEL[rest[0]!]) {
      // й after a vowel: Oita-like diphthongs keep и; `ei` is эй.
      out += rest[0] === 'i' && /[аэоу]$/.test(out) && i > 0 && s[i - 1] === 'e' ? 'й' : VOWEL[rest[0]!]!;
      i += 1;
    } else if (rest[0] === 'n' || rest[0] === 'm') {
      out += 'н';
      i += 1;
    } else if (/^([kstpgdbc])\1/.test(rest)) {
      // A doubled consonant (small tsu) is written double: Hokkaido → Хоккайдо; `tch` → `тт`.
      out += rest[0] === 'c' ? 'т' : CONSONANT[rest[0]!]!;
      i += 1;
    } else if (rest.startsWith('tch')) {
      out += 'т';
      i += 1;
    } else {
      return null;
    }
  }
  return out.trim() || null;
}

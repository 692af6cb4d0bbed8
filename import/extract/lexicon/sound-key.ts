// Sound keys: a coarse spelling of a place name that a Russian rendering and the local Latin name share, so that
// `Ковентри` meets `Coventry`, `Херне` meets `Herne` and `Комацу` meets `Komatsu`. Both sides are reduced to one
// small alphabet (glides, doubled letters and hyphens dropped; ц and ч one letter); Latin names are first read by
// the rules of their country's language (sound-profiles.ts), and Chinese and Japanese names through the Russian
// systems for them (Palladius, Polivanov), since Russian writes those from the sound, not the letters.
import { palladius } from './palladius.js';
import { polivanov } from './polivanov.js';
import { DEFAULT_PROFILES, PROFILES_BY_COUNTRY, readBy } from './sound-profiles.js';

const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'o', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 's', ъ: '',
  ы: 'i', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ў: 'u',
};
const VOWEL = /[aeiou]/;

/** The shared tail of both sides: glides before vowels go, doubled letters become one, only letters stay. */
function finish(coarse: string): string {
  return coarse
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/i(?=[aeiou])/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The key of a Russian spelling: `Ювяскюля` → `uvaskula`. `ё` reads `o` (Орёл) unless `yo` says `e`, as it stands
 * for the German and French ö/eu (Нёвилль).
 */
export function cyrillicKey(ru: string, yo: 'o' | 'e' = 'o'): string {
  const s = ru.toLowerCase().replace(/ё/g, yo === 'o' ? 'ё' : 'е');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    // A soft sign before a vowel is a glide (`Арилье` = Arilje); elsewhere it only softens.
    if (ch === 'ь') out += VOWEL.test(CYR[s[i + 1] ?? ''] ?? '') ? 'i' : '';
    else out += CYR[ch] ?? ch;
  }
  return finish(out);
}

const SPECIAL: Record<string, string> = { ø: 'o', ł: 'l', đ: 'dj', ß: 'ss', æ: 'e', œ: 'e', ı: 'i', þ: 't', ð: 'd' };

/** Lowercase, language-specific letters folded, marks kept for the profiles that read them (č, š, ž, ä, ö, ü, å). */
function prepare(latin: string): string {
  return latin.toLowerCase().replace(/[øłđßæœıþð]/g, (c) => SPECIAL[c] ?? c).normalize('NFC');
}

/** The keys a Latin place name of this country can sound like (one per reading of its spelling). */
export function latinKeys(latin: string, country: string): string[] {
  const s = prepare(latin);
  const keys = new Set<string>();
  if (country === 'CN' || country === 'TW') {
    const ru = palladius(s);
    if (ru) keys.add(cyrillicKey(ru));
  }
  if (country === 'JP') {
    const ru = polivanov(s);
    if (ru) keys.add(cyrillicKey(ru));
  }
  for (const p of PROFILES_BY_COUNTRY[country] ?? DEFAULT_PROFILES) keys.add(finish(readBy(p, s)));
  return [...keys].filter((k) => k.length >= 2);
}

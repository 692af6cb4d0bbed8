// Sound keys: a coarse spelling of a place name that a Russian rendering and the local Latin name share, so that
// `Ковентри` meets `Coventry`, `Херне` meets `Herne` and `Комацу` meets `Komatsu`. Both sides are reduced to one
// small alphabet (glides, doubled letters and hyphens dropped; ц and ч one letter); Latin names are first read by
// the rules of their country's language, and Chinese and Japanese names through the Russian systems for them
// (Palladius, Polivanov), since Russian writes those from the sound, not the letters.
import { palladius } from './palladius.js';
import { polivanov } from './polivanov.js';

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

type Profile = (s: string) => string;

const SPECIAL: Record<string, string> = { ø: 'o', ł: 'l', đ: 'dj', ß: 'ss', æ: 'e', œ: 'e', ı: 'i', þ: 't', ð: 'd' };

/** Lowercase, language-specific letters folded, marks kept for the profiles that read them (č, š, ž, ä, ö, ü, å). */
function prepare(latin: string): string {
  return latin.toLowerCase().replace(/[øłđßæœıþð]/g, (c) => SPECIAL[c] ?? c).normalize('NFC');
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

// English: Coventry → Ковентри, Chapel Hill → Чапел-Хилл, Shrewsbury → Шрусбери.
const english: Profile = (s) =>
  stripMarks(s)
    .replace(/tch|ch/g, 'C')
    .replace(/sh/g, 's')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'dj')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/ee|ea/g, 'i')
    .replace(/oo/g, 'u')
    // A silent final e: Greenville → Гринвилл.
    .replace(/(\p{L}{2,}[^aeiou\s-])e(?=$|[\s-])/gu, '$1');

// German and Dutch: Dortmund, München → Мюнхен, Zwickau → Цвиккау, Schwerin → Шверин.
const german: Profile = (s) =>
  stripMarks(s.replace(/ä/g, 'e').replace(/ö/g, 'e').replace(/ü/g, 'iu'))
    .replace(/sch/g, 's')
    .replace(/ch/g, 'h')
    .replace(/tz|z/g, 'C')
    .replace(/ei/g, 'ai')
    .replace(/eu|äu/g, 'oi')
    .replace(/ie/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/c/g, 'k')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/oo/g, 'o');

// French: Neuville → Нёвиль, Poitiers → Пуатье, Cherbourg → Шербур.
const french: Profile = (s) =>
  stripMarks(s.replace(/ç/g, 's'))
    .replace(/eaux?|aux?/g, 'o')
    .replace(/eu|œu/g, 'e')
    .replace(/oi/g, 'ua')
    .replace(/ou/g, 'u')
    .replace(/ch/g, 's')
    .replace(/qu/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/gn/g, 'ni')
    .replace(/y/g, 'i')
    .replace(/ers?(?=$|[\s-])/g, 'E')
    .replace(/(\p{L}{3,}?)(es|e|s|x)(?=$|[\s-])/gu, '$1');

// Slavic and Baltic Latin scripts: Łódź → Лодзь, Čačak → Чачак, Mojkovac → Мойковац, Arilje → Арилье.
// The letter j is a glide (i); ж, written rz, ž, ż, ź or in dž, is J, which the key keeps as j (Rzeszów → Жешув).
const slavic: Profile = (s) =>
  s
    .replace(/j/g, 'i')
    .replace(/cz|č|ć/g, 'c')
    .replace(/sz|š|ś/g, 's')
    .replace(/dź|dz/g, 'dz')
    .replace(/dž/g, 'dJ')
    .replace(/rz|ž|ż|ź/g, 'J')
    .replace(/ch/g, 'h')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');

// Polish ó is у: Rzeszów → Жешув, Kraków → Краков (both readings).
const polish: Profile = (s) => slavic(s.replace(/ó/g, 'u'));

// Hungarian: Szeged → Сегед, Miskolc → Мишкольц, Pécs → Печ, Győr → Дьёр.
const hungarian: Profile = (s) =>
  stripMarks(
    s
      .replace(/cs/g, 'C')
      .replace(/zs/g, 'J')
      .replace(/sz/g, 'S')
      .replace(/s/g, 'S')
      .replace(/gy/g, 'd')
      .replace(/ly/g, 'i')
      .replace(/ny/g, 'n')
      .replace(/ty/g, 't')
      .replace(/[öőüű]/g, 'e')
      .replace(/j/g, 'i')
      .replace(/w/g, 'v')
      .replace(/y/g, 'i'),
  );

// Romanian: Cluj-Napoca → Клуж-Напока, Iași → Яссы, Timișoara → Тимишоара, Constanța → Констанца.
const romanian: Profile = (s) =>
  stripMarks(
    s
      .replace(/ch(?=[ei])/g, 'k')
      .replace(/gh(?=[ei])/g, 'g')
      .replace(/c(?=[ei])/g, 'C')
      .replace(/g(?=[ei])/g, 'dJ')
      .replace(/ș|ş/g, 'S')
      .replace(/ț|ţ/g, 'C')
      .replace(/j/g, 'J')
      .replace(/c/g, 'k')
      .replace(/[âî]/g, 'i'),
  );

// Turkish: İzmir → Измир, Çanakkale → Чанаккале, Eskişehir → Эскишехир.
const turkish: Profile = (s) =>
  stripMarks(s.replace(/ç/g, 'C').replace(/ş/g, 'S').replace(/c/g, 'dJ').replace(/ğ/g, '').replace(/j/g, 'J').replace(/y/g, 'i'));

// Spanish: Barcelona → Барселона, Zaragoza → Сарагоса, México → Мехико, Jerez → Херес.
const spanish: Profile = (s) =>
  stripMarks(s.replace(/ñ/g, 'ni'))
    .replace(/ch/g, 'C')
    .replace(/qu/g, 'k')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/[jx]/g, 'H')
    .replace(/h/g, '')
    .replace(/ll/g, 'l')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v');

// Portuguese: Porto, Coimbra, São Paulo → Сан-Паулу; s between vowels is з (Braga, Rosário → Розарио).
const portuguese: Profile = (s) =>
  stripMarks(s.replace(/ç/g, 's'))
    .replace(/lh/g, 'li')
    .replace(/nh/g, 'ni')
    .replace(/ch/g, 'S')
    .replace(/qu/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/(?<=[aeiou])s(?=[aeiou])/g, 'z')
    .replace(/j/g, 'J')
    .replace(/x/g, 'S')
    .replace(/o(?=$|[\s-])/g, 'u');

// Italian s between vowels is з: Pisa → Пиза, Brescia keeps ш (sc before e, i).
const italianZ: Profile = (s) => romance(s.replace(/(?<=[aeiou])s(?=[aeiou])/g, 'Z'));

// Older German renderings: h as г and ei as ей (Hamburg → Гамбург, Heidelberg → Гейдельберг, Mannheim →
// Мангейм, Leipzig → Лейпциг), a silent h after a vowel (Karlsruhe → Карлсруэ), initial s as з (Salzburg →
// Зальцбург).
const germanOld: Profile = (s) =>
  german(
    s
      .replace(/(?<=[aeiouäöü])h/g, '')
      .replace(/h/g, 'g')
      .replace(/ei/g, 'eI')
      .replace(/(^|[\s-])s(?=[aeiou])/g, '$1Z'),
  ).replace(/I/g, 'i');

// English variants Russian uses: -ham as гем (Birmingham → Бирмингем), -ow as о and s as з (Glasgow → Глазго).
const englishOld: Profile = (s) =>
  english(s.replace(/ham(?=$|[\s-])/g, 'gem').replace(/ow(?=$|[\s-])/g, 'o').replace(/(?<=[aeiou])s(?=[aeiou])|s(?=g)/g, 'z'));

// French s between vowels is з, and Russian keeps a final e as а (Toulouse → Тулуза); -eille is ель (Marseille →
// Марсель); a final s may be sounded (Reims → Реймс).
const frenchVariants: Profile = (s) =>
  french(s.replace(/(?<=[aeiouy])s(?=[aeiouy])/g, 'z').replace(/eille(?=$|[\s-])/g, 'el').replace(/([^aeiou\s-])e(?=$|[\s-])/g, '$1a'));
const frenchFinalS: Profile = (s) => french(s.replace(/s(?=$|[\s-])/g, 'S')).replace(/S/g, 's');

// Finnish: doubled vowels are long, not the Swedish å (Vantaa → Вантаа, Jyväskylä → Ювяскюля).
const finnish: Profile = (s) =>
  stripMarks(s.replace(/ä/g, 'ia').replace(/ö/g, 'e').replace(/y/g, 'iu'))
    .replace(/j/g, 'i')
    .replace(/w/g, 'v');

// Czech and Slovak h is Russian г: Kutná Hora → Кутна-Гора, Hradec Králové → Градец-Кралове.
const czech: Profile = (s) => slavic(s.replace(/(?<!c)h/g, 'g'));

// Nordic and Finnic: Jyväskylä-type names (y = ю), Tromsø, Göteborg, Kohtla-Järve.
const nordic: Profile = (s) =>
  stripMarks(s.replace(/ä/g, 'ia').replace(/ö/g, 'e').replace(/y|ü/g, 'iu').replace(/å/g, 'o').replace(/aa/g, 'o'))
    .replace(/sj|skj|sch/g, 's')
    .replace(/ck/g, 'k')
    .replace(/c/g, 'k')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i');

// Italian, Spanish, Portuguese and the rest: Palermo, Valencia, Porto; also the fallback for any country.
const romance: Profile = (s) =>
  stripMarks(s)
    .replace(/ch/g, 'k')
    .replace(/gli/g, 'li')
    .replace(/gn|ñ/g, 'ni')
    .replace(/sc(?=[ei])/g, 's')
    .replace(/c(?=[ei])/g, 'C')
    .replace(/c/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/z/g, 'c')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks');

const PROFILES_BY_COUNTRY: Record<string, Profile[]> = {};
function assign(countries: string, profiles: Profile[]): void {
  for (const c of countries.split(' ')) PROFILES_BY_COUNTRY[c] = profiles;
}
assign('GB US CA AU NZ IE ZA IN PK NG KE GH UG ZM ZW JM MT PH SG MY', [english, englishOld]);
assign('DE AT LU LI', [german, germanOld]);
assign('NL', [german]);
assign('CH', [german, germanOld, french]);
assign('BE', [german, french]);
assign('FR MC', [french, frenchVariants, frenchFinalS]);
assign('SI HR BA RS ME MK LT LV', [slavic]);
assign('PL', [slavic, polish]);
assign('CZ SK', [slavic, czech]);
assign('HU', [hungarian]);
assign('RO MD', [romanian, romance]);
assign('TR', [turkish]);
assign('SE NO DK IS', [nordic]);
assign('FI EE', [nordic, finnish]);
assign('IT SM', [romance, italianZ]);
assign('ES MX AR CL CO PE VE UY BO EC PY CU', [spanish, romance]);
assign('PT BR', [portuguese, romance]);
assign('GR', [romance]);

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
  for (const p of PROFILES_BY_COUNTRY[country] ?? [english, romance]) keys.add(finish(p(s)));
  return [...keys].filter((k) => k.length >= 2);
}

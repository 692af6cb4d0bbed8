// The words that make an organisation's name: head nouns and the type they give, legal forms, abbreviations,
// and the heads of a city's own authority (which stands for the city, not for an institution).
import type { InstitutionType } from './institution-types.js';

/** Head nouns (lemmas) that name an organisation, and the type they give. */
export const HEADS: Record<string, InstitutionType> = {
  университет: 'university', госуниверситет: 'university', институт: 'university', академия: 'university', колледж: 'university',
  техникум: 'university', консерватория: 'university', училище: 'university',
  школа: 'school', лицей: 'school', гимназия: 'school', интернат: 'school', сад: 'school',
  библиотека: 'library', система: 'library',
  музей: 'museum', галерея: 'museum', заповедник: 'museum',
  театр: 'theatre', филармония: 'theatre', цирк: 'theatre',
  ансамбль: 'ensemble', оркестр: 'ensemble', хор: 'ensemble', капелла: 'ensemble',
  палата: 'chamber',
  консульство: 'diplomatic', генконсульство: 'diplomatic', посольство: 'diplomatic',
  представительство: 'diplomatic', отдел: 'government',
  корпорация: 'company', компания: 'company', предприятие: 'company', завод: 'company', фабрика: 'company',
  комбинат: 'company', холдинг: 'company', банк: 'company', фирма: 'company', издательство: 'company',
  концерн: 'company', объединение: 'company', общество: 'company', группа: 'company',
  министерство: 'government', департамент: 'government', комитет: 'government', управление: 'government',
  канцелярия: 'government', правительство: 'government', агентство: 'government', служба: 'government',
  ведомство: 'government', комиссия: 'government', администрация: 'government', инспекция: 'government',
  ассоциация: 'association', союз: 'association', совет: 'association', фонд: 'association',
  федерация: 'association', организация: 'association', отделение: 'association', клуб: 'association',
  ассамблея: 'association', лига: 'association',
  // "национально-культурная автономия": a diaspora's public association (not a region's autonomy)
  автономия: 'association',
  центр: 'centre', учреждение: 'other', архив: 'other', филиал: 'other',
  // a church's diocese signs agreements as a body of its own ("Соглашение между Муромской епархией и музеем")
  епархия: 'other', митрополия: 'other',
  дом: 'centre', дворец: 'centre',
};

/** Heads too generic to name an organisation by their dependents alone: they need a «name». */
export const QUOTE_HEADS = new Set([
  'учреждение', 'организация', 'предприятие', 'компания', 'корпорация', 'объединение', 'общество', 'ансамбль',
  'оркестр', 'хор', 'капелла', 'издательство', 'холдинг', 'фирма', 'концерн', 'группа',
]);

/** Heads that only name an organisation with a given modifier: `детский сад`, `библиотечная система`. */
export const NEEDS_MODIFIER: Record<string, RegExp> = {
  сад: /^детск/,
  система: /^библиотечн/,
  автономия: /^(национально-культурн|национальн|культурн)/,
};

/**
 * Heads that only name an organisation with one of these nouns right after them: `Дом культуры`, `Дом дружбы`,
 * `Дворец молодёжи` (a house or a palace of anything else is a building: `Дом правительства`, `Дворец съездов`).
 */
export const NEEDS_DEPENDENT: Record<string, RegExp> = {
  дом: /^(культура|дружба|молод[её]жь|творчество|ремесло|учитель|национальность|музыка|кино|журналист|ветеран|искусство|книга|народ|пионер|школьник|литератор|писатель|художник|композитор|архитектор|актёр|актер|наука|техника|природа|детство|семья)$/,
  дворец: /^(культура|молод[её]жь|творчество|пионер|школьник|искусство|спорт|наука|техника|детство)$/,
};

/** Legal-form abbreviations: an organisation when a «name» follows (`ООО «Полиом»`, `БОУ города Омска «Лицей № 137»`). */
export const LEGAL_FORMS: Record<string, InstitutionType> = {
  ООО: 'company', ОАО: 'company', ЗАО: 'company', ПАО: 'company', АО: 'company', НАО: 'company', ГК: 'company',
  НПО: 'company', НПП: 'company', ИП: 'company', ЧУП: 'company', УП: 'company', ФГУП: 'company', МУП: 'company',
  БОУ: 'school', МБОУ: 'school', МАОУ: 'school', МКОУ: 'school', МОУ: 'school', ГБОУ: 'school', СОШ: 'school',
  МБДОУ: 'school', МАДОУ: 'school', БДОУ: 'school', ДОУ: 'school', ГУО: 'school', ГБПОУ: 'university',
  ФГБОУ: 'university', ФГАОУ: 'university', ФГОУ: 'university', БПОУ: 'university',
  БУ: 'other', БУК: 'other', МБУ: 'other', МАУ: 'other', МКУ: 'other', КУ: 'other', АУ: 'other', ГБУ: 'other',
  ГАУ: 'other', ГКУ: 'other', ФГБУ: 'other', МБУК: 'other', ГБУК: 'other', АНО: 'association',
  НКО: 'association', РОО: 'association', МОО: 'association', ОО: 'association',
};

/** Abbreviations that name an organisation on their own. */
export const STANDALONE: Record<string, InstitutionType> = {
  ТПП: 'chamber', ТИЦ: 'centre', НИИ: 'university', НПЗ: 'company', МФЦ: 'centre',
};
/** A university's abbreviation: `ОмГУ`, `ОмГТУ`, `ТГУ`, `СПбГУ`, `НГПУ`, a federal one `САФУ`, `УрФУ`. */
export const UNIVERSITY_ABBR = /^(?:[А-ЯЁ][а-яё]{0,2})?[А-ЯЁ]{0,3}[ГТФ][А-ЯЁ]{0,2}У$/u;

/** Upper-case words that are places, not organisations. */
export const NOT_ORGANISATIONS = new Set([
  'РФ', 'КНР', 'США', 'ЛНР', 'ДНР', 'ФРГ', 'СНГ', 'ЕАЭС', 'ОАЭ', 'СССР', 'МО', 'ЕС', 'ШОС', 'АТР', 'ВКС', 'ВУЗ',
  'ОМСК', 'СМИ', 'ИТ', 'IT', 'ЭКСПО',
]);

/** Words whose «name» is not an organisation's. */
export const PROJECT_WORDS = new Set([
  'проект', 'программа', 'фестиваль', 'выставка', 'конкурс', 'акция', 'форум', 'марафон', 'мероприятие',
  'экспозиция', 'маршрут', 'тур', 'экскурсия', 'игра', 'лекторий',
]);

/** Heads that, with a city after them, are the city's own authority rather than an institution. */
export const AUTHORITY_HEADS = new Set([
  'администрация', 'мэрия', 'мэр', 'вице-мэр', 'муниципалитет', 'правительство', 'акимат', 'горисполком',
  'магистрат', 'ратуша', 'бургомистр', 'бургомистрат', 'глава', 'исполком', 'руководство', 'хокимият', 'хоким',
  // a Spanish-speaking town's mayoralty (Nicaragua, Venezuela, Cuba)
  'алькальдия', 'алькальд',
  // a town's "сити-менеджер" (the dictionary's lemma is that of its last part; city-authorities.ts asks for "сити-")
  'менеджер',
]);
/**
 * Every lemma that makes a noun worth a closer look (an organisation's head, an authority's, `комитет` of an
 * executive committee): one Set look-up per noun lemma of a sentence, where a property of HEADS would cost a
 * string-table look-up for each.
 */
export const HEAD_LEMMAS: ReadonlySet<string> = new Set([...Object.keys(HEADS), ...AUTHORITY_HEADS, 'комитет', 'дума', 'скупщина']);
/** Authority heads that need `города` before the name: `глава города Омска`, not `глава Омска`. */
export const NEED_DESIGNATOR = new Set(['глава', 'руководство']);
export const DISTRICT_WORDS = new Set(['район', 'округ']);
export const REGION_WORDS = new Set([
  'область', 'провинция', 'край', 'республика', 'штат', 'федерация', 'префектура', 'округ', 'регион', 'аймак',
]);

/** Refines a generic head (`учреждение`, a legal form) by what its name says: `«Средняя школа № 75»` → school. */
export function typeFromWords(text: string, fallback: InstitutionType): InstitutionType {
  const t = text.toLowerCase();
  if (/школ|лицей|гимнази|детск\S* сад/.test(t)) return 'school';
  if (/университет|институт|академи|колледж|техникум/.test(t)) return 'university';
  if (/библиотек/.test(t)) return 'library';
  if (/музе|галере/.test(t)) return 'museum';
  if (/театр|филармон/.test(t)) return 'theatre';
  if (/ансамбл|оркестр|хор\b/.test(t)) return 'ensemble';
  return fallback;
}

// Russian and English labels for the page, the entity and relation kinds, and country names.
import type { EntityKind, RelationKind } from '../api-types.js';
import { en } from './en.js';
import { ru, type Key } from './ru.js';

export type { Key };
export type Lang = 'ru' | 'en';

const dictionaries: Record<Lang, Record<Key, string>> = { ru, en };

const entityKinds: Record<Lang, Record<EntityKind, string>> = {
  ru: { City: 'Город', Region: 'Регион', Country: 'Страна', Institution: 'Организация', Event: 'Событие', Person: 'Персона' },
  en: { City: 'City', Region: 'Region', Country: 'Country', Institution: 'Institution', Event: 'Event', Person: 'Person' },
};

const relationKinds: Record<Lang, Record<RelationKind, string>> = {
  ru: {
    TWIN: 'побратимы',
    AGREEMENT: 'соглашение',
    VISIT: 'визит',
    PARTNER: 'партнёры',
    CONTACT: 'контакт',
    PARTICIPATED_IN: 'участие',
    HELD_IN: 'место проведения',
    LOCATED_IN: 'находится в',
  },
  en: {
    TWIN: 'twin cities',
    AGREEMENT: 'agreement',
    VISIT: 'visit',
    PARTNER: 'partners',
    CONTACT: 'contact',
    PARTICIPATED_IN: 'participated in',
    HELD_IN: 'held in',
    LOCATED_IN: 'located in',
  },
};

/** A label, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export const entityKindLabel = (lang: Lang, kind: EntityKind): string => entityKinds[lang][kind] ?? kind;
export const relationKindLabel = (lang: Lang, kind: RelationKind): string => relationKinds[lang][kind] ?? kind;

/** A country's name from its ISO code, in the page's language (the code itself when unknown). */
export function countryName(lang: Lang, code: string | null): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every key each dictionary has, for the test that keeps them in step. */
export const dictionaryKeys = (lang: Lang): string[] => Object.keys(dictionaries[lang]);

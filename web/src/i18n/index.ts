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

/** Word forms by plural category (Intl.PluralRules): Russian one/few/many, English one/other. */
const counted: Record<Lang, Record<'nodes' | 'edges' | 'communities', Partial<Record<Intl.LDMLPluralRule, string>>>> = {
  ru: {
    nodes: { one: 'узел', few: 'узла', many: 'узлов', other: 'узла' },
    edges: { one: 'связь', few: 'связи', many: 'связей', other: 'связи' },
    communities: { one: 'сообщество', few: 'сообщества', many: 'сообществ', other: 'сообщества' },
  },
  en: {
    nodes: { one: 'node', other: 'nodes' },
    edges: { one: 'relation', other: 'relations' },
    communities: { one: 'community', other: 'communities' },
  },
};

/** A count with its noun in the right form: `1 сообщество`, `5 сообществ`, `1 community`. */
export function count(lang: Lang, n: number, noun: 'nodes' | 'edges' | 'communities'): string {
  const forms = counted[lang][noun];
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other!;
  return `${n.toLocaleString(lang)} ${form}`;
}

const statuses: Record<Lang, Record<string, string>> = {
  ru: { signed: 'подписано', planned: 'планируется' },
  en: { signed: 'signed', planned: 'planned' },
};

/** A relation's status (an agreement `signed` or `planned`) in the page's language; unknown ones as they are. */
export const statusLabel = (lang: Lang, status: string): string => statuses[lang][status] ?? status;

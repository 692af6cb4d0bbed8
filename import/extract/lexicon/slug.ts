// The one way a name becomes the Latin part of an id: `city:ulan-ude`, `inst:…`, `region:tomskaya-oblast`.
import { createHash } from 'node:crypto';
import { CYRILLIC } from './homoglyphs.js';
import { Memo } from './memo.js';
import { lookupKey } from './name-key.js';
import { transliterate } from './transliterate.js';

/** Lowercase ASCII slug: transliterated, diacritics dropped, anything else becomes `-`. */
export function slugify(s: string): string {
  const latin = CYRILLIC.test(s) ? transliterate(s) : s;
  return lookupKey(latin)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug bounded in length: a long name (an institution's) keeps 70 characters and a hash of the whole. */
export function slugId(name: string): string {
  return slugs.get(name, computeSlugId);
}

// Every mention's id is a slug, asked again for each sentence that names the same place, person or body: the
// transliteration and the chain of replacements cost more than a look-up.
const slugs = new Memo<string>(20_000);

function computeSlugId(name: string): string {
  const slug = slugify(name.replace(/[ёЁ]/g, 'е'));
  if (slug.length <= 80) return slug;
  const hash = createHash('sha1').update(slug).digest('hex').slice(0, 8);
  return `${slug.slice(0, 70).replace(/-$/, '')}-${hash}`;
}

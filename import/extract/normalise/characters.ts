// Normalisation, pass 1: characters (line ends, invisible and odd spaces, PDF fonts' `ѐ`, hyphens and dashes).
// The rules are at the top of ../normalise.ts.

const CHAR_MAP: Record<string, string> = {
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
  '\u0450': 'ё', '\u0400': 'Ё',
  '\u00a0': ' ', '\t': ' ', '\u202f': ' ', '\u205f': ' ', '\u3000': ' ', '\u1680': ' ',
  '\f': '\n', '\v': '\n', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2043': '-', '\u2212': '-', '\ufe63': '-', '\uff0d': '-',
  '\u2015': '—', '\ufe58': '—', '\u2e3a': '—', '\u2e3b': '—',
};
for (let c = 0x2000; c <= 0x200a; c++) CHAR_MAP[String.fromCharCode(c)] = ' ';

const REPLACEMENTS = new Map<number, string>(Object.entries(CHAR_MAP).map(([k, v]) => [k.charCodeAt(0), v]));

/** One pass over the UTF-16 code units; printable ASCII and Cyrillic take the fast path. */
export function fixCharacters(raw: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || (c > 0x0400 && c < 0x0450)) continue;
    let rep: string | undefined;
    if (c === 0x0d) rep = raw.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (c < 0x20 || c === 0x7f) rep = REPLACEMENTS.get(c) ?? ''; // other control characters go
    else rep = REPLACEMENTS.get(c);
    if (rep === undefined) continue;
    out += raw.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? raw : out + raw.slice(last);
}

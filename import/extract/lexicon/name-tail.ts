// What follows a name's head noun and still belongs to the name: genitive dependents, a «name», `№ N`, `им. …`,
// and the city in it (`консульство … в городе X`).
import { tokenReadings } from './word-tokens.js';
import { type Scan } from './scan.js';
import { type NP, npAt, properRun } from './name-phrase.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
// "департамента … ЯНАО и администрации Салехарда": a town's office after "и" is a body of its own, never a dependent.
const OFFICES = new Set(['администрация', 'мэрия', 'правительство', 'горисполком', 'акимат', 'муниципалитет']);
const SINGLE_CAPITAL = /^[A-ZÀ-ÖØ-ÞЀ-Я]$/u;

export interface RightOptions {
  /** Event names: `между X и Y`, `на корейском языке`, `для детей и молодежи «…»`, a year `- 2016`. */
  event?: boolean;
  /** `по делам молодежи`, `по спортивной аэробике`. */
  byPhrase?: boolean;
  /** `в городе Иркутске` is part of a consulate's name. */
  diplomatic?: boolean;
  /** A noun that starts a new name when coordinated (`… и университета`) rather than continuing this one. */
  isHead?: (s: Scan, np: NP) => boolean;
}

export interface NameTail {
  /** Token index just after the name. */
  end: number;
  /** Genitive dependents and phrases taken. */
  deps: number;
  /** A proper name among the dependents, other than a lone place name (`центре Омска`). */
  properDep: boolean;
  /** A capitalised word among the dependents (`первенство Азии`). */
  capitalDep: boolean;
  quote: { open: number; close: number } | null;
  number: boolean;
  imeni: boolean;
  /** The city named inside the name (`города Омска`, `в городе Иркутске`). */
  city: { text: string; start: number; end: number } | null;
  /** The city named right after the name, outside it (`… им. Саниных города Омска`, `(г. Павлодар, …)`). */
  cityAfter: { text: string; start: number; end: number } | null;
  depLemmas: string[];
}

/** Titles of officials: after an event's head they begin its subject when a place's name follows. */
const OFFICIALS = new Set(['глава', 'мэр', 'губернатор', 'аким', 'руководитель', 'председатель', 'бургомистр', 'градоначальник']);

const SIGNED_AFTER = /^(был[аио]?|будет|будут|подписан[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подписал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подпиш[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|заключ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|установлен[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|соглашени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|договор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|меморандум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|протокол[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)$/u;

/** Nouns after which a dative object is part of the phrase: `содействия международной торговле`. */
const DATIVE_GOVERNORS = new Set(['содействие', 'помощь', 'служение']);

/** `по …` phrases that say why or how, not what a body or contest is about. */
const NOT_NAME_PP = new Set([
  'итог', 'результат', 'инициатива', 'приглашение', 'поручение', 'случай', 'повод', 'причина', 'просьба',
  'адрес', 'линия', 'окончание', 'завершение', 'состояние', 'мнение', 'оценка', 'данные', 'слово', 'сравнение',
  'время', 'создание', 'проведение', 'реализация', 'организация', 'подготовка', 'подписание', 'установка',
  'обмен', 'публикация', 'итоги', 'согласование', 'договоренность', 'соглашение', 'счет', 'территория',
  'месяц', 'год', 'сторона', 'сеть', 'телефон', 'видеосвязь', 'мир', 'страна', 'город', 'россия',
]);

function cityAt(s: Scan, i: number): { text: string; start: number; end: number; next: number } | null {
  const t = s.toks[i];
  if (!t) return null;
  if (t.lower === 'г' && s.toks[i + 1]?.text === '.') {
    const run = properRun(s, i + 2);
    return run ? { ...run, next: run.end } : null;
  }
  if (/^город(а|е|ом)?$/.test(t.lower)) {
    const run = properRun(s, i + 1);
    return run ? { ...run, next: run.end } : null;
  }
  return null;
}

// The helpers of extendRight live out here, not as closures in it: tsx compiles with esbuild's keepNames, which
// wraps every named closure in a `__name(…)` call each time the enclosing function runs.

/** Whether token `i` exists and sits inside as many quotes (`depth`) as the name's head. */
function sameDepth(s: Scan, depth: number, i: number): boolean {
  return i < s.toks.length && s.depth[i] === depth;
}

function never(): boolean {
  return false;
}

/** Takes the dependent `np` into `tail`; returns the token index after it. */
function take(tail: NameTail, s: Scan, np: NP): number {
  tail.deps++;
  // A lone place name (`центре Омска`) does not make a name; `г. Кайфын`, `Павла Васильева` do.
  const lonePlace = np.end - np.start === 1 && tokenReadings(s.toks[np.head]!).some((r) => r.parse.tag.Geox);
  tail.properDep ||= np.proper && !lonePlace;
  tail.capitalDep ||= np.proper;
  if (np.lemma) tail.depLemmas.push(np.lemma);
  if (np.city) tail.city = np.city;
  return np.end;
}

/** The index of the `)` closing the short bracket opened at token `open`, or -2 when none does within six tokens. */
function closingBracket(s: Scan, open: number): number {
  for (let k = open + 1; k < Math.min(s.toks.length, open + 7); k++) if (s.toks[k]!.text === ')') return k;
  return -2;
}

/** Extends a name rightwards from token `from` (just after its head). */
export function extendRight(s: Scan, from: number, opts: RightOptions = {}): NameTail {
  return finishTail(s, from, dependents(s, from, opts), opts);
}

/**
 * extendRight in two steps, for the institution finder, which decides from a name's dependents whether it is a
 * consulate's (`diplomatic`): the dependents after the head, which no option but `diplomatic` changes (returned
 * with `end` just after them), then `finishTail` for the rest.
 */
export function dependents(s: Scan, from: number, opts: RightOptions): NameTail {
  const toks = s.toks;
  const tail: NameTail = {
    end: from, deps: 0, properDep: false, capitalDep: false, quote: null, number: false, imeni: false, city: null, cityAfter: null,
    depLemmas: [],
  };
  const d = s.depth[from - 1] ?? 0;
  let i = from;
  const isHead = opts.isHead ?? never;

  chain: for (let guard = 0; guard < 20 && sameDepth(s, d, i); guard++) {
    const t = toks[i]!;
    const np = npAt(s, i, ['gent']);
    // "форум … сотрудничества главы Оренбурга и Актобе подписали": officials of a named place are the sentence's
    // subject, not part of an event's name ("Форум глав регионов" names no place).
    if (np && opts.event && OFFICIALS.has(np.lemma) && toks[np.head + 1]?.cap) break;
    if (np) {
      i = take(tail, s, np);
      if (np.city) break;
      // Coordinated dependents: `промышленности и науки`, `строительства, цветоводства и садоводства`.
      for (;;) {
        const c = toks[i];
        if (!c || !sameDepth(s, d, i)) break;
        if (c.lower === 'и' || c.lower === 'или') {
          const np2 = npAt(s, i + 1, ['gent']);
          // `экономики и управления` goes on; `… и Омского университета` starts another name.
          const office = np2 !== null && OFFICES.has(np2.lemma) && toks[np2.head + 1]?.cap === true;
          const bare = np2 !== null && np2.head === np2.start && !toks[np2.head]!.cap && !office;
          if (np2 && (bare || !isHead(s, np2))) {
            i = take(tail, s, np2);
            if (np2.city) break chain;
            continue;
          }
        } else if (c.text === ',') {
          // A comma list of lower-case genitives, closed by `и …` or by a «name».
          const items: NP[] = [];
          let k = i;
          while (toks[k]?.text === ',' && sameDepth(s, d, k)) {
            const item = npAt(s, k + 1, ['gent']);
            if (!item || toks[k + 1]!.cap || isHead(s, item) || item.city) break;
            items.push(item);
            k = item.end;
          }
          const closer = toks[k];
          const closes =
            items.length > 0 &&
            closer !== undefined &&
            sameDepth(s, d, k) &&
            (((closer.lower === 'и' || closer.lower === 'или') && npAt(s, k + 1, ['gent'])) || closer.kind === 'open');
          if (closes) {
            for (const item of items) i = take(tail, s, item);
            continue;
          }
        }
        break;
      }
      continue;
    }
    const last = tail.depLemmas[tail.depLemmas.length - 1];
    if (last && DATIVE_GOVERNORS.has(last)) {
      const dn = npAt(s, i, ['datv']);
      if (dn) {
        i = take(tail, s, dn);
        continue;
      }
    }
    if (t.lower === 'по' && (opts.byPhrase || opts.event)) {
      const pp = npAt(s, i + 1, ['datv']);
      if (pp && !NOT_NAME_PP.has(pp.lemma)) {
        i = take(tail, s, pp);
        continue;
      }
    }
    // `турнир по хоккею с мячом «…»`: what qualifies the sport, when a «name» follows and shows it belongs.
    if (opts.event && (t.lower === 'с' || t.lower === 'со') && tail.depLemmas.length > 0) {
      const with_ = npAt(s, i + 1, ['ablt']);
      if (with_ && toks[with_.end]?.kind === 'open') {
        i = take(tail, s, with_);
        continue;
      }
    }
    if (opts.event && t.lower === 'между') {
      const a = npAt(s, i + 1, ['ablt']);
      const conj = a ? toks[a.end] : undefined;
      const b = a && conj && (conj.lower === 'и' || conj.text === ',') ? npAt(s, a.end + 1, ['ablt']) : null;
      // "на форуме между A и B было подписано соглашение": the sides of what was signed, not of the event.
      if (a && b && !SIGNED_AFTER.test(toks[b.end]?.lower ?? '')) {
        i = take(tail, s, a);
        i = take(tail, s, b);
        continue;
      }
    }
    if (opts.event && t.lower === 'на') {
      const lang = npAt(s, i + 1, ['loct']);
      if (lang && lang.lemma === 'язык') {
        i = take(tail, s, lang);
        continue;
      }
    }
    if (opts.event && t.lower === 'для') {
      // `для детей и молодежи «…»`: only when a «name» follows, which shows the phrase belongs to the name.
      let k = i + 1;
      const nps: NP[] = [];
      for (let np2 = npAt(s, k, ['gent']); np2; np2 = npAt(s, k, ['gent'])) {
        nps.push(np2);
        k = np2.end;
        if (toks[k]?.lower === 'и') k++;
        else break;
      }
      if (nps.length && toks[k]?.kind === 'open') {
        for (const np2 of nps) i = take(tail, s, np2);
        continue;
      }
    }
    break;
  }
  tail.end = i;
  return tail;
}

/** The rest of extendRight after `dependents(s, from, …)` gave `tail`, which it completes and returns. */
export function finishTail(s: Scan, from: number, tail: NameTail, opts: RightOptions): NameTail {
  const toks = s.toks;
  const d = s.depth[from - 1] ?? 0;
  let i = tail.end;
  // `в городе Иркутске`, `в г. Омске`, `в Омске` after a consulate or embassy.
  if (opts.diplomatic && (toks[i]?.lower === 'в' || toks[i]?.lower === 'во') && sameDepth(s, d, i)) {
    const c = cityAt(s, i + 1);
    // `в Омске` (a city), `в Российской Федерации` (a country: part of the name, but no city word).
    const place = !c ? npAt(s, i + 1, ['loct']) : null;
    if (c) {
      tail.city = c;
      i = c.next;
    } else if (place && place.proper && toks[place.start]!.cap) {
      if (place.end - place.start === 1) {
        tail.city = { start: place.start, end: place.end, text: toks[place.start]!.text };
      }
      i = place.end;
    }
  }
  // `Форум … Шелкового пути - 2016`.
  if (opts.event && /^[-–—]$/.test(toks[i]?.text ?? '') && /^(19|20)\d\d$/.test(toks[i + 1]?.text ?? '')) i += 2;
  // «name», № 75, им. Ф.М. Достоевского, in either order: `школы № 1 им. Саниных`, `сада № 45 «Солнышко»`.
  for (let progressed = true; progressed; ) {
    progressed = false;
    if (!tail.quote && toks[i]?.kind === 'open' && s.match[i]! > i) {
      tail.quote = { open: i, close: s.match[i]! };
      i = s.match[i]! + 1;
      progressed = true;
    }
    if (!tail.number && toks[i]?.text === '№' && toks[i + 1]?.kind === 'num') {
      tail.number = true;
      i += 2;
      progressed = true;
    }
    if (!tail.imeni && (toks[i]?.lower === 'им' || toks[i]?.lower === 'имени')) {
      // им. Ф.М. Достоевского, имени Героя Советского Союза М. М. Кузьмина, имени 30-летия Победы
      let k = i + 1 + (toks[i]!.lower === 'им' && toks[i + 1]?.text === '.' ? 1 : 0);
      const begin = k;
      for (let n = 0; n < 8 && k < toks.length; n++) {
        const t = toks[k]!;
        if (t.kind === 'word' && SINGLE_CAPITAL.test(t.text) && toks[k + 1]?.text === '.') k += 2;
        else if (t.kind === 'word' && (t.cap || /^\d/.test(t.text))) k++;
        // "имени А.Г. и Н.Г. Столетовых": two namesakes' initials before their one surname.
        else if (t.lower === 'и' && k > begin && SINGLE_CAPITAL.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === '.') k++;
        else break;
      }
      if (k > begin) {
        tail.imeni = true;
        i = k;
        progressed = true;
      }
    }
  }
  tail.end = i;
  // The city right after the name: `… города Омска`, `(город Павлодар, Республика Казахстан)`.
  // "горкома Коммунистической партии Китая (КПК) города Харбина": past a short bracket that names no town.
  const bracketed = toks[i]?.text === '(' ? closingBracket(s, i) + 1 : -1;
  const after = toks[i]?.text === '(' ? cityAt(s, i + 1) ?? (bracketed >= 0 ? cityAt(s, bracketed) : null) : cityAt(s, i);
  if (after && !tail.city) tail.cityAfter = after;
  return tail;
}

// Page furniture around the story on news and portal pages: tag lists, share buttons, links to other stories,
// photo credits. Their names are no statement ("Теги: Гомель, Минск, побратимы" is no twinning), so a sentence
// that opens with such a label gives neither mentions nor relations.

const LABEL =
  /^\s*(теги|метки|tags|ключевые\s+слова|рубрик[аи]|поделиться|читайте\s+также|читать\s+также|смотрите\s+также|см\.\s+также|похожие\s+(новости|материалы|статьи)|другие\s+новости|последние\s+новости|новости\s+по\s+теме|по\s+теме|фото|фотограф|источник)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

// A photo credit or source line is short; a long "sentence" that opens with one is the credit run into the lead
// paragraph by the page's markup ("Фото: Администрация Чкаловска Нижегородский Чкаловск и … заключили соглашение").
const CREDIT = /^\s*(фото|фотограф|источник)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
const CREDIT_MAX = 120;

/** Whether a sentence is page furniture rather than part of the story. */
export function isFurniture(sentence: string): boolean {
  return LABEL.test(sentence) && !(sentence.length > CREDIT_MAX && CREDIT.test(sentence));
}

// "… подписано 16 ноября Фото: сайт представительства …": a photo credit run into a sentence, to the end of its line.
const CREDIT_INSIDE = /(?<=\S\s+)(Фото|Фотограф|Источник\s+фото)\s*:\s[^\n]{0,100}(?=\n|$)/u;

/** The span of a photo credit inside a sentence, whose names are no party to the story; null when it has none. */
export function creditInside(sentence: string): { start: number; end: number } | null {
  // "© Волгоградская правда": a publication's name after the copyright sign (its first word and a lower-case word
  // that goes on with it) is no place of the story.
  const sign = COPYRIGHT.exec(sentence);
  if (sign) return { start: sign.index, end: sign.index + sign[0].length };
  // Asked of every sentence: most hold no credit's word, and the look-behind would be tried at every position.
  if (!sentence.includes('Фото') && !sentence.includes('Источник')) return null;
  const m = CREDIT_INSIDE.exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
const COPYRIGHT = /©\s*[^\s.,;:]+(\s+[a-zß-öø-ſа-ԯ][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*)?/u;

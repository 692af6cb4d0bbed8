// Chinese people's names in Russian news (Palladius spelling): a one-syllable surname, then the given name, both
// capitalised ("мэр города Лю Циньхай", "с мэром Хэгана Дэном Вэйюанем"). After a city cue the surname would
// otherwise read as an unknown town.

// The commonest Chinese surnames, as Russian texts write them; each is a syllable no town of the world list is
// named by alone in these reports.
const SURNAMES = new Set([
  'Ван', 'Ли', 'Чжан', 'Лю', 'Чэнь', 'Чень', 'Хуан', 'Чжао', 'Чжоу', 'Сюй', 'Сунь', 'Чжу', 'Ху', 'Го', 'Хэ', 'Гао',
  'Линь', 'Ло', 'Чжэн', 'Лян', 'Се', 'Сун', 'Тан', 'Хань', 'Фэн', 'Дэн', 'Цао', 'Пэн', 'Цзэн', 'Сяо', 'Тянь', 'Дун',
  'Пань', 'Юань', 'Цай', 'Цзян', 'Юй', 'Ду', 'Чэн', 'Вэй', 'Су', 'Люй', 'Дин', 'Жэнь', 'Яо', 'Шэнь', 'Чжун', 'Цуй',
  'Тань', 'Фань', 'Ляо', 'Ши', 'Цзинь', 'Цзя', 'Ся', 'Фу', 'Фан', 'Цзоу', 'Сюн', 'Бай', 'Мэн', 'Цинь', 'Цю', 'Хоу',
  'Инь', 'Сюэ', 'Янь', 'Дуань', 'Лэй', 'Лун', 'Тао', 'Мао', 'Хао', 'Гу', 'Гун', 'Шао', 'Цянь', 'Дай', 'Кун', 'Сян',
]);
// A given name right after the surname: one word of one or two syllables, capitalised ("Циньхай", "Хунлинь").
const GIVEN_NAME_AFTER = /^ [A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]{1,9}(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])/u;
const GIVEN_NAME = /^[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]{1,9}$/u;

/** A Chinese surname: the word is one of SURNAMES and a given name follows (`after`: the text right after the word). */
export function isChineseSurname(word: string, after: string): boolean {
  return SURNAMES.has(word) && GIVEN_NAME_AFTER.test(after);
}

/** A Chinese given name: the word has the shape of one and the word before it is a surname. */
export function isChineseGivenName(word: string, previous: string | null): boolean {
  return previous !== null && SURNAMES.has(previous) && GIVEN_NAME.test(word);
}

import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { findPersons } from '../../../../import/extract/finders/persons.js';
import { findPlaces } from '../../../../import/extract/finders/places.js';

beforeAll(loadMorph);

const people = (text: string) => findPersons(text).map((p) => [p.name, p.role]);

describe('persons', () => {
  it.each([
    ['Гостей встретил глава города Ян Лузин.', [['Ян Лузин', 'глава города']]],
    ['Документ подписали мэром Омска Сергеем Шелестом.', [['Сергей Шелест', 'мэр Омска']]],
    ['Письмо направили главе района Ладе Мокроусовой.', [['Лада Мокроусова', 'глава района']]],
    ['Благодарность вручили Ирине Михайловне Гусевой.', [['Ирина Михайловна Гусева', null]]],
    ['Выступила Петрова Анна Сергеевна.', [['Петрова Анна Сергеевна', null]]],
    ['Мэр города С.Н. Шелест и Борисов А.В. обсудили планы.', [['С.Н. Шелест', 'мэр города'], ['А.В. Борисов', null]]],
    ['Делегацию возглавил председатель совета Пётр Владимиров.', [['Пётр Владимиров', 'председатель совета']]],
    ['Документ подписал кмет Плевена Иван Петров.', [['Иван Петров', 'кмет Плевена']]],
    // a Chinese given name the dictionary does not know, in the instrumental
    ['Делегацию возглавил мэр, встречу вёл с заместителем мэра Ли Вэем.', [['Ли Вэй', 'заместитель мэра']]],
    // a South Slavic -ić in the instrumental
    ['Мэр встретился с послом Драганом Милошевичем.', [['Драган Милошевич', 'посол']]],
    // a surname's shape, where the dictionary knows the word only as a common noun's form
    ['Выступил Нурлан Омаров.', [['Нурлан Омаров', null]]],
    // a woman's first name the dictionary does not know: the feminine verb after her name says she is its subject
    ['Глава округа Сардана Гаврильева провела приём.', [['Сардана Гаврильева', 'глава округа']]],
    ['Мэр Кюннэйана Семенова также посетила выставку.', [['Кюннэйана Семенова', 'мэр']]],
    // a surname declined as an adjective, in the first name's case
    ['Встреча прошла с главой района Станиславом Двораковским.', [['Станислав Двораковский', 'глава района']]],
    // after an office in the nominative, a first name written in its nominative stays so beside a surname the
    // dictionary reads in another case
    ['Председатель совета Мечислав Гой открыл встречу.', [['Мечислав Гой', 'председатель совета']]],
    // a man's name in the genitive before a verb of his own stays his
    ['Делегация Ивана Петрова прибыла в Тулу.', [['Иван Петров', null]]],
    // a town's genitive that the dictionary guesses to be a first name, before a first name and surname
    ['Аким Семея Ерлан Омаров поздравил гостей.', [['Ерлан Омаров', 'аким Семея']]],
    // "во главе с" means "led by": the office is what follows it
    ['Прибыла делегация во главе с губернатором Иваном Петровым.', [['Иван Петров', 'губернатор']]],
    ['Администрация г. Тары А.М. Голков выступил.', [['А.М. Голков', null]]],
    // after an office, a known first name's next capitalised word is the surname, whatever else the word can be
    ['Договор подписал председатель райисполкома Андрей Смел.', [['Андрей Смел', 'председатель райисполкома']]],
    // a first name the dictionary lacks before a surname in -вич
    ['Гостей приветствовал председатель скупщины Живоин Милорадович.', [['Живоин Милорадович', 'председатель скупщины']]],
    // reported speech in quotes, its speaker after a dash, names people as any sentence does
    ['«Недавно мэр Пензы Владимир Сидоровский посетил Тулу», — сообщили в мэрии.', [['Владимир Сидоровский', 'мэр Пензы']]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['Студенты университета им. Ф.М. Достоевского приехали.'],
    ['Открыт фестиваль «Анна Каренина» в Омске.'],
    ['Фестиваль «Анна Каренина», – сообщили в мэрии, открыт.'],
    ['Делегация Владимира прибыла в Омск.'],
    // a town after an office and a first name is no surname
    ['Письмо мэра Ивана Москва получила вчера.'],
  ])('no participant in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it("reads the word after a country's town word as the town, and a head of the town by his name", () => {
    const text = 'Мэр китайского города Вэйхай Кун Фаньпин подписал соглашение.';
    expect(findPlaces(text, findPersons(text)).entities.filter((e) => e.kind === 'City').map((e) => e.name)).toEqual(['Вэйхай']);
    expect(people('Делегацию возглавил мэр города Ганболд Нямдорж.').map(([name]) => name)).toEqual(['Ганболд Нямдорж']);
  });

  it('a first name before a surname is never a place', () => {
    const text = 'В Омск приехал Владимир Петров.';
    const places = findPlaces(text, findPersons(text)).entities.map((e) => e.name);
    expect(places).toEqual(['Омск']);
  });
});

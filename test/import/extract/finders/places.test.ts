import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { cityFromDerived } from '../../../../import/extract/finders/city-derived.js';
import { cityNominative } from '../../../../import/extract/finders/place-words.js';
import { findPlaces } from '../../../../import/extract/finders/places.js';

beforeAll(loadMorph);

const cities = (text: string) =>
  findPlaces(text).mentions.filter((m) => m.kind === 'City').map((m) => `${m.id}:${m.via}`);
/** The names of the towns a text names, with their countries when `withCountry`. */
const cityNames = (text: string, withCountry = false) =>
  findPlaces(text).entities.filter((e) => e.kind === 'City').map((e) => (withCountry ? `${e.name}:${e.country ?? '-'}` : e.name));

describe('places', () => {
  it.each([
    ['визит делегации в Гомель', ['city:gomel:name']],
    ['встреча с Гомелем', ['city:gomel:name']],
    ['в город-побратим Маньчжурию', ['city:manzhouli:name']],
    ['из Могилёва и Могилева', ['city:mogilev:name', 'city:mogilev:name']],
    ['делегация Нижнего Новгорода', ['city:nizhny-novgorod:name']],
    ['в Улан-Удэ и Санкт-Петербург', ['city:ulan-ude:name', 'city:saint-petersburg:name']],
    ['омские предприятия и томская делегация', ['city:omsk:adjective', 'city:tomsk:adjective']],
    ['омичи и минчане', ['city:omsk:residents', 'city:minsk:residents']],
    ['южно-сахалинские спортсмены и улан-удэнские школьники', ['city:yuzhno-sakhalinsk:adjective', 'city:ulan-ude:adjective']],
    ['российско-китайский форум', []],
    ['Мэром города Омска С.Н. Шелестом', ['city:omsk:name']],
    ['музей им. Павла Васильева', []],
    // a district or street named after a town no hand list holds is not the town
    ['новочеркасские школьники из Новочеркасского района', ['city:novocherkassk:adjective', 'city:novocherkasskiy-rayon:name']],
  ])('%s', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it('reads a town that is also an adjective in a headline in capitals, unless it agrees with the noun after it', () => {
    expect(cityNames('ГРОЗНЫЙ И ТВЕРЬ ПОДПИСАЛИ СОГЛАШЕНИЕ')).toEqual(['Грозный', 'Тверь']);
    expect(cityNames('ГРОЗНЫЙ ГОЛОС ЭПОХИ')).toEqual([]);
    // a conjunction in capitals is no part of a name
    expect(cityNames('ЗА МИРНЫЙ И ДОБРЫЙ ДИАЛОГ')).toEqual([]);
  });

  it("reads a region before its town's city word as the town's qualifier, no place of its own", () => {
    const kinds = (text: string) => findPlaces(text).mentions.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
    expect(kinds('Соглашение подписано с центром провинции Хэйлунцзян г. Харбином')).toEqual(['City:Харбином']);
    expect(kinds('Делегация провинции Хэйлунцзян посетила Омск')).toEqual(['Region:Хэйлунцзян', 'City:Омск']);
  });

  it('takes no verb of a headline in capitals for a town after its cue', () => {
    expect(cityNames('В МЭРИИ ПРИНЯЛИ ГОСТЕЙ ИЗ ТВЕРИ')).toEqual(['Тверь']);
    expect(cityNames('В МЭРИИ ХАРБИНА ПОДПИСАЛИ СОГЛАШЕНИЕ')).toEqual(['Харбин']);
    // a town that reads as an adverb after a place's preposition stays a town
    expect(cityNames('ДЕЛЕГАЦИЯ ОМСКА ПРИБЫЛА В РОВНО')).toEqual(['Омск', 'Ровно']);
  });

  it("reads the towns around a twins' owner: the list after its dash or copula, the twin after the owner", () => {
    expect(cityNames('гости из городов-побратимов Лиона – Марля и Лидса')).toEqual(['Лион', 'Марль', 'Лидс']);
    expect(cityNames('Городами-побратимами Тулы являются Бремен и Марль')).toEqual(['Тула', 'Бремен', 'Марль']);
    expect(cityNames('депутаты посетили город-побратим Омска Биттерфельд-Вольфен')).toEqual(['Омск', 'Биттерфельд-Вольфен']);
    // a smaller owner only before its list
    expect(cityNames('гости из городов-побратимов Биттерфельд-Вольфена – Марля')).toEqual(['Биттерфельд-Вольфен', 'Марль']);
    expect(cityNames('юбилей городов-побратимов Биттерфельд-Вольфена')).toEqual([]);
  });

  it("reads a town whose own name is an adjective in a case form, unless a noun it agrees with follows", () => {
    expect(cityNames('Гостей встретил мэр Волжского Иван Петров')).toEqual(['Волжский']);
    expect(cityNames('Предприятия волжского бассейна работают')).toEqual([]);
  });

  it("reads a town's instrumental that is also its adjective's as the town, unless a noun it agrees with follows", () => {
    expect(cities('С Витебском договор о побратимстве действует давно')).toEqual(['city:vitebsk:name']);
    expect(cities('обмен опытом с Новосибирском в ходе семинара')).toEqual(['city:novosibirsk:name']);
    expect(cities('суда стоят в Мурманском порту')).toEqual(['city:murmansk:adjective']);
  });

  it('reads a large town the dictionary knows as a place with no cue, but no region after "на" nor a first name', () => {
    expect(cities('среди побратимов прежде всего Роттердам и Ганновер')).toEqual(['city:rotterdam:name', 'city:gannover:name']);
    expect(cities('летом мы отдыхали на Алтае')).toEqual([]);
    expect(cities('концерт провёл Марсель Иванов')).toEqual([]);
  });

  it('keeps the name that opens a list item as written', () => {
    expect(cityNames('Хааберсти (Эстония) — с 2001 года.')).toEqual(['Хааберсти']);
  });

  it("reads a town in a case form after an authority, its official's names after it, and a first name there as a person's", () => {
    expect(cityNames('Председатель парламента Крушеваца Живоин Милорадович приехал в Тулу')).toContain('Крушевац');
    expect(cityNames('Заместитель мэра Милан Петров приехал в Тулу')).toEqual(['Тула']);
  });

  it("reads a smaller town after a place's preposition: a word no dictionary knows, or a surname's form", () => {
    expect(cityNames('Делегация из Ноймюнстера побывала в Туле')).toContain('Ноймюнстер');
    expect(cityNames('Делегация Тулы побывала в Гусеве')).toContain('Гусев');
    // the travellers' home after "делегация из", "гости из"
    expect(cityNames('Делегация из Реутова побывала в Туле')).toContain('Реутов');
    expect(cityNames('Гости из Гусева осмотрели музей')).toContain('Гусев');
    // a surname anywhere else stays a person, a writer read from too
    expect(cityNames('Встреча с Гусевым прошла в мэрии')).toEqual([]);
    expect(cityNames('Артисты прочитали отрывки из Чехова')).toEqual([]);
  });

  it("reads a town before a region not its own as its namesake in that region's country, with an id of its own", () => {
    expect(cityNames('Делегация Светлогорска Калининградской области посетила Гродно', true)).toEqual(['Гродно:BY', 'Светлогорск:RU']);
    expect(cities('Делегация Светлогорска Калининградской области посетила Гродно')).toEqual(['city:svetlogorsk-ru:name', 'city:grodno:name']);
    expect(cityNames('Делегация Ростова Ярославской области посетила Брест', true)).toEqual(['Брест:BY', 'Ростов:RU']);
    expect(cities('Делегация Ростова Ярославской области посетила Брест')).toEqual(['city:rostov:name', 'city:brest:name']);
    // its own region, or none, leaves the gazetteer's town
    expect(cityNames('Делегация Светлогорска Гомельской области посетила Тулу', true)).toEqual(['Светлогорск:BY', 'Тула:RU']);
    expect(cities('Делегация Ростова посетила Брест')).toEqual(['city:rostov-on-don:name', 'city:brest:name']);
  });

  it("reads the town after a twin's or partner's owner and a copula, singular or plural, as a town", () => {
    expect(cityNames('Новым городом-побратимом Омска стал Ниш')).toEqual(['Омск', 'Ниш']);
    expect(cityNames('Городом-партнёром Омска является Эрланген')).toEqual(['Омск', 'Эрланген']);
    expect(cityNames('Городами-партнёрами Твери являются Ханау и Бургас')).toEqual(['Тверь', 'Ханау', 'Бургас']);
    expect(cityNames('Партнёром Омска стала компания Рассвет')).toEqual(['Омск']);
  });

  it('reads an autonomous okrug or oblast by its adjective as a region, and its adjective as no town', () => {
    const regions = (text: string) => findPlaces(text).entities.filter((e) => e.kind !== 'Country').map((e) => `${e.kind}:${e.name}`);
    expect(regions('Делегация Ханты-Мансийского автономного округа – Югры посетила Тулу')).toEqual(['City:Тула', 'Region:Ханты-Мансийский автономный округ']);
    expect(regions('Соглашение с Еврейской автономной областью подписано')).toEqual(['Region:Еврейская автономная область']);
    // a foreign one keeps no Russian country
    expect(findPlaces('Делегация Яньбянь-Корейского автономного округа провинции Цзилинь посетила Тулу').entities.find((e) => e.kind === 'Region')?.country ?? null).toBeNull();
  });

  it('reads a hotel, restaurant, ship or trading house named after a town as no town', () => {
    expect(cityNames('Делегация Гомеля разместилась в гостинице «Москва» в Орле')).toEqual(['Гомель', 'Орёл']);
    expect(cityNames('Торговый дом «Казань» открылся в Ташкенте')).toEqual(['Ташкент']);
    expect(cityNames('Ужин прошёл в ресторане «Пекин», теплоход «Омск» ждал у причала')).toEqual([]);
    expect(cityNames('Фестиваль «Казань – Ташкент» открылся')).toEqual(['Казань', 'Ташкент']);
  });

  it('reads a preposition opening a sentence as no town and no first name, and the town after it as a town', () => {
    expect(cityNames('Из Омска в Гомель приехали гости')).toEqual(['Омск', 'Гомель']);
    expect(cityNames('Из Набережных Челнов в Елабугу приехала делегация')).toEqual(['Набережные Челны', 'Елабуга']);
    expect(cityNames('При поддержке Бреста прошёл фестиваль')).toEqual(['Брест']);
  });

  it('reads a town whose name begins like "дом" or "совет" as a town, and those words as none', () => {
    expect(cityNames('Делегация из Домодедово посетила Брест')).toContain('Домодедово');
    expect(cityNames('Гости из Советска осмотрели музей')).toContain('Советск');
    expect(cityNames('Гости осмотрели Дом дружбы и Советскую площадь')).toEqual([]);
  });

  it("reads a capitalised adjective before a region's noun as no town, and a town named like an adjective as one", () => {
    expect(cityNames('соглашение с городом Крымского федерального округа')).toEqual([]);
    expect(cityNames('делегация города Жуковский')).toEqual(['Жуковский']);
    expect(cityNames('посетила город Жуковский областного подчинения')).toEqual(['Жуковский']);
  });

  it("gives a country in brackets to its own town only, not to the list's next items", () => {
    expect(cityNames('приехали гости из городов Гюмри (Армения), Тарту (Эстония), Куопио и Йоэнсуу', true)).toEqual([
      'Гюмри:AM', 'Тарту:EE', 'Куопио:FI', 'Йоэнсуу:FI',
    ]);
  });

  it("reads a word the dictionary does not know after a country's adjective as a town of it", () => {
    expect(cities('побратимами Тулы являются немецкий Вильпер и сербский Нови-Сад')).toEqual(['city:tula:name', 'city:vilper:name', 'city:novi-sad:name']);
    // the adjective opening a sentence or a heading is capitalised
    expect(cities('Армянский Иджеван и грузинский Рустави подписали меморандум')).toEqual(['city:idzhevan:name', 'city:rustavi:name']);
    expect(cities('Ковры.\nАрмянский Иджеван славится коврами')).toEqual(['city:idzhevan:name']);
  });

  it('reads an adjective and a noun that GeoNames records as a town\'s Russian name as that town', () => {
    expect(findPlaces('побратимами Тулы являются города Кривой Рог и Брест').entities.filter((e) => e.kind === 'City').map((e) => e.name)).toEqual(['Тула', 'Кривой Рог', 'Брест']);
    expect(findPlaces('Делегация Кривого Рога прибыла в Тулу').entities.filter((e) => e.kind === 'City').map((e) => [e.name, e.country])).toEqual([['Кривой Рог', 'UA'], ['Тула', 'RU']]);
    // a plural adjective keeps its space too
    expect(cityNames('Делегация из города Полярные Зори побывала в Венгрии.')).toEqual(['Полярные Зори']);
    // two words GeoNames records, hyphenated, as a town's name, before a larger town of the same sound, though the
    // first word is a first name
    expect(cityNames('Подписано соглашение с городом Айя Напа (Кипр).', true)).toEqual(['Айя-Напа:CY']);
    // a headline in capitals names its towns as they are written elsewhere
    expect(cityNames('ДЕЛЕГАЦИЯ ИЗ ГОРОДА ПОЛЯРНЫЕ ЗОРИ ПОБЫВАЛА В ВЕНГЕРСКОМ ГОРОДЕ КАЛОЧА')).toEqual(['Полярные Зори', 'Калоча']);
  });

  it('reads the names of a list after "такие как" as written, in the nominative', () => {
    const found = findPlaces('Среди них есть города, такие как Дарем (Великобритания), Хювинкяя (Финляндия) и Доль (Франция).');
    expect(found.entities.filter((e) => e.kind === 'City').map((e) => e.name)).toEqual(['Дарем', 'Хювинкяя', 'Доль']);
  });

  it('reads a word before a surname as a first name, not a town', () => {
    expect(cities('во главе с акимом города Нурланом Жумабаевым прибыла в Павлодар')).toEqual(['city:pavlodar:name']);
    // a known town's name in the instrumental before a surname in the instrumental: a first name
    expect(cities('во главе с председателем общины Миланом Радойчичем прибыла в Павлодар')).toEqual(['city:pavlodar:name']);
    expect(cities('соглашение с Миланом подписано в 2015 году')).toEqual(['city:milan:name']);
  });

  it("reads a Russian town the world list knows after a region's adjective, and the adjective as no city", () => {
    expect(cities('делегация посетила челябинский Копейск')).toEqual(['city:kopeysk:name']);
    expect(cities('соглашение подписали нижегородский Чкаловск и челябинский Южноуральск')).toEqual(['city:chkalovsk:name', 'city:yuzhnouralsk:name']);
    // a common word of the language after the adjective is no town
    expect(cities('письмо направлено в российское Посольство')).toEqual([]);
    // a capitalised adjective opens a body's name; an adjective after it is no town
    expect(cities('учится в Биробиджанский Приамурский университет')).not.toContain('city:priamurskiy:name');
  });

  it('reads a first name, single or double, before a capitalised word as a person after a city cue', () => {
    expect(cities('в состав делегации вошёл президент города Мария-Луиза Кёнгетер')).toEqual([]);
    expect(cities('делегацию возглавила мэр города Ирина Шмальцгрубер')).toEqual([]);
    // a town of that name before a place's adjective is a town
    expect(cities('соглашение с городом Лида Гродненской области')).toEqual(['city:lida:name']);
  });

  it('takes a smaller town of the world after a town authority, a larger one after other bare words', () => {
    // Zugdidi (about 40 000 people): a town after "администрации", too small to be read after "делегация" alone
    expect(cities('встреча с главой администрации Зугдиди')).toEqual(['city:zugdidi:name']);
    expect(cities('встреча с председателем Ассоциации Зугдиди')).toEqual([]);
    // a town council is a town's authority too
    expect(cities('председатель горсовета Зугдиди подписал соглашение')).toEqual(['city:zugdidi:name']);
    expect(cities('соглашение подписал глава Зугдиди')).toEqual(['city:zugdidi:name']);
    // Digora (about 12 000 people): small, but a town's head is a strong cue
    expect(cities('Главы Дигоры и Тулы подписали договор')).toEqual(['city:digora:name', 'city:tula:name']);
    // a visit's route names its home and host as towns too
    expect(cities('это уже третий визит из Зугдиди в Омск')).toEqual(['city:zugdidi:name', 'city:omsk:name']);
    // a word the dictionary knows only as a place: a smaller town of the world will do after any bare word
    expect(cities('Делегация из Иджевана прибыла в Омск')).toEqual(['city:idzhevan:name', 'city:omsk:name']);
    expect(cities('Делегация из Крыма прибыла в Омск')).toEqual(['city:omsk:name']);
    // Poronaysk (about 17 000 people), a word the dictionary lacks: reports name their own small towns bare
    expect(cities('Делегация Бреста посетила Поронайск')).toEqual(['city:brest:name', 'city:poronaysk:name']);
    // Nyurba (about 10 000 people, just under) is too small for that
    expect(cities('Делегация Бреста посетила Нюрбу')).toEqual(['city:brest:name']);
    // Kozelsk (about 19 000 people): a word the dictionary knows only as a place name needs no cue at all
    expect(cities('В мае Козельск и Брест подписали соглашение о дружбе')).toEqual(['city:kozelsk:name', 'city:brest:name']);
    // not a river a town is named after
    expect(cities('Экспедиция прошла вдоль реки Печоры')).toEqual([]);
    // a region in the genitive after a town is its cue: a small one will do (Medyn, about 8 000 people), and a plural town's locative (Terbuny, about 7 000)
    expect(cities('Фестиваль прошёл в Медыни Калужской области')).toEqual(['city:medyn:name']);
    expect(cities('Фестиваль прошёл в Тербунах Липецкой области')).toEqual(['city:terbuny:name']);
    // Troitsko-Pechorsk (about 8 000 people): a hyphenated name the dictionary lacks spells no surname or prose word
    expect(cities('Делегация Бреста побывала в Троицко-Печорске')).toEqual(['city:brest:name', 'city:troitsko-pechorsk:name']);
  });

  // Towns of the report's own country the hand gazetteer lacks, named with no cue at all.
  // Reports write of Crimea's towns as their own; GeoNames files them under Ukraine, and their country stays UA.
  it.each([
    ['Керчь и Тамбов подписали соглашение о дружбе', 'Керчь'],
    ['Делегация Джанкоя прибыла на праздник', 'Джанкой'],
    // a place's own name that is also a first name's case (Феодосий)
    ['Феодосия подписала договор о дружбе', 'Феодосия'],
    // the acronym of its region after it; after "с" the -ском form is the town's, though an acronym follows
    ['Делегация из Горловки ДНР прибыла', 'Горловка'],
    ['Школа дружит с Кировском ЛНР', 'Кировск'],
  ])('finds a Crimean town with no cue, as a home town: %s → %s', (text, name) => {
    const city = findPlaces(text).entities.find((e) => e.kind === 'City' && e.name === name);
    expect(city?.country).toBe('UA');
  });

  it.each([
    ['Кисловодск принял гостей из Армении', 'Кисловодск'],
    ['Спортсмены Воркуты выступили на турнире', 'Воркута'],
    ['Соглашение связывает Новочеркасск с городом Бургас', 'Новочеркасск'],
    // -ском is also an adjective's ending; before no noun it is the town's instrumental.
    ['Партнерство с Северодвинском и Котласом продолжится', 'Северодвинск'],
    ['Партнерство с Северодвинском и Котласом продолжится', 'Котлас'],
    // In a hyphenated name of a noun and an adjective both parts decline.
    ['Делегация Каменска-Шахтинского прибыла', 'Каменск-Шахтинский'],
    // an adjective and a noun
    ['В Сергиевом Посаде прошел фестиваль', 'Сергиев Посад'],
    ['Делегация Павловского Посада прибыла', 'Павловский Посад'],
    // in the adjective's own gender and number
    ['Соглашение действует со Старой Руссой', 'Старая Русса'],
    ['Делегация Великих Лук прибыла', 'Великие Луки'],
    // before a person's first name the town ends
    ['Глава Новочеркасска Юрий Петров открыл выставку', 'Новочеркасск'],
    // a town on a river: the town declines, the river does not
    ['Делегация Николаевска-на-Амуре прибыла', 'Николаевск-на-Амуре'],
    // a town named by an adjective, before no word it could qualify; the stressed ending the oblique cases hide
    ['Делегация Полевского посетила Ревду', 'Полевской'],
    ['Полевской и Ревда подписали соглашение', 'Полевской'],
    // a small town with its region right after it, in parentheses or in the genitive
    ['Байкальск (Иркутская область) принимает гостей', 'Байкальск'],
    ['Прибыли гости из Байкальска Иркутской области', 'Байкальск'],
  ])('finds a home town with no cue: %s → %s', (text, name) => {
    const city = findPlaces(text).entities.find((e) => e.kind === 'City' && e.name === name);
    expect(city?.country).toBe('RU');
  });

  it.each([
    // an adjective before its noun, an acronym, a surname shaped like a possessive, a first name and surname
    ['Концерт прошел на Кисловодском бульваре'],
    ['Представители МААС выступили'],
    ['- написал Бабушкин в своем канале'],
    ['Выступил Сергей Пятигорский'],
    ['Указ Президента Российской Федерации'],
    // an adjective town's name before a noun or adjective it qualifies
    ['Делегация Полевского городского округа прибыла'],
    ['на Полевском заводе'],
    // a saint, not the town of her name
    ['вручил в подарок икону святой мученицы Софии'],
    // a surname after a first name and patronymic, shaped like a town's name (Свободный)
    ['Гостей принял глава города Олег Геннадьевич Свободный'],
    // a surname before a region named as the person's
    ['Выступил Иванов (Иркутская область)'],

  ])('takes no home town from %s', (text) => {
    expect(findPlaces(text).entities.filter((e) => e.kind === 'City')).toEqual([]);
  });

  it('reads a name that continues a list of towns after "а также" as a town', () => {
    const names = findPlaces('Подписаны меморандумы между городами Тула и Брест, а также Пуцманово и Гомель.').entities.filter((e) => e.kind === 'City').map((e) => e.name);
    expect(names).toContain('Пуцманово');
    // not an adjective's shape: a castle, a works
    expect(findPlaces('Делегация посетила Брест и Гродно, а также Несвижский замок.').entities.map((e) => e.name)).not.toContain('Несвижский');
  });

  it("reads a town's adjective before an acronym it qualifies as the adjective, not a -ск town's instrumental", () => {
    expect(findPlaces('Лекция прошла в Кировском ГАУ').entities.filter((e) => e.kind === 'City').map((e) => e.name)).toEqual(['Киров']);
  });

  it("takes a republic's abbreviation for no town, and a person's name after a state named in full for no region", () => {
    expect(cityNames('между Мамадышским муниципальным районом РТ (Российская Федерация) и городом Чайджума')).toEqual(['Мамадышский район', 'Чайджума']);
    expect(findPlaces('Глава города Чайджума Турецкой Республики Бюлент Озкан').entities.filter((e) => e.kind === 'Region')).toEqual([]);
    // a country after the region's word is the region's country, not its name
    expect(findPlaces('представитель граждан Дархан-Уул аймака Монголии').entities.filter((e) => e.kind === 'Region')).toEqual([]);
    // a republic of a federation is still one
    expect(findPlaces('делегация Республики Татарстан').entities.map((e) => e.name)).toEqual(['Республика Татарстан']);
  });

  it('reads an unconfirmed capitalised word as a city adjective still', () => {
    expect(cities('делегации Урумчинского университета')).toEqual(['city:urumqi:adjective']);
  });

  it.each([
    ['в городе Тиват (Черногория)', 'Тиват', 'ME'],
    ['г. Блэксберг (США)', 'Блэксберг', 'US'],
    ['с городом Кызылордой', 'Кызылорда', null],
    // the country's adjective before the city word chooses among towns of one sound (Niš, not the larger Nice)
    ['с сербским городом Ниш', 'Ниш', 'RS'],
    // a town's word of its own country: Norway's Vardø, not Denmark's larger Varde of the same Russian name
    ['делегация норвежской коммуны Вардё', 'Вардё', 'NO'],
    // a country's towns listed after a colon, one the world list does not know among them
    ['побратимами стали два города США: Шейкер-Хайтс и Кливленд-Хайтс', 'Шейкер-Хайтс', 'US'],
    // the delegation's country is its town's (Seelow, not the larger Zelów in Poland)
    ['визит в Тулу немецкой делегации из города-побратима Зеелов', 'Зеелов', 'DE'],
    // a list's adjective holds for its later items
    ['с сербскими городами Нови-Сад и Ниш', 'Ниш', 'RS'],
    ['дружит с российскими – Тверью и Феодосией', 'Феодосия', 'RU'],
    // after a Kazakh or Bulgarian mayor's title, a large town the world list knows
    ['Гостей приветствовал аким Семея', 'Семей', 'KZ'],
    ['Гостей приветствовал кмет Плевена', 'Плевен', 'BG'],
  ])('finds a city from its context: %s', (text, name, country) => {
    const found = findPlaces(text);
    const city = found.entities.find((e) => e.kind === 'City' && e.name === name);
    expect(city).toBeDefined();
    if (country) expect(city!.country).toBe(country);
  });

  it.each([
    ['делегация из Шеньяна', 'Шеньян'],
    ['делегация из Шэньяна', 'Шэньян'],
    ['делегация из Shenyang', 'Шэньян'],
  ])('keeps the spelling a text gives a Chinese town, one id for both: %s', (text, name) => {
    const city = findPlaces(text).entities.find((e) => e.id === 'city:shenyang');
    expect(city?.name).toBe(name);
  });

  it('keeps the canonical name of other towns whatever the spelling (ё)', () => {
    expect(findPlaces('делегация из Могилева').entities.find((e) => e.id === 'city:mogilev')?.name).toBe('Могилёв');
  });

  it('reads a district named by a foreign name after the word, with its city in the genitive', () => {
    const found = findPlaces('соглашение с районом Хайдянь города Пекин');
    expect(found.entities.map((e) => e.name)).toEqual(['район Хайдянь Пекина']);
    expect(findPlaces('делегация района Победы города Омска').entities.map((e) => e.name)).toEqual(['Омск']);
  });

  it('reads a district as a municipality of its own', () => {
    const found = findPlaces('соглашение с Октябрьским районом г. Минска');
    expect(found.entities.map((e) => e.name)).toContain('Октябрьский район Минска');
  });

  it("reads a region's municipal district, named by its town's adjective, as a municipality", () => {
    expect(findPlaces('делегация Шатурского района посетила Минск').entities.map((e) => e.name)).toContain('Шатурский район');
    expect(findPlaces('глава Воткинского муниципального района').entities.map((e) => e.name)).toEqual(['Воткинский район']);
    // a municipal okrug, the district turned okrug around its town, is read as the town (municipal-towns.ts)
    expect(findPlaces('администрация Ирбитского муниципального округа').entities.map((e) => e.name)).toEqual(['Ирбит']);
    expect(findPlaces('администрация Заречнобродского муниципального округа').entities.map((e) => e.name)).toEqual(['Заречнобродский муниципальный округ']);
    // a city's district needs its city: bare, it names no municipality
    expect(findPlaces('жители Октябрьского района').entities).toEqual([]);
    // … but one of a region's is a district of its own
    // … named with its region, one of many of that name, and in the country of the region's capital
    expect(findPlaces('делегация Октябрьского района Курской области').entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`)).toEqual(['Октябрьский район Курской области:RU']);
    expect(findPlaces('делегация Октябрьского района Гомельской области').entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`)).toEqual(['Октябрьский район Гомельской области:BY']);
    expect(findPlaces('делегация Ветковского района Гомельской области').entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`)).toEqual(['Ветковский район:BY']);
    // a region named after its country's part
    expect(findPlaces('делегация Кызылжарского района Северо-Казахстанской области').entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`)).toEqual(['Кызылжарский район:KZ']);
    // a Mongolian city's prefecture, named after the word, is a district of that city, no region
    expect(findPlaces('меморандум между префектурой Чингэлтэй Улан-Батора и Омском').entities.map((e) => e.name)).toEqual(['район Чингэлтэй Улан-Батора', 'Омск']);
    // a city's district names the city in the genitive, whatever case the text gives it after "города"
    expect(findPlaces('с администрацией Ленинского района города Уфа').entities.map((e) => e.name)).toEqual(['Ленинский район Уфы']);
    // a district named with the stressed ending keeps it, whatever the dictionary's lemma
    expect(findPlaces('соглашение с администрацией Заводского района г. Гродно').entities.map((e) => e.name)).toEqual(['Заводской район Гродно']);
    // a Polish county too
    expect(findPlaces('договор между Калининградом и Гижицким повятом').entities.map((e) => [e.name, e.country])).toEqual([['Калининград', 'RU'], ['Гижицкий повят', 'PL']]);
    // a district followed by its region, no city: one of its own, its unknown adjective in the nominative by hand
    expect(findPlaces('между городом Кашгар и Кизирикским районом Сурхандарьинской области').entities.filter((e) => e.kind === 'City').map((e) => e.name)).toEqual(['Кашгар', 'Кизирикский район']);
    // a district's head named right after it is a person, not the city the district lies in
    expect(findPlaces('Глава Озёрского района Владимир Петров подписал договор').entities.filter((e) => e.kind === 'City').map((e) => e.name)).toEqual(['Озёрский район']);
    // a Belarusian district named by its executive committee
    expect(findPlaces('председатель Кобринского райисполкома встретил гостей').entities.map((e) => [e.name, e.country])).toEqual([['Кобринский район', 'BY']]);
    expect(findPlaces('делегация Кобринского районного исполнительного комитета').entities.map((e) => e.name)).toEqual(['Кобринский район']);
    // two districts named together share the word after the second, and the country after it
    expect(findPlaces('главы Шурышкарского и Приуральского районов подписали').entities.map((e) => e.name)).toEqual(['Шурышкарский район', 'Приуральский район']);
    expect(findPlaces('делегации Гомельского и Мозырского районов Республики Беларусь').entities.filter((e) => e.kind === 'City').map((e) => [e.name, e.country])).toEqual([['Гомельский район', 'BY'], ['Мозырский район', 'BY']]);
    expect(findPlaces('Жители Октябрьского и Ленинского районов вышли на субботник').entities).toEqual([]);
    // Yakutia's districts are улусы, Tuva's кожууны; a hyphenated adjective keeps both capitals
    expect(findPlaces('глава Мегино-Кангаласского улуса подписал соглашение').entities.map((e) => [e.name, e.country])).toEqual([['Мегино-Кангаласский улус', 'RU']]);
    expect(findPlaces('делегация Пий-Хемского кожууна').entities.map((e) => e.name)).toEqual(['Пий-Хемский кожуун']);
    expect(findPlaces('делегация Западно-Двинского района').entities.map((e) => e.name)).toEqual(['Западно-Двинский район']);
    // the adjective's reading that keeps the word's stem (not the dictionary's "спаский")
    expect(findPlaces('соглашение со Спасским муниципальным районом').entities.map((e) => e.name)).toEqual(['Спасский район']);
    // the country stated right after the district, its region between
    expect(findPlaces('делегация Кобринского района Брестской области Республики Беларусь').entities.filter((e) => e.kind === 'City').map((e) => [e.name, e.country])).toEqual([['Кобринский район', 'BY']]);
  });

  it('keeps the name after "провинции", "штата", "аймака" as written, an apposition in the nominative', () => {
    expect(findPlaces('делегация провинции Гилян (Иран)').entities.map((e) => e.name)).toContain('Гилян');
    expect(findPlaces('губернатор штата Керала').entities.map((e) => e.name)).toContain('Керала');
  });

  it("reads a town after Abkhazia's adjective, filed by the world list under Georgia", () => {
    expect(findPlaces('гости из абхазской Гудауты').entities.map((e) => e.id)).toContain('city:gudauta');
  });

  it('keeps a region apart from its city', () => {
    const found = findPlaces('сотрудничество Омской области с Туркестанской областью');
    expect(found.mentions.map((m) => m.kind)).toEqual(['Region', 'Region']);
    expect(found.entities.map((e) => e.name)).toEqual(['Омская область', 'Туркестанская область']);
  });

  it("keeps each capital of a hyphenated region's name", () => {
    expect(findPlaces('делегация из Северо-Казахстанской области').entities.map((e) => e.name)).toEqual(['Северо-Казахстанская область']);
  });

  it.each([
    ['Кайфына', 'Кайфын'],
    ['Урумчи', 'Урумчи'],
    ['ОМСК', 'Омск'],
  ])('nominative of %s is %s', (word, nominative) => {
    expect(cityNominative(word)).toBe(nominative);
  });

  it.each([
    ['гомельских', 'city:gomel'],
    ['петербургский', 'city:saint-petersburg'],
    ['омичей', 'city:omsk'],
    ['красивый', null],
  ])('derived word %s is %s', (word, id) => {
    expect(cityFromDerived(word)?.id ?? null).toBe(id);
  });
});

describe('places the hand gazetteer lacks', () => {
  const found = (text: string) => findPlaces(text).entities.filter((e) => e.kind === 'City').map((e) => [e.name, e.country]);

  it("reads a table's column heads as no town", () => {
    expect(found('Таблица 2. Соглашения города Тулы № Город Страна Документ Год подписания')).toEqual([['Тула', 'RU']]);
  });

  it.each([
    ['Делегация из японского Хамамацу посетила Омск.', ['Хамамацу', 'JP']],
    ['Договор с итальянской Брешией продлён.', ['Брешия', 'IT']],
    ['Весной прошла встреча в финском Тампере.', ['Тампере', 'FI']],
  ])('a town after its country adjective: %s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  it('does not take a word after a country adjective that is no town', () => {
    expect(found('Выступил японский Симфонический оркестр.')).toEqual([]);
  });

  it('joins two capitalised words that together name a town, with a hyphen', () => {
    expect(found('Среди партнёров такие города, как Бока Ратон и Рочестер.')).toEqual([
      ['Бока-Ратон', 'US'],
      ['Рочестер', 'US'],
    ]);
  });

  it('gives a foreign town its country from the world gazetteer when the text does not', () => {
    expect(found('Соглашение подписано с городом Ливерпулем.')).toEqual([['Ливерпуль', 'GB']]);
  });

  it('a compass word before a known city makes a town of its own', () => {
    expect(found('Делегация Южного Гомеля приехала.')).toEqual([['Южный Гомель', 'BY']]);
  });
});

describe('a note in parentheses after a city', () => {
  it('does not name the city again by its adjective, so a list goes on past it', () => {
    const found = findPlaces('с городами Рига (Рижская дума, Латвия), Брест и Гомель');
    expect(found.mentions.filter((m) => m.kind === 'City').map((m) => m.id)).toEqual(['city:riga', 'city:brest', 'city:gomel']);
  });
});

describe("a town after its country's adjective", () => {
  it('reads a common noun after "<country> город" as the town, and a Crimean town after "российский"', () => {
    expect(cities('Делегация прибыла из сербского города Луг.')).toEqual(['city:lug:name']);
    // no country's adjective: a common noun after "город" may be a figure of speech
    expect(cities('Фестиваль прошёл в городе Юности.')).toEqual([]);
    expect(cities('Российская Алушта и сербский Бор подписали соглашение.')).toEqual(['city:alushta:name', 'city:bor:name']);
    // before 2014 texts called Crimea's towns Ukrainian
    expect(cities('Делегация побывала в украинской Алуште.')).toEqual(['city:alushta:name']);
    // "в каждом китайском городе Праздник весны": the prepositional "городе" before a holiday's name
    expect(cities('В каждом китайском городе Праздник весны отмечают шумно.')).toEqual([]);
  });
});

describe('Chinese names of people', () => {
  it('reads a Chinese surname and given name after a city cue as a person, not a town', () => {
    expect(cities('Мэр китайского города Ван Хунлинь побывал в Туле.')).toEqual(['city:tula:name']);
    expect(cities('С мэром Харбина Чжан Цинвэем встретился глава Тулы.')).toEqual(['city:harbin:name', 'city:tula:name']);
  });
});

describe('two towns a dash joins after their ties', () => {
  it('reads both names of "побратимских связей A – B" as towns, and no organisation after "отношений"', () => {
    expect(cities('К юбилею побратимских связей Поронайск – Мокпхо приехали гости.')).toEqual(['city:poronaysk:name', 'city:mokpkho:name']);
    expect(cities('Шло развитие партнёрских отношений Газпрома с регионом.')).toEqual([]);
    expect(cities('Шло развитие партнёрских связей Сибирь – Урал.')).toEqual([]);
  });
});

describe('a town of two words written apart', () => {
  it('reads the pair in a case the world list knows in its nominative, after a visit spot', () => {
    const found = findPlaces('На праздник прибыли делегации Нови Сада и Бреста.');
    expect(found.entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`)).toEqual(['Нови-Сад:RS', 'Брест:BY']);
  });

  it('reads a small town GeoNames records under the two words as written, with no cue, and the town just before it', () => {
    const names = (text: string) => findPlaces(text).entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`);
    expect(names('Прибыли гости из Сремски Карловци.')).toEqual(['Сремски-Карловци:RS']);
    expect(names('Делегация Новочеркасска Сремски Карловци прибыла.')).toEqual(['Новочеркасск:RU', 'Сремски-Карловци:RS']);
    // a first name and a surname are no town
    expect(names('Прибыли гости, их встретил Иван Петров.')).toEqual([]);
  });
});

describe('a twin named before its cue', () => {
  it('reads the name before "является городом-побратимом" as a town', () => {
    expect(findPlaces('Бранденбург является городом-побратимом Тулы.').entities.map((e) => e.name)).toEqual(['Бранденбург', 'Тула']);
    expect(findPlaces('Ковентри — город-побратим Волгограда.').entities.map((e) => e.name)).toContain('Ковентри');
    expect(findPlaces('Делегация посетила город-побратим.').entities).toEqual([]);
  });
});

describe('a list of towns', () => {
  it('goes on past an item of an adjective and a noun that no list holds', () => {
    const found = findPlaces('На праздник приехали гости из Бреста, Нового Афона, Ловеча и Габрово.');
    expect(found.mentions.filter((m) => m.kind === 'City').map((m) => m.id)).toEqual(['city:brest', 'city:novyy-afon', 'city:lovech', 'city:gabrovo']);
    expect(found.entities.find((e) => e.id === 'city:novyy-afon')?.name).toBe('Новый Афон');
  });
});

describe('a large town named bare, with no city cue', () => {
  const named = (text: string) => findPlaces(text).entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`);

  it.each([
    ['делегация посетила Клайпеду', ['Клайпеда:LT']],
    ['концерт прошёл в Тарту', ['Тарту:EE']],
    ['школьники из Хиросимы', ['Хиросима:JP']],
    // a first name that is also a capital
    ['делегация посетила Софию', ['София:BG']],
  ])('after a place preposition or a visit, the world list confirms it: %s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    // a word the world list has no large town for
    ['встреча прошла в Кремле'],
    // a surname after a visit
    ['делегация посетила Смирнова'],
    // no place word before it
    ['Клайпеда прислала поздравление'],
  ])('stays no town without that: %s', (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('words that are no towns', () => {
  const found = (text: string) => findPlaces(text).entities.filter((e) => e.kind === 'City').map((e) => e.name);

  it('a common noun after a city cue is a figure of speech, not a town', () => {
    expect(found('Праздник пройдёт в городе Молодости.')).toEqual([]);
  });

  it('an adjective before another capitalised word starts a name, not a town', () => {
    expect(found('Договор между муниципалитетами Омска и Казахской Республики.')).toEqual(['Омск']);
  });
});

describe("an unknown town's nominative agrees with the country's adjective before it", () => {
  it.each([
    // Made-up towns, so that no world list decides: the adjective's gender and number do.
    ['Затем делегация отправилась в узбекскую Кувиру.', ['Кувира']],
    ['Гости из индийской Малуны посетили музей.', ['Малуна']],
    ['Делегация побывала в казахстанской Туркуле.', ['Туркула']],
    ['Соглашение подписано с белорусскими Кличевичами.', ['Кличевичи']],
  ])('%s', (text, expected) => {
    expect(cityNames(text)).toEqual(expected);
  });
});

describe('a place the dictionary knows', () => {
  it('is read after a country adjective', () => {
    expect(cityNames('Туристы из Омска посетили древнюю узбекскую Хиву.', true)).toEqual(['Омск:RU', 'Хива:UZ']);
  });
  it('beats a village of another country that sounds like one of its forms', () => {
    expect(cityNames('Мэр провёл переговоры в Бухаре и Хиве.')).toEqual(['Бухара', 'Хива']);
  });
});

describe('a town named by an adjective and a noun the gazetteer lacks', () => {
  it.each([
    // made-up towns: the adjective is part of the name, in the noun's gender
    ['Делегация посетила Новый Кармел (Израиль).', ['Новый Кармел']],
    ['Соглашение подписано с городом Старая Тирна (Словакия).', ['Старая Тирна']],
    ['Гости из Верхнего Плавино (Сербия) приехали на праздник.', ['Верхнее Плавино']],
  ])('%s', (text, expected) => {
    expect(cityNames(text)).toEqual(expected);
  });
});

describe('a town named by an article and a name', () => {
  it.each([
    // made-up towns: the article stays, the name declines
    ['Делегация города-побратима Де Варлен прибыла в Омск.', ['Де Варлен', 'Омск']],
    ['Соглашение подписано с городом-побратимом Де Варленом.', ['Де Варлен']],
    ['Соглашение подписано с городом Ла Мирена (Аргентина).', ['Ла Мирена']],
  ])('%s', (text, expected) => {
    expect(cityNames(text)).toEqual(expected);
  });
});

describe('the country a sentence names', () => {
  it('places a town the gazetteer lacks in the one foreign country its sentence names', () => {
    expect(cityNames('Глава Тулы встретился с мэром города Бар, председателем союза общин Черногории.', true)).toEqual(['Тула:RU', 'Бар:ME']);
    // with no country named, the largest town of that sound; with two named, neither is preferred
    expect(cityNames('Глава Тулы встретился с мэром города Бар.', true)).toEqual(['Тула:RU', 'Бар:CH']);
    expect(cityNames('Мэр города Бар рассказал о Черногории и Украине.', true)).toEqual(['Бар:CH']);
  });
});

describe('towns of Crimea and Donbass', () => {
  it('reads them with no cue, as the reports write of home towns', () => {
    expect(cityNames('Краснодон посетила делегация Омска.')).toEqual(['Краснодон', 'Омск']);
  });
});

describe('street addresses', () => {
  it('reads a name between "на" and a house number as a street, not a town', () => {
    expect(cityNames('19 мая на Кирова, 17 откроют аллею городов-побратимов.')).toEqual([]);
    expect(cityNames('Делегация Омска прибыла в Киров, 12 мая её встретил мэр.')).toEqual(['Омск', 'Киров']);
  });
});

describe('a town that opens its sentence before its guests', () => {
  it('reads it, though its name is also a common noun', () => {
    expect(cityNames('Елец с дружеским визитом посетил мэр Тулы.')).toEqual(['Елец', 'Тула']);
    expect(cityNames('Елец плавал в реке.')).toEqual([]);
  });
});

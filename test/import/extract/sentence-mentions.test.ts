import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../import/extract/sentence-mentions.js';

beforeAll(loadMorph);

const mentions = (text: string) =>
  mentionsOf({ text, start: 0, end: text.length }, 'city:omsk').mentions.map((m) => `${m.kind}:${m.id}:${m.via}`);

describe('sentence mentions', () => {
  it('a place inside the name of who reports the news is part of that name, no party', () => {
    const found = mentionsOf({ text: 'В Кургане побывали гости, сообщает пресс-служба Курганского района.', start: 0, end: 67 }, null).mentions;
    expect(found.filter((m) => m.kind === 'City').map((m) => [m.id, m.nestedIn ?? null])).toEqual([
      ['city:kurgan', null],
      ['city:kurganskiy-rayon', 'Institution'],
    ]);
  });

  it("a foreign region's administration stands for it too", () => {
    expect(mentions('Соглашение подписали правительство Омской области и администрация аймака Дорнод.')).toEqual([
      'Region:region:omskaya-oblast:authority',
      'Region:region:dornod:authority',
    ]);
  });

  it("other states' words for a province name a region: губерния, воеводство, кантон", () => {
    expect(mentions('Соглашение заключили Томская область и губерния Финнмарк.')).toEqual([
      'Region:region:tomskaya-oblast:name',
      'Region:region:finnmark:name',
    ]);
    expect(mentions('Гости из кантона Тичино.')).toContain('Region:region:tichino:name');
  });

  it("a Belarusian town's executive committee by its adjective stands for the town", () => {
    expect(mentions('В Омск прибыла делегация Гомельского горисполкома.')).toContain('City:city:gomel:authority');
    expect(mentions('Делегация горисполкома города Бреста посетила Омск.')).toContain('City:city:brest:authority');
  });

  it("a Vietnamese town's people's committee stands for the town, a province's does not", () => {
    expect(mentions('Переговоры прошли с Народным комитетом города Хайфона.')).toEqual(['City:city:khayfon:authority']);
    expect(mentions('Переговоры прошли с Народным комитетом провинции Тхайнгуен.')).not.toContain('City:city:khayfon:authority');
  });

  it("a Chinese town's party committee named in full, a short name in brackets before the town, stands for the town", () => {
    expect(mentions('Документ скрепил подписью секретарь городского комитета Коммунистической партии Китая (КПК) города Харбина.')).toEqual([
      'City:city:harbin:authority',
    ]);
  });

  it("a republic's government and a Mongolian province's administration stand for them; a state is no republic of a federation", () => {
    expect(mentions('Соглашение подписали Правительство Республики Адыгея и администрация Хэнтийского аймака.')).toEqual([
      'Region:region:respublika-adygeya:authority',
      'Region:region:khentiyskiy-aymak:authority',
    ]);
    expect(mentions('Визит делегации Республики Казахстан.')).toEqual(['Country:country:KZ:name']);
  });

  it("a region's government stands for the region", () => {
    expect(mentions('Соглашение заключили Правительство Томской области и город Гомель.')).toEqual([
      'Region:region:tomskaya-oblast:authority',
      'City:city:gomel:name',
    ]);
  });

  it('people are entities but no mentions, and never cities', () => {
    const found = mentionsOf({ text: 'В Омск приехал Владимир Петров.', start: 0, end: 31 }, 'city:omsk');
    expect(found.mentions.map((m) => m.id)).toEqual(['city:omsk']);
    expect(found.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['Владимир Петров']);
  });

  const institutions = (text: string) =>
    mentionsOf({ text, start: 0, end: text.length }, 'city:omsk').entities.filter((e) => e.kind === 'Institution').map((e) => `${e.name} @ ${e.city ?? '-'}`);

  it('a body is in the town it is "из", right after its name', () => {
    expect(institutions('Договор подписан с Гродненским государственным медицинским университетом из Гродно.')).toEqual([
      'Гродненский государственный медицинский университет @ city:grodno',
    ]);
    expect(institutions('Договор подписан с Международным университетом из Павлодара.')).toEqual(['Международный университет @ city:pavlodar']);
  });

  it('a body named by a foreign country is not the reporter\'s own; a foreign embassy with no town named is', () => {
    expect(institutions('Соглашение подписано с Национальной библиотекой Монголии.')).toEqual(['Национальная библиотека Монголии @ -']);
    expect(institutions('Встреча прошла в Посольстве Республики Сербия.')).toEqual(['Посольство Республики Сербия @ city:omsk']);
  });

  it("leaves a body named by a place's adjective the dictionary does not know out of the reporting city", () => {
    expect(institutions('Соглашение подписано с Вэйфанским педагогическим институтом.')).toEqual(['Вэйфанский педагогический институт @ -']);
    expect(institutions('Соглашение подписано с Сибирским государственным университетом.')).toEqual(['Сибирский государственный университет @ city:omsk']);
  });

  it('an organisation ends where a person named in the nominative begins, not before its namesake', () => {
    expect(institutions('Договор подписали ректор ТюмГУ Валентин Фалеев и декан.')).toEqual(['ТюмГУ @ city:omsk']);
    expect(institutions('Делегация Казанского университета имени В.И. Ленина Ольга Сергеевна Панова прибыла.')).toEqual([
      'Казанский университет имени В.И. Ленина @ city:kazan',
    ]);
  });

  it('places an organisation in the city in the brackets after it, or in a town of the world its name holds', () => {
    expect(institutions('Подписан договор с Казахским национальным университетом (Алматы).')).toEqual(['Казахский национальный университет @ city:almaty']);
    expect(institutions('Договор заключён с Университетом Тампере (Финляндия).')).toEqual(['Университет Тампере @ city:tampere']);
  });

  it("reads a federal university's abbreviation", () => {
    expect(institutions('УрФУ и Гомельский государственный университет подписали соглашение.')[0]).toBe('УрФУ @ city:omsk');
  });

  it('reads an organisation named by its «name» alone, its head inside', () => {
    expect(institutions('«Тульский Ротари-клуб» при поддержке консульства провёл круглый стол.')).toEqual(['Тульский Ротари-клуб @ city:tula']);
    // a «name» after its head is read with it; a company's «name» alone is not one
    expect(institutions('Выступил ансамбль «Сибирский хор».')).not.toContain('Сибирский хор @ city:omsk');
  });

  it('keeps two namesakes sharing a surname in the name', () => {
    expect(institutions('Договор подписан с Тульским университетом имени А.П. и Н.П. Ивановых.')).toEqual(['Тульский университет имени А.П. и Н.П. Ивановых @ city:tula']);
  });

  it('reads a university named by its town, as foreign ones are', () => {
    expect(institutions('Договор заключён с Университетом в Нови-Саде.')).toEqual(['Университет в Нови-Саде @ city:novi-sad']);
  });

  it('places an organisation named by a large foreign town\'s adjective in that town', () => {
    expect(institutions('Прошла встреча со студентами Штутгартского университета.')).toEqual(['Штутгартский университет @ city:shtutgart']);
  });

  it('reads a branch with its parent and town, and leaves one named by another country out of the reporting city', () => {
    expect(institutions('ОмГУ подписал договор с Гомельским филиалом Белорусского торгово-экономического университета.')).toContain(
      'Гомельский филиал Белорусского торгово-экономического университета @ city:gomel',
    );
    expect(institutions('Подписан договор с Казахским национальным аграрным университетом.')).toEqual(['Казахский национальный аграрный университет @ -']);
  });

  it('reads a town\'s name as written before a surname as a first name', () => {
    expect(mentions('Делегацию принял заместитель мэра Милан Петров.')).toEqual([]);
    expect(mentions('Делегацию принял градоначальник Милан Джурич.')).toEqual([]);
    expect(mentions('Делегацию принял мэр Гомеля Петров.')).toEqual(['City:city:gomel:authority']);
  });

  it('leaves an organisation placed in another country out of the reporting city', () => {
    expect(institutions('Подписан договор с Университетом «Бильги» (Турция).')).toEqual(['Университет «Бильги» @ -']);
  });

  it("a town's council or duma stands for the town, as its administration does", () => {
    expect(mentions('Муниципальный совет города Павлодара принял решение.')).toEqual(['City:city:pavlodar:authority']);
    expect(mentions('Председатель Гомельской городской думы встретился с гостями.')).toEqual(['City:city:gomel:authority']);
    expect(mentions('Совет ветеранов города Павлодара провёл встречу.')[0]).toMatch(/^Institution:/);
    expect(mentions('Делегация хокимията Самарканда прибыла в Омск.')).toEqual(['City:city:samarkand:authority', 'City:city:omsk:name']);
    // one word for Minsk's executive committee, its city an entity of the sentence
    const minsk = mentionsOf({ text: 'Договор подписан с Мингорисполкомом.', start: 0, end: 36 }, 'city:omsk');
    expect(minsk.mentions.map((m) => `${m.kind}:${m.id}:${m.via}`)).toEqual(['City:city:minsk:authority']);
    expect(minsk.entities.map((e) => e.id)).toContain('city:minsk');
  });

  it("a first name after an office is the person's, not the office's city", () => {
    expect(mentions('Делегацию Тулы возглавил мэр Владимир Петров.')).toEqual(['City:city:tula:name']);
  });
});

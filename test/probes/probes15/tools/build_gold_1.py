"""Gold for u01-u05 (institution pages)."""
from goldlib import Gold

# ---------------- u01: Irkutsk State University, international office news
g = Gold("u01", "Иркутск", 2024)
ISU = "Иркутский государственный университет"
MGU = "Монгольский государственный университет"
HLJ = "Хэйлунцзянский университет"
FEST = "Фестиваль национальных культур «Байкальская мозаика»"
g.city_("Иркутск", "RU"); g.city_("Улан-Батор", "MN"); g.city_("Харбин", "CN")
g.country("MN"); g.country("CN")
g.inst(ISU, "Иркутск", aliases=["ИГУ"])
g.inst(MGU, "Улан-Батор")
g.inst(HLJ, "Харбин")
g.event(FEST)
g.agr(ISU, MGU, 2024, 3, "signed", "По итогам переговоров стороны подписали меморандум")
g.agr(ISU, HLJ, 2024, None, "planned", "Подписать соглашение об академическом обмене",
      note="intended signing \"осенью\" (autumn 2024); counterpart named as \"харбинским вузом\" = Heilongjiang University")
g.contact(ISU, HLJ, 2024, 3, "В тот же день прошёл видеомост",
          note="video bridge on 13 March (\"в тот же день\"); not a visit")
g.visit("Улан-Батор", "Иркутск", 2024, 3, "13 марта Иркутский государственный университет принимал",
        note="delegation of the Mongolian State University; institution visits with its city as the source")
g.visit("Иркутск", "Улан-Батор", 2023, None, "в прошлом году делегация ИГУ",
        note="\"в прошлом году\" on a page dated 14.03.2024")
g.part(ISU, FEST, 2024, 3, "иностранные студенты ИГУ выступили 9 марта",
       note="foreign students of ISU performed")
g.held(FEST, "Иркутск", 2024, 3, "иностранные студенты ИГУ выступили 9 марта")
g.loc(ISU, "Иркутск", "13 марта Иркутский государственный университет принимал")
g.loc(MGU, "Улан-Батор", "13 марта Иркутский государственный университет принимал")
g.loc(HLJ, "Харбин", "В тот же день прошёл видеомост")
g.loc("Улан-Батор", "Монголия", "13 марта Иркутский государственный университет принимал")
g.loc("Харбин", "Китай", "В тот же день прошёл видеомост")
g.write()

# ---------------- u02: Smolensk school page about its partner school in Vitebsk
g = Gold("u02", "Смоленск", 2024)
S33 = "МБОУ «Средняя школа № 33» города Смоленска"
S45 = "Государственное учреждение образования «Средняя школа № 45 г. Витебска»"
FEST = "Открытый фестиваль детского творчества «Двинская радуга»"
g.city_("Смоленск", "RU"); g.city_("Витебск", "BY"); g.country("BY")
g.inst(S33, "Смоленск", aliases=["Средняя школа № 33 города Смоленска"])
g.inst(S45, "Витебск", aliases=["школа № 45"])
g.event(FEST)
g.agr(S33, S45, 2019, 9, "signed", "Договор о сотрудничестве между двумя школами был подписан",
      note="school cooperation contract of September 2019, in force (\"пятый год\")")
g.agr(S33, S45, 2024, None, "planned", "Осенью мы надеемся снова принять",
      note="new agreement hoped for in autumn 2024; the hoped-for return visit is not annotated")
g.contact(S33, S45, 2024, 2, "В феврале прошёл очередной телемост",
          alt=["Семиклассники под руководством учителя"])
g.visit("Смоленск", "Витебск", 2024, 3, "В марте делегация нашей школы",
        note="school delegation; institution visits with its city as the source")
g.visit("Витебск", "Смоленск", 2024, 4, "С 15 по 18 апреля у нас гостила делегация из Витебска")
g.part(S33, FEST, 2024, 3, "В марте делегация нашей школы",
       alt=["Наш танцевальный коллектив выступил на одной сцене"])
g.part(S45, FEST, 2024, 3, "Наш танцевальный коллектив выступил на одной сцене",
       note="the hosts, pupils of school No. 45, performed on the same stage")
g.held(FEST, "Витебск", 2024, 3, "В марте делегация нашей школы")
g.loc(S33, "Смоленск", "МБОУ «Средняя школа № 33» города Смоленска")
g.loc(S45, "Витебск", "Уже пятый год наша школа дружит")
g.loc("Витебск", "Беларусь", "Уже пятый год наша школа дружит")
g.write()

# ---------------- u03: National Library of Buryatia, book exchange page
g = Gold("u03", "Улан-Удэ", 2024)
NBRB = "Национальная библиотека Республики Бурятия"
NBM = "Национальная библиотека Монголии"
BVM = "Библиотека Автономного района Внутренняя Монголия"
NBKR = "Национальная библиотека Кыргызской Республики имени Алыкула Осмонова"
EXH = "Выставка «Книги соседей»"
g.city_("Улан-Удэ", "RU"); g.city_("Улан-Батор", "MN"); g.city_("Хух-Хото", "CN"); g.city_("Бишкек", "KG")
g.region("Внутренняя Монголия", "CN")
g.country("MN"); g.country("CN"); g.country("KG")
g.inst(NBRB, "Улан-Удэ")
g.inst(NBM, "Улан-Батор", aliases=["Национальной библиотекой Монголии"])
g.inst(BVM, "Хух-Хото", aliases=["Библиотека Внутренней Монголии"])
g.inst(NBKR, "Бишкек")
g.event(EXH)
g.agr(NBRB, NBM, 2015, None, "signed", "Соглашение о книгообмене и профессиональном сотрудничестве",
      note="in force since 2015")
g.agr(NBRB, NBKR, 2025, None, "planned", "По итогам вебинара стороны решили",
      note="draft memorandum to be prepared and signed \"в 2025 году\"; year = intended signing year")
g.contact(NBRB, BVM, 2024, 6, "Из Хух-Хото в июне пришла посылка",
          note="book exchange without a signed document (June parcel, August return shipment)",
          alt=["Ответную партию книг бурятских писателей"])
g.contact(NBRB, NBKR, 2024, 10, "2 октября сотрудники двух библиотек",
          note="joint webinar, online", alt=["С библиотекой из Бишкека нас пока связывают онлайн-встречи."])
g.visit("Улан-Удэ", "Улан-Батор", 2024, 9, "В сентябре делегация нашей библиотеки",
        note="library delegation; institution visits with its city as the source; the book hand-over during the visit is not annotated separately")
g.held(EXH, "Улан-Удэ", 2024, 11, "Книги, полученные по обмену, представлены на выставке",
       note="exhibition in the library's reading room; Ulan-Ude implied by the library's seat")
g.loc(NBRB, "Улан-Удэ", "в Улан-Удэ ведёт международный книгообмен")
g.loc(NBM, "Улан-Батор", "Наши постоянные партнёры")
g.loc(BVM, "Хух-Хото", "Наши постоянные партнёры")
g.loc(NBKR, "Бишкек", "Наши постоянные партнёры")
g.loc("Улан-Батор", "Монголия", "Наши постоянные партнёры")
g.loc("Хух-Хото", "Китай", "Наши постоянные партнёры")
g.loc("Бишкек", "Киргизия", "Наши постоянные партнёры")
g.write()

# ---------------- u04: Novosibirsk State Art Museum, exhibition exchange
g = Gold("u04", "Новосибирск", 2024)
NGHM = "Новосибирский государственный художественный музей"
NHM = "Национальный художественный музей Республики Беларусь"
KAST = "Государственный музей искусств Республики Казахстан имени А. Кастеева"
EXH = "Выставка «Свет над Нёманом. Белорусский пейзаж XIX–XX веков»"
g.city_("Новосибирск", "RU"); g.city_("Минск", "BY"); g.city_("Алматы", "KZ")
g.country("BY"); g.country("KZ")
g.inst(NGHM, "Новосибирск", aliases=["НГХМ"])
g.inst(NHM, "Минск")
g.inst(KAST, "Алматы", aliases=["музей Кастеева"])
g.event(EXH, aliases=["«Свет над Нёманом»"])
g.agr(NGHM, NHM, 2023, 11, "signed", "Документ был подписан в ноябре 2023 года в Минске",
      alt=["Выставка стала первым совместным проектом"])
g.contact(NGHM, KAST, 2023, None, "В прошлом году в наших залах экспонировалась графика",
          note="exhibition exchange: graphics from the Kasteev museum shown at NGHM \"в прошлом году\"")
g.contact(NGHM, KAST, 2024, 7, "провели онлайн-конференцию о сохранении произведений")
g.visit("Минск", "Новосибирск", 2024, 9, "Для монтажа экспозиции в Новосибирск приехали",
        note="curator and restorer of the Minsk museum travelled to Novosibirsk; institution visits with its city as the source")
g.visit("Новосибирск", "Минск", 2023, 11, "Документ был подписан в ноябре 2023 года в Минске")
g.part(NHM, EXH, 2024, 9, "5 сентября в главном здании",
       note="the exhibition comes from the Minsk museum's collection; the host museum is not counted as participant")
g.held(EXH, "Новосибирск", 2024, 9, "5 сентября в главном здании")
g.loc(NGHM, "Новосибирск", "5 сентября в главном здании")
g.loc(NHM, "Минск", "5 сентября в главном здании")
g.loc(KAST, "Алматы", "В прошлом году в наших залах экспонировалась графика")
g.loc("Минск", "Беларусь", "5 сентября в главном здании")
g.loc("Алматы", "Казахстан", "В прошлом году в наших залах экспонировалась графика",
      alt=["Музей продолжает обмен и с коллегами из Казахстана."])
g.write()

# ---------------- u05: Tatarstan Chamber of Commerce business mission to Uzbekistan
g = Gold("u05", "Казань", 2024)
TPP = "Торгово-промышленная палата Республики Татарстан"
TASH = "Ташкентское городское управление Торгово-промышленной палаты Республики Узбекистан"
g.city_("Казань", "RU"); g.city_("Ташкент", "UZ"); g.city_("Самарканд", "UZ"); g.city_("Бухара", "UZ")
g.region("Самаркандская область", "UZ")
g.country("UZ")
g.inst(TPP, "Казань", aliases=["ТПП Республики Татарстан"])
g.inst(TASH, "Ташкент", aliases=["Ташкентское городское управление ТПП Узбекистана"])
g.agr(TPP, TASH, 2024, 10, "signed", "По итогам встречи вице-президент ТПП")
g.visit("Казань", "Ташкент", 2024, 10, "С 15 по 18 октября Торгово-промышленная палата",
        note="mission of the chamber and 34 Kazan companies", alt=["Первые два дня участники миссии провели в Ташкенте."])
g.visit("Казань", "Самарканд", 2024, 10, "17 октября делегация переехала в Самарканд",
        alt=["С 15 по 18 октября Торгово-промышленная палата"])
g.visit("Бухара", "Казань", 2023, None, "в прошлом году палата уже принимала",
        note="\"в прошлом году\" on a page dated 2024; the planned return mission of May 2025 is not annotated")
g.loc(TPP, "Казань", "в прошлом году палата уже принимала",
      note="the chamber receives guests \"в Казани\"; seat by common knowledge")
g.loc(TASH, "Ташкент", "Делегацию принял председатель Ташкентского")
g.loc("Ташкент", "Узбекистан", "С 15 по 18 октября Торгово-промышленная палата")
g.loc("Самарканд", "Узбекистан", "С 15 по 18 октября Торгово-промышленная палата")
g.loc("Бухара", "Узбекистан", "Тогда гостей из Узбекистана сопровождал")
g.write()
print("u01-u05 ok")

"""Writes gold/v01..v15.json from the definitions below (quotes expanded to full sentences)."""
from goldlib import Gold

ALL = []
def G(*a):
    g = Gold(*a); ALL.append(g); return g

# ---------------------------------------------------------------- v01 Астрахань
g = G("v01", "Астрахань", 2024)
g.city_("Астрахань", "RU"); g.city_("Решт", "IR")
g.region("Гилян", "IR"); g.country("Иран", "IR")
ASU = "Астраханский государственный университет имени В.Н. Татищева"
GU = "Гилянский университет"
TPPA = "Торгово-промышленная палата Астраханской области"
TPPR = "Торгово-промышленная палата Решта"
g.inst(ASU, "Астрахань", aliases=["АГУ"])
g.inst(GU, "Решт", note="University of Guilan; city not stated, taken from the Rasht delegation's visit (seat in Rasht)")
g.inst(TPPA, "Астрахань", note="regional chamber, seated in Astrakhan")
g.inst(TPPR, "Решт")
g.rel("VISIT", "Решт", "Астрахань", 2024, 5, "С 13 по 15 мая в Астрахани находилась")
g.rel("AGREEMENT", ASU, GU, 2024, None, "Главным итогом визита стал меморандум", status="signed",
      note="memorandum of understanding signed during the May visit; month not in the sentence")
g.rel("AGREEMENT", TPPA, TPPR, 2024, None, "В тот же день Торгово-промышленная палата", status="signed")
g.rel("VISIT", "Астрахань", "Решт", 2023, None, "Напомним, в прошлом году астраханские предприниматели",
      note="business mission \"в прошлом году\" in a 2024 news item = 2023")
g.rel("AGREEMENT", "Астрахань", "Решт", 2023, None, "Напомним, в прошлом году астраханские предприниматели", status="signed",
      note="first supply contracts between unnamed businesses of the two cities, attributed to the cities (seed convention, one relation for the batch)")
g.rel("AGREEMENT", "Астрахань", "Решт", 2024, None, "По итогам переговоров стороны условились", status="planned",
      note="draft agreement on trade-economic and humanitarian cooperation to be prepared by year end; the return visit \"намечен на осень\" is a plan and gives no VISIT")
g.rel("LOCATED_IN", "Решт", "Иран", None, None, "С 13 по 15 мая в Астрахани находилась")
g.rel("LOCATED_IN", ASU, "Астрахань", None, None, "Главным итогом визита стал меморандум")
g.rel("LOCATED_IN", GU, "Решт", None, None, "Главным итогом визита стал меморандум", note="inferred from context")
g.rel("LOCATED_IN", TPPA, "Астрахань", None, None, "В тот же день Торгово-промышленная палата")
g.rel("LOCATED_IN", TPPR, "Решт", None, None, "В тот же день Торгово-промышленная палата")

# ---------------------------------------------------------------- v02 Улан-Удэ
g = G("v02", "Улан-Удэ", 2024)
for n, c in [("Улан-Удэ", "RU"), ("Улан-Батор", "MN"), ("Хух-Хото", "CN"), ("Эрдэнэт", "MN"),
             ("Эрлянь", "CN"), ("Иркутск", "RU"), ("Чита", "RU")]:
    g.city_(n, c)
g.region("Внутренняя Монголия", "CN")
g.country("Монголия", "MN"); g.country("Китай", "CN")
BGU = "Бурятский государственный университет имени Доржи Банзарова"
IMU = "Университет Внутренней Монголии"
g.inst(BGU, "Улан-Удэ", note="city not stated in the sentence; page of Ulan-Ude")
g.inst(IMU, "Хух-Хото", note="Inner Mongolia University; city from the Hohhot section")
EXH = "Фотовыставка «Два города — одна степь»"
WR = "Турнир по вольной борьбе на призы мэра Улан-Удэ"
g.event(EXH); g.event(WR)
g.rel("TWIN", "Улан-Удэ", "Улан-Батор", 1997, None, "Соглашение об установлении побратимских связей между Улан-Удэ и Улан-Батором")
g.rel("VISIT", "Улан-Удэ", "Улан-Батор", 2022, None, "Осенью 2022 года города отметили",
      note="Ulan-Ude delegation headed by the mayor went to \"монгольскую столицу\" for the 25th anniversary")
g.rel("CONTACT", "Улан-Удэ", "Улан-Батор", 2022, None, "Осенью 2022 года города отметили",
      note="joint photo exhibition (\"совместная фотовыставка\")")
g.rel("HELD_IN", EXH, "Улан-Удэ", 2022, None, "Осенью 2022 года города отметили")
g.rel("TWIN", "Улан-Удэ", "Хух-Хото", 1999, None, "Побратимские отношения с административным центром",
      note="the sentence names Hohhot only as \"административным центром Внутренней Монголии\" under the heading \"Хух-Хото\"")
g.rel("VISIT", "Хух-Хото", "Улан-Удэ", 2019, None, "В 2019-м официальная делегация Хух-Хото")
g.rel("CONTACT", BGU, IMU, None, None, "Студенты Бурятского государственного университета",
      note="recurring (\"ежегодно\") language internships of BSU students at Inner Mongolia University; no document named; year not given")
g.rel("PARTNER", "Улан-Удэ", "Эрдэнэт", 2011, None, "Город-партнёр Улан-Удэ с 2011 года")
g.rel("AGREEMENT", "Улан-Удэ", "Эрдэнэт", 2011, None, "Город-партнёр Улан-Удэ с 2011 года", status="signed")
g.rel("PARTICIPATED_IN", "Эрдэнэт", WR, None, None, "Борцы Эрдэнэта", note="\"постоянные участники\": recurring, no year")
g.rel("HELD_IN", WR, "Улан-Удэ", None, None, "Борцы Эрдэнэта", note="place implied by \"на призы мэра Улан-Удэ\"")
g.rel("PARTNER", "Улан-Удэ", "Эрлянь", 2016, None, "Приграничный Эрлянь стал городом-партнёром")
g.rel("AGREEMENT", "Улан-Удэ", "Эрлянь", 2016, None, "Приграничный Эрлянь стал городом-партнёром", status="signed")
g.rel("CONTACT", "Улан-Удэ", "Эрлянь", 2023, 3, "В марте 2023 года представители администраций",
      note="online meeting; Замын-Ууд appears only inside the name of the border crossing")
g.rel("PARTNER", "Улан-Удэ", "Иркутск", None, None, "Город-партнёр, соглашение о межмуниципальном")
g.rel("AGREEMENT", "Улан-Удэ", "Иркутск", 2021, None, "Город-партнёр, соглашение о межмуниципальном", status="signed")
g.rel("VISIT", "Улан-Удэ", "Иркутск", 2023, None, "В прошлом году Улан-Удэ и Иркутск обменялись",
      note="\"обменялись делегациями\" on a page updated in January 2024: \"в прошлом году\" = 2023; one VISIT each way")
g.rel("VISIT", "Иркутск", "Улан-Удэ", 2023, None, "В прошлом году Улан-Удэ и Иркутск обменялись",
      note="\"обменялись делегациями\": one VISIT each way")
g.rel("PARTNER", "Улан-Удэ", "Чита", 2023, None, "Город-партнёр с 2023 года")
g.rel("AGREEMENT", "Улан-Удэ", "Чита", 2023, 4, "Город-партнёр с 2023 года", status="signed",
      note="протокол о намерениях, signed in April")
g.rel("LOCATED_IN", "Улан-Батор", "Монголия", None, None, "Улан-Батор (Монголия)")
g.rel("LOCATED_IN", "Хух-Хото", "Китай", None, None, "Хух-Хото (Автономный район Внутренняя Монголия, КНР)")
g.rel("LOCATED_IN", "Эрдэнэт", "Монголия", None, None, "Эрдэнэт (Монголия)")
g.rel("LOCATED_IN", "Эрлянь", "Китай", None, None, "Эрлянь (КНР)")
g.rel("LOCATED_IN", BGU, "Улан-Удэ", None, None, "Студенты Бурятского государственного университета")
g.rel("LOCATED_IN", IMU, "Хух-Хото", None, None, "Студенты Бурятского государственного университета")

# ---------------------------------------------------------------- v03 Ульяновск
g = G("v03", "Ульяновск", 2023)
for n, c in [("Ульяновск", "RU"), ("Гродно", "BY"), ("Андижан", "UZ"), ("Уральск", "KZ"), ("Чжэнчжоу", "CN"),
             ("Набережные Челны", "RU"), ("Ташкент", "UZ"), ("Бурса", "TR"), ("Алматы", "KZ"), ("Архангельск", "RU")]:
    g.city_(n, c)
for n, c in [("Беларусь", "BY"), ("Узбекистан", "UZ"), ("Казахстан", "KZ"), ("Китай", "CN"), ("Турция", "TR")]:
    g.country(n, c)
ULGU = "Ульяновский государственный университет"
TSTU = "Ташкентский государственный технический университет имени Ислама Каримова"
UMUS = "Ульяновский областной художественный музей"
GMUS = "Гродненский государственный историко-археологический музей"
g.inst(ULGU, "Ульяновск"); g.inst(TSTU, "Ташкент"); g.inst(UMUS, "Ульяновск"); g.inst(GMUS, "Гродно")
INN = "Международная промышленная выставка «Иннопром. Центральная Азия»"
CUP = "Международный турнир по хоккею с мячом среди юношей «Кубок Симбирска»"
g.event(INN); g.event(CUP)
g.rel("TWIN", "Ульяновск", "Гродно", None, None, "Особое место в этой работе")
g.rel("VISIT", "Андижан", "Ульяновск", 2023, 3, "В марте в Ульяновске побывала делегация узбекского Андижана")
g.rel("AGREEMENT", "Ульяновск", "Андижан", 2023, 3, "В марте в Ульяновске побывала делегация узбекского Андижана", status="signed")
for c in ["Гродно", "Уральск", "Чжэнчжоу", "Набережные Челны"]:
    g.rel("VISIT", "Ульяновск", c, 2023, None, "В течение года официальные делегации Ульяновска выезжали")
g.rel("PARTICIPATED_IN", "Ульяновск", INN, 2023, 4, "В апреле ульяновские предприятия",
      note="\"ульяновские предприятия\" = Ulyanovsk; enterprises, not a delegation, so no VISIT")
g.rel("HELD_IN", INN, "Ташкент", 2023, 4, "В апреле ульяновские предприятия")
g.rel("CONTACT", ULGU, TSTU, 2023, None, "Ульяновский государственный университет и Ташкентский",
      note="series of online seminars")
g.rel("CONTACT", UMUS, GMUS, 2023, None, "Ульяновский областной художественный музей совместно",
      note="joint exhibition «Неман и Волга: два берега одной истории»; its venue is not stated, so no HELD_IN")
g.rel("CONTACT", "Ульяновск", "Бурса", 2023, 10, "В октябре в режиме видеоконференции")
g.rel("HELD_IN", CUP, "Ульяновск", 2023, 12, "В декабре Ульяновск впервые провёл")
for c in ["Уральск", "Алматы", "Архангельск"]:
    g.rel("PARTICIPATED_IN", c, CUP, 2023, 12, "В декабре Ульяновск впервые провёл",
          note="teams, not delegations: no VISIT" if c == "Уральск" else None)
g.rel("AGREEMENT", "Ульяновск", "Гродно", 2023, None, "Задачи на 2024 год", status="planned",
      note="road map for 2024-2026 to be signed in 2024 (a task for 2024, stated in the 2023 summary); year = year of the report that states the plan. Days of Ulyanovsk in Uralsk: plan, no relation")
g.rel("LOCATED_IN", "Гродно", "Беларусь", None, None, "В течение года официальные делегации Ульяновска выезжали")
g.rel("LOCATED_IN", "Уральск", "Казахстан", None, None, "В течение года официальные делегации Ульяновска выезжали")
g.rel("LOCATED_IN", "Чжэнчжоу", "Китай", None, None, "В течение года официальные делегации Ульяновска выезжали")
g.rel("LOCATED_IN", "Андижан", "Узбекистан", None, None, "В марте в Ульяновске побывала делегация узбекского Андижана")
g.rel("LOCATED_IN", "Бурса", "Турция", None, None, "В октябре в режиме видеоконференции")
g.rel("LOCATED_IN", "Алматы", "Казахстан", None, None, "В декабре Ульяновск впервые провёл")
g.rel("LOCATED_IN", ULGU, "Ульяновск", None, None, "Ульяновский государственный университет и Ташкентский")
g.rel("LOCATED_IN", TSTU, "Ташкент", None, None, "Ульяновский государственный университет и Ташкентский")
g.rel("LOCATED_IN", UMUS, "Ульяновск", None, None, "Ульяновский областной художественный музей совместно")
g.rel("LOCATED_IN", GMUS, "Гродно", None, None, "Ульяновский областной художественный музей совместно")

# ---------------------------------------------------------------- v04 Магнитогорск
g = G("v04", "Магнитогорск", 2024)
for n, c in [("Магнитогорск", "RU"), ("Рудный", "KZ"), ("Жлобин", "BY"), ("Аньшань", "CN"),
             ("Темиртау", "KZ"), ("Смедерево", "RS")]:
    g.city_(n, c)
g.region("Ляонин", "CN")
for n, c in [("Казахстан", "KZ"), ("Беларусь", "BY"), ("Китай", "CN"), ("Сербия", "RS")]:
    g.country(n, c)
MGTU = "Магнитогорский государственный технический университет им. Г.И. Носова"
USTL = "Университет науки и технологий Ляонина"
g.inst(MGTU, "Магнитогорск")
g.inst(USTL, "Аньшань", note="University of Science and Technology Liaoning; signed \"Там\" = in Anshan")
CUPS = "Юношеский хоккейный турнир «Кубок стальных городов»"
g.event(CUPS)
g.rel("TWIN", "Магнитогорск", "Рудный", 2004, None, "Самые давние связи у нас")
g.rel("AGREEMENT", "Магнитогорск", "Жлобин", 2019, None, "В 2019-м мы подписали", status="signed")
g.rel("VISIT", "Магнитогорск", "Аньшань", 2023, 9, "В сентябре прошлого года делегация Магнитогорска",
      note="\"прошлого года\" in an April 2024 interview = 2023")
g.rel("AGREEMENT", MGTU, USTL, 2023, None, "Там Магнитогорский государственный технический", status="signed",
      note="signed during the September 2023 visit; month not in the sentence")
g.rel("HELD_IN", CUPS, "Магнитогорск", 2024, 3, "В марте на «Арене Металлург»",
      note="«Арена Металлург» is in Magnitogorsk; place implied")
for c in ["Рудный", "Темиртау", "Жлобин"]:
    g.rel("PARTICIPATED_IN", c, CUPS, 2024, 3, "В марте на «Арене Металлург»",
          note="teams, not delegations: no VISIT" if c == "Рудный" else None)
g.rel("CONTACT", "Магнитогорск", "Смедерево", 2024, 2, "В феврале мы провели видеоконференцию")
g.rel("AGREEMENT", "Магнитогорск", "Смедерево", 2024, None, "Договорились к концу года подготовить", status="planned",
      note="parties from the previous sentence (the videoconference with Smederevo)")
g.rel("AGREEMENT", "Магнитогорск", "Темиртау", 2024, None, "А с казахстанским Темиртау", status="planned",
      note="signing planned at the Russia-Kazakhstan interregional forum: no PARTICIPATED_IN for the planned forum; the June visit of Rudny is also only expected")
g.rel("LOCATED_IN", "Рудный", "Казахстан", None, None, "Самые давние связи у нас")
g.rel("LOCATED_IN", "Жлобин", "Беларусь", None, None, "В 2019-м мы подписали")
g.rel("LOCATED_IN", "Аньшань", "Китай", None, None, "В сентябре прошлого года делегация Магнитогорска")
g.rel("LOCATED_IN", "Смедерево", "Сербия", None, None, "В феврале мы провели видеоконференцию")
g.rel("LOCATED_IN", "Темиртау", "Казахстан", None, None, "А с казахстанским Темиртау")
g.rel("LOCATED_IN", MGTU, "Магнитогорск", None, None, "Там Магнитогорский государственный технический")
g.rel("LOCATED_IN", USTL, "Аньшань", None, None, "Там Магнитогорский государственный технический")

# ---------------------------------------------------------------- v05 Иркутск (ИГУ)
g = G("v05", "Иркутск", 2023)
for n, c in [("Иркутск", "RU"), ("Улан-Батор", "MN"), ("Ханой", "VN"), ("Харбин", "CN"), ("Хюэ", "VN"), ("Улан-Удэ", "RU")]:
    g.city_(n, c)
for n, c in [("Монголия", "MN"), ("Вьетнам", "VN"), ("Китай", "CN")]:
    g.country(n, c)
IGU = "Иркутский государственный университет"
MNU = "Монгольский государственный университет"
HNUE = "Ханойский национальный педагогический университет"
HLJ = "Хэйлунцзянский университет"
HUE = "Университет Хюэ"
BGU = "Бурятский государственный университет имени Доржи Банзарова"
g.inst(IGU, "Иркутск", aliases=["ИГУ"]); g.inst(MNU, "Улан-Батор"); g.inst(HNUE, "Ханой")
g.inst(HLJ, "Харбин"); g.inst(HUE, "Хюэ"); g.inst(BGU, "Улан-Удэ")
g.rel("VISIT", "Улан-Батор", "Иркутск", 2023, 9, "В сентябре в Иркутск прибыла делегация",
      note="delegation of the Mongolian State University (Ulaanbaatar): institution visits with its city as the source")
g.rel("AGREEMENT", IGU, MNU, 2023, None, "Вузы подписали соглашение о сетевой", status="signed",
      note="signed during the September visit; month not in the sentence")
g.rel("VISIT", "Иркутск", "Ханой", 2023, 10, "4–7 октября делегация ИГУ")
g.rel("AGREEMENT", IGU, HNUE, 2023, None, "В ходе визита университет подписал меморандум", status="signed")
g.rel("CONTACT", IGU, HLJ, 2023, 10, "19 октября состоялся видеомост")
g.rel("AGREEMENT", IGU, HUE, 2023, None, "Подготовлен проект соглашения с Университетом Хюэ", status="planned",
      note="draft prepared in 2023, signing planned for spring 2024; year = when the draft is reported")
g.rel("CONTACT", IGU, BGU, 2023, 10, "Кроме того, в октябре ИГУ и Бурятский", note="joint online school")
g.rel("LOCATED_IN", IGU, "Иркутск", None, None, "Иркутский государственный университет подвёл итоги")
g.rel("LOCATED_IN", MNU, "Улан-Батор", None, None, "В сентябре в Иркутск прибыла делегация")
g.rel("LOCATED_IN", "Улан-Батор", "Монголия", None, None, "В сентябре в Иркутск прибыла делегация",
      note="\"Монгольского государственного университета (Улан-Батор)\"")
g.rel("LOCATED_IN", "Ханой", "Вьетнам", None, None, "4–7 октября делегация ИГУ")
g.rel("LOCATED_IN", HNUE, "Ханой", None, None, "В ходе визита университет подписал меморандум")
g.rel("LOCATED_IN", HLJ, "Харбин", None, None, "19 октября состоялся видеомост")
g.rel("LOCATED_IN", "Харбин", "Китай", None, None, "19 октября состоялся видеомост")
g.rel("LOCATED_IN", HUE, "Хюэ", None, None, "Подготовлен проект соглашения с Университетом Хюэ")
g.rel("LOCATED_IN", "Хюэ", "Вьетнам", None, None, "Подготовлен проект соглашения с Университетом Хюэ",
      note="\"Университетом Хюэ (Вьетнам)\"")
g.rel("LOCATED_IN", BGU, "Улан-Удэ", None, None, "Кроме того, в октябре ИГУ и Бурятский")

# ---------------------------------------------------------------- v06 Ставрополь (ТПП)
g = G("v06", "Ставрополь", 2024)
g.city_("Ставрополь", "RU"); g.city_("Ереван", "AM"); g.city_("Гюмри", "AM")
g.city_("Сухум", "GE", note="the text places it in the \"Республика Абхазия\" (recognised by Russia); internationally part of Georgia (ISO GE), as the seed gold does for Stakhanov")
g.region("Абхазия", "GE", note="named only inside the chamber's name «Республика Абхазия»; not an ISO 3166-1 state, so not a Country")
g.country("Армения", "AM")
TPPSK = "Союз «Торгово-промышленная палата Ставропольского края»"
TPPRA = "Торгово-промышленная палата Республики Армения"
TPPAB = "Торгово-промышленная палата Республики Абхазия"
g.inst(TPPSK, "Ставрополь", aliases=["ставропольская палата"], note="regional chamber, seated in Stavropol; the reporting body")
g.inst(TPPRA, "Ереван", aliases=["армянская палата"], note="the business forum in the chamber is part of the Yerevan stage")
g.inst(TPPAB, None, note="city not stated")
FAIR = "Выставка-ярмарка «Сделано на Ставрополье»"
g.event(FAIR)
g.rel("VISIT", "Ставрополь", "Ереван", 2024, 9, "23–24 сентября миссия работала",
      alt=["С 23 по 26 сентября Союз"],
      note="business mission of the Stavropol chamber: institution visits with its city as the source")
g.rel("AGREEMENT", TPPSK, TPPRA, 2024, None, "В Торгово-промышленной палате Республики Армения состоялся", status="signed")
g.rel("VISIT", "Ставрополь", "Гюмри", 2024, 9, "25–26 сентября делегация работала")
g.rel("AGREEMENT", "Ставрополь", "Гюмри", 2024, None, "В мэрии города прошла биржа контактов", status="signed",
      note="three supply contracts between unnamed companies (\"ставропольцы\" and Gyumri companies at the Gyumri city hall), attributed to the cities (seed convention, one relation for the batch)")
g.rel("VISIT", "Ставрополь", "Сухум", 2024, 5, "В мае делегация палаты провела в Сухуме")
g.rel("PARTICIPATED_IN", TPPSK, FAIR, 2024, 5, "В мае делегация палаты провела в Сухуме", note="organiser and exhibitor")
g.rel("HELD_IN", FAIR, "Сухум", 2024, 5, "В мае делегация палаты провела в Сухуме")
g.rel("AGREEMENT", TPPSK, TPPAB, 2023, None, "Выставка стала продолжением меморандума", status="signed",
      note="\"в прошлом году\" in a 2024 release = 2023. The Minsk mission \"запланирована на ноябрь\": plan, no relation")
g.rel("LOCATED_IN", "Ереван", "Армения", None, None, "23–24 сентября миссия работала")
g.rel("LOCATED_IN", "Гюмри", "Армения", None, None, "25–26 сентября делегация работала")
g.rel("LOCATED_IN", TPPSK, "Ставрополь", None, None, "С 23 по 26 сентября Союз")
g.rel("LOCATED_IN", TPPRA, "Ереван", None, None, "В Торгово-промышленной палате Республики Армения состоялся",
      note="inferred from context (Yerevan stage of the mission)")

# ---------------------------------------------------------------- v07 Великий Новгород
g = G("v07", "Великий Новгород", 2023)
g.city_("Великий Новгород", "RU"); g.city_("Нови-Сад", "RS"); g.city_("Полоцк", "BY")
g.country("Сербия", "RS"); g.country("Беларусь", "BY")
NGM = "Новгородский государственный объединённый музей-заповедник"
MV = "Музей Воеводины"
NTD = "Новгородский академический театр драмы имени Ф.М. Достоевского"
SNT = "Сербский народный театр"
NOVGU = "Новгородский государственный университет имени Ярослава Мудрого"
UNS = "Университет Нови-Сада"
g.inst(NGM, "Великий Новгород"); g.inst(MV, "Нови-Сад"); g.inst(NTD, "Великий Новгород")
g.inst(SNT, "Нови-Сад", note="city not stated; Serbian National Theatre of Novi Sad, context of the Novi Sad partnership")
g.inst(NOVGU, "Великий Новгород"); g.inst(UNS, "Нови-Сад")
ICON = "Выставка «Сербская икона XVI–XIX веков»"
FEST = "Международный фестиваль ремёсел «Полоцкий торг»"
g.event(ICON); g.event(FEST)
g.rel("HELD_IN", ICON, "Великий Новгород", 2023, 11, "16 ноября в Великом Новгороде открылась выставка")
g.rel("CONTACT", NGM, MV, 2023, 11, "16 ноября в Великом Новгороде открылась выставка", note="joint exhibition")
g.rel("VISIT", "Нови-Сад", "Великий Новгород", 2023, None, "Делегацию Нови-Сада, прибывшую на открытие",
      note="arrived for the opening in Veliky Novgorod; gifts handed over")
g.rel("AGREEMENT", "Великий Новгород", "Нови-Сад", 2013, None, "Отношения двух городов официально оформлены", status="signed",
      note="agreement on friendship and cooperation (not a twin agreement)")
g.rel("AGREEMENT", "Великий Новгород", "Нови-Сад", 2023, 11, "Спустя десять лет, 17 ноября", status="signed",
      note="road map 2024-2026: a second document of the same pair")
g.rel("CONTACT", NTD, SNT, 2023, None, "Весной Новгородский академический театр", note="online reading; \"Весной\" gives no month")
g.rel("AGREEMENT", NOVGU, UNS, 2022, None, "В 2022 году Новгородский государственный университет", status="signed",
      note="the six Serbian students who arrived are not a delegation: no VISIT")
g.rel("VISIT", "Великий Новгород", "Полоцк", 2023, 10, "В октябре делегация Великого Новгорода побывала")
g.rel("TWIN", "Великий Новгород", "Полоцк", None, None, "В октябре делегация Великого Новгорода побывала",
      note="\"городе-побратиме\", mentioned as existing")
g.rel("PARTICIPATED_IN", "Великий Новгород", FEST, 2023, 10, "В октябре делегация Великого Новгорода побывала")
g.rel("HELD_IN", FEST, "Полоцк", 2023, 10, "В октябре делегация Великого Новгорода побывала")
g.rel("LOCATED_IN", "Нови-Сад", "Сербия", None, None, "16 ноября в Великом Новгороде открылась выставка")
g.rel("LOCATED_IN", "Полоцк", "Беларусь", None, None, "В октябре делегация Великого Новгорода побывала")
g.rel("LOCATED_IN", NGM, "Великий Новгород", None, None, "16 ноября в Великом Новгороде открылась выставка")
g.rel("LOCATED_IN", MV, "Нови-Сад", None, None, "16 ноября в Великом Новгороде открылась выставка")
g.rel("LOCATED_IN", NTD, "Великий Новгород", None, None, "Весной Новгородский академический театр")
g.rel("LOCATED_IN", SNT, "Нови-Сад", None, None, "Весной Новгородский академический театр", note="inferred from context")
g.rel("LOCATED_IN", NOVGU, "Великий Новгород", None, None, "В 2022 году Новгородский государственный университет")
g.rel("LOCATED_IN", UNS, "Нови-Сад", None, None, "В 2022 году Новгородский государственный университет")

# ---------------------------------------------------------------- v08 Благовещенск
g = G("v08", "Благовещенск", 2024)
g.city_("Благовещенск", "RU"); g.city_("Хэйхэ", "CN"); g.city_("Владивосток", "RU")
g.region("Амурская область", "RU"); g.region("Хэйлунцзян", "CN")
g.country("Китай", "CN")
AMGU = "Амурский государственный университет"
HHU = "Хэйхэский университет"
g.inst(AMGU, "Благовещенск"); g.inst(HHU, "Хэйхэ")
EEF = "IX Восточный экономический форум"
FAIR = "Российско-китайская ярмарка культуры и искусства"
g.event(EEF); g.event(FAIR)
S = "5 сентября во Владивостоке, на полях IX"
g.rel("AGREEMENT", "Благовещенск", "Хэйхэ", 2024, 9, S, status="signed",
      note="road map signed in a third city (Vladivostok) on the sidelines of the EEF")
g.rel("VISIT", "Благовещенск", "Владивосток", 2024, 9, S, note="the mayor signed in Vladivostok at the forum")
g.rel("VISIT", "Хэйхэ", "Владивосток", 2024, 9, S, note="the head of Heihe signed in Vladivostok at the forum")
g.rel("PARTICIPATED_IN", "Благовещенск", EEF, 2024, 9, S)
g.rel("PARTICIPATED_IN", "Хэйхэ", EEF, 2024, 9, S)
g.rel("HELD_IN", EEF, "Владивосток", 2024, 9, S)
g.rel("TWIN", "Благовещенск", "Хэйхэ", 1993, None, "Хэйхэ — город-побратим Благовещенска с 1993 года")
g.rel("VISIT", "Благовещенск", "Хэйхэ", 2024, None, "За восемь месяцев Благовещенск и Хэйхэ обменялись",
      note="\"обменялись двенадцатью делегациями\": one VISIT each way")
g.rel("VISIT", "Хэйхэ", "Благовещенск", 2024, None, "За восемь месяцев Благовещенск и Хэйхэ обменялись")
g.rel("HELD_IN", FAIR, "Благовещенск", 2024, 6, "В июне в обоих городах прошла", note="held in both cities")
g.rel("HELD_IN", FAIR, "Хэйхэ", 2024, 6, "В июне в обоих городах прошла", note="held in both cities")
g.rel("PARTICIPATED_IN", "Благовещенск", FAIR, 2024, 6, "В июне в обоих городах прошла")
g.rel("PARTICIPATED_IN", "Хэйхэ", FAIR, 2024, 6, "В июне в обоих городах прошла")
g.rel("CONTACT", AMGU, HHU, 2024, 8, "20 августа Амурский государственный университет")
g.rel("LOCATED_IN", "Хэйхэ", "Китай", None, None, S)
g.rel("LOCATED_IN", AMGU, "Благовещенск", None, None, "20 августа Амурский государственный университет")
g.rel("LOCATED_IN", HHU, "Хэйхэ", None, None, "20 августа Амурский государственный университет")

# ---------------------------------------------------------------- v09 Кяхта
g = G("v09", "Кяхта", 2023)
g.city_("Кяхта", "RU")
g.city_("Алтанбулаг", "MN", note="сомон (sum, a municipality) of Selenge aimag")
g.city_("Улан-Батор", "MN")
g.region("Селенгинский аймак", "MN"); g.country("Монголия", "MN")
KM = "Кяхтинский краеведческий музей имени академика В.А. Обручева"
NMM = "Национальный музей Монголии"
g.inst(KM, "Кяхта"); g.inst(NMM, "Улан-Батор")
PH = "Фотовыставка «Граница, которая объединяет»"
VB = "Товарищеский турнир по волейболу «Кубок дружбы»"
NA = "Наадам"
g.event(PH); g.event(VB); g.event(NA, note="the Naadam festival in Altanbulag")
g.rel("TWIN", "Кяхта", "Алтанбулаг", 1998, None, "10 июня в Кяхте прошли торжества",
      note="25th anniversary of the twinning celebrated in 2023 implies 1998")
g.rel("VISIT", "Алтанбулаг", "Кяхта", 2023, None, "На праздник приехала делегация сомона",
      note="the June celebration; month not in the sentence")
g.rel("HELD_IN", PH, "Кяхта", 2023, None, "В Кяхтинском краеведческом музее")
g.rel("CONTACT", KM, NMM, 2023, None, "В Кяхтинском краеведческом музее", note="joint photo exhibition")
g.rel("HELD_IN", VB, "Кяхта", 2023, None, "На городском стадионе прошёл", note="the Kyakhta city stadium")
g.rel("PARTICIPATED_IN", "Алтанбулаг", VB, 2023, None, "На городском стадионе прошёл")
g.rel("PARTICIPATED_IN", "Кяхта", VB, 2023, None, "На городском стадионе прошёл", note="\"хозяев\" = the Kyakhta team")
g.rel("VISIT", "Кяхта", "Алтанбулаг", 2022, None, "Годом ранее кяхтинская делегация",
      note="\"Годом ранее\" relative to 2023 = 2022")
g.rel("PARTICIPATED_IN", "Кяхта", NA, 2022, None, "Годом ранее кяхтинская делегация")
g.rel("HELD_IN", NA, "Алтанбулаг", 2022, None, "Годом ранее кяхтинская делегация")
g.rel("AGREEMENT", "Кяхта", "Алтанбулаг", 2023, None, "Перед отъездом гостей главы решили", status="planned")
g.rel("LOCATED_IN", "Алтанбулаг", "Монголия", None, None, "10 июня в Кяхте прошли торжества")
g.rel("LOCATED_IN", "Улан-Батор", "Монголия", None, None, "В Кяхтинском краеведческом музее",
      note="\"Национальным музеем Монголии (Улан-Батор)\"")
g.rel("LOCATED_IN", KM, "Кяхта", None, None, "В Кяхтинском краеведческом музее")
g.rel("LOCATED_IN", NMM, "Улан-Батор", None, None, "В Кяхтинском краеведческом музее")

# ---------------------------------------------------------------- v10 Великий Устюг
g = G("v10", "Великий Устюг", 2024)
g.city_("Великий Устюг", "RU"); g.city_("Хива", "UZ"); g.city_("Котлас", "RU")
g.region("Хорезмская область", "UZ"); g.region("Архангельская область", "RU")
g.country("Узбекистан", "UZ")
VDM = "Вотчина Деда Мороза"
BP = "Национальный парк «Беловежская пуща»"
g.inst(VDM, "Великий Устюг")
g.inst(BP, None, note="Belarusian national park (\"белорусского Деда Мороза\"); no city")
XO = "Выставка «Хорезмские узоры»"
g.event(XO)
g.rel("CONTACT", VDM, BP, 2024, 12, "20 декабря между Вотчиной Деда Мороза", note="video bridge")
g.rel("VISIT", "Великий Устюг", "Хива", 2024, 10, "Ещё в октябре в Хиве")
g.rel("AGREEMENT", "Великий Устюг", "Хива", 2024, None, "Там же города подписали", status="signed")
g.rel("HELD_IN", XO, "Великий Устюг", 2024, 12, "Уже в декабре в Великом Устюге открылась выставка")
g.rel("VISIT", "Хива", "Великий Устюг", 2024, 12, "Уже в декабре в Великом Устюге открылась выставка",
      note="\"делегация мастеров из Хивы\" brought the exhibits")
g.rel("PARTICIPATED_IN", "Хива", XO, 2024, 12, "Уже в декабре в Великом Устюге открылась выставка")
g.rel("AGREEMENT", "Великий Устюг", "Котлас", 2024, None, "Кроме того, Великий Устюг и Котлас", status="signed",
      note="domestic inter-municipal agreement. \"Дни Хивы\" next year: plan, no relation")
g.rel("LOCATED_IN", "Хива", "Узбекистан", None, None, "Ещё в октябре в Хиве")
g.rel("LOCATED_IN", VDM, "Великий Устюг", None, None, "20 декабря между Вотчиной Деда Мороза")

# ---------------------------------------------------------------- v11 Екатеринбург
g = G("v11", "Екатеринбург", 2024)
g.city_("Екатеринбург", "RU"); g.city_("Ченнаи", "IN"); g.city_("Самарканд", "UZ"); g.city_("Тюмень", "RU")
g.region("Тамилнад", "IN")
g.country("Индия", "IN"); g.country("Узбекистан", "UZ")
URFU = "Уральский федеральный университет имени первого Президента России Б.Н. Ельцина"
IITM = "Индийский технологический институт Мадраса"
g.inst(URFU, "Екатеринбург", note="city not stated; its stand at the Ekaterinburg exhibition; seated in Ekaterinburg")
g.inst(IITM, "Ченнаи", note="\"расположенным в Ченнаи\" (Madras = former name of Chennai)")
INNO = "XV Международная промышленная выставка «Иннопром»"
g.event(INNO)
g.rel("HELD_IN", INNO, "Екатеринбург", 2024, 7, "С 8 по 11 июля в Екатеринбурге прошла")
g.rel("PARTICIPATED_IN", "Екатеринбург", INNO, 2024, None, "Администрация города представила на ней",
      note="the city administration had its own stand")
g.rel("VISIT", "Ченнаи", "Екатеринбург", 2024, 7, "9 июля первый заместитель главы Екатеринбурга")
g.rel("AGREEMENT", "Екатеринбург", "Ченнаи", 2024, None, "Собеседники обсудили перспективы совместной работы", status="planned")
g.rel("AGREEMENT", URFU, IITM, 2024, None, "Параллельно на стенде Уральского", status="signed")
g.rel("VISIT", "Самарканд", "Екатеринбург", 2024, 7, "10 июля в мэрии побывала делегация Самарканда")
g.rel("PARTNER", "Екатеринбург", "Самарканд", None, None, "10 июля в мэрии побывала делегация Самарканда")
g.rel("PARTICIPATED_IN", "Самарканд", INNO, 2024, None, "Гости из Самарканда также приняли участие")
g.rel("AGREEMENT", "Екатеринбург", "Тюмень", 2024, None, "Кроме того, в дни выставки Екатеринбург и Тюмень", status="signed")
g.rel("LOCATED_IN", "Ченнаи", "Индия", None, None, "9 июля первый заместитель главы Екатеринбурга")
g.rel("LOCATED_IN", "Самарканд", "Узбекистан", None, None, "10 июля в мэрии побывала делегация Самарканда")
g.rel("LOCATED_IN", URFU, "Екатеринбург", None, None, "Параллельно на стенде Уральского", note="inferred")
g.rel("LOCATED_IN", IITM, "Ченнаи", None, None, "Параллельно на стенде Уральского")

# ---------------------------------------------------------------- v12 Чебоксары
g = G("v12", "Чебоксары", 2022)
for n, c in [("Чебоксары", "RU"), ("Эскишехир", "TR"), ("Бухара", "UZ"), ("Новополоцк", "BY"), ("Казань", "RU"), ("Уфа", "RU")]:
    g.city_(n, c)
for n, c in [("Турция", "TR"), ("Узбекистан", "UZ"), ("Беларусь", "BY")]:
    g.country(n, c)
VR = "V Международный фольклорный фестиваль «Волжская радуга»"
g.event(VR)
g.rel("HELD_IN", VR, "Чебоксары", 2022, 6, "С 24 по 26 июня в Чебоксарах прошёл")
D = "На фестиваль приехали творческие делегации"
for c in ["Эскишехир", "Бухара", "Новополоцк", "Казань", "Уфа"]:
    g.rel("VISIT", c, "Чебоксары", 2022, None, D,
          note="\"творческие делегации\" came to the festival in Cheboksary (seed convention: creative delegations visit)" if c == "Эскишехир" else None)
for c in ["Эскишехир", "Бухара", "Новополоцк", "Казань", "Уфа"]:
    g.rel("PARTICIPATED_IN", c, VR, 2022, None, D)
g.rel("TWIN", "Чебоксары", "Новополоцк", None, None, "Новополоцк — город-побратим Чебоксар")
P = "С Эскишехиром у Чебоксар налажены партнёрские связи"
g.rel("PARTNER", "Чебоксары", "Эскишехир", None, None, P, note="\"партнёрские связи\"")
g.rel("AGREEMENT", "Чебоксары", "Эскишехир", 2019, None, P, status="signed", note="протокол о намерениях signed \"в 2019-м\"")
g.rel("CONTACT", "Чебоксары", "Эскишехир", 2021, None, P, note="first online meeting \"в прошлом году\" (2022 news) = 2021")
g.rel("LOCATED_IN", "Эскишехир", "Турция", None, None, D)
g.rel("LOCATED_IN", "Бухара", "Узбекистан", None, None, D)
g.rel("LOCATED_IN", "Новополоцк", "Беларусь", None, None, D)

# ---------------------------------------------------------------- v13 Владивосток
g = G("v13", "Владивосток", 2023)
for n, c in [("Владивосток", "RU"), ("Дананг", "VN"), ("Хошимин", "VN"), ("Хайфон", "VN")]:
    g.city_(n, c)
g.country("Вьетнам", "VN")
FEFU = "Дальневосточный федеральный университет"
UDN = "Университет Дананга"
DT = "Департамент туризма Хошимина"
g.inst(FEFU, "Владивосток", aliases=["ДВФУ"], note="city not stated; signed \"в рамках визита\" in Vladivostok")
g.inst(UDN, "Дананг"); g.inst(DT, "Хошимин", note="a city administration's department: an Institution (spec)")
g.rel("VISIT", "Дананг", "Владивосток", 2023, 4, "17–18 апреля во Владивостоке работала делегация")
g.rel("AGREEMENT", "Владивосток", "Дананг", 2023, None, "Стороны обсудили прямое авиасообщение", status="planned",
      alt=["Подписать документ планируется в сентябре"],
      note="a planned TWIN agreement: plans give no TWIN, so it is kept as a planned AGREEMENT (see README)")
g.rel("AGREEMENT", FEFU, UDN, 2023, None, "В рамках визита Дальневосточный федеральный университет", status="signed")
g.rel("CONTACT", "Владивосток", DT, 2023, 4, "Ранее, 14 апреля, администрация Владивостока", note="web conference")
g.rel("TWIN", "Владивосток", "Хайфон", 1992, None, "Во Вьетнаме у Владивостока уже есть город-побратим")
g.rel("LOCATED_IN", "Дананг", "Вьетнам", None, None, "17–18 апреля во Владивостоке работала делегация")
g.rel("LOCATED_IN", "Хайфон", "Вьетнам", None, None, "Во Вьетнаме у Владивостока уже есть город-побратим")
g.rel("LOCATED_IN", FEFU, "Владивосток", None, None, "В рамках визита Дальневосточный федеральный университет", note="inferred")
g.rel("LOCATED_IN", UDN, "Дананг", None, None, "В рамках визита Дальневосточный федеральный университет")
g.rel("LOCATED_IN", DT, "Хошимин", None, None, "Ранее, 14 апреля, администрация Владивостока")

# ---------------------------------------------------------------- v14 Сочи
g = G("v14", "Сочи", 2023)
g.city_("Сочи", "RU"); g.city_("Хургада", "EG"); g.city_("Бадр", "EG")
g.city_("Гагра", "GE", note="the text places it in the \"Республика Абхазия\" (recognised by Russia); internationally part of Georgia (ISO GE)")
g.region("Красное море", "EG", note="мухафаза (governorate) Red Sea")
g.region("Абхазия", "GE", note="\"Республика Абхазия\"; not an ISO 3166-1 state, so not a Country")
g.country("Египет", "EG")
SGU = "Сочинский государственный университет"
ERU = "Египетско-российский университет"
g.inst(SGU, "Сочи"); g.inst(ERU, "Бадр")
CUP = "Международный детский турнир по мини-футболу «Кубок Черноморья»"
g.event(CUP)
g.rel("VISIT", "Хургада", "Сочи", 2023, 10, "5–6 октября Сочи с рабочим визитом посетила")
g.rel("AGREEMENT", "Сочи", "Хургада", 2023, 10, "6 октября в администрации Сочи", status="signed",
      note="Days of Sochi in Hurghada in 2024: plan, no relation")
g.rel("CONTACT", SGU, ERU, 2023, 9, "Научную основу сотрудничества обеспечат вузы", note="online conference")
N = "В прошлом году Сочи и город-побратим Гагра"
g.rel("TWIN", "Сочи", "Гагра", None, None, N)
g.rel("VISIT", "Сочи", "Гагра", 2022, None, N, note="\"обменялись делегациями\" in the previous year: one VISIT each way")
g.rel("VISIT", "Гагра", "Сочи", 2022, None, N)
g.rel("PARTICIPATED_IN", "Гагра", CUP, 2022, None, N)
g.rel("HELD_IN", CUP, "Сочи", 2022, None, N)
g.rel("LOCATED_IN", "Хургада", "Египет", None, None, "5–6 октября Сочи с рабочим визитом посетила")
g.rel("LOCATED_IN", "Бадр", "Египет", None, None, "Научную основу сотрудничества обеспечат вузы")
g.rel("LOCATED_IN", SGU, "Сочи", None, None, "Научную основу сотрудничества обеспечат вузы")
g.rel("LOCATED_IN", ERU, "Бадр", None, None, "Научную основу сотрудничества обеспечат вузы")

# ---------------------------------------------------------------- v15 Петрозаводск
g = G("v15", "Петрозаводск", 2022)
for n in ["Петрозаводск", "Мурманск", "Архангельск", "Сыктывкар", "Вологда", "Псков"]:
    g.city_(n, "RU")
g.city_("Витебск", "BY"); g.country("Беларусь", "BY")
PETR = "Петрозаводский государственный университет"
MAU = "Мурманский арктический университет"
g.inst(PETR, "Петрозаводск"); g.inst(MAU, "Мурманск")
FOR = "II Межмуниципальный форум «Города Северо-Запада: опыт и перспективы»"
g.event(FOR)
g.rel("HELD_IN", FOR, "Петрозаводск", 2022, 9, "28–29 сентября в Петрозаводске прошёл")
D = "В работе форума приняли участие делегации"
for c in ["Мурманск", "Архангельск", "Сыктывкар", "Вологда", "Псков"]:
    g.rel("VISIT", c, "Петрозаводск", 2022, None, D)
for c in ["Мурманск", "Архангельск", "Сыктывкар", "Вологда", "Псков", "Витебск"]:
    g.rel("PARTICIPATED_IN", c, FOR, 2022, None, D,
          note="joined by video link: participation, not a visit" if c == "Витебск" else None)
A = "На полях форума глава Петрозаводска"
g.rel("AGREEMENT", "Петрозаводск", "Мурманск", 2022, None, A, status="signed")
g.rel("AGREEMENT", "Петрозаводск", "Сыктывкар", 2022, None, A, status="signed")
g.rel("AGREEMENT", "Петрозаводск", "Архангельск", 2022, None, "С Архангельском достигнута договорённость", status="planned")
g.rel("CONTACT", PETR, MAU, 2022, None, "Петрозаводский государственный университет и Мурманский",
      note="joint seminar. The next forum \"в 2024 году в Вологде\" is a plan: no HELD_IN")
g.rel("LOCATED_IN", "Витебск", "Беларусь", None, None, D)
g.rel("LOCATED_IN", PETR, "Петрозаводск", None, None, "Петрозаводский государственный университет и Мурманский")
g.rel("LOCATED_IN", MAU, "Мурманск", None, None, "Петрозаводский государственный университет и Мурманский")

if __name__ == "__main__":
    for g in ALL:
        print(g.write(), len(g.relations))

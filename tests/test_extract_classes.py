"""Classes of error found on real pages (the silver labels of exported pages), one table each.

Each row is a sentence written for the test in the shape the class takes in news copy, with
what extraction must propose for it: (metric, low, best, high) and, where the class is about
who says it, the claimant.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.intake.extract import korean
from analysis.intake.extract.candidates import article_claims
from analysis.intake.extract.numbers import find_numbers
from analysis.intake.extract.text import plain

PUBLISHED = date(2025, 4, 30)

Row = tuple[str, int | None, int | None, int | None]


def rows(text: str, lang: str = "") -> list[Row]:
    return [
        (c.metric, c.value_low, c.value_best, c.value_high)
        for c, _ in article_claims(text, PUBLISHED, lang=lang).candidates
    ]


def claimed(text: str, lang: str = "") -> list[tuple[Row, str | None]]:
    return [
        ((c.metric, c.value_low, c.value_best, c.value_high), c.claimant)
        for c, _ in article_claims(text, PUBLISHED, lang=lang).candidates
    ]


# --- numbers: separators, ranges, dates written in digits ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands separated by a space in English copy of Russian and Ukrainian outlets
        ("about 11 000 troops", [(None, 11000, None)]),
        ("300 dead and about 2 700 wounded", [(None, 300, None), (None, 2700, None)]),
        ("more than 10\u00a0000 containers", [(10000, None, None)]),
        # ... but a count before a calibre is two numbers
        ("20 240mm rocket launchers", [(None, 20, None)]),
        ("In 2024 300 troops were sent", [(None, 300, None)]),
        # the thousands written once, on the upper end of a range
        ("an initial contingent of 10-12,000 troops", [(10000, None, 12000)]),
        ("2-3,000 soldiers", [(2000, None, 3000)]),
        ("600-2,000 soldiers", [(600, None, 2000)]),
        ("could be closer to around 11 to 12,000 troops", [(11000, None, 12000)]),
        ("some 3 to 4,000 engineers", [(3000, None, 4000)]),
        # dates and times in digits carry no figures
        ("date 2024-12-18 The Pentagon said 18 were killed", [(None, 18, None)]),
        ("Monday, December 23, 2024 10:16:00 AM", []),
        ("On 18.12.2024 some 300 were wounded", [(None, 300, None)]),
        ("Posted 12/18/2024: 40 killed", [(None, 40, None)]),
    ],
)
def test_english_numbers(text: str, expected: list[tuple[int | None, int | None, int | None]]) -> None:
    assert [(f.value_low, f.value_best, f.value_high) for f in find_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("date 2025-09-02 Около 2 тыс. северокорейских военных погибли.", "ru", [("killed", None, 2000, None)]),
        ("2025-08-12 10:30 Понад 300 військових КНДР загинули.", "uk", [("killed", 300, None, None)]),
        ("2025.09.02 국정원은 북한군 2000여 명이 전사했다고 밝혔다.", "ko", [("killed", 2000, None, None)]),
    ],
)
def test_dates_in_digits_are_no_figures_in_any_language(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- what English copy counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "injured or killed" in either order is a casualty count
        (
            "More than 6,000 North Korean soldiers are believed to have been injured or killed, officials said.",
            [("casualties_killed_or_wounded", 6000, None, None)],
        ),
        (
            "North Korea sent 11,000 soldiers, and of them, about 4,000 were injured or killed.",
            [("troops_deployed", None, 11000, None), ("casualties_killed_or_wounded", None, 4000, None)],
        ),
        # a list of states that runs over its commas: missing and captured make battle casualties
        (
            "Of the 11,000 troops deployed, 4,000 have been killed, wounded, missing or captured, officials said.",
            [("troops_deployed", None, 11000, None), ("battle_casualties", None, 4000, None)],
        ),
        # the verb before a figure is its own; the one after may be the next figure's
        (
            "Ukrainian forces killed 77 North Korean soldiers and injured an additional 40 in three days.",
            [("killed", None, 77, None), ("wounded", None, 40, None)],
        ),
        (
            "About 300 were killed and 2,700 others injured.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        # the victims of a strike, and the figure after a count of civilians, are not North Korean losses
        ("Zelensky says a North Korean missile used in a Russian strike killed 12 in Kyiv", []),
        ("Since Dec. 30, 24 people have been killed by these missiles and another 115 injured.", []),
        ("The barrage led to the deaths of at least two dozen civilians, prosecutors said.", []),
        ("The deaths of 30 residents were confirmed after the strike.", []),
        # entries at the border, people missing or detained: no measure counts them
        ("Last year, 13,221 North Koreans entered Russia, a twelvefold rise, the statistics service said.", []),
        ("At least three North Korean servicemen went missing near Kurilovka, the GUR wrote.", []),
        ("Russian authorities detained 18 North Korean soldiers who abandoned their positions.", []),
        # people sent to rebuild or to clear mines are engineers; a contingent still to come is a plan
        (
            "Kim agreed to send another 6,000 personnel for demining and reconstruction, including 1,000 sappers.",
            [("troops_planned", None, 6000, None), ("engineers_deployed", None, 1000, None)],
        ),
        (
            "North Korea sent six-thousand personnel to undertake reconstruction work.",
            [("engineers_deployed", None, 6000, None)],
        ),
        (
            "About 1,000 North Koreans have arrived to help rebuild the Kursk region.",
            [("engineers_deployed", None, 1000, None)],
        ),
        ("North Korea will send 3,000 soldiers to the front.", [("troops_planned", None, 3000, None)]),
        # soldiers in a place now: fighting, arrived, deployed in it
        (
            "Over 12,000 North Korean troops are estimated to be fighting in Russia's Kursk region.",
            [("troops_present", 12000, None, None)],
        ),
        ("3,000 North Korean soldiers have arrived in Kursk region.", [("troops_present", None, 3000, None)]),
        ("There are approximately 12 000 soldiers, including 500 officers.", [("troops_present", None, 12000, None)]),
        (
            "Some 10,900 North Korean soldiers have been deployed to Russia's Kursk region.",
            [("troops_present", None, 10900, None)],
        ),
        ("North Korea sent 12,000 soldiers to the Kursk region.", [("troops_deployed", None, 12000, None)]),
        # "two of the five missiles": the five are the strike's, the two North Korea's
        (
            "Two of the five missiles Russia fired at Kharkiv on Feb. 7 were made in North Korea.",
            [("ballistic_missiles_fired", None, 2, None)],
        ),
        (
            '"2 out of 5 missiles fired at Kharkiv are of North Korean origin," he wrote.',
            [("ballistic_missiles_fired", None, 2, None)],
        ),
        (
            "4,000 of the first 11,000 troops were killed.",
            [("killed", None, 4000, None), ("troops_deployed", None, 11000, None)],
        ),
    ],
)
def test_what_english_copy_counts(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- who English copy credits -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's name before a generic agency name: not South Korea's ministry
        (
            "The losses amount to half of the 11,000 troops first deployed to Kursk, the UK Defence Ministry said.",
            [(("troops_deployed", None, 11000, None), "UK Defence Intelligence")],
        ),
        (
            "Japan's defense ministry said 3,000 troops had been sent.",
            [(("troops_deployed", None, 3000, None), None)],
        ),
        (
            "South Korea's defence ministry said 3,000 troops had been sent.",
            [(("troops_deployed", None, 3000, None), "South Korea MND")],
        ),
        # the verb before its subject at the end of a sentence
        (
            "North Korea sent 3,000 more troops to Russia this year, says South Korea",
            [(("troops_deployed_additional", None, 3000, None), "South Korea")],
        ),
        (
            "Two of the five missiles were made in North Korea, said Serhii Bolvinov, the head of the "
            "investigative department of the Kharkiv Oblast police.",
            [(("ballistic_missiles", None, 2, None), "Ukraine National Police")],
        ),
        # ... but an apposition between the subject and its verb is still the subject's
        (
            "Lee Seong-kweun, briefed by the NIS, said 300 North Korean troops had been killed.",
            [(("killed", None, 300, None), "South Korea NIS")],
        ),
        # an aside between dashes does not speak: the subject before it does
        (
            "The Multilateral Sanctions Monitoring Team - a group that includes the U.S., Japan and South Korea - "
            "confirmed that Pyongyang sent more than 11,000 troops.",
            [(("troops_deployed", 11000, None, None), "MSMT")],
        ),
        # "citing X as saying that ...": X, not the countries X talks about
        (
            "Park cited Cho as saying that North Korea plans to send 10,000 troops to Russia by December.",
            [(("troops_planned", None, 10000, None), None)],
        ),
        # unnamed lawmakers relay the intelligence service's briefing
        (
            "About 300 North Korean troops have been killed, South Korean lawmakers said, as Ukraine revealed more.",
            [(("killed", None, 300, None), "South Korea NIS")],
        ),
        (
            "US Deputy Ambassador Robert Wood said Russia has used at least nine North Korean missiles.",
            [(("ballistic_missiles_fired", 9, None, None), "US mission to the UN")],
        ),
    ],
)
def test_who_english_copy_credits(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- what Korean, Ukrainian and Russian copy counts ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # in a place now: stationed, placed at the front, on the territory, training, concentrated
        (
            "국정원은 북한군 1만여 명이 국경 인근에 전진 배치돼 경비 임무를 맡고 있다고 밝혔다.",
            "ko",
            [("troops_present", 10000, None, None)],
        ),
        ("국정원은 북한군 1만1000여명이 전선에 배치됐다고 밝혔다.", "ko", [("troops_present", 11000, None, None)]),
        (
            # Russia as a whole: the running total sent
            '그는 "북한 병사와 장교 약 3천 명이 이미 러시아 영토에 있다"고 주장했다.',
            "ko",
            [("troops_deployed", None, 3000, None)],
        ),
        ("북한은 러시아에 1만1000여 명을 파병했다.", "ko", [("troops_deployed", 11000, None, None)]),
        (
            "Майже 11 тисяч солдатів з КНДР нині проходять підготовку на сході Росії.",
            "uk",
            [("troops_present", None, None, 11000)],
        ),
        (
            "Поблизу кордону розташовані близько 10 тис. північнокорейських солдатів.",
            "uk",
            [("troops_present", None, 10000, None)],
        ),
        (
            "Россия разместила около 11 000 северокорейских солдат в Курской области.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        (
            "У границы сосредоточены около 10 000 северокорейских военнослужащих.",
            "ru",
            [("troops_present", None, 10000, None)],
        ),
        ("КНДР направила в Россию около 11 тысяч военных.", "ru", [("troops_deployed", None, 11000, None)]),
        # sent to rebuild or to clear mines: engineers
        (
            "북한이 쿠르스크 지역 복구 작업을 위해 6000명의 인력을 파견했다.",
            "ko",
            [("engineers_deployed", None, 6000, None)],
        ),
        (
            "КНДР загалом відправила туди 1000 військових для розмінування території.",
            "uk",
            [("engineers_deployed", None, 1000, None)],
        ),
        (
            "Еще 1 тыс. военнослужащих занимается разминированием территорий.",
            "ru",
            [("engineers_deployed", None, 1000, None)],
        ),
        # still to come: a plan, also when a colon gives the figure of the clause before it
        (
            "Найближчим часом КНДР планує перекинути до Росії додаткові війська: близько 6000 військовослужбовців.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        ("«Перші 2600 військових КНДР відправлять у Курську область».", "uk", [("troops_planned", None, 2600, None)]),
        (
            "Експерти оцінюють можливий контингент у понад 100 тисяч осіб.",
            "uk",
            [("troops_planned", 100000, None, None)],
        ),
    ],
)
def test_what_foreign_copy_counts(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "по словам X, Y ...": X says it, Y is who acts
        (
            "По словам Шойгу, Северная Корея направит пять тысяч военных строителей.",
            "ru",
            [(("engineers_deployed", None, 5000, None), "Russia Security Council")],
        ),
        # a name after a preposition is a place or an object, not the subject of the verb
        (
            "Секретарь Совбеза Сергей Шойгу по итогам визита в КНДР сообщил, что Ким Чен Ын решил направить "
            "1 тыс. военных саперов.",
            "ru",
            [(("engineers_deployed", None, 1000, None), "Russia Security Council")],
        ),
        (
            "Хинштейн рассказывал, что после освобождения от ВСУ обезвредили более 550 тысяч взрывоопасных предметов.",
            "ru",
            [(("explosive_devices_destroyed", 550000, None, None), "Russia Kursk region")],
        ),
        ("У ГУР повідомили, що загинули 300 військових КНДР.", "uk", [(("killed", None, 300, None), "Ukraine HUR")]),
        # an army named in the story is a combatant, not the source
        (
            "Щонайменше 300 військових КНДР загинули в Курській області, де Збройні сили України ведуть операцію.",
            "uk",
            [(("killed", 300, None, None), None)],
        ),
        # a governor speaks for the region he governs
        (
            "Специалисты из КНДР уничтожили порядка 1,6 миллиона взрывоопасных предметов, сообщил губернатор "
            "региона Александр Хинштейн.",
            "ru",
            [(("explosive_devices_destroyed", None, 1600000, None), "Russia Kursk region")],
        ),
        # South Korean intelligence services and military by their other names
        (
            "За оцінками розвідслужб Південної Кореї, Північна Корея направила близько 10 тисяч своїх військових.",
            "uk",
            [(("troops_deployed", None, 10000, None), "South Korea NIS")],
        ),
        (
            "КНДР відправила ще щонайменше 3 000 солдатів до Росії, заявили в четвер південнокорейські військові.",
            "uk",
            [(("troops_deployed_additional", 3000, None, None), "South Korea JCS")],
        ),
        (
            "Согласно данным американской разведки, в боях участвовало более 10 тысяч северокорейских военных.",
            "ru",
            [(("troops_deployed", 10000, None, None), "United States")],
        ),
        # unnamed lawmakers relay the intelligence service
        (
            "Южнокорейские депутаты заявили, что погибли около 300 военных КНДР.",
            "ru",
            [(("killed", None, 300, None), "South Korea NIS")],
        ),
        # a count of brigades or regiments is not a count of people
        (
            "КНДР направит две бригады военных строителей общей численностью пять тысяч человек.",
            "ru",
            [(("engineers_deployed", None, 5000, None), None)],
        ),
        ("북한은 4개 여단 1만2000명을 파병했다.", "ko", [(("troops_deployed", None, 12000, None), None)]),
    ],
)
def test_who_foreign_copy_credits(text: str, lang: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, lang) == expected


# --- Korean figures and bounds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits with a comma after 만, and the "5천" of "2만5천" is no figure of its own
        ("1만5,000여명의 군 병력", [(15000, None, None)]),
        ("1만 1,000명이", [(None, 11000, None)]),
        ("2만5천∼3만명의 병력", [(25000, None, 30000)]),
        # the upper end written without its 만, and ranges spelt with 에서, 많게는, 최대 or a counter
        ("1만 1000~2000여 명 규모의 병력", [(11000, None, 12000)]),
        ("1천여 명에서 많게는 약 3천 명으로 추정된다", [(1000, None, 3000)]),
        ("약 2만5000명에서 최대 3만 명에 이르는 병력", [(25000, None, 30000)]),
        ("적게는 2만5000명~3만 명에 이르는 병력", [(25000, None, 30000)]),
        ("25,000명에서 30,000명의 추가 병력", [(25000, None, 30000)]),
        # ... but "600명에서 2000명으로 늘었다" is a change
        ("사상자가 600명에서 2000명으로 늘었다", [(None, 600, None), (None, 2000, None)]),
        # 여 between two units: more than ten million
        ("포탄 1천여만 발", [(10000000, None, None)]),
        # a floor after the figure wins over 약 before it; 넘을 a floor, 가까이 a ceiling
        ("약 3천 명 이상이", [(3000, None, None)]),
        ("6000명을 넘을 가능성", [(6000, None, None)]),
        ("1,000명 가까이 달할", [(None, None, 1000)]),
        ("약 4,000여명", [(4000, None, None)]),
    ],
)
def test_korean_figures(text: str, expected: list[tuple[int | None, int | None, int | None]]) -> None:
    assert [(f.value_low, f.value_best, f.value_high) for f in korean.figures(plain(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted, but by no measure: civilians (and the figure after them), ranks, drones
        ("우크라이나 당국은 이번 공격으로 민간인 5명이 숨지고 55명이 다친 것으로 집계했다.", []),
        (
            "정보총국은 북한군 장교 500명과 장성 3명을 포함한 1만 2000명이 러시아 땅에 있다고 주장했다.",
            [("troops_deployed", None, 12000, None)],
        ),
        ("러시아는 드론 총 315대와 북한산 탄도 미사일 2발을 발사했다.", [("ballistic_missiles_fired", None, 2, None)]),
        # another counter counts something new, not the figure before (and those training there are there now)
        (
            "정보총국은 북한군 1만 2000명이 러시아 동부 5개 기지에서 훈련받고 있다고 주장했다.",
            [("troops_present", None, 12000, None)],
        ),
        # containers from Russia to the North, troops gone home, deserters
        ("반면 러시아도 북한에 식량을 포함한 9000여개의 컨테이너를 보낸 것으로 추정된다.", []),
        ("파병 북한군 가운데 약 3천 명이 고국으로 돌아갔다.", []),
        ("북한 군인 18명이 국경 일대에서 이탈했다고 알려졌다.", []),
    ],
)
def test_what_korean_copy_counts(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the topic before an embedded subject whose verb it shares says it
        (
            "정보본부는 최근까지 북한이 나진항 등을 통해 러시아로 반출한 컨테이너를 2만 2000여 개로 추정했다.",
            [(("containers_shipped", 22000, None, None), "South Korea DIA")],
        ),
        # ... while a subject before another statement's topic keeps its own figure
        (
            "북한이 350명 정도의 전사자를 공개한 것과 관련해 국정원은 2000여명으로 추산했다.",
            [(("killed", None, 350, None), "North Korea"), (("killed", 2000, None, None), "South Korea NIS")],
        ),
        # a ministry's agency named after the ministry is the agency
        (
            "국방부 국방정보본부가 제출한 자료에 따르면 북한은 컨테이너 2만8000여 개를 러시아로 반출했다.",
            [(("containers_shipped", 28000, None, None), "South Korea DIA")],
        ),
        (
            "우크라이나군 참모본부는 북한군 약 4천 명의 사상자가 발생했다고 밝혔다.",
            [(("casualties_killed_or_wounded", None, 4000, None), "Ukraine armed forces")],
        ),
        # a person's own words in quotation marks are the person's; a name inside them is not a source
        (
            "김정은 국무위원장이 환영식에서 “비록 9명의 안타까운 희생이 있었지만 모두가 돌아와주어 감사한 마음”이라고 "
            "밝혔다고 노동신문이 보도했다.",
            [(("killed", None, 9, None), "North Korea")],
        ),
        (
            '국정원은 "북한이 포탄 100만발 이상을 10여차례에 걸쳐 수송한 것으로 파악하고 있다"고 밝혔다.',
            [(("artillery_shells", 1000000, None, None), "South Korea NIS")],
        ),
        # military officials: the one agency the article names, else the country
        (
            "합참은 브리핑했다. 군 관계자는 러시아로 보낸 컨테이너가 총 2000여 개로 추산된다고 했다.",
            [(("containers_shipped", 2000, None, None), "South Korea JCS")],
        ),
        # combat troops stay troops beside a word about rebuilding
        (
            "지난해 전투 병력 1만2천명을 보낸 데 이어 복구 인력까지 보내는 결정이다.",
            [(("troops_deployed", None, 12000, None), None)],
        ),
    ],
)
def test_who_korean_copy_credits(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # killed or wounded, written with a verb for each
        (
            "У війні загинуло або отримали поранення 6 тисяч північнокорейських військовослужбовців.",
            "uk",
            [("casualties_killed_or_wounded", None, 6000, None)],
        ),
        (
            "Близько 4,7 тисячі північнокорейських солдатів загинули або були поранені.",
            "uk",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        ("600 солдат Северной Кореи пали в боях в Курской области.", "ru", [("killed", None, 600, None)]),
        # what may yet be sent is a plan
        (
            "Північна Корея може відправити в Росію від 25 до 30 тисяч військовослужбовців.",
            "uk",
            [("troops_planned", 25000, None, 30000)],
        ),
        # units of artillery are systems; "у полон" is captivity
        (
            "Північна Корея надала близько 11 000 військових і 200 одиниць далекобійної артилерії.",
            "uk",
            [("troops_deployed", None, 11000, None), ("artillery_systems_combined", None, 200, None)],
        ),
        ("Українські військові взяли у полон двох північнокорейських солдатів.", "uk", [("captured", None, 2, None)]),
        # entries at the border count no measure
        ("С января по июнь в Россию въехали 2508 северокорейцев, пишет NK News.", "ru", []),
        ("У 2024 році до країни в'їхало понад 13 тис. північнокорейців.", "uk", []),
    ],
)
def test_what_ukrainian_and_russian_copy_counts(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one claim however often the article states it, with or without its period
        (
            "South Korea's spy agency says North Korea shipped more than a million artillery shells to Russia\n"
            "South Korea's top spy agency believes North Korea sent more than a million artillery shells "
            "to Russia since August.",
            [("artillery_shells", 1000000, None, None)],
        ),
        (
            "British Defence Intelligence estimated that more than 6,000 North Korean troops were killed or wounded.\n"
            "A report posted by the UK Ministry of Defence said the North had sustained more than 6,000 casualties "
            "in Kursk this year.",
            [("casualties_killed_or_wounded", 6000, None, None)],
        ),
        # a figure rounded to its first digit under its bound is the exact one the claimant gives
        (
            "North Korea has sent over eight thousand containers, South Korea's defence minister said.\n"
            "The minister said about 8,400 containers had been shipped since August.",
            [("containers_shipped", None, 8400, None)],
        ),
        # ... also where a headline names the claimant by its country
        (
            "North Korea may have sent up to 3 million shells, Seoul says\n"
            "South Korea's defence ministry said North Korea sent as many as 2.6 million shells.\n"
            "South Korea's spy agency is reviewing the shipments.",
            [("artillery_shells", None, None, 2600000)],
        ),
        # ... but not one of another magnitude, nor one the bound does not round to
        (
            "The State Department said up to 10,000 troops were in Kursk. It said up to 8,000 were there last week.",
            [("troops_present", None, None, 10000), ("troops_present", None, None, 8000)],
        ),
        # ... but troop states stay two claims
        (
            "The NIS said 8,000 troops arrived in Kursk. Most of the 8,000 that Seoul says arrived are now in Kursk.",
            [("troops_deployed", None, 8000, None), ("troops_present", None, 8000, None)],
        ),
    ],
)
def test_english_restatements_are_one_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a headline's figure restated in the body: the body's words decide the bound
        (
            "“러시아 쿠르스크 지역에 북한군 1만1천명 주둔 중”\n"
            "국정원은 쿠르스크에 북한군 1만1000여명이 주둔 중이라고 밝혔다.",
            "ko",
            [("troops_present", 11000, None, None)],
        ),
        (
            '국정원 "우크라이나에 파병된 북한군 최소 100명 사망, 1000명 부상"\n'
            '국정원은 "부상자는 1,000명 가까이 달할 것으로 보인다"고 밝혔다.',
            "ko",
            [("killed", 100, None, None), ("wounded", None, None, 1000)],
        ),
        # a headline's one end of the body's range is that range, cut short
        (
            "North Korea to send as many as 9,000 more troops, Kyiv says\n"
            "Ukraine's military intelligence said North Korea would send 7,000 to 9,000 more troops.",
            "en",
            [("troops_planned", 7000, None, 9000)],
        ),
        (
            "Pyongyang shipped more than 400 launchers to Russia, HUR says\n"
            "Ukraine's military intelligence said North Korea shipped between 400 and 500 launchers.",
            "en",
            [("rocket_launchers", 400, None, 500)],
        ),
        # ... and the headline's bound where the body gives none
        (
            "Kyiv says Russia has fired over 24 North Korean missiles at Ukraine\n"
            "Kostin, Ukraine's prosecutor general, said the 24 missiles fired had largely missed their targets.",
            "en",
            [("ballistic_missiles_fired", 24, None, None)],
        ),
    ],
)
def test_the_body_decides_a_headlines_bound(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("국정원 “北병력 3000여명 러 이동…연말까지 약 1만명 파병 전망”", True),
        ("North Korea Sends 7,000 Containers to Russia", True),
        ("국정원은 1만명이라고 밝혔다.", False),
        ('그는 "사상자가 늘었다."', False),
        ("분석했습니다", False),
        ("He said 3,000 were sent.", False),
    ],
)
def test_headlines_are_told_from_statements(sentence: str, headline: bool) -> None:
    from analysis.intake.extract.restate import is_headline

    assert is_headline(sentence) is headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cue words match where a word starts: "обмін" holds no mines, "південнокорейськ" no North
        # Korean force, "підкріплення" no prisoners, "співробітник" no worker
        ("Україна пропонує обмін 2 полонених північнокорейців.", [("captured", None, 2, None)]),
        ("Росія отримала 300 співробітників розвідки.", []),
        ("За даними південнокорейської розвідки, загинули 600 військових КНДР.", [("killed", None, 600, None)]),
        # ... while the compounds that name North Koreans and shells still count
        ("Загинули 3 тис. північнокорейців.", [("killed", None, 3000, None)]),
        ("КНДР передала 1,5 млн артснарядів.", [("artillery_shells", None, 1500000, None)]),
        ("Йдеться про загибель 600 військових КНДР.", [("killed", None, 600, None)]),
    ],
)
def test_ukrainian_cues_match_at_the_start_of_a_word(text: str, expected: list[Row]) -> None:
    assert rows(text, "uk") == expected

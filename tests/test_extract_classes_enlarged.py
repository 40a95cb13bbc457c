"""Classes of error found on the dev splits once all three sets of real pages had joined them,
each checked on the exported pages (silver labels) it was not written from; one table per class.

Each row is a sentence written for the test in the shape the class takes in news copy, with what
extraction must propose for it: (metric, low, best, high) and, where the class is about who says
it, the claimant.
"""

from __future__ import annotations

import pytest

from analysis.intake.extract.korean import KOREAN
from tests.test_extract_classes import Row, claimed, rows

# --- "X, which reported N": the relative pronoun's antecedent gives the figure ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelenskyy spoke of heavy losses. That was in line with a briefing last week by South Korea's "
            "spy agency, which reported about 100 deaths.",
            [(("killed", None, 100, None), "South Korea NIS")],
        ),
        (
            "Kyiv gave no figure. The number came from the Pentagon, which said about 10,000 troops had arrived.",
            [(("troops_deployed", None, 10000, None), "US Pentagon")],
        ),
        (
            "Lee Seong-kweun, who sits on the intelligence committee, said about 300 soldiers had been killed.",
            [(("killed", None, 300, None), "South Korea NIS")],
        ),
    ],
)
def test_which_reported_names_its_antecedent(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "en") == expected


# --- "it is about N": the figure takes what the sentence before spoke of ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В июне разведка Южной Кореи прогнозировала очередную отправку солдат из КНДР в Россию. "
            "Украинская разведка сообщала, что речь идет о 25 000–30 000 военных.",
            "ru",
            [("troops_planned", 25000, None, 30000)],
        ),
        (
            "У червні розвідка Південної Кореї прогнозувала чергове відправлення солдатів із КНДР до Росії. "
            "Українська розвідка повідомляла, що йдеться про 25 000-30 000 військових.",
            "uk",
            [("troops_planned", 25000, None, 30000)],
        ),
        (
            "КНДР планирует отправить в Россию дополнительные силы. Речь идет о около 6000 военнослужащих.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Зеленський розповів, скільки північнокорейських солдатів наразі перебувають на території Росії. "
            "За його словами, йдеться про 10 тисяч.",
            "uk",
            [("troops_present", None, 10000, None)],
        ),
        (
            "Военнослужащие КНДР так и продолжают находиться в Курской области. "
            "Он добавил, что речь идет ориентировочно об 11 000 солдат.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        # without "it is about", a figure keeps its own sentence's measure
        (
            "КНДР планирует отправить в Россию дополнительные силы. Ранее в Россию прибыли 11 000 военных.",
            "ru",
            [("troops_deployed", None, 11000, None)],
        ),
    ],
)
def test_it_is_about_takes_the_sentence_before(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a calibre between a figure and its rounds is no figure; "artillery of a calibre" is rounds --


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В контейнерах могло быть доставлено в Россию более 6 миллионов 152-миллиметровых артиллерийских снарядов.",
            "ru",
            [("artillery_shells", 6000000, None, None)],
        ),
        (
            "КНДР могла передать Росії понад 5 мільйонів 152-міліметрових артилерійських снарядів.",
            "uk",
            [("artillery_shells", 5000000, None, None)],
        ),
        (
            "Помимо этого КНДР передала России минимум 3,5 миллиона артиллерии 155-го калибра.",
            "ru",
            [("artillery_shells", 3500000, None, None)],
        ),
        (
            "КНДР передала Росії щонайменше 3,5 мільйона артилерії 155-го калібру.",
            "uk",
            [("artillery_shells", 3500000, None, None)],
        ),
    ],
)
def test_a_calibre_is_no_figure_and_artillery_of_a_calibre_is_rounds(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a participle's phrase between commas belongs to the noun before it --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "За даними розвідки Південної Кореї, щонайменше 100 солдатів Північної Кореї, дислокованих у Росії, "
            "були вбиті.",
            "uk",
            [("killed", 100, None, None)],
        ),
        (
            "По данным разведки, около 300 северокорейских военных, воевавших в Курской области, погибли.",
            "ru",
            [("killed", None, 300, None)],
        ),
        (
            "Около 2000 солдат КНДР, находящихся в Курской области, получили ранения.",
            "ru",
            [("wounded", None, 2000, None)],
        ),
    ],
)
def test_a_participles_phrase_belongs_to_its_noun(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a noun of capture counts the captured, in every language ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Zelenskyy announced the capture of two North Korean soldiers.", "en", [("captured", None, 2, None)]),
        ("Зеленский объявил о захвате двух северокорейских солдат.", "ru", [("captured", None, 2, None)]),
        ("Зеленський оголосив про захоплення двох північнокорейських солдатів.", "uk", [("captured", None, 2, None)]),
        ("젤렌스키 대통령은 북한군 2명을 생포했다고 밝혔다.", "ko", [("captured", None, 2, None)]),
    ],
)
def test_a_noun_of_capture_counts_the_captured(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- American officials by their Cyrillic and Korean spellings ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        ("Роберт Вуд зазначив, що Пхеньян передав Росії понад 18 тис. контейнерів.", "uk", "US mission to the UN"),
        ("По словам Вуда, КНДР передала России более 18 тысяч контейнеров.", "ru", "US mission to the UN"),
        ("Райдер заявив, що в Курській області перебувають близько 10 тисяч військових КНДР.", "uk", "US Pentagon"),
        ("Миллер заявил, что около 10 тысяч военных КНДР находятся в Курской области.", "ru", "US State Department"),
    ],
)
def test_american_officials_in_cyrillic(text: str, lang: str, claimant: str) -> None:
    assert {who for _, who in claimed(text, lang)} == {claimant}


# --- "..., а також N ракет": missiles joined to what North Korea sent keep its subject -----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Пхеньян раніше незаконно передав понад 18 тис. контейнерів із боєприпасами, "
            "а також понад 100 балістичних ракет.",
            "uk",
            [("containers_shipped", 18000, None, None), ("ballistic_missiles", 100, None, None)],
        ),
        (
            "Пхеньян передал более 18 тысяч контейнеров, а также более 100 баллистических ракет.",
            "ru",
            [("containers_shipped", 18000, None, None), ("ballistic_missiles", 100, None, None)],
        ),
        # a Russian strike's missiles stay out, joined or not
        ("Россия выпустила по Киеву 40 дронов, а также 20 ракет.", "ru", []),
    ],
)
def test_missiles_joined_by_also_keep_the_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- fired or supplied: a count of uses is of missiles fired; a calibre after its word is no figure --


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Правоохоронці зафіксували близько 50 фактів застосування РФ балістичних ракет північнокорейського "
            "походження.",
            "uk",
            [("ballistic_missiles_fired", None, 50, None)],
        ),
        (
            "Зафиксировано около 50 случаев применения Россией северокорейских баллистических ракет.",
            "ru",
            [("ballistic_missiles_fired", None, 50, None)],
        ),
        # supplied, not fired
        ("КНДР передала России около 50 баллистических ракет.", "ru", [("ballistic_missiles", None, 50, None)]),
        (
            "КНДР забезпечує близько 40% потреб російської армії в боєприпасах калібру 122 і 152 мм.",
            "uk",
            [("ammunition_share_pct", None, 40, None)],
        ),
        ("КНДР передала России снаряды калибра 152 мм.", "ru", []),
    ],
)
def test_uses_are_missiles_fired_and_a_calibre_is_no_figure(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- soldiers and engineers together are the whole contingent ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "За оцінками розвідки, КНДР планує додатково направити ще шість тисяч солдатів та інженерів.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        ("КНДР направит ещё 6 тысяч солдат и инженеров.", "ru", [("troops_planned", None, 6000, None)]),
        # engineers alone, and a Korean compound of engineer troops and builders, stay engineers
        ("КНДР направила в Курскую область 1000 саперов.", "ru", [("engineers_deployed", None, 1000, None)]),
        (
            "러시아 쿠르스크 지역에 북한 공병 병력과 군사 건설 인력 약 6,000명을 파견하기로 합의한 것으로 알려졌다.",
            "ko",
            [("engineers_deployed", None, 6000, None)],
        ),
    ],
)
def test_soldiers_and_engineers_are_the_contingent(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a total in the future tense is a plan -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Таким чином, загальна чисельність північнокорейських військових, які можуть бути залучені у війні, "
            "складатиме до 15 000.",
            "uk",
            [("troops_planned", None, None, 15000)],
        ),
        (
            "Общая численность северокорейских военных в России составит до 15 тысяч.",
            "ru",
            [("troops_planned", None, None, 15000)],
        ),
        # the present tense is there now
        (
            "Общая численность северокорейских военных в России составляет около 11 тысяч.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
    ],
)
def test_a_total_in_the_future_tense_is_a_plan(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- Russian copy's troops sent "в Курскую область" are there now, unless still to come ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В Госдепе сообщили, что Россия направила 10 тысяч военных из Северной Кореи в Курскую область.",
            "ru",
            [("troops_present", None, 10000, None)],
        ),
        (
            "Госдеп заявил о переброске 10 тыс. солдат КНДР в Курскую область.",
            "ru",
            [("troops_present", None, 10000, None)],
        ),
        # a plan, more to come, and Ukrainian copy's "до Курської області" keep their measures
        (
            "КНДР планирует направить в Курскую область 6 тысяч военных.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        ("КНДР направила до Курської області 11 тисяч військових.", "uk", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_russian_copys_troops_sent_to_kursk_are_there_now(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- Korean: "1만 5,000 명", a figure of units and digits written apart from its counter --------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("북한 군인이 1만 5,000 명으로 늘었다.", 15000),
        ("북한군 1만 5000 명이 파병됐다.", 15000),
        ("북한군 1만 5,000명이 파병됐다.", 15000),
    ],
)
def test_korean_units_and_digits_before_a_spaced_counter(text: str, value: int) -> None:
    assert [f.value_best or f.value_low or f.value_high for f in KOREAN.figures(text)] == [value]


def test_korean_two_figures_with_their_counters_stay_two() -> None:
    assert [f.value_best for f in KOREAN.figures("1만 명 중 5000 명이 숨졌다.")] == [10000, 5000]


# --- Korean: a decision with a word between, an expected rise, troops who are there -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '국정원은 "북한이 4개 여단 총 1만 2천 명 규모 병력을 파병하기로 최근 결정한 것으로 파악됐다"고 밝혔다.',
            [("troops_planned", None, 12000, None)],
        ),
        (
            "그는 “북한 군인이 1만 5,000 명까지 늘어날 것으로 예상한다”고 내다봤다.",
            [("troops_planned", None, None, 15000)],
        ),
        ("그는 “쿠르스크 지역에 이미 1만 1,000명의 북한군이 있다”고 말했다.", [("troops_present", None, 11000, None)]),
        # sent, not there now
        ("북한은 러시아에 1만 1천 명을 파병했다.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_korean_plans_and_presence(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- room for people is no count of people --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "연구소는 알라부가 단지의 노동자 숙소가 최대 4만1000 명을 수용할 수 있을 것이라고 했다.",
            "ko",
            [],
        ),
        ("Общежития в Алабуге рассчитаны на 40 тысяч рабочих.", "ru", []),
        ("Гуртожитки в Алабузі розраховані на 40 тисяч робітників.", "uk", []),
        # people sent are counted
        ("북한은 알라부가에 근로자 1만2000명을 파견했다.", "ko", [("workers_deployed", None, 12000, None)]),
    ],
)
def test_room_for_people_is_no_count(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a verb of exceeding denied is a ceiling; "많게는" is one too ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Потери северокорейских войск не превышают 3 тысяч человек.",
            "ru",
            [("casualties_killed_or_wounded", None, None, 3000)],
        ),
        (
            "Втрати військових КНДР не перевищують 3 тисяч осіб.",
            "uk",
            [("casualties_killed_or_wounded", None, None, 3000)],
        ),
        (
            "North Korean casualties have not exceeded 3,000.",
            "en",
            [("casualties_killed_or_wounded", None, None, 3000)],
        ),
        ("북한군 사상자는 3천 명을 넘지 않는다.", "ko", [("casualties_killed_or_wounded", None, None, 3000)]),
        ("북한이 러시아에 보낸 병력은 많게는 1만5천 명에 이른다.", "ko", [("troops_deployed", None, None, 15000)]),
        # exceeded is still a floor
        ("Потери КНДР превысили 3 тысячи человек.", "ru", [("casualties_killed_or_wounded", 3000, None, None)]),
        ("North Korean casualties exceeded 3,000.", "en", [("casualties_killed_or_wounded", 3000, None, None)]),
        ("북한군 사상자는 3천 명을 넘었다.", "ko", [("casualties_killed_or_wounded", 3000, None, None)]),
    ],
)
def test_exceeding_denied_is_a_ceiling(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- "such missiles": the North Korean missiles named before --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russia has used North Korean missiles. Prosecutors said it had fired around 50 such missiles.",
            "en",
            [("ballistic_missiles_fired", None, 50, None)],
        ),
        ("Россия выпустила около 50 таких ракет по Украине.", "ru", [("ballistic_missiles_fired", None, 50, None)]),
        ("Росія випустила близько 50 таких ракет по Україні.", "uk", [("ballistic_missiles_fired", None, 50, None)]),
        # a Russian strike's own missiles stay out
        ("Россия выпустила по Киеву 20 ракет.", "ru", []),
    ],
)
def test_such_missiles_are_the_ones_named_before(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected

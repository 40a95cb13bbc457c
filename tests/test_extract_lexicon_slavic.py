"""Ukrainian and Russian words the rules lacked, by class: each table holds the forms seen in the
dev copy and their neighbours (other cases, synonyms, the other language), and a row that must not
change.

Each row is a sentence written for the test in the shape the class takes in news copy, with what
extraction must propose for it: (metric, low, best, high) and, where the class is about who says
it, the claimant.
"""

from __future__ import annotations

import pytest

from tests.test_extract_classes import Row, claimed, rows

# --- bound words: "по крайней мере", "хоча б", "більш як", "не больше чем", "приближается к" -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # floors
        (
            "Российские войска запустили по крайней мере одну из этих северокорейских баллистических ракет.",
            "ru",
            [("ballistic_missiles_fired", 1, None, None)],
        ),
        (
            "Росія запустила хоча б одну північнокорейську балістичну ракету.",
            "uk",
            [("ballistic_missiles_fired", 1, None, None)],
        ),
        ("Погибли не меньше чем 100 северокорейских военных.", "ru", [("killed", 100, None, None)]),
        ("Загинули більш як 100 північнокорейських військових.", "uk", [("killed", 100, None, None)]),
        ("Загинули не менш як 300 військових КНДР.", "uk", [("killed", 300, None, None)]),
        (
            "В Курской области находятся 11 тысяч с небольшим северокорейских военных.",
            "ru",
            [("troops_present", 11000, None, None)],
        ),
        ("До Росії прибули 3 тисячі або більше військових КНДР.", "uk", [("troops_deployed", 3000, None, None)]),
        # ceilings: a "no more than" is not the "more than" inside it
        ("Погибли не больше чем 100 северокорейских военных.", "ru", [("killed", None, None, 100)]),
        ("Загинули не більше ніж 100 північнокорейських військових.", "uk", [("killed", None, None, 100)]),
        (
            "У Курській області перебувають щонайбільше 11 тисяч військових КНДР.",
            "uk",
            [("troops_present", None, None, 11000)],
        ),
        ("Погибли менее чем 50 северокорейских военных.", "ru", [("killed", None, None, 50)]),
        # a figure drawn near: "approaching"
        ("Число раненых приближается к 1000.", "ru", [("wounded", None, None, 1000)]),
        ("Кількість поранених наближається до 1000.", "uk", [("wounded", None, None, 1000)]),
        ("Число погибших приблизилось к 300.", "ru", [("killed", None, None, 300)]),
        # "about"
        (
            "В Курской области находятся где-то 11 тысяч северокорейских военных.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        (
            "У Курській області перебувають десь 11 тисяч військових КНДР.",
            "uk",
            [("troops_present", None, 11000, None)],
        ),
        # unchanged: the floors and ceilings the rules already knew
        ("Погибли более 100 северокорейских военных.", "ru", [("killed", 100, None, None)]),
        ("Загинули майже 300 військових КНДР.", "uk", [("killed", None, None, 300)]),
    ],
)
def test_bound_words(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- people nouns: bayonets, infantry, paratroopers, recruits, volunteers, warriors; "чоловік" ------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР отправила в Россию 12 тысяч штыков.", "ru", [("troops_deployed", None, 12000, None)]),
        ("КНДР відправила до Росії 12 тисяч багнетів.", "uk", [("troops_deployed", None, 12000, None)]),
        (
            "На Курщині перебувають близько 3 тисяч північнокорейських піхотинців.",
            "uk",
            [("troops_present", None, 3000, None)],
        ),
        (
            "В Курской области находятся около 3 тысяч северокорейских пехотинцев.",
            "ru",
            [("troops_present", None, 3000, None)],
        ),
        ("КНДР направила в Россию 500 десантников и спецназовцев.", "ru", [("troops_deployed", None, 500, None)]),
        ("КНДР відправила до Росії 2 тисячі новобранців.", "uk", [("troops_deployed", None, 2000, None)]),
        ("КНДР направила в Россию 2000 добровольцев.", "ru", [("troops_deployed", None, 2000, None)]),
        ("До Курської області прибули 1000 воїнів КНДР.", "uk", [("troops_deployed", None, 1000, None)]),
        ("Понад 500 чоловік з КНДР прибули до Росії.", "uk", [("troops_deployed", 500, None, None)]),
        # the other side's soldiers by the same nouns are not North Korea's
        ("Загинули 50 українських воїнів.", "uk", []),
        ("Погибли 50 украинских бойцов.", "ru", []),
        # unchanged
        ("КНДР отправила в Россию 12 тысяч военных.", "ru", [("troops_deployed", None, 12000, None)]),
    ],
)
def test_people_nouns(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- workers: migrant labour --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Россия привлекла 5 тысяч северокорейских гастарбайтеров.", "ru", [("workers_deployed", None, 5000, None)]),
        ("Росія залучила 5 тисяч північнокорейських заробітчан.", "uk", [("workers_deployed", None, 5000, None)]),
        ("Россия привлекла из КНДР 12 тысяч единиц рабочей силы.", "ru", [("workers_deployed", None, 12000, None)]),
        # workers put to an army engineer's work: fortifying lines, demining
        (
            "До Курської області прибули 800 працівників з КНДР, яких залучають до інженерного обладнання позицій.",
            "uk",
            [("engineers_deployed", None, 800, None)],
        ),
        (
            "В Курскую область прибыли 800 рабочих из КНДР, их привлекут к разминированию полей.",
            "ru",
            [("engineers_deployed", None, 800, None)],
        ),
        # unchanged: rebuilding or factory work is a worker's too
        ("Росія залучила 20 тисяч робітників з КНДР.", "uk", [("workers_deployed", None, 20000, None)]),
        (
            "В Россию прибыли 800 рабочих из КНДР для восстановления жилых домов.",
            "ru",
            [("workers_deployed", None, 800, None)],
        ),
    ],
)
def test_worker_nouns(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- casualty words: injured ("травмированы", "травмовано"), dead ("мертвых") ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Около 300 северокорейских военных были травмированы.", "ru", [("wounded", None, 300, None)]),
        ("Близько 300 військових КНДР було травмовано.", "uk", [("wounded", None, 300, None)]),
        (
            "Загинули 300 вояків КНДР, ще 2700 зазнали травм.",
            "uk",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        (
            "Потери КНДР составили 300 человек убитыми и 2700 травмированными.",
            "ru",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        ("Около 3000 военных КНДР убиты или травмированы.", "ru", [("casualties_killed_or_wounded", None, 3000, None)]),
        ("Серед північнокорейських військових близько 300 мертвих.", "uk", [("killed", None, 300, None)]),
        # the fallen: "полягли", "склали голови", "сложили головы"
        ("У боях полягли близько 600 північнокорейців.", "uk", [("killed", None, 600, None)]),
        ("Близько 600 військових КНДР склали голови на Курщині.", "uk", [("killed", None, 600, None)]),
        ("Около 600 военных КНДР сложили головы в Курской области.", "ru", [("killed", None, 600, None)]),
        # losses the next sentence defines as taking in the missing: battle casualties
        (
            "За оцінками, КНДР зазнала близько 3 тисяч втрат. Втратами вважаються вбиті, поранені та зниклі безвісти.",
            "uk",
            [("battle_casualties", None, 3000, None)],
        ),
        (
            "Потери КНДР составили около 3 тысяч человек. К потерям относят убитых, раненых и пропавших без вести.",
            "ru",
            [("battle_casualties", None, 3000, None)],
        ),
        (
            "За оцінками, КНДР зазнала близько 3 тисяч втрат серед військових.",
            "uk",
            [("casualties_killed_or_wounded", None, 3000, None)],
        ),
        # the losses North Korea says it suffered are its dead ...
        ("Північна Корея повідомила, що втратила близько 200 військових.", "uk", [("killed", None, 200, None)]),
        ("Лидер КНДР заявил, что полк понес «семь тяжелых потерь».", "ru", [("killed", None, 7, None)]),
        # ... not a loss no one has it say, nor another's count of its losses
        (
            "Северная Корея потеряла 200 солдат в Курской области.",
            "ru",
            [("casualties_killed_or_wounded", None, 200, None)],
        ),
        (
            "Зеленский заявил, что КНДР потеряла около 200 солдат.",
            "ru",
            [("casualties_killed_or_wounded", None, 200, None)],
        ),
        # unchanged
        ("Около 2700 северокорейских военных получили ранения.", "ru", [("wounded", None, 2700, None)]),
    ],
)
def test_casualty_words(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- troops there now: "в настоящий момент", "на даний час", "продолжают принимать участие в боях",
# "задіяні в боях", "ведуть бої", "обучаются", "удерживает", "зафіксували в Курській області" --------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В настоящий момент в России около 11 тысяч военных КНДР.", "ru", [("troops_present", None, 11000, None)]),
        ("На даний час у Росії близько 11 тисяч військових КНДР.", "uk", [("troops_present", None, 11000, None)]),
        (
            "Около 8 тысяч военных КНДР продолжают принимать участие в боевых действиях.",
            "ru",
            [("troops_present", None, 8000, None)],
        ),
        (
            "Близько 8 тисяч військовослужбовців КНДР продовжують брати участь у бойових діях на боці Росії.",
            "uk",
            [("troops_present", None, 8000, None)],
        ),
        ("Около 11 тысяч военных КНДР задействованы в боях.", "ru", [("troops_present", None, 11000, None)]),
        ("Близько 11 тисяч військових КНДР задіяні в бойових діях.", "uk", [("troops_present", None, 11000, None)]),
        ("Близько 11 тисяч військових КНДР ведуть бої на Курщині.", "uk", [("troops_present", None, 11000, None)]),
        ("Около 11 000 военных из КНДР обучаются на востоке России.", "ru", [("troops_present", None, 11000, None)]),
        ("Близько 11 000 військових КНДР навчаються на сході Росії.", "uk", [("troops_present", None, 11000, None)]),
        ("КНДР удерживает на территории России около 11 тыс. военных.", "ru", [("troops_present", None, 11000, None)]),
        ("Пхеньян тримає в Росії близько 11 тисяч військових.", "uk", [("troops_present", None, 11000, None)]),
        (
            "США зафіксували в Курській області близько 8000 північнокорейських солдатів.",
            "uk",
            [("troops_present", None, 8000, None)],
        ),
        (
            "США зафиксировали в Курской области около 8000 северокорейских солдат.",
            "ru",
            [("troops_present", None, 8000, None)],
        ),
        # finishing their training there; held or being there, said by a gerund; "все ещё" is still, not more
        (
            "Около 12 тысяч военных КНДР заканчивают подготовку на Дальнем Востоке.",
            "ru",
            [("troops_present", None, 12000, None)],
        ),
        (
            "Близько 12 тисяч військових КНДР завершують навчання на сході Росії.",
            "uk",
            [("troops_present", None, 12000, None)],
        ),
        (
            "Пхеньян допомагає Москві, утримуючи в Росії близько 9 тисяч своїх військових.",
            "uk",
            [("troops_present", None, 9000, None)],
        ),
        (
            "КНДР помогает России, удерживая на ее территории около 9 тысяч военных.",
            "ru",
            [("troops_present", None, 9000, None)],
        ),
        ("Около 7 тысяч военных КНДР все еще воюют под Курском.", "ru", [("troops_present", None, 7000, None)]),
        ("Близько 7 тисяч військових КНДР все ще воюють на Курщині.", "uk", [("troops_present", None, 7000, None)]),
        # unchanged: "ещё" alone is more
        ("КНДР направила еще 3 тысячи военных.", "ru", [("troops_deployed_additional", None, 3000, None)]),
        # an arrival recorded is troops sent, not troops there; a sending stays a sending
        ("Разведка зафиксировала прибытие 3 тысяч военных КНДР.", "ru", [("troops_deployed", None, 3000, None)]),
        ("КНДР відправила до Росії 11 тисяч військових.", "uk", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_troops_there_now(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- troops still to come: "вирушить", "отправится", "будут переброшены", "хочет привлечь",
# "готовит к отправке", "договорились об отправке", "чекаємо на прибуття", "найближчими тижнями" -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Перший кадровий склад із 2600 солдатів вирушить до Курської області.",
            "uk",
            [("troops_planned", None, 2600, None)],
        ),
        ("Первая группа из 2600 солдат отправится в Курскую область.", "ru", [("troops_planned", None, 2600, None)]),
        (
            "Найближчими тижнями до Росії будуть перекинуті ще 3 тисячі військових КНДР.",
            "uk",
            [("troops_planned", None, 3000, None)],
        ),
        ("В Россию будут переброшены 3 тысячи военных КНДР.", "ru", [("troops_planned", None, 3000, None)]),
        ("Россия хочет привлечь еще 30 тысяч военных КНДР.", "ru", [("troops_planned", None, 30000, None)]),
        ("КНДР готовит к отправке 6 тысяч военных.", "ru", [("troops_planned", None, 6000, None)]),
        (
            "Москва и Пхеньян договорились об отправке еще около 6 тыс. солдат КНДР.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Пхеньян і Москва домовилися про відправку 6 тисяч військових.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        ("Чекаємо на прибуття 1200 військових КНДР.", "uk", [("troops_planned", None, 1200, None)]),
        # a plan in the past tense or the passive
        ("КНДР планировала отправить в Россию 6 тысяч военных.", "ru", [("troops_planned", None, 6000, None)]),
        ("КНДР планувала відправити до Росії 6 тисяч військових.", "uk", [("troops_planned", None, 6000, None)]),
        (
            "До кінця року заплановано відправлення 6 тисяч військових КНДР.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        ("Передбачається відправлення 6 тисяч військових КНДР.", "uk", [("troops_planned", None, 6000, None)]),
        ("Запланирована отправка еще 6 тысяч военных КНДР.", "ru", [("troops_planned", None, 6000, None)]),
        # what they may yet send, in the Russian "могут", "могли бы"
        ("Они могут прислать еще 20 тысяч.", "ru", [("troops_planned", None, 20000, None)]),
        ("В КНДР могут направить в Россию еще 4 тысячи солдат.", "ru", [("troops_planned", None, 4000, None)]),
        ("Пхеньян мог бы отправить еще 4 тысячи солдат.", "ru", [("troops_planned", None, 4000, None)]),
        # may be sent (again), in the passive
        (
            "Около 2 тысяч военных, вернувшихся домой, могут быть снова направлены в Россию.",
            "ru",
            [("troops_planned", None, 2000, None)],
        ),
        (
            "Близько 2 тисяч військових КНДР можуть бути відправлені до Росії.",
            "uk",
            [("troops_planned", None, 2000, None)],
        ),
        # unchanged: troops sent
        ("КНДР отправила в Россию 11 тысяч военных.", "ru", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_troops_still_to_come(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a new wave: "третья волна", "нова хвиля", "очередная партия" --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В Россию прибыла третья волна из 3000 военных КНДР.",
            "ru",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        (
            "В Россию прибыла очередная партия из 3000 военных КНДР.",
            "ru",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        (
            "До Росії прибула нова хвиля з 3000 військових КНДР.",
            "uk",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        (
            "До Росії прибула чергова партія з 3000 військових КНДР.",
            "uk",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        # unchanged: the first sending
        ("До Росії прибули 3000 військових КНДР.", "uk", [("troops_deployed", None, 3000, None)]),
    ],
)
def test_a_new_wave(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- who says it: statement verbs where a word starts ("договорились" is no "говорил"), "напомнил",
# "повідомило"; "Про це повідомив X" after an agency's finding; an American secretary's department -----


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country agreeing is no one speaking: the source is the speaker carried from before
        (
            "Об этом сообщил заместитель начальника ГУР Вадим Скибицкий. Он добавил, что Москва и Пхеньян "
            "договорились об отправке еще около 6 тыс. солдат КНДР.",
            "ru",
            [(("troops_planned", None, 6000, None), "Ukraine HUR")],
        ),
        (
            "Зеленский напомнил, что на территории Курской области находятся более 11 тыс. северокорейских солдат.",
            "ru",
            [(("troops_present", 11000, None, None), "Ukraine presidency")],
        ),
        (
            "ГУР повідомило, що у Курській області перебувають 11 тисяч військових КНДР.",
            "uk",
            [(("troops_present", None, 11000, None), "Ukraine HUR")],
        ),
        # "Про це повідомив X", "Об этом сообщил X", a sentence naming no one between
        (
            "Українська розвідка зафіксувала в Курській області вже 11 тисяч військових КНДР. "
            "Про це повідомив президент України Володимир Зеленський.",
            "uk",
            [(("troops_present", None, 11000, None), "Ukraine presidency")],
        ),
        (
            "Украинская разведка зафиксировала в Курской области уже 11 тысяч военных КНДР. Их число растет. "
            "Об этом сообщил президент Украины Владимир Зеленский.",
            "ru",
            [(("troops_present", None, 11000, None), "Ukraine presidency")],
        ),
        # ... but a news outlet reporting it does not take the figure from the agency
        (
            "За даними ГУР, у Курській області перебувають 11 тисяч військових КНДР. Про це повідомляє Укрінформ.",
            "uk",
            [(("troops_present", None, 11000, None), "Ukraine HUR")],
        ),
        # the Secretary of State speaks for the State Department
        (
            "Блінкен заявив, що у Курській області перебувають до 8 тисяч військових КНДР.",
            "uk",
            [(("troops_present", None, None, 8000), "US State Department")],
        ),
        (
            "США зафиксировали в Курской области около 8000 северокорейских солдат. "
            "Об этом заявил госсекретарь Энтони Блинкен.",
            "ru",
            [(("troops_present", None, 8000, None), "US State Department")],
        ),
        # intelligence bodies by the names the copy gives them: a country's special services, its
        # military intelligence by adjective, the NIS without its country
        (
            "КНДР може відправити до Росії ще 20 тисяч військових. "
            "Про це повідомило видання з посиланням на оцінку українських спецслужб.",
            "uk",
            [(("troops_planned", None, 20000, None), "Ukraine intelligence")],
        ),
        (
            "По данным украинских спецслужб, в Курской области находятся 9 тысяч военных КНДР.",
            "ru",
            [(("troops_present", None, 9000, None), "Ukraine intelligence")],
        ),
        (
            "Українська військова розвідка повідомила, що КНДР планує відправити ще 7 тисяч військових.",
            "uk",
            [(("troops_planned", None, 7000, None), "Ukraine HUR")],
        ),
        (
            "Национальная служба разведки сообщает, что КНДР отправила в Россию около 2 тысяч контейнеров.",
            "ru",
            [(("containers_shipped", None, 2000, None), "South Korea NIS")],
        ),
    ],
)
def test_who_says_it(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- a speaker announcing or surmising ("Шойгу оголосив, що", "Шин Вон Сік припустив"), his transliterated
# name in either language's vowels ("Сік", "Сик", "Сык"); an agency's name keeps its language's spelling ---


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Секретар Ради безпеки РФ Сергій Шойгу побував у Пхеньяні. Після зустрічі Шойгу оголосив, що КНДР "
            "направить у Курську область 2 тисячі саперів.",
            "uk",
            [(("engineers_deployed", None, 2000, None), "Russia Security Council")],
        ),
        # the figure before the speaker is named takes him ("також": he had said it too)
        (
            "Пхеньян передав Москві щонайменше 9 тисяч контейнерів. Шин Вон Сік також припустив, що КНДР "
            "отримала натомість продовольство.",
            "uk",
            [(("containers_shipped", 9000, None, None), "South Korea MND")],
        ),
        (
            "Министр обороны Шин Вон Сык предположил, что КНДР отправила в Россию более 7 тысяч контейнеров.",
            "ru",
            [(("containers_shipped", 7000, None, None), "South Korea MND")],
        ),
        (
            "Ли Сон Квон заявив, що в Курській області загинули близько 2 тисяч військових КНДР.",
            "uk",
            [(("killed", None, 2000, None), "South Korea NIS")],
        ),
        # unchanged: "Минобороны" in Russian copy is Russia's ministry, "Міноборони" in Ukrainian copy Ukraine's
        (
            "Минобороны сообщило, что в Курской области погибли 300 военных КНДР.",
            "ru",
            [(("killed", None, 300, None), "Russia MoD")],
        ),
        (
            "Міноборони повідомило, що в Курській області загинули 300 військових КНДР.",
            "uk",
            [(("killed", None, 300, None), "Ukraine MoD")],
        ),
    ],
)
def test_a_speaker_announcing_or_surmising(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- an envoy ("посол України", "постійний представник України при ООН") speaks for his state, not for an
# agency of it the copy names; "дипломат наголосив" names again the envoy of the sentence before ------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Генеральний штаб ЗСУ повідомив про бої. Про це заявив постійний представник України при ООН на "
            "засіданні Радбезу. За його словами, у Курській області вже перебувають до 12 тисяч військових КНДР.",
            "uk",
            [(("troops_present", None, None, 12000), "Ukraine")],
        ),
        (
            "Постоянный представитель Украины при ООН заявил, что в Курской области находятся до 12 тысяч "
            "военных КНДР. Об этом сообщает Генштаб ВСУ.",
            "ru",
            [(("troops_present", None, None, 12000), "Ukraine")],
        ),
        (
            "Bloomberg пише, що подібну оцінку дав посол України в Японії. У розмові з журналістами дипломат "
            "наголосив, що у Курській області перебувають 15 тисяч військових КНДР.",
            "uk",
            [(("troops_present", None, 15000, None), "Ukraine")],
        ),
        (
            "Bloomberg отмечает, что ранее такую оценку дал посол Украины в Японии. В интервью дипломат "
            "подчеркнул, что в Курской области находятся 15 тысяч военных КНДР.",
            "ru",
            [(("troops_present", None, 15000, None), "Ukraine")],
        ),
        (
            "Посол США Роберт Вуд виступив у Радбезі. Дипломат додав, що КНДР передала Росії понад 100 "
            "балістичних ракет.",
            "uk",
            [(("ballistic_missiles", 100, None, None), "US mission to the UN")],
        ),
        # unchanged: no envoy named before, the diplomat's figure keeps the source before
        (
            "За даними ГУР, у Курській області перебувають 11 тисяч військових КНДР. Дипломат додав, що до "
            "грудня прибудуть ще 3 тисячі військових.",
            "uk",
            [
                (("troops_present", None, 11000, None), "Ukraine HUR"),
                (("troops_planned", None, 3000, None), "Ukraine HUR"),
            ],
        ),
        # unchanged: a president is no envoy, "Посол додав" does not make his figures someone else's
        (
            "Зеленський заявив, що у Курській області перебувають 11 тисяч військових КНДР. Посол додав, що до "
            "грудня прибудуть ще 3 тисячі військових.",
            "uk",
            [
                (("troops_present", None, 11000, None), "Ukraine presidency"),
                (("troops_planned", None, 3000, None), "Ukraine presidency"),
            ],
        ),
    ],
)
def test_an_envoy_speaks_for_his_state(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- missiles fired: the imperfective ("запускала", "застосовувала"), launches ("50 пусков"), launches
# counted as times ("девять раз"); a full participle ("поставленные КНДР") is whose they are ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Россия применяла против Украины около 60 северокорейских баллистических ракет.",
            "ru",
            [("ballistic_missiles_fired", None, 60, None)],
        ),
        (
            "Росія застосовувала понад 60 північнокорейських балістичних ракет.",
            "uk",
            [("ballistic_missiles_fired", 60, None, None)],
        ),
        (
            "Зафиксировано более 50 пусков северокорейских ракет KN-23.",
            "ru",
            [("ballistic_missiles_fired", 50, None, None)],
        ),
        (
            "Зафіксовано понад 50 пусків ракет KN-23 виробництва КНДР.",
            "uk",
            [("ballistic_missiles_fired", 50, None, None)],
        ),
        (
            "На сегодняшний день Россия запускала поставленные КНДР баллистические ракеты против Украины "
            "как минимум девять раз.",
            "ru",
            [("ballistic_missiles_fired", 9, None, None)],
        ),
        (
            "Росія запускала по Україні балістичні ракети КНДР щонайменше дев'ять разів.",
            "uk",
            [("ballistic_missiles_fired", 9, None, None)],
        ),
        (
            "Росія щонайменше 9 разів застосувала північнокорейські ракети.",
            "uk",
            [("ballistic_missiles_fired", 9, None, None)],
        ),
        # "times more" is no count; missiles handed over stay supplied; launchers are not launches
        ("КНДР производит в 10 раз больше ракет.", "ru", []),
        ("КНДР передала Росії понад 100 балістичних ракет.", "uk", [("ballistic_missiles", 100, None, None)]),
        ("КНДР передала России 20 пусковых установок и 100 ракет.", "ru", [("ballistic_missiles", None, 100, None)]),
    ],
)
def test_missiles_fired(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a figure raised as what might even be is a hypothetical: "і навіть 500 тисяч", "А могут и 500" -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Пхеньян може відправити ще 20 тисяч військових, і навіть 100 тисяч.",
            "uk",
            [("troops_planned", None, 20000, None)],
        ),
        ("Они могут прислать еще 20 тысяч. А могут и 200.", "ru", [("troops_planned", None, 20000, None)]),
        ("КНДР может направить 20 тысяч солдат, а то и 50 тысяч.", "ru", [("troops_planned", None, 20000, None)]),
        (
            "Вони можуть відправити ще 20 тисяч військових. А можуть і 90.",
            "uk",
            [("troops_planned", None, 20000, None)],
        ),
        # unchanged: "а" alone opens a figure claimed
        ("А КНДР тем временем отправила 3 тысячи военных.", "ru", [("troops_deployed", None, 3000, None)]),
    ],
)
def test_what_might_even_be(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the work of troops sent, told in the next sentence by a word that takes them up: "Переважно це військові
# будівельники", "Отправленные в Россию солдаты будут заниматься восстановлением инфраструктуры" ---------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "КНДР відправила до Росії ще 3 тисячі військових. Переважно це сапери, які розмінуватимуть поля.",
            "uk",
            [("engineers_deployed", None, 3000, None)],
        ),
        (
            "КНДР отправила в Россию около 3 тысяч военных. Отправленные солдаты займутся восстановлением "
            "инфраструктуры.",
            "ru",
            [("engineers_deployed", None, 3000, None)],
        ),
        (
            "Пхеньян направив до Росії 3 тисячі солдатів. Вони будуть проводити розмінування.",
            "uk",
            [("engineers_deployed", None, 3000, None)],
        ),
        # a state's own citizens it sends, to be used for rebuilding (the plan is of their use, not of sending them)
        (
            "Пхеньян направив ще 4 тисячі своїх громадян. Їх планують використовувати для відновлення інфраструктури.",
            "uk",
            [("engineers_deployed", None, 4000, None)],
        ),
        (
            "Пхеньян отправил около 4 тысяч своих граждан. Их будут привлекать к разминированию полей.",
            "ru",
            [("engineers_deployed", None, 4000, None)],
        ),
        (
            "Ще 4 тисячі північнокорейців у Росії планують залучити до відбудови мостів.",
            "uk",
            [("engineers_deployed", None, 4000, None)],
        ),
        (
            "Около 4 тысяч военных КНДР в России планируют использовать для восстановления инфраструктуры.",
            "ru",
            [("engineers_deployed", None, 4000, None)],
        ),
        # workers counted in the war zone are its military builders; those elsewhere stay workers
        (
            "До Курської області вже прибули близько 800 північнокорейських робітників.",
            "uk",
            [("engineers_deployed", None, 800, None)],
        ),
        ("В Курской области работают около 800 рабочих из КНДР.", "ru", [("engineers_deployed", None, 800, None)]),
        # ... and who "заїхали" (drove in) of them came, people sent as those who "прибули"
        (
            "Йдеться про 2 тисячі робітників для Курщини. Понад тисячу з них уже заїхали.",
            "uk",
            [("engineers_deployed", None, 2000, None), ("troops_deployed", 1000, None, None)],
        ),
        (
            "До Татарстану прибули близько 800 північнокорейських робітників.",
            "uk",
            [("workers_deployed", None, 800, None)],
        ),
        # a first batch of the contingent whose work the sentence before or after names
        (
            "КНДР відправила першу партію, близько 1200 військовослужбовців, у Курську область. "
            "Усього 6 тисяч військових КНДР залучать до розмінування.",
            "uk",
            [("engineers_deployed", None, 1200, None), ("engineers_deployed", None, 6000, None)],
        ),
        (
            "Всего 6 тысяч военных КНДР займутся разминированием. "
            "КНДР уже отправила первую группу, около 1200 военных, в Курскую область.",
            "ru",
            [("engineers_deployed", None, 6000, None), ("engineers_deployed", None, 1200, None)],
        ),
        # unchanged: troops still to come stay a plan; another subject's work is not theirs
        (
            "КНДР планує відправити 3 тисячі військових. Вони будуть проводити розмінування.",
            "uk",
            [("troops_planned", None, 3000, None)],
        ),
        (
            "КНДР отправила в Россию 3 тысячи военных. Российские саперы разминируют Курскую область.",
            "ru",
            [("troops_deployed", None, 3000, None)],
        ),
    ],
)
def test_the_work_told_in_the_next_sentence(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a force split by type: its regular troops are a subset, never a claim; the specialists after a dash are
# engineers ("9 тисяч – звичайні війська, 2 тисячі – інженерні") -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("З них 9 тисяч – звичайні війська, 2 тисячі – інженерні.", "uk", [("engineers_deployed", None, 2000, None)]),
        (
            "Из них 9 тыс. человек – это обычные войска, еще 2 тыс. – инженерные.",
            "ru",
            [("engineers_deployed", None, 2000, None)],
        ),
        (
            "В Курской области находятся 12 тыс. военных КНДР, из которых 9 тыс. составляют обычные войска.",
            "ru",
            [("troops_present", None, 12000, None)],
        ),
        # unchanged: engineering work is no type of troops
        (
            "КНДР відправила 2 тисячі військових для інженерних робіт.",
            "uk",
            [("engineers_deployed", None, 2000, None)],
        ),
    ],
)
def test_a_force_split_by_type(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- hearsay with no one named is no one's claim: "Відомо, що Москві надали", "з'явилися повідомлення, що",
# "Тоді повідомлялось, що", "появилась информация о том, что" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Відомо, що Росії передали близько 9 тисяч військових КНДР.", "uk", []),
        ("Восени з'явилися повідомлення, що КНДР перекинула до Росії 9 тисяч солдатів.", "uk", []),
        ("Тоді повідомлялось, що КНДР відправила до Росії близько 9 000 військових.", "uk", []),
        ("Позже появилась информация о том, что КНДР направила в Россию 9 тысяч солдат.", "ru", []),
        ("По подсчётам аналитиков, в Курской области находятся 9 тысяч военных КНДР.", "ru", []),
        # unchanged: news recalled as it became known; the wire's background told since a time; a source named
        (
            "Раніше стало відомо, що ЗСУ взяли в полон двох військових КНДР.",
            "uk",
            [("captured", None, 2, None)],
        ),
        (
            "Известно, что с октября прошлого года КНДР направила в Россию около 9 000 военных.",
            "ru",
            [("troops_deployed", None, 9000, None)],
        ),
        (
            "Як відомо, за даними ГУР, КНДР відправила до Росії 9 тисяч військових.",
            "uk",
            [("troops_deployed", None, 9000, None)],
        ),
    ],
)
def test_hearsay_with_no_one_named(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a fraction ("две трети", "дві третини") is a share, no count; "с половиной" adds a half ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Втрати північнокорейських військ становлять 4 тис., з них дві третини загиблих.",
            "uk",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "Потери КНДР составили 4 тысячи, из них две трети погибших.",
            "ru",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "Три четверти из 12 тысяч военных КНДР находятся в Курской области.",
            "ru",
            [("troops_present", None, 12000, None)],
        ),
        ("КНДР передала России два с половиной миллиона снарядов.", "ru", [("artillery_shells", None, 2500000, None)]),
        (
            "КНДР передала Росії понад два з половиною мільйони снарядів.",
            "uk",
            [("artillery_shells", 2500000, None, None)],
        ),
        # unchanged: "полтора", and a number word that is a count
        ("КНДР передала России полтора миллиона снарядов.", "ru", [("artillery_shells", None, 1500000, None)]),
        ("Загинули двоє військових КНДР.", "uk", [("killed", None, 2, None)]),
    ],
)
def test_fractions_and_halves(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- "Об этом ... сказал X" with the place of the statement between ---------------------------------


def test_this_was_said_at_a_meeting() -> None:
    text = (
        "Россия, по данным США, уже по меньшей мере девять раз применила против Украины северокорейские ракеты. "
        "Об этом на заседании Совета Безопасности ООН сказал заместитель американского посла Роберт Вуд."
    )
    assert [who for _, who in claimed(text, "ru")] == ["US mission to the UN"]


# --- "it is about N" in other words: "известно о", "відомо про", "речь шла о", "йшлося про" ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Зеленский заявил, что сейчас на территории России находятся солдаты Северной Кореи. "
            "Известно о 10 тысяч военных.",
            "ru",
            [("troops_present", None, 10000, None)],
        ),
        (
            "Зеленський заявив, що зараз на території Росії перебувають солдати КНДР. Відомо про 10 тисяч військових.",
            "uk",
            [("troops_present", None, 10000, None)],
        ),
        (
            "КНДР планирует отправить в Россию новые силы. Речь шла о 6000 военнослужащих.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "КНДР планує відправити до Росії нові сили. Йшлося про 6000 військових.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        # "This is N", and the sentence before closing the paragraph before (a quotation of its own)
        (
            "Військові КНДР досі залишаються на полігонах у Росії. Це приблизно 9 тисяч осіб.",
            "uk",
            [("troops_present", None, 9000, None)],
        ),
        (
            "– Они так и остаются в Курской области.\nЭто около 9 тысяч военнослужащих, – сказал генерал.",
            "ru",
            [("troops_present", None, 9000, None)],
        ),
        # a headline's figure and the body's quotation of it: the body's words say what it counts
        (
            "КНДР держит в России 9 тыс. военных\nКНДР держит в России около 9 тыс. военных и планирует отправить "
            'новые части.\nВоенные размещены в Курской области.\n"Это примерно 9 тысяч военных", - сказал он.',
            "ru",
            [("troops_present", None, 9000, None)],
        ),
        # the sentence before sent them: a sending stays a sending
        (
            "КНДР отправила в Россию войска. Известно о 10 тысяч военных.",
            "ru",
            [("troops_deployed", None, 10000, None)],
        ),
        (
            "Північна Корея відправила до Росії війська.\nЦе близько 9 тисяч військових.",
            "uk",
            [("troops_deployed", None, 9000, None)],
        ),
    ],
)
def test_it_is_about_in_other_words(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- deminers and construction troops by other names; "11.000" with a dot between the thousands ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР отправила в Россию 1000 деминеров.", "ru", [("engineers_deployed", None, 1000, None)]),
        ("КНДР направила до Росії 1000 розмінувальників.", "uk", [("engineers_deployed", None, 1000, None)]),
        ("КНДР відправила до Росії 1000 піротехніків.", "uk", [("engineers_deployed", None, 1000, None)]),
        ("КНДР отправила в Россию 500 минеров.", "ru", [("engineers_deployed", None, 500, None)]),
        # construction troops
        (
            "До Росії прибули близько 4 тисяч північнокорейських будівельних військ.",
            "uk",
            [("engineers_deployed", None, 4000, None)],
        ),
        ("В Россию прибыли около 4 тысяч строительных войск КНДР.", "ru", [("engineers_deployed", None, 4000, None)]),
        # unchanged
        ("КНДР відправила 1000 саперів.", "uk", [("engineers_deployed", None, 1000, None)]),
    ],
)
def test_deminers(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В Курскую область прибыли 11.000 северокорейских военных.", "ru", [("troops_present", None, 11000, None)]),
        ("До Росії прибули 11.000 військових КНДР.", "uk", [("troops_deployed", None, 11000, None)]),
        # a decimal point before a scale word stays a decimal
        ("КНДР передала 1.5 млн снарядов.", "ru", [("artillery_shells", None, 1500000, None)]),
        ("КНДР передала Росії 1,5 млн снарядів.", "uk", [("artillery_shells", None, 1500000, None)]),
    ],
)
def test_a_dot_between_thousands(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- artillery pieces: "орудий" (as the English lexicon counts "artillery pieces" as guns) ------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Пхеньян передал Москве около 200 артиллерийских орудий.", "ru", [("self_propelled_guns", None, 200, None)]),
        ("КНДР поставила России 120 орудий.", "ru", [("self_propelled_guns", None, 120, None)]),
        # unchanged: systems stay systems, howitzers guns
        (
            "Пхеньян передав Москві близько 200 артилерійських систем.",
            "uk",
            [("artillery_systems_combined", None, 200, None)],
        ),
        ("КНДР поставила Росії 120 самохідних гаубиць.", "uk", [("self_propelled_guns", None, 120, None)]),
    ],
)
def test_artillery_pieces(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the size of a whole army is no contingent; troops counted in a place are there ---------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Армия КНДР насчитывает 1,2 миллиона военнослужащих.", "ru", []),
        ("Численность северокорейской армии составляет 1,2 миллиона человек.", "ru", []),
        ("Армія КНДР налічує 1,2 мільйона військовослужбовців.", "uk", []),
        ("Чисельність армії КНДР становить 1,2 мільйона осіб.", "uk", []),
        ("В Курской области насчитывается 11 тысяч военных КНДР.", "ru", [("troops_present", None, 11000, None)]),
        ("У Курській області налічується 11 тисяч військових КНДР.", "uk", [("troops_present", None, 11000, None)]),
        # a contingent's strength in a place is no army's size
        ("Численность армии КНДР в России составляет 11 тысяч военных.", "ru", [("troops_present", None, 11000, None)]),
        # unchanged: soldiers of North Korea's army in a place
        (
            "У Курській області перебувають 11 тисяч військових армії КНДР.",
            "uk",
            [("troops_present", None, 11000, None)],
        ),
    ],
)
def test_an_armys_size_is_no_contingent(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a quotation opened in the sentence before and closed in this one: the speaker after it says it ---


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            '"Мир реагирует недостаточно. Путин пригласил еще больше северокорейских военных", - сказал Зеленский. '
            "Президент напомнил, что на территории Курской области находятся более 11 тыс. северокорейских солдат.",
            "ru",
            "Ukraine presidency",
        ),
        (
            '"Світ реагує недостатньо. Путін запросив ще більше північнокорейських військових", - сказав Зеленський. '
            "Президент нагадав, що на території Курської області перебувають понад 11 тис. "
            "північнокорейських солдатів.",
            "uk",
            "Ukraine presidency",
        ),
    ],
)
def test_a_quotation_closed_in_the_sentence(text: str, lang: str, claimant: str) -> None:
    assert [who for _, who in claimed(text, lang)] == [claimant]


# --- a name, whom it cites, then its verb: "законодавці ... (з) посиланням на розвідувальне відомство
# заявили", "депутаты со ссылкой на разведку заявили" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "У середу законодавці з Південної Кореї посиланням на розвідувальне відомство заявили, що близько 600 "
            "північнокорейських військовослужбовців загинули на війні в Україні.",
            "uk",
            "South Korea NIS",
        ),
        (
            "Законодавці з Південної Кореї з посиланням на розвідку заявили, що близько 600 військових КНДР загинули.",
            "uk",
            "South Korea NIS",
        ),
        (
            "Южнокорейские депутаты со ссылкой на разведку заявили, что около 600 северокорейских военных погибли.",
            "ru",
            "South Korea NIS",
        ),
        # unchanged: the lawmakers and their verb side by side
        (
            "Законодавці з Південної Кореї заявили, що близько 600 військових КНДР загинули.",
            "uk",
            "South Korea NIS",
        ),
    ],
)
def test_a_name_citing_someone_then_its_verb(text: str, lang: str, claimant: str) -> None:
    assert [who for _, who in claimed(text, lang)] == [claimant]


# --- a long title before a name ("координатор зі стратегічних комунікацій Ради нацбезпеки США Джон
# Кірбі") and other heads' titles ("очільник", "керівник", "госсекретарь") belong to the name ----------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Північна Корея втратила 1000 солдатів убитими і пораненими за тиждень, про це заявив координатор зі "
            "стратегічних комунікацій Ради нацбезпеки США Джон Кірбі.",
            "uk",
            "US White House",
        ),
        (
            "КНДР поставила Росії 50 гаубиць, заявив керівник розвідки Кирило Буданов.",
            "uk",
            "Ukraine HUR",
        ),
        (
            "Как заявил госсекретарь Энтони Блинкен, в Курской области находятся 8 тысяч военных КНДР.",
            "ru",
            "US State Department",
        ),
        # unchanged: a short title
        (
            "В Курской области находятся 8 тысяч военных КНДР, заявил глава ГУР Кирилл Буданов.",
            "ru",
            "Ukraine HUR",
        ),
        # a lawmaker's title, with the party and country in it: the lawmaker relays the intelligence service
        (
            "Погибли около 600 военных КНДР, рассказал депутат правящей партии Южной Кореи Ли Сон Квен.",
            "ru",
            "South Korea NIS",
        ),
        (
            "Загинули близько 600 військових КНДР, повідомив член комітету з розвідки Лі Сон Квен.",
            "uk",
            "South Korea NIS",
        ),
        # an apposition after a comma within the title ("представник США ..., посол Роберт Вуд")
        (
            "КНДР передала Росії понад 100 балістичних ракет, заявив представник США в ООН, посол Роберт Вуд.",
            "uk",
            "US mission to the UN",
        ),
        (
            "КНДР передала России более 100 баллистических ракет, сказал постпред США при ООН, дипломат Роберт Вуд.",
            "ru",
            "US mission to the UN",
        ),
        # unchanged: a country named as the subject, the lawmaker only mentioned after it
        (
            "Южная Корея сообщила, что погибли около 600 военных КНДР; депутат Ли Сон Квен был на брифинге.",
            "ru",
            "South Korea",
        ),
    ],
)
def test_a_long_title_before_a_name(text: str, lang: str, claimant: str) -> None:
    assert [who for _, who in claimed(text, lang)] == [claimant]


# --- whose words "за словами" / "по словам" names: the person its title leads to past the title's country, never
# a country opening the clause told (the speaker carried from before) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        # a title alone, then the country the words are about
        (
            "Роберт Вуд заявив на засіданні Ради Безпеки ООН про нові поставки. За словами дипломата, Північна "
            "Корея вже передала Росії понад 20 тисяч контейнерів.",
            "uk",
            "US mission to the UN",
        ),
        (
            "Постпред США при ООН Роберт Вуд заявил в Совбезе о новых поставках. По словам дипломата, Северная "
            "Корея уже поставила России более 20 тысяч контейнеров.",
            "ru",
            "US mission to the UN",
        ),
        # the title's country, then the person: his words, his ministry's figure
        (
            "Южнокорейская разведка не исключила новых поставок. По словам главы военного ведомства Южной Кореи "
            "Шин Вон Сика, КНДР отправила в Россию около 7000 контейнеров.",
            "ru",
            "South Korea MND",
        ),
        (
            "Південнокорейська розвідка не виключила нових поставок. За словами очільника оборонного відомства "
            "Південної Кореї Шин Вон Сіка, КНДР відправила до Росії близько 7000 контейнерів.",
            "uk",
            "South Korea MND",
        ),
        # unchanged: the country closing the title with a comma, a name after "по словам", an apposition
        (
            "За словами президента України, у Курській області перебувають 11 тисяч військових КНДР.",
            "uk",
            "Ukraine presidency",
        ),
        (
            "По словам Шойгу, КНДР направит в Курскую область 1000 саперов.",
            "ru",
            "Russia Security Council",
        ),
        (
            "По словам члена комитета по разведке, Ю Сан Бума, КНДР отправила России около 1 млн снарядов.",
            "ru",
            "South Korea NIS",
        ),
    ],
)
def test_whose_words_they_are(text: str, lang: str, claimant: str) -> None:
    assert [who for _, who in claimed(text, lang)] == [claimant]


# --- weapons by other names: artillery rounds as "выстрелов" / "пострілів", "реактивних установок",
# "Hwasong" in Latin letters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР передала России 1,5 млн артиллерийских выстрелов.", "ru", [("artillery_shells", None, 1500000, None)]),
        ("КНДР передала Росії 1,5 млн артилерійських пострілів.", "uk", [("artillery_shells", None, 1500000, None)]),
        ("КНДР передала Росії 20 реактивних установок.", "uk", [("rocket_launchers", None, 20, None)]),
        (
            "Россия выпустила по Украине 20 ракет Hwasong-11 из КНДР.",
            "ru",
            [("ballistic_missiles_fired", None, 20, None)],
        ),
        # unchanged
        ("КНДР передала России 1,5 млн снарядов.", "ru", [("artillery_shells", None, 1500000, None)]),
    ],
)
def test_weapons_by_other_names(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- vehicles and other equipment are counted by no measure: "до 100 одиниць техніки", "50 танков" ---


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Пхеньян планує відправити до Росії ще 6000 військовослужбовців та до 100 одиниць техніки.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Пхеньян отправит в Россию еще 6000 военных и до 100 единиц техники.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        ("КНДР передала России 50 танков и 100 единиц бронетехники.", "ru", []),
        ("КНДР передала Росії 30 бронетранспортерів.", "uk", []),
        # unchanged: soldiers sent with tanks
        ("КНДР отправила в Россию 11 тысяч военных и танки.", "ru", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_equipment_is_no_measure(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- containers that went the other way: North Korea receiving, Russia sending to it; a hedge word
# between commas ("Пхеньян, ймовірно, отримав") is no clause break -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Вон Сик также рассказал, что в обмен на поставки в Россию КНДР получила 9 тысяч контейнеров с помощью.",
            "ru",
            [],
        ),
        (
            "За його словами, Пхеньян, ймовірно, отримав понад 9 тисяч контейнерів допомоги в обмін на підтримку.",
            "uk",
            [],
        ),
        ("Россия отправила в КНДР около 9 тысяч контейнеров.", "ru", []),
        ("Росія відправила до Північної Кореї близько 9 тисяч контейнерів.", "uk", []),
        # unchanged: North Korea's shipments, hedged or not
        ("КНДР отправила в Россию 7 тысяч контейнеров.", "ru", [("containers_shipped", None, 7000, None)]),
        ("КНДР, ймовірно, відправила до Росії 7 тисяч контейнерів.", "uk", [("containers_shipped", None, 7000, None)]),
    ],
)
def test_containers_the_other_way(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- "between X and Y": "между 10 и 12 тысячами", "між 300 та 400" -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР отправила в Россию между 10 и 12 тысячами военных.", "ru", [("troops_deployed", 10000, None, 12000)]),
        ("КНДР відправила до Росії між 10 і 12 тисячами військових.", "uk", [("troops_deployed", 10000, None, 12000)]),
        ("Загинули між 300 та 400 військових КНДР.", "uk", [("killed", 300, None, 400)]),
        # two counts joined by "и" stay two
        (
            "КНДР отправила 10 тысяч военных и 12 тысяч рабочих.",
            "ru",
            [("troops_deployed", None, 10000, None), ("workers_deployed", None, 12000, None)],
        ),
        # unchanged: "от ... до"
        ("КНДР відправила до Росії від 10 до 12 тисяч військових.", "uk", [("troops_deployed", 10000, None, 12000)]),
    ],
)
def test_between_x_and_y(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a part "of them" after a whole: "93 ракети, щонайменше одна з них - північнокорейська" --------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Росіяни випустили 93 ракети, щонайменше одна з них – виробництва Північної Кореї.",
            "uk",
            [("ballistic_missiles_fired", 1, None, None)],
        ),
        (
            "Росія запустила 40 балістичних ракет, дві з них – північнокорейські.",
            "uk",
            [("ballistic_missiles_fired", None, 2, None)],
        ),
        (
            "Россия выпустила 93 ракеты, по меньшей мере две из них - северокорейские.",
            "ru",
            [("ballistic_missiles_fired", 2, None, None)],
        ),
        (
            "Армия РФ применила 60 ракет, около десяти из них — производства КНДР.",
            "ru",
            [("ballistic_missiles_fired", None, 10, None)],
        ),
        # unchanged: the part is no North Korean's, and a whole without a part stays Russia's
        ("Росія випустила 93 ракети, щонайменше одна з них – крилата.", "uk", []),
        ("Россия выпустила 93 ракеты, из них 81 сбита.", "ru", []),
    ],
)
def test_a_part_of_them(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the Ukrainian apostrophe as its orthography prints it (U+02BC): "дев\u02bcять", "п\u02bcять" -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Загинули дев\u02bcять військових КНДР.", "uk", [("killed", None, 9, None)]),
        ("Загинули п\u02bcятдесят військових КНДР.", "uk", [("killed", None, 50, None)]),
        ("Росія отримала п\u02bcять мільйонів снарядів з КНДР.", "uk", [("artillery_shells", None, 5000000, None)]),
        # unchanged: the typewriter apostrophe
        ("Загинули дев'ять військових КНДР.", "uk", [("killed", None, 9, None)]),
    ],
)
def test_the_ukrainian_apostrophe(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the figures named first, then who gave them: "Такие данные привел X", "Ці дані навів X" ----------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Россия привлекла около 20 тысяч работников из Северной Кореи. Такие данные привел в интервью "
            '"Укринформу" начальник Генерального штаба Вооруженных сил Украины Андрей Гнатов.',
            "ru",
            "Ukraine armed forces",
        ),
        (
            "Росія залучила близько 20 тисяч працівників з Північної Кореї. Такі дані навів у інтерв'ю начальник "
            "Генштабу ЗСУ Андрій Гнатов.",
            "uk",
            "Ukraine armed forces",
        ),
        (
            "Россия привлекла около 20 тысяч работников из Северной Кореи. Эти данные привел Кирилл Буданов.",
            "ru",
            "Ukraine HUR",
        ),
        (
            "Росія залучила близько 20 тисяч працівників з Північної Кореї. Ці дані наводить Буданов.",
            "uk",
            "Ukraine HUR",
        ),
        # unchanged: a name that brings someone somewhere says nothing
        ("Россия привлекла около 20 тысяч работников из Северной Кореи. Буданов привел к этому армию.", "ru", None),
    ],
)
def test_the_figures_named_then_who_gave_them(text: str, lang: str, claimant: str | None) -> None:
    assert claimed(text, lang) == [(("workers_deployed", None, 20000, None), claimant)]


# --- a figure as an adjective of size: "12-тысячный контингент", "11-тисячне угруповання" -------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР отправила 12-тысячный контингент в Россию.", "ru", [("troops_deployed", None, 12000, None)]),
        ("Північна Корея перекинула 12-тисячний контингент до Росії.", "uk", [("troops_deployed", None, 12000, None)]),
        ("КНДР відправила до Росії 11-тисячне угруповання.", "uk", [("troops_deployed", None, 11000, None)]),
        (
            "В Курской области находится 11-тысячная группировка войск КНДР.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        ("КНДР передала России 1,5-миллионную партию снарядов.", "ru", [("artillery_shells", None, 1500000, None)]),
        # unchanged: the scale word after a space, an ordinal, a count of groups
        ("КНДР отправила 12 тысяч военных.", "ru", [("troops_deployed", None, 12000, None)]),
        ("Военные 11-й бригады КНДР прибыли в Россию.", "ru", []),
        ("КНДР отправила в Россию 3 группы военных.", "ru", []),
    ],
)
def test_a_figure_as_an_adjective_of_size(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the pool they are picked from counts no one sent: "из 50-тысячного «личного резерва»" ---------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Военных отобрали примерно из 50-тысячного «личного резерва» Ким Чен Ына.", "ru", []),
        ("Військових відібрали з 50-тисячного резерву КНДР.", "uk", []),
        ("Северокорейских солдат набрали из резерва в 50 тысяч человек.", "ru", []),
        # unchanged: reservists sent are soldiers
        ("КНДР направила в Россию 500 резервистов.", "ru", [("troops_deployed", None, 500, None)]),
    ],
)
def test_the_pool_they_are_picked_from(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- to be placed there is a plan, placed there is a presence: "планує розмістити", "разместила" -----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("КНДР планує розмістити у Росії понад 12 тисяч солдатів.", "uk", [("troops_planned", 12000, None, None)]),
        ("КНДР планирует разместить в России более 12 тысяч солдат.", "ru", [("troops_planned", 12000, None, None)]),
        ("В Курской области КНДР разместит 5 тысяч военных.", "ru", [("troops_planned", None, 5000, None)]),
        ("У Курській області КНДР розмістить 5 тисяч військових.", "uk", [("troops_planned", None, 5000, None)]),
        # unchanged: placed there now
        ("КНДР разместила в Курской области 11 тысяч военных.", "ru", [("troops_present", None, 11000, None)]),
        ("У Курській області розміщені 11 тисяч військових КНДР.", "uk", [("troops_present", None, 11000, None)]),
    ],
)
def test_to_be_placed_is_a_plan(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- fighting now in every person and number: "воюет 3 тысячи" (a numeral subject takes the singular),
# "воює", "сражается", "б'ються", "продолжают воевать" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("На стороне России сейчас воюет около 3 тысяч военных КНДР.", "ru", [("troops_present", None, 3000, None)]),
        ("На боці Росії воює близько 3 тисяч солдатів КНДР.", "uk", [("troops_present", None, 3000, None)]),
        ("В Курской области сражается 5 тысяч северокорейских солдат.", "ru", [("troops_present", None, 5000, None)]),
        ("На Курщині б'ються 5 тисяч військових КНДР.", "uk", [("troops_present", None, 5000, None)]),
        ("Около 2 тысяч военных КНДР продолжают воевать под Курском.", "ru", [("troops_present", None, 2000, None)]),
        ("Близько 2 тисяч вояків КНДР продовжують воювати на Курщині.", "uk", [("troops_present", None, 2000, None)]),
        # unchanged: fighting in the past says nothing of now; the dead of a fight are the dead
        (
            "КНДР отправила 3 тысячи военных, которые воевали под Курском.",
            "ru",
            [("troops_deployed", None, 3000, None)],
        ),
        ("Воюючи на боці Росії, загинули 300 військових КНДР.", "uk", [("killed", None, 300, None)]),
    ],
)
def test_fighting_now_in_every_form(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a share of a figure: the losses before it are the share's, the figure counts the whole
# ("более половины от 11 000", "третина з 12 тисяч", "часть из", "більшість із") ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Потери составили более половины от примерно 12 000 военных КНДР, отправленных в Россию.",
            "ru",
            [("troops_deployed", None, 12000, None)],
        ),
        (
            "Втрати склали третину з 12 тисяч військових КНДР, яких відправили до Росії.",
            "uk",
            [("troops_deployed", None, 12000, None)],
        ),
        ("Погибла большая часть из 3 тысяч северокорейских солдат.", "ru", [("troops_deployed", None, 3000, None)]),
        ("Загинула більшість із 3 тисяч північнокорейських солдатів.", "uk", [("troops_deployed", None, 3000, None)]),
        # unchanged: losses counted by the figure itself; a part of a figure named after it
        ("Потери КНДР составили около 4 тысяч военных.", "ru", [("casualties_killed_or_wounded", None, 4000, None)]),
        ("Загинули 300 військових КНДР, половина з них під Курськом.", "uk", [("killed", None, 300, None)]),
    ],
)
def test_a_share_of_a_figure(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the British defence ministry by its full name, in either language ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Войска КНДР потеряли более 6000 солдат, сообщило Министерство обороны Великобритании.", "ru"),
        ("Війська КНДР втратили понад 6000 солдатів, повідомило Міністерство оборони Великої Британії.", "uk"),
    ],
)
def test_the_british_defence_ministry_in_full(text: str, lang: str) -> None:
    assert claimed(text, lang) == [(("casualties_killed_or_wounded", 6000, None, None), "UK Defence Intelligence")]


# --- the first day of a span of days is no count: "с 8 по 13 сентября", "з 8 до 13 вересня", "8 и 9 мая" ------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "КНДР отправила в Россию 1500 военных. Они прибыли еще до визита в Пхеньян с 8 по 13 сентября.",
            "ru",
            [("troops_deployed", None, 1500, None)],
        ),
        (
            "КНДР відправила до Росії 1500 військових. Вони прибули ще до візиту з 8 до 13 вересня.",
            "uk",
            [("troops_deployed", None, 1500, None)],
        ),
        (
            "КНДР отправила в Россию 1500 военных. Они прибыли еще 8 и 9 мая.",
            "ru",
            [("troops_deployed", None, 1500, None)],
        ),
        # unchanged: a count after a span of days; a range of counts
        ("С 8 по 13 сентября в Россию прибыли 1500 военных КНДР.", "ru", [("troops_deployed", None, 1500, None)]),
        ("КНДР відправила від 10 до 12 тисяч військових.", "uk", [("troops_deployed", 10000, None, 12000)]),
    ],
)
def test_the_first_day_of_a_span_of_days(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a participle's clause belongs to the noun before it, whatever the participle: past active after a
# consonant ("погибших", "пришедших"), present active ("служащих", "идущих") ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Число северокорейских военных, погибших под Курском, составляет около 600 человек.",
            "ru",
            [("killed", None, 600, None)],
        ),
        (
            "Число солдат КНДР, пришедших в Курскую область, составляет около 11 тысяч.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        (
            "Число военных КНДР, находящихся в Курской области, составляет около 11 тысяч.",
            "ru",
            [("troops_present", None, 11000, None)],
        ),
        # unchanged: a clause of its own after a comma
        (
            "Северокорейские военные несут потери, в Россию прибыли еще 3 тысячи солдат.",
            "ru",
            [("troops_deployed_additional", None, 3000, None)],
        ),
    ],
)
def test_a_participles_clause_of_any_kind(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the verbs of taking prisoners: "пленили", "полонили", "захопили" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Украинские десантники пленили трех северокорейских солдат.", "ru", [("captured", None, 3, None)]),
        ("Українські десантники полонили трьох північнокорейських солдатів.", "uk", [("captured", None, 3, None)]),
        ("Сили спецоперацій захопили двох військових КНДР.", "uk", [("captured", None, 2, None)]),
        # the prisoners taken in the sentence before, counted by "Це"/"Это"; a state said in spite of ("хоч і
        # були поранені") is not the one counted
        (
            "Десантники взяли в полон військових КНДР. Це троє бійців, які хоч і були поранені, але вижили.",
            "uk",
            [("captured", None, 3, None)],
        ),
        (
            "ВСУ взяли в плен северокорейских военных.\nЭто трое солдат, которые хоть и были ранены, выжили.",
            "ru",
            [("captured", None, 3, None)],
        ),
        # unchanged: wounded said plainly are wounded
        ("Троє військових КНДР були поранені.", "uk", [("wounded", None, 3, None)]),
        # unchanged: a place taken is no prisoner; soldiers sent are sent
        ("Войска КНДР прибыли в Курскую область, где ВСУ захватили 3 села.", "ru", []),
        ("КНДР відправила до Росії 3 тисячі військових.", "uk", [("troops_deployed", None, 3000, None)]),
    ],
)
def test_the_verbs_of_taking_prisoners(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the killing said of those who did it, the dead its object: "ліквідували", "уничтожили", "убили" ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Українські військові ліквідували близько тисячі бійців КНДР.", "uk", [("killed", None, 1000, None)]),
        ("ВСУ ликвидировали около 500 северокорейских военных.", "ru", [("killed", None, 500, None)]),
        ("Дроны уничтожили около 200 северокорейских солдат.", "ru", [("killed", None, 200, None)]),
        ("Українські дрони знищили близько 200 північнокорейських солдатів.", "uk", [("killed", None, 200, None)]),
        ("Удары убили около 30 военных КНДР.", "ru", [("killed", None, 30, None)]),
        # unchanged: what was destroyed is no one killed; a strike's victims with no North Korean named
        (
            "Саперы КНДР уничтожили более 1,5 млн взрывоопасных предметов.",
            "ru",
            [("explosive_devices_destroyed", 1500000, None, None)],
        ),
        ("Внаслідок удару вбили 5 мирних жителів.", "uk", []),
    ],
)
def test_the_killing_said_of_who_did_it(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- Ukrainian verbs of saying in every gender, number and aspect ("повідомляла", "заявляли", "казала",
# "розповіло"), the present ("каже", "говорить", "інформує"); and an outlet credited after a source of the
# sentence before ("Про це інформує Yonhap") does not take that source's place for the sentences after -----


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        ("КНДР офіційно повідомляла про близько 300 загиблих військових.", "uk", "North Korea"),
        ("Розвідка Південної Кореї заявляла, що загинули близько 300 військових КНДР.", "uk", "South Korea NIS"),
        ("Буданов казав, що загинули близько 300 військових КНДР.", "uk", "Ukraine HUR"),
        ("Буданов каже, що загинули близько 300 військових КНДР.", "uk", "Ukraine HUR"),
        ("Як говорить Буданов, загинули близько 300 військових КНДР.", "uk", "Ukraine HUR"),
        (
            "Загинули близько 300 військових КНДР, інформує Міноборони Великої Британії.",
            "uk",
            "UK Defence Intelligence",
        ),
        ("Погибли около 300 военных КНДР, информирует Минобороны Великобритании.", "ru", "UK Defence Intelligence"),
        # unchanged: a name that only goes somewhere says nothing
        ("Загинули близько 300 військових КНДР. Буданов поїхав до Києва.", "uk", None),
    ],
)
def test_ukrainian_verbs_of_saying_in_every_form(text: str, lang: str, claimant: str | None) -> None:
    assert claimed(text, lang) == [(("killed", None, 300, None), claimant)]


def test_an_outlet_credited_keeps_the_source_before() -> None:
    text = (
        "Розвідка Південної Кореї заявила, що загинули понад 100 військових КНДР. Про це інформує Yonhap. "
        "Кількість поранених може сягнути 1000."
    )
    assert claimed(text, "uk") == [
        (("killed", 100, None, None), "South Korea NIS"),
        (("wounded", None, 1000, None), "South Korea NIS"),
    ]


# --- soldiers still to come are a plan whatever work they go for ("військових під виглядом трудових мігрантів",
# "солдат для работ по разминированию"); engineers or builders by name stay engineers, as a compound does ------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "КНДР планує направити до Росії ще 6 тисяч військових під виглядом трудових мігрантів.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Пхеньян собирается отправить в Россию 6 тысяч военнослужащих для работ по разминированию и строительству.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        # unchanged: sent already, they are the workers or builders they were sent as; engineers by name
        (
            "КНДР направила 5 тисяч військовослужбовців під виглядом будівельних підрозділів.",
            "uk",
            [("engineers_deployed", None, 5000, None)],
        ),
        ("КНДР направит в Россию 5 тысяч военных строителей.", "ru", [("engineers_deployed", None, 5000, None)]),
        ("북한은 공병 병력 1000명을 러시아에 파견할 예정이다.", "ko", [("engineers_deployed", None, 1000, None)]),
        ("КНДР решила направить 1 тыс. военных саперов.", "ru", [("engineers_deployed", None, 1000, None)]),
        (
            "КНДР відправить дві бригади військових будівельників загальною чисельністю 5 тисяч осіб.",
            "uk",
            [("engineers_deployed", None, 5000, None)],
        ),
    ],
)
def test_soldiers_to_come_are_a_plan_whatever_their_work(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- an agreement on sending with the parties named between: "договоренность между Россией и КНДР о
# направлении", "домовленість Москви та Пхеньяна про відправку", "соглашение об отправке", "угода про" --------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Есть договоренность между Россией и КНДР о направлении еще 5 тысяч военных.",
            "ru",
            [("troops_planned", None, 5000, None)],
        ),
        (
            "Існує домовленість Москви та Пхеньяна про відправку 5 тисяч військових.",
            "uk",
            [("troops_planned", None, 5000, None)],
        ),
        (
            "Стороны подписали соглашение об отправке 5 тысяч военных КНДР.",
            "ru",
            [("troops_planned", None, 5000, None)],
        ),
        ("Сторони уклали угоду про направлення 5 тисяч військових КНДР.", "uk", [("troops_planned", None, 5000, None)]),
        # "regarding" the sending
        (
            "Є попередня домовленість між Росією та КНДР щодо направлення загалом 6 тисяч військовослужбовців.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Есть договоренность между Россией и КНДР относительно отправки 6 тысяч военных.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        # unchanged: an agreement on something else says nothing of the troops sent
        (
            "После соглашения о партнерстве КНДР отправила в Россию 5 тысяч военных.",
            "ru",
            [("troops_deployed", None, 5000, None)],
        ),
    ],
)
def test_an_agreement_on_sending_with_the_parties_between(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- plans as a noun, their infinitive a few words on: "про плани Пхеньяна найближчими місяцями направити",
# "о планах КНДР отправить" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Буданов розповів про плани Пхеньяна протягом кількох місяців направити 6000 військових до Росії.",
            "uk",
            [("troops_planned", None, 6000, None)],
        ),
        (
            "Стало известно о планах КНДР отправить в Россию 6 тысяч солдат.",
            "ru",
            [("troops_planned", None, 6000, None)],
        ),
        ("В планах КНДР развернуть в России 6 тысяч военных.", "ru", [("troops_planned", None, 6000, None)]),
        ("У планах Пхеньяна розгорнути в Росії 6 тисяч військових.", "uk", [("troops_planned", None, 6000, None)]),
        (
            "У КНДР есть план перебросить 3 тысячи военных в Курскую область.",
            "ru",
            [("troops_planned", None, 3000, None)],
        ),
        # unchanged: a plan done, troops sent "by plan", are sent
        ("За планом КНДР уже відправила до Росії 6000 військових.", "uk", [("troops_deployed", None, 6000, None)]),
    ],
)
def test_plans_as_a_noun(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a whole counted in the country with a part placed inside it is the total sent: "у Росії 10 тисяч, і до
# восьми тисяч із них перекинуто до Курської області" (and Ukrainian "із них" is "з них") ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "У Росії перебувають близько 12 тисяч військових КНДР, і до 9 тисяч із них перекинуто на Курщину.",
            "uk",
            [("troops_deployed", None, 12000, None), ("troops_present", None, None, 9000)],
        ),
        (
            "Всего в России находятся около 12 тысяч солдат КНДР, и до 9 тысяч из них переброшены в Курскую область.",
            "ru",
            [("troops_deployed", None, 12000, None), ("troops_present", None, None, 9000)],
        ),
        (
            "В России сейчас около 12 тысяч военных КНДР, из которых 9 тысяч находятся у границы с Украиной.",
            "ru",
            [("troops_deployed", None, 12000, None), ("troops_present", None, 9000, None)],
        ),
        # unchanged: a whole in a region with a part of it; a part that is no place
        (
            "В Курской области находятся 11 тысяч военных КНДР, из них 1 тысяча в Белгородской области.",
            "ru",
            [("troops_present", None, 11000, None), ("troops_present", None, 1000, None)],
        ),
        (
            "У Росії перебувають 11 тисяч військових КНДР, з них 300 загинули.",
            "uk",
            [("troops_deployed", None, 11000, None), ("killed", None, 300, None)],
        ),
    ],
)
def test_a_whole_in_the_country_with_a_part_placed_inside(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- North Korea's forces by that name count its soldiers: "чисельність сил КНДР", "северокорейских сил" ------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Загальна чисельність сил КНДР у Росії може бути близько 12 тисяч, з яких 10 тисяч зараз у Курській "
            "області.",
            "uk",
            [("troops_deployed", None, 12000, None), ("troops_present", None, 10000, None)],
        ),
        ("В Россию прибыли около 3 тысяч северокорейских сил.", "ru", [("troops_deployed", None, 3000, None)]),
        # unchanged: another army's forces; forces of no army named count nothing
        ("Сили оборони України знищили 20 танків.", "uk", []),
        ("Силы ПВО сбили 30 дронов.", "ru", []),
    ],
)
def test_north_koreas_forces_by_that_name(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- recalled home counts no one sent: "отозваны в КНДР", "відкликані до Північної Кореї" ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Около 2000 солдат КНДР уже отозваны в Северную Корею.", "ru", []),
        ("Близько 2000 військових КНДР уже відкликані до Північної Кореї.", "uk", []),
        ("Пхеньян отозвал из России около 2 тысяч военных.", "ru", []),
        # unchanged: the wounded sent home are counted as such; soldiers sent are sent
        ("В КНДР вернули около 2000 раненых солдат.", "ru", [("wounded_repatriated", None, 2000, None)]),
        ("КНДР направила в Россию около 2000 солдат.", "ru", [("troops_deployed", None, 2000, None)]),
    ],
)
def test_recalled_home_counts_no_one_sent(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- the copy's own background: what North Korea did, told since a time or recalled ("С октября прошлого года
# КНДР направила", "Напомним, ранее", "Видання нагадує, що") or as a total ("КНДР загалом відправила"), is the
# outlet's whose copy it is --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Розвідка Південної Кореї заявила, що загинули близько 2 тисяч військових КНДР. Про це повідомляє Yonhap. "
            "З жовтня минулого року КНДР направила до Росії близько 13 тисяч військових.",
            "uk",
            [(("killed", None, 2000, None), "South Korea NIS"), (("troops_deployed", None, 13000, None), "Yonhap")],
        ),
        (
            "По данным южнокорейской разведки, погибли около 2 тысяч военных КНДР, передает Yonhap. "
            "Напомним, ранее Северная Корея отправила в Россию около 13 тысяч военнослужащих.",
            "ru",
            [(("killed", None, 2000, None), "South Korea NIS"), (("troops_deployed", None, 13000, None), "Yonhap")],
        ),
        (
            "Южнокорейская разведка сообщила Yonhap, что погибли около 2 тысяч военных КНДР. "
            "Агентство напоминает, что в прошлом году КНДР перебросила в Россию около 13 тысяч солдат.",
            "ru",
            [(("killed", None, 2000, None), "South Korea NIS"), (("troops_deployed", None, 13000, None), "Yonhap")],
        ),
        # "it is known that" before the time: "Відомо, що з жовтня ...", "Известно, что с прошлого года ..."
        (
            "Розвідка Південної Кореї заявила, що загинули близько 3 тисяч військових КНДР. Про це повідомляє Yonhap. "
            "Відомо, що з осені минулого року КНДР направила до Росії близько 14 тисяч військових.",
            "uk",
            [(("killed", None, 3000, None), "South Korea NIS"), (("troops_deployed", None, 14000, None), "Yonhap")],
        ),
        (
            "По данным южнокорейской разведки, погибли около 3 тысяч военных КНДР, передает Yonhap. "
            "Известно, что с прошлого года Северная Корея направила в Россию около 14 тысяч военных.",
            "ru",
            [(("killed", None, 3000, None), "South Korea NIS"), (("troops_deployed", None, 14000, None), "Yonhap")],
        ),
        # a reference note the copy adds ("Справка.", "Довідка."), however its line opens
        (
            "По данным южнокорейской разведки, погибли около 3 тысяч военных КНДР, передает Yonhap. Справка. "
            "По договору между странами Северная Корея направила в Россию около 14 тысяч военных.",
            "ru",
            [(("killed", None, 3000, None), "South Korea NIS"), (("troops_deployed", None, 14000, None), "Yonhap")],
        ),
        (
            "Розвідка Південної Кореї заявила, що загинули близько 3 тисяч військових КНДР. Про це повідомляє Yonhap. "
            "Довідка. Згідно з договором між країнами, Північна Корея направила до Росії близько 14 тисяч військових.",
            "uk",
            [(("killed", None, 3000, None), "South Korea NIS"), (("troops_deployed", None, 14000, None), "Yonhap")],
        ),
        # a background line whose source is named only after its first figure: that figure stays the outlet's
        (
            "Северная Корея отправит еще 5 тысяч военных, сообщает Yonhap. Агентство напоминает, что с прошлого "
            "года КНДР отправила в Россию около 14 тысяч военных, и, по оценкам южнокорейской разведки, около "
            "3 тысяч из них погибли.",
            "ru",
            [
                (("troops_planned", None, 5000, None), "Yonhap"),
                (("troops_deployed", None, 14000, None), "Yonhap"),
                (("killed", None, 3000, None), "South Korea NIS"),
            ],
        ),
        # the total or the time after the subject: "КНДР загалом відправила", "Северная Корея в прошлом году"
        (
            "Розвідка Південної Кореї заявила, що загинули близько 3 тисяч військових КНДР. Про це повідомляє Yonhap. "
            "КНДР загалом відправила до Росії близько 14 тисяч військових.",
            "uk",
            [(("killed", None, 3000, None), "South Korea NIS"), (("troops_deployed", None, 14000, None), "Yonhap")],
        ),
        (
            "По данным южнокорейской разведки, погибли около 3 тысяч военных КНДР, передает Yonhap. "
            "Северная Корея в прошлом году направила в Россию около 14 тысяч военных.",
            "ru",
            [(("killed", None, 3000, None), "South Korea NIS"), (("troops_deployed", None, 14000, None), "Yonhap")],
        ),
        # unchanged: a lede told that way, then who said it
        (
            "С начала осени КНДР отправила в Россию около 5 тысяч военных. Об этом сообщает Yonhap со ссылкой "
            "на южнокорейскую разведку.",
            "ru",
            [(("troops_deployed", None, 5000, None), "South Korea NIS")],
        ),
        # unchanged: no outlet credited, the source before goes on
        (
            "Розвідка Південної Кореї заявила, що загинули близько 2 тисяч військових КНДР. "
            "З жовтня минулого року КНДР направила до Росії близько 13 тисяч військових.",
            "uk",
            [
                (("killed", None, 2000, None), "South Korea NIS"),
                (("troops_deployed", None, 13000, None), "South Korea NIS"),
            ],
        ),
        # unchanged: told with no time or recall, the figure goes on with the source before
        (
            "Розвідка Південної Кореї заявила, що загинули близько 2 тисяч військових КНДР. Про це повідомляє Yonhap. "
            "КНДР направила до Росії близько 13 тисяч військових.",
            "uk",
            [
                (("killed", None, 2000, None), "South Korea NIS"),
                (("troops_deployed", None, 13000, None), "South Korea NIS"),
            ],
        ),
    ],
)
def test_the_copys_own_background(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- a country as the source ("сообщает Южная Корея") is its one agency the article names, also where it names
# that agency only through its official ("министр Шин Вон Сик"), as the English copy reads it -----------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Северная Корея отправила около 5000 контейнеров, сообщает Южная Корея.\n"
            "На брифинге министр Шин Вон Сик заявил, что поставки продолжаются.",
            "ru",
            "South Korea MND",
        ),
        (
            "Північна Корея відправила близько 5000 контейнерів, повідомляє Південна Корея.\n"
            "Міністр Шін Вон Сік заявив, що постачання тривають.",
            "uk",
            "South Korea MND",
        ),
        # unchanged: no agency of the country named, nor any official of one
        ("Северная Корея отправила около 5000 контейнеров, сообщает Южная Корея.", "ru", "South Korea"),
    ],
)
def test_a_country_is_the_agency_of_its_official_named(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang)[0] == (("containers_shipped", None, 5000, None), claimant)


# --- the sanctions monitoring team by its descriptive names ("міжнародна група з моніторингу санкцій"), and a
# broadcaster credited alone (NHK) for its own report ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Міжнародна група з моніторингу санкцій написала у звіті, що КНДР відправила 10 тисяч військових.",
            "uk",
            "MSMT",
        ),
        (
            "Международная группа по мониторингу санкций сообщила, что КНДР отправила 10 тысяч военных.",
            "ru",
            "MSMT",
        ),
        ("КНДР відправила 10 тисяч військових, повідомляє NHK.", "uk", "NHK"),
        # a research group whose estimate an outlet relays ("пишет издание со ссылкой на ... по данным C4ADS")
        ("По данным исследовательской группы C4ADS, КНДР отправила 10 тысяч военных.", "ru", "C4ADS"),
    ],
)
def test_monitoring_team_and_broadcaster_by_other_names(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang) == [(("troops_deployed", None, 10000, None), claimant)]


# --- the statement verb nearest before a name is its own, though another verb opens the sentence ("Як пише
# видання, про це інформує NHK"; "Как пишет газета, об этом сообщила разведка ..."), in the present too ("додає")


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        ("КНДР відправила 10 тисяч військових. Як пише видання, про це інформує NHK.", "uk", "NHK"),
        (
            "КНДР отправила 10 тысяч военных. Как пишет газета, об этом сообщила разведка Южной Кореи.",
            "ru",
            "South Korea NIS",
        ),
        # the present of adding and specifying: "додає", "уточняет"
        ("КНДР відправила 10 тисяч військових, додає Кирило Буданов.", "uk", "Ukraine HUR"),
        ("КНДР отправила 10 тысяч военных, уточняет Кирилл Буданов.", "ru", "Ukraine HUR"),
    ],
)
def test_the_nearest_verb_before_a_name(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang) == [(("troops_deployed", None, 10000, None), claimant)]


# --- "По его словам", "За її словами": the person the sentence before names, though another spoke before it
# and a country follows the pronoun ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Губернатор Курской области Александр Хинштейн встретил военных. На церемонии в Пхеньяне выступил "
            "Ким Чен Ын. По его словам, погибли десять военных КНДР.",
            "ru",
            "North Korea",
        ),
        (
            "У Києві виступив Кирило Буданов. За його словами, КНДР втратила десять військових убитими.",
            "uk",
            "Ukraine HUR",
        ),
    ],
)
def test_his_words_are_the_person_named_before(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang) == [(("killed", None, 10, None), claimant)]


# --- an estimate named by whose it is, its figure right after the name ("оцінка Білого дому в 3 000"), is that
# source's, whoever says the sentence ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Пентагон заявив, що КНДР відправила близько 9 тисяч військових, більше, ніж попередня оцінка "
            "Білого дому в 4 тисячі.",
            "uk",
            [
                (("troops_deployed", None, 9000, None), "US Pentagon"),
                (("troops_deployed", None, 4000, None), "US White House"),
            ],
        ),
        (
            "Пентагон сообщил, что КНДР отправила около 9 тысяч военных, тогда как оценка Белого дома — около 4 тысяч.",
            "ru",
            [
                (("troops_deployed", None, 9000, None), "US Pentagon"),
                (("troops_deployed", None, 4000, None), "US White House"),
            ],
        ),
    ],
)
def test_an_estimate_named_by_whose_it_is(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- inside a quotation, the name right before a figure with its own statement verb ('"КНДР повідомила, що ...", -
# сказав депутат') gives that figure, not the speaker of the quotation --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            '"КНДР повідомила, що загинуло близько 300 військових, тоді як розвідка Південної Кореї '
            'рахує щонайменше 500 загиблих", - сказав Кирило Буданов.',
            "uk",
            [(("killed", None, 300, None), "North Korea"), (("killed", 500, None, None), "Ukraine HUR")],
        ),
        (
            '"Северная Корея заявила, что погибли около 300 военных", - сказал Кирилл Буданов.',
            "ru",
            [(("killed", None, 300, None), "North Korea")],
        ),
        # unchanged: the name in the quotation without a verb of its own, the speaker gives the figure
        (
            '"Войска КНДР отправили в Россию около 300 военных", - сказал Кирилл Буданов.',
            "ru",
            [(("troops_deployed", None, 300, None), "Ukraine HUR")],
        ),
    ],
)
def test_a_quoted_name_with_its_own_verb(text: str, lang: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, lang) == expected


# --- intelligence cited by no country ("..., за даними розвідки", "По данным разведки, ...") is the one intelligence
# agency the article names, not another body the sentence names -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Головне управління розвідки відповіло на запит видання. Про нову партію домовилися лідер КНДР і "
            "Радбез РФ, за даними розвідки. Планується направити 2000 саперів.",
            "uk",
            "Ukraine HUR",
        ),
        (
            "Главное управление разведки ответило на запрос издания. По данным разведки, Совбез РФ договорился "
            "о новой партии. Планируется направить 2000 саперов.",
            "ru",
            "Ukraine HUR",
        ),
        # unchanged: two intelligence agencies named, no one of them answers for it
        (
            "Главное управление разведки и разведка Южной Кореи ответили на запрос. По данным разведки, Совбез РФ "
            "договорился о новой партии. Планируется направить 2000 саперов.",
            "ru",
            "Russia Security Council",
        ),
    ],
)
def test_intelligence_cited_by_no_country(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang) == [(("engineers_deployed", None, 2000, None), claimant)]


# --- a figure recalled as already known ("Ранее стало известно, что ...", "Раніше повідомлялося, що ...") takes
# the source the next sentence of its paragraph names, not the outlet credited before --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В Пхеньяне прошла акция памяти, сообщает РИА Новости. Ранее стало известно, что около 700 солдат КНДР "
            "погибли в Курской области. Согласно данным разведки Южной Кореи, всего в Россию отправили 14 тысяч "
            "военных.",
            "ru",
            [
                (("killed", None, 700, None), "South Korea NIS"),
                (("troops_deployed", None, 14000, None), "South Korea NIS"),
            ],
        ),
        (
            "Раніше повідомлялося, що загинули близько 700 військових КНДР. Про це заявила розвідка Південної Кореї.",
            "uk",
            [(("killed", None, 700, None), "South Korea NIS")],
        ),
        # unchanged: the next sentence, in another paragraph, names no source of this figure
        (
            "Заявление сделало Минобороны Южной Кореи.\nРанее стало известно, что около 700 солдат КНДР погибли.\n"
            "Разведка Великобритании сообщила о новых поставках.",
            "ru",
            [(("killed", None, 700, None), "South Korea MND")],
        ),
    ],
)
def test_a_figure_recalled_as_known_takes_the_next_source(
    text: str, lang: str, expected: list[tuple[Row, str]]
) -> None:
    assert claimed(text, lang) == expected


# --- American agencies and Western officials by their other names and case forms: an adjective of the country
# before the generic name ("в американском минобороны"), the name in full ("Государственного департамента США"),
# the genitive plural of "officials" ("з посиланням на західних офіційних осіб") --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        ("КНДР отправила около 10 тысяч военных, заявили в американском минобороны.", "ru", "US Pentagon"),
        ("КНДР відправила близько 10 тисяч військових, заявили в американському міноборони.", "uk", "US Pentagon"),
        ("КНДР отправила около 10 тысяч военных, сообщило оборонное ведомство США.", "ru", "US Pentagon"),
        (
            "По оценкам Государственного департамента США, КНДР отправила около 10 тысяч военных.",
            "ru",
            "US State Department",
        ),
        (
            "За оцінками Державного департаменту США, КНДР відправила близько 10 тисяч військових.",
            "uk",
            "US State Department",
        ),
        (
            "КНДР відправила близько 10 тисяч військових, повідомляє BBC з посиланням на західних офіційних осіб.",
            "uk",
            "Western officials",
        ),
        ("КНДР отправила около 10 тысяч военных, по словам западных официальных лиц.", "ru", "Western officials"),
        # unchanged: the Russian defence ministry by its bare name
        ("КНДР отправила около 10 тысяч военных, заявили в Минобороны.", "ru", "Russia MoD"),
    ],
)
def test_american_agencies_and_western_officials_by_other_names(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang) == [(("troops_deployed", None, 10000, None), claimant)]


# --- British agencies and the country by the Ukrainian one-word name "Великобританія" ("міністерство оборони
# Великобританії"), as the Russian "Минобороны Великобритании", and the country by its formal name ("Сполучене
# Королівство") -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "КНДР відправила близько 10 тисяч військових, пише міністерство оборони Великобританії.",
            "uk",
            "UK Defence Intelligence",
        ),
        (
            "За даними Міноборони Великобританії, КНДР відправила близько 10 тисяч військових.",
            "uk",
            "UK Defence Intelligence",
        ),
        (
            "Розвідка Великобританії вважає, що КНДР відправила близько 10 тисяч військових.",
            "uk",
            "UK Defence Intelligence",
        ),
        ("КНДР отправила около 10 тысяч военных, сообщает Минобороны Великобритании.", "ru", "UK Defence Intelligence"),
        # the country by its formal name, no British agency named: the country itself
        ("Сполучене королівство вважає, що КНДР відправила близько 10 тисяч військових.", "uk", "United Kingdom"),
        ("Соединенное Королевство считает, что КНДР отправила около 10 тысяч военных.", "ru", "United Kingdom"),
    ],
)
def test_british_agencies_by_the_one_word_name(text: str, lang: str, claimant: str) -> None:
    assert claimed(text, lang) == [(("troops_deployed", None, 10000, None), claimant)]


# --- the other side's losses, named by its country or as the enemy ("Россия потеряла", "враг потерял",
# "Україна втратила"): no North Korean casualties -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("На Курском направлении Россия потеряла 30-35 тысяч военных.", "ru", []),
        ("На Курском направлении враг потерял около 30 тысяч военных.", "ru", []),
        ("Росія вже втратила понад 30 тисяч військових на Курщині.", "uk", []),
        ("Україна втратила 300 військових під Курськом.", "uk", []),
        (
            "Россия потеряла 30 тысяч военных, а КНДР потеряла 4 тысячи солдат.",
            "ru",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        # unchanged: North Korea's losses by its name
        ("Северная Корея потеряла 101 солдата.", "ru", [("casualties_killed_or_wounded", None, 101, None)]),
        ("КНДР втратила близько 4 тисяч військових.", "uk", [("casualties_killed_or_wounded", None, 4000, None)]),
    ],
)
def test_the_other_sides_losses_by_its_country(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- one soldier taken prisoner, told by the singular noun alone ("взяли в плен солдата армии КНДР",
# "захоплення пораненого північнокорейського солдата"): the count is one -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Украинские военные взяли в плен солдата армии КНДР.", "ru", [("captured", None, 1, None)]),
        (
            "Розвідка підтвердила захоплення пораненого північнокорейського солдата.",
            "uk",
            [("captured", None, 1, None)],
        ),
        ("Разведка подтвердила захват раненого северокорейского военнослужащего.", "ru", [("captured", None, 1, None)]),
        ("Поранений солдат КНДР, захоплений у полон на Курщині, дає свідчення.", "uk", [("captured", None, 1, None)]),
        # unchanged: a numeral is the figure; a soldier of another army; a capturer named between
        ("ЗСУ взяли в полон двох солдатів КНДР.", "uk", [("captured", None, 2, None)]),
        ("ВСУ взяли в плен солдата российской армии.", "ru", []),
        ("Канал показал захват Украиной раненого северокорейского солдата.", "ru", []),
    ],
)
def test_one_soldier_taken_prisoner(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- one capacity read in two calibres ("3 млн снарядов калибра 152 мм или 500 тысяч снарядов калибра 122 мм"):
# the reading after "or" is the same load, no claim of its own ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "КНДР отправила контейнеры, в которых поместится 2 млн снарядов калибра 152 мм или 400 тысяч снарядов "
            "калибра 122 мм.",
            "ru",
            [("artillery_shells", None, 2000000, None)],
        ),
        (
            "Цього вистачить для 2 мільйонів снарядів калібру 152 мм або близько 400 тисяч снарядів калібру 122 мм.",
            "uk",
            [("artillery_shells", None, 2000000, None)],
        ),
        # unchanged: no calibres, or "and" rather than "or": two claims
        (
            "КНДР передала России 2 млн снарядов и 400 тысяч снарядов калибра 122 мм.",
            "ru",
            [("artillery_shells", None, 2000000, None), ("artillery_shells", None, 400000, None)],
        ),
    ],
)
def test_one_load_in_two_calibres(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a headline's or lede's rounding of the body's figure ("почти 5 млн" for "до 4,8 млн", "более 42 тысяч" for
# "около 42,4 тысячи"): one claim, the body's ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Разведка Южной Кореи: КНДР передала России почти 5 млн снарядов\n"
            "Разведка Южной Кореи сообщила, что КНДР передала России до 4,8 млн снарядов.",
            "ru",
            [("artillery_shells", None, None, 4800000)],
        ),
        (
            "Розвідка Південної Кореї: КНДР передала Росії понад 42 тисячі снарядів\n"
            "Розвідка Південної Кореї повідомила, що КНДР передала Росії близько 42,4 тисячі снарядів.",
            "uk",
            [("artillery_shells", None, 42400, None)],
        ),
        # unchanged: a figure of another magnitude, or rounded the other way, is a claim of its own
        (
            "Розвідка Південної Кореї: КНДР передала Росії понад 43 тисячі снарядів\n"
            "Розвідка Південної Кореї повідомила, що КНДР передала Росії близько 42,4 тисячі снарядів.",
            "uk",
            [("artillery_shells", 43000, None, None), ("artillery_shells", None, 42400, None)],
        ),
        # nor is a floor beside a range: the range is no exact figure it rounds
        (
            "У Пентагоні оцінили, що біля кордону вже перебуває понад 11 000 солдатів КНДР, "
            "а всього в Росії перебуває від 11 500 до 12 000 солдатів КНДР.",
            "uk",
            [("troops_present", 11000, None, None), ("troops_deployed", 11500, None, 12000)],
        ),
    ],
)
def test_a_headlines_rounding_of_the_body(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- moved inside Russia to the front ("переведены в приграничье", "ближче до кордону з Україною",
# "направила в Курську область"): there now; the whole a part of them moved from is the total sent ----------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "По данным Пентагона, около 3 тысяч солдат КНДР уже переведены в курское приграничье.",
            "ru",
            [("troops_present", None, 3000, None)],
        ),
        (
            "Росія перекинула в Курську область близько 5 тисяч військових КНДР.",
            "uk",
            [("troops_present", None, 5000, None)],
        ),
        (
            "Понад 4 тисячі солдатів КНДР перемістилися ближче до кордону з Україною.",
            "uk",
            [("troops_present", 4000, None, None)],
        ),
        (
            "Около 1500 военных КНДР передислоцированы к границе с Украиной.",
            "ru",
            [("troops_present", None, 1500, None)],
        ),
        # a part of the whole moved: the whole is what was sent
        (
            "Частина з 12 тис. військових КНДР передислокувалася ближче до кордонів з Україною.",
            "uk",
            [("troops_deployed", None, 12000, None)],
        ),
        # unchanged: sent to Russia, and still to be moved to the border
        ("КНДР направила в Росію близько 5 тисяч військових.", "uk", [("troops_deployed", None, 5000, None)]),
        (
            "Росія планує перекинути 2 тисячі військових КНДР ближче до кордону з Україною.",
            "uk",
            [("troops_planned", None, 2000, None)],
        ),
    ],
)
def test_moved_inside_russia_to_the_front(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- specialists ("спеціалістів", "специалистов", "фахівців") are troops; with demining named they are the
# deminers, engineers even if still to come; "у планах — до N" is a plan ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("До Курської області прибули 500 фахівців з КНДР.", "uk", [("troops_deployed", None, 500, None)]),
        ("Всего в планах — до 4 тысяч специалистов из КНДР.", "ru", [("troops_planned", None, None, 4000)]),
        ("Загалом у планах Пхеньяна — до 3 тисяч спеціалістів.", "uk", [("troops_planned", None, None, 3000)]),
        (
            "Пхеньян решил направить для разминирования около 2 тысяч специалистов.",
            "ru",
            [("engineers_deployed", None, 2000, None)],
        ),
        (
            "КНДР відправила до Росії 800 спеціалістів з розмінування та відновлення мостів.",
            "uk",
            [("engineers_deployed", None, 800, None)],
        ),
        # unchanged: specialists for rebuilding only are no deminers, and stay a plan
        (
            "Пхеньян планує направити 3 тисячі спеціалістів для відновлення доріг.",
            "uk",
            [("troops_planned", None, 3000, None)],
        ),
    ],
)
def test_specialists_and_the_plans(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a contingent is hundreds at least: a squad ("група чисельністю 40 осіб"), a pair of soldiers, officers by
# rank are counted by no troop measure; their losses and captives still are ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("На фронті діє група північнокорейських військових чисельністю 30 осіб.", "uk", []),
        ("Йдеться про двох військових КНДР, яких перевезли до Києва.", "uk", []),
        ("В Курскую область прибыли 12 северокорейских военных.", "ru", []),
        # unchanged: a contingent of hundreds, and a few dead or captured
        ("В Курскую область прибыли 500 северокорейских военных.", "ru", [("troops_present", None, 500, None)]),
        ("Загинули 9 військових КНДР.", "uk", [("killed", None, 9, None)]),
        ("Українські військові взяли в полон двох солдатів КНДР.", "uk", [("captured", None, 2, None)]),
    ],
)
def test_a_squad_is_no_contingent(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a count given as sent whose sending the next sentences call a decision taken ("Пхеньян уже принял такое
# решение", "ухвалив таке рішення") is a plan; a credit line between is passed over --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Разведка сообщила об отправке 8 тысяч северокорейских военных в Россию. Об этом пишет агентство ТАСС.\n"
            "По данным разведки, Пхеньян уже принял такое решение.",
            "ru",
            [("troops_planned", None, 8000, None)],
        ),
        (
            "Розвідка повідомила про відправку 5 тисяч військових КНДР до Росії. Як стверджується, Пхеньян вже"
            " ухвалив таке рішення.",
            "uk",
            [("troops_planned", None, 5000, None)],
        ),
        # unchanged: no decision pointed back to, or one three sentences on
        (
            "КНДР відправила до Росії 5 тисяч військових. Кремль ухвалив рішення про нові виплати.",
            "uk",
            [("troops_deployed", None, 5000, None)],
        ),
        (
            "КНДР отправила в Россию 8 тысяч военных. Об этом пишет ТАСС. Агентство ссылается на разведку. "
            "Москва уже приняла такое решение.",
            "ru",
            [("troops_deployed", None, 8000, None)],
        ),
    ],
)
def test_a_decision_told_after_the_count(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- a quoted term of two words ("ретельного перегляду", "военным оборудованием") is no one's own words: it
# does not decide the bound of a figure the article states again; a quoted statement still does ---------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "За оцінками NIS, у боях загинули близько трьох тисяч військових КНДР.\nNIS підвищила свою оцінку"
            ' кількості загиблих військових КНДР до трьох тисяч після "ретельного перегляду".',
            "uk",
            [("killed", None, 3000, None)],
        ),
        (
            "Разведка Южной Кореи сообщила, что КНДР передала России около 500 контейнеров с"
            ' "военным оборудованием".\n"КНДР передала России более 500 контейнеров с оружием", - сообщила'
            " разведка Южной Кореи.",
            "ru",
            [("containers_shipped", 500, None, None)],
        ),
        # unchanged: a quoted statement of three words or more decides the bound
        (
            'За оцінками NIS, у боях загинули близько трьох тисяч військових КНДР.\n"Загинули до трьох тисяч'
            ' військових", - заявили в NIS.',
            "uk",
            [("killed", None, None, 3000)],
        ),
    ],
)
def test_a_quoted_term_is_no_ones_words(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected

"""The claimant classes wire copy gets wrong, each fixed as a class (English and the other languages)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.intake.extract.candidates import article_claims

PUBLISHED = date(2025, 4, 30)


def claimants(text: str) -> list[tuple[int | None, str | None]]:
    found = article_claims(text, PUBLISHED).candidates
    return [(c.value_best or c.value_low or c.value_high, c.claimant) for c, _ in found]


# A wire agency credited at the end of a sentence that names who gave the figure: the
# official, ministry or agency is the claimant, never the wire.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has sent 3,000 more troops to Russia, the Joint Chiefs of Staff said, Yonhap reported.",
            "South Korea JCS",
        ),
        (
            "About 600 North Korean soldiers have been killed, a lawmaker said after a briefing by the "
            "National Intelligence Service, Yonhap reported.",
            "South Korea NIS",
        ),
        (
            "The NIS briefed lawmakers on Wednesday.\n"
            "North Korea has sent 1,500 more troops, the lawmaker said, Yonhap reported.",
            "South Korea NIS",
        ),
        (
            "Some 200 artillery systems have been sent, South Korea's defence ministry said, AFP reported.",
            "South Korea MND",
        ),
        (
            "North Korea is supplying as much as 40 percent of Russia's ammunition, according to a Bloomberg report.\n"
            "It cites Kyrylo Budanov, head of Ukrainian military intelligence.",
            "Ukraine HUR",
        ),
        ("합참은 북한이 3000명을 추가 파병했다고 밝혔다고 연합뉴스가 보도했다.", "South Korea JCS"),
        ("연합뉴스에 따르면 국정원은 북한군 사상자가 약 4700명이라고 밝혔다.", "South Korea NIS"),
        ("КНДР направит в Курскую область 1000 саперов, заявил Шойгу, передает ТАСС.", "Russia Security Council"),
        ("КНДР передала Росії понад 12 млн снарядів, заявив Буданов, передає Укрінформ.", "Ukraine HUR"),
    ],
)
def test_a_trailing_wire_credit_is_not_the_claimant(text: str, expected: str) -> None:
    assert {c for _, c in claimants(text)} == {expected}


# A news agency that is the only source named keeps its figures; whom it quotes, in its own sentence or the
# report's next one ("It cites ...", "The report quoted ..."), and an official it interviewed outrank it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("КНДР може відправити до 90 тисяч військових, повідомляє агентство Bloomberg.", "Bloomberg"),
        ("Северная Корея может направить до 90 тысяч военных, сообщает Bloomberg.", "Bloomberg"),
        ("North Korea could send up to 90,000 troops to Russia, Bloomberg reported.", "Bloomberg"),
        (
            "North Korea is supplying as much as 30 percent of Russia's ammunition, according to a Bloomberg report.\n"
            "The report quoted Kyrylo Budanov, head of Ukrainian military intelligence.",
            "Ukraine HUR",
        ),
        (
            "South Korea's defence minister told Bloomberg that North Korea had shipped 6,000 containers to Russia.",
            "South Korea MND",
        ),
    ],
)
def test_a_news_agency_alone_keeps_its_figures(text: str, expected: str) -> None:
    assert {c for _, c in claimants(text)} == {expected}


# A report named earlier answers for "the report said" and "it found", whoever spoke between.
@pytest.mark.parametrize(
    "text",
    [
        "The Multilateral Sanctions Monitoring Team published its second report on Thursday.\n"
        "South Korea's foreign ministry welcomed it, and Ukraine's defence ministry said it would study it.\n"
        "The report said North Korea had shipped 9 million artillery shells to Russia.\n"
        "It found that 100 ballistic missiles had been delivered.",
        "A report by the MSMT was released in Seoul on Thursday.\nThe White House praised the work of the team.\n"
        "According to the report, North Korea sent 9 million artillery shells. It also found that 100 ballistic "
        "missiles had been delivered.",
    ],
)
def test_a_report_named_earlier_keeps_its_figures(text: str) -> None:
    assert claimants(text) == [(9_000_000, "MSMT"), (100, "MSMT")]


# "..., said the assessment": the report named earlier speaks after its words, not the country that
# opens them.
@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian military intelligence assessment has found new deliveries.\n"
        "North Korea sent about 60 self-propelled howitzers, said the assessment, seen by reporters.",
        "Ukraine's military intelligence released a study on Monday.\n"
        "Pyongyang supplied 60 self-propelled howitzers last month, found the study.",
    ],
)
def test_a_report_speaking_after_its_words_keeps_its_figures(text: str) -> None:
    assert claimants(text) == [(60, "Ukraine HUR")]


# A figure credited inside one government's statement is that government's, not that of
# another government the statement mentions.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS briefed lawmakers on Wednesday.\n"
            '"An additional 1,500 troops are believed to have been deployed to Russia," Park, who sits on the '
            "intelligence committee, told reporters.",
            "South Korea NIS",
        ),
        (
            'Ukraine\'s defence ministry said: "North Korea has sent 11,000 troops to Russia, as Seoul also says."',
            "Ukraine MoD",
        ),
        ('국정원은 "북한이 러시아에 1만1000명을 파병했다"고 밝혔다.', "South Korea NIS"),
        (
            "Розвідка Південної Кореї заявила, що у війні проти України загинули щонайменше 300 солдатів КНДР.",
            "South Korea NIS",
        ),
        (
            "Генштаб ЗСУ повідомив, що загальні втрати КНДР у боях із ЗСУ становлять 4000 військових.",
            "Ukraine armed forces",
        ),
    ],
)
def test_a_government_named_inside_a_statement_is_not_its_source(text: str, expected: str) -> None:
    assert {c for _, c in claimants(text)} == {expected}


# Coffins and portraits counted in images North Korea's media published are its state media's,
# whoever counted or retold them; a display figure an agency gives in its own words stays theirs.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Television footage aired on Sunday showed Kim Jong Un beside 12 coffins draped in flags.",
            "North Korea state media",
        ),
        (
            "South Korea's spy agency briefed lawmakers.\n"
            "A memorial hall in Pyongyang displayed portraits of 80 dead soldiers, photographs showed.",
            "North Korea state media",
        ),
        (
            "A Seoul daily counted 40 portraits of fallen soldiers in images released by Pyongyang.",
            "North Korea state media",
        ),
        ("The National Intelligence Service said 30 coffins were flown back from Russia.", "South Korea NIS"),
    ],
)
def test_a_figure_counted_in_state_media_images_is_state_medias(text: str, expected: str) -> None:
    assert {c for _, c in claimants(text)} == {expected}


# A figure several governments give together is a recap with no one claimant: not proposed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to British and American officials, North Korea has sent about 9,000 troops.", []),
        ("Seoul, Washington and Tokyo have all said that Pyongyang sent 8,000 soldiers to Russia.", []),
        ("Ukrainian and Western intelligence agencies say North Korea shipped 2 million shells.", []),
        ("Estimates from the US, Japan and South Korea put the troops in Russia at 7,000.", []),
        ("North Korea and Russia signed a pact, and the NIS said 7,000 troops were sent.", [(7000, "South Korea NIS")]),
        # the recap going on with "also" in the same paragraph is the same recap
        (
            "According to British and American officials, North Korea has sent about 9,000 troops. "
            "Pyongyang has also shipped some 5,000 containers of munitions.",
            [],
        ),
        # a next sentence with a source of its own, or not going on with it, is its own claim
        (
            "According to British and American officials, North Korea has sent about 9,000 troops. "
            "The NIS also said 5,000 containers of munitions were shipped.",
            [(5000, "South Korea NIS")],
        ),
        (
            "According to British and American officials, North Korea has sent about 9,000 troops.\n"
            "Pyongyang has also shipped some 5,000 containers of munitions, the NIS said.",
            [(5000, "South Korea NIS")],
        ),
    ],
)
def test_a_figure_several_governments_give_together_is_not_proposed(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


# "the South" in Korean copy is South Korea named again: the one agency of it the article names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea's Joint Chiefs of Staff briefed reporters on Tuesday.\n"
            "Ukraine's military intelligence said 400 North Korean troops were killed.\n"
            "The South said 900 North Korean troops were wounded.",
            [(400, "Ukraine HUR"), (900, "South Korea JCS")],
        ),
        (
            "South Korea's spy agency briefed lawmakers.\n"
            "Ukraine's military intelligence said 400 troops were killed.\n"
            "The South's estimate is that 900 troops were wounded.",
            [(400, "Ukraine HUR"), (900, "South Korea NIS")],
        ),
        # another place called South is not South Korea
        (
            "Ukraine's military intelligence said 400 troops were killed.\nSouth Africa said 900 troops were wounded.",
            [(400, "Ukraine HUR"), (900, "Ukraine HUR")],
        ),
    ],
)
def test_the_south_is_south_korea_named_again(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


# A publisher line crediting the remarks its page reposts names their speaker: the source of the
# first-person text until a sentence names another.
@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("Capital Wire (US Mission to the UN remarks)", [(9000, "US mission to the UN"), (300, "South Korea NIS")]),
        ("Capital Wire (Pentagon press briefing)", [(9000, "US Pentagon"), (300, "South Korea NIS")]),
        # a publisher crediting a wire's copy names no speaker: the figure before any source takes the next one
        ("Capital Wire (Yonhap)", [(9000, "South Korea NIS"), (300, "South Korea NIS")]),
    ],
)
def test_a_publisher_crediting_reposted_remarks_names_their_speaker(
    outlet: str, expected: list[tuple[int, str | None]]
) -> None:
    text = (
        "Thank you, colleagues.\n"
        "We assess North Korea has sent more than 9,000 containers of munitions to Russia.\n"
        "South Korea's spy agency said 300 North Korean soldiers were killed."
    )
    found = article_claims(text, PUBLISHED, outlet=outlet).candidates
    assert [(c.value_low or c.value_best, c.claimant) for c, _ in found] == expected


# A lawmaker relaying another government's figures: once a sentence names their origin, the lawmaker's
# later figures are that origin's too, until another source speaks.
def test_a_lawmaker_goes_on_relaying_the_origin_named() -> None:
    text = (
        "North Korea has sent 2,000 more soldiers to Russia, according to South Korean lawmaker Yu Yong-weon.\n"
        "This information was provided by Kyrylo Budanov during Yu's visit to Kyiv.\n"
        "Yu stated that the soldiers are training at three sites.\n"
        "He added that some 800 North Korean soldiers are already on the front lines.\n"
        "South Korea's spy agency said separately that 300 soldiers were killed."
    )
    assert claimants(text) == [(2000, "Ukraine HUR"), (800, "Ukraine HUR"), (300, "South Korea NIS")]


# A country speaking for itself is the country even where the article names its state media: state media
# carry the state's word, they do not speak for it; "Russia's state news agency Sputnik" stays the agency.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The North's state news agency KCNA carried the ceremony.\n"
            "North Korea said 9 of its soldiers were killed in Kursk.",
            [(9, "North Korea")],
        ),
        (
            "조선중앙통신은 환영식 소식을 전했다.\n북한은 공병 12명이 숨졌다고 밝혔다.",
            [(12, "North Korea")],
        ),
        (
            "ТАСС сообщил о визите.\nРоссия заявила, что КНДР направила 3000 строителей в Курскую область.",
            [(3000, "Russia")],
        ),
        (
            "Russia's state news agency Sputnik reported that the sappers had cleared 42,400 hectares.",
            [(42400, "Russia state media")],
        ),
    ],
)
def test_a_country_is_not_its_state_media(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


# An agency named with its short name in brackets and its parent ministry ("... of the Ministry of Defence",
# "Министерства обороны Украины", "ГУР Минобороны") is the agency: the ministry only says whose body it is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea will send 8,000 workers, according to the Main Intelligence Agency (GUR) of the "
            "Ukrainian Ministry of Defence.",
            [(8000, "Ukraine HUR")],
        ),
        (
            "Главное управление разведки Министерства обороны Украины сообщило о 7000 рабочих из КНДР.",
            [(7000, "Ukraine HUR")],
        ),
        ("ГУР Минобороны сообщило, что КНДР отправит 4000 военных.", [(4000, "Ukraine HUR")]),
        (
            "According to the Defense Intelligence Agency (DIA) under South Korea's defense ministry, about "
            "9,000 containers have gone to Russia.",
            [(9000, "South Korea DIA")],
        ),
        (
            "Головне управління розвідки Міністерства оборони України повідомило про 6000 робітників з КНДР.",
            [(6000, "Ukraine HUR")],
        ),
    ],
)
def test_an_agency_named_with_its_ministry_is_the_agency(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected


# A Korean subject (이/가) before a statement verb is the quoted clause's when the quoting ending follows the
# verb ("...을 확인했다고 밝혔다") or is the verb's own ("...예상된다고 했다"): the speaker is named before it,
# or in the sentence before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국정원은 북한군 3000명이 러시아로 이동했다고 밝혔다. 또 북한이 계획 중인 1만여 명의 파병은 "
            "연말쯤으로 예상된다고 했다.",
            [(3000, "South Korea NIS"), (10000, "South Korea NIS")],
        ),
        (
            "국정원은 우크라이나군이 쿠르스크에서 북한군 3명을 생포한 사실을 확인했다고 밝혔다.",
            [(3, "South Korea NIS")],
        ),
        # unchanged: the subject that says it, before its own verb
        ("합참이 북한군 2000명이 추가로 파병됐다고 발표했다.", [(2000, "South Korea JCS")]),
        (
            "북한이 전사자 300명 정도를 공개한 것과 관련해 국정원은 일부에 불과한 것으로 판단했다.",
            [(300, "North Korea")],
        ),
    ],
)
def test_a_korean_subject_before_a_quoting_ending_is_the_clauses(text: str, expected: list[tuple[int, str]]) -> None:
    assert claimants(text) == expected

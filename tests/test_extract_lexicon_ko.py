"""Korean copy in the words the dev pages did not use: the lexicon widened by class, one table each.

Each row is a sentence written for the test in the shape the class takes in Korean news copy
(other inflections, synonyms and spacings than the dev pages show), with what extraction must
propose for it: (metric, low, best, high) and, where the class is about who says it, the
claimant. Each table has a row that the class must leave as it was.
"""

from __future__ import annotations

import pytest

from analysis.intake.extract.korean import KOREAN
from tests.test_extract_classes import Row, claimed, rows

# --- soldiers by arm or role: "보병", "부대원", "선발대", "전투원", "특수전 병력" ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한 보병 약 3000명이 러시아에 파병됐다고 밝혔다.", [("troops_deployed", None, 3000, None)]),
        ("국정원은 북한군 부대원 1500여 명이 러시아로 이동했다고 밝혔다.", [("troops_deployed", 1500, None, None)]),
        ("북한이 선발대 2천600명을 보냈다고 정보총국은 밝혔다.", [("troops_deployed", None, 2600, None)]),
        ("국정원은 북한 특수전 병력 1만여 명이 파견됐다고 밝혔다.", [("troops_deployed", 10000, None, None)]),
        ("국정원은 북한군 전투원 3000명이 파병됐다고 밝혔다.", [("troops_deployed", None, 3000, None)]),
        ("국정원은 북한 인민군 1만 명이 파병됐다고 밝혔다.", [("troops_deployed", None, 10000, None)]),
        (
            "국정원은 북한이 군사 인력 3000명을 추가로 보냈다고 밝혔다.",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        # unchanged: a count of brigades is no count of people
        ("국정원은 북한이 4개 여단을 파병하기로 결정했다고 밝혔다.", []),
    ],
)
def test_soldiers_by_arm_or_role_are_troops(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a unit word alone, and native numerals, before a counter --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "백악관은 북한이 천 개가 넘는 컨테이너를 러시아에 보냈다고 밝혔다.",
            [("containers_shipped", 1000, None, None)],
        ),
        ("국정원은 북한군 만여 명이 파병됐다고 밝혔다.", [("troops_deployed", 10000, None, None)]),
        (
            "젤렌스키 대통령은 우크라이나군이 쿠르스크에서 북한군 두 명을 생포했다고 밝혔다.",
            [("captured", None, 2, None)],
        ),
        ("국정원은 북한군 포로 세 명이 심문을 받고 있다고 밝혔다.", [("captured", None, 3, None)]),
        ("국정원은 북한군 여섯 명이 숨졌다고 밝혔다.", [("killed", None, 6, None)]),
        # unchanged: "몇 천 명" is several thousand, "3000명대" somewhere in the 3000s; "한 명도" is not one;
        # "세 차례" is three times
        ("국정원은 북한군 몇 천 명이 파병됐다고 밝혔다.", []),
        ("국정원은 북한군 사상자가 3000명대에 이른다고 밝혔다.", []),
        ("국정원은 북한군 포로는 한 명도 없다고 밝혔다.", []),
        ("국정원은 북한이 병력을 세 차례 보냈다고 밝혔다.", []),
    ],
)
def test_unit_words_and_native_numerals_are_figures(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- bounds in other words: passed, exceeded, short of, at the least, roughly -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "영국 국방정보국은 북한군 사상자가 6000명을 돌파했다고 밝혔다.",
            [("casualties_killed_or_wounded", 6000, None, None)],
        ),
        (
            "국정원은 북한군 사상자가 1만 명을 상회한다고 밝혔다.",
            [("casualties_killed_or_wounded", 10000, None, None)],
        ),
        ("국정원은 북한군 사망자가 100명에 못 미친다고 밝혔다.", [("killed", None, None, 100)]),
        ("국정원은 북한군 사망자가 100명이 채 안 된다고 밝혔다.", [("killed", None, None, 100)]),
        ("국정원은 북한군 사망자가 100명도 안 된다고 밝혔다.", [("killed", None, None, 100)]),
        (
            "국정원은 북한군 사상자가 1만 명을 밑돈다고 밝혔다.",
            [("casualties_killed_or_wounded", None, None, 10000)],
        ),
        ("국정원은 북한군 사망자가 줄잡아 300명이라고 밝혔다.", [("killed", 300, None, None)]),
        ("국정원은 북한군 사망자가 어림잡아 300명이라고 밝혔다.", [("killed", None, 300, None)]),
        (
            "국정원은 북한군 사상자가 적게는 1천 명에서 많게는 3천 명이라고 밝혔다.",
            [("casualties_killed_or_wounded", 1000, None, 3000)],
        ),
        # unchanged: "100명이 되는" sets no bound
        ("국정원은 북한군 사망자가 100명이 된다고 밝혔다.", [("killed", None, 100, None)]),
    ],
)
def test_korean_bound_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- in a place now: training there, gone to the front, fighting there -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "북한군 보병 1만 1천 명이 러시아 극동에서 훈련받고 있다고 정보총국은 밝혔다.",
            [("troops_present", None, 11000, None)],
        ),
        ("국정원은 북한군 1만 명이 러시아에서 훈련을 받고 있다고 밝혔다.", [("troops_present", None, 10000, None)]),
        ("정보총국은 북한군 1만1000명이 현재 훈련 중이라고 밝혔다.", [("troops_present", None, 11000, None)]),
        ("국무부는 8000명의 북한군이 쿠르스크로 갔다고 밝혔다.", [("troops_present", None, 8000, None)]),
        ("국무부는 1만명의 북한군이 쿠르스크 지역으로 이동했다고 밝혔다.", [("troops_present", None, 10000, None)]),
        ("국정원은 약 1만1000명의 북한군이 전선에 투입됐다고 밝혔다.", [("troops_present", None, 11000, None)]),
        ("국정원은 북한군 1만1000명이 쿠르스크에서 싸우고 있다고 밝혔다.", [("troops_present", None, 11000, None)]),
        ("국정원은 북한군 1만1000명이 쿠르스크에 있다고 밝혔다.", [("troops_present", None, 11000, None)]),
        # staying, operating there, the troops of the front
        (
            "국정원은 북한군 1만1000명이 러시아 극동 지역에 머무르고 있다고 밝혔다.",
            [("troops_present", None, 11000, None)],
        ),
        (
            "국정원은 북한군 1만1000명이 쿠르스크 일대에서 작전을 수행하고 있다고 밝혔다.",
            [("troops_present", None, 11000, None)],
        ),
        ("국정원은 북한군 약 1만1000명이 현지에서 작전 중이라고 밝혔다.", [("troops_present", None, 11000, None)]),
        (
            "국정원은 쿠르스크 전선의 북한군 병력은 약 1만1000명이라고 밝혔다.",
            [("troops_present", None, 11000, None)],
        ),
        # unchanged: those in Russia as a whole, or first sent, or sent to Kursk, are recorded as sent
        ("국정원은 북한군 1만 2000명이 러시아 땅에 있다고 밝혔다.", [("troops_deployed", None, 12000, None)]),
        ("국방부는 현재 북한군 1만명 이상이 러시아에 가 있다고 밝혔다.", [("troops_deployed", 10000, None, None)]),
        (
            "국방정보국은 쿠르스크 지역에 첫 배치된 북한군 1만1000명을 언급했다.",
            [("troops_deployed", None, 11000, None)],
        ),
        (
            "국방정보국은 북한이 쿠르스크에 약 1만1000명의 병력을 파견했다고 밝혔다.",
            [("troops_deployed", None, 11000, None)],
        ),
    ],
)
def test_korean_troops_there_now(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- still to come: a future verb, an expectation, a time ahead --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 2600명이 쿠르스크에 투입될 듯하다고 밝혔다.", [("troops_planned", None, 2600, None)]),
        ("국정원은 연말까지 북한군 규모가 1만명에 이를 것으로 예상했다.", [("troops_planned", None, 10000, None)]),
        ("국정원은 북한군 1만2000명 정도 파병을 예측했다.", [("troops_planned", None, 12000, None)]),
        ("국정원은 북한이 내달 병력 3000명을 보낸다고 밝혔다.", [("troops_planned", None, 3000, None)]),
        ("국정원은 북한이 조만간 병력 3000명을 파견한다고 밝혔다.", [("troops_planned", None, 3000, None)]),
        ("정보총국은 북한 병력 6000명이 보내질 것이라고 밝혔다.", [("troops_planned", None, 6000, None)]),
        # unchanged: a guess about the past ("사망했을 것으로") or a number ("1만 명일 것으로") is no plan
        ("국정원은 북한군 3000명이 사망했을 것으로 추정했다.", [("killed", None, 3000, None)]),
        ("국정원은 파병된 북한군이 1만 명일 것으로 추정했다.", [("troops_deployed", None, 10000, None)]),
        # a decision to send, in nouns: "파견 결정", "파병을 결정"
        ("국정원은 북한이 병력 1만 명 파견을 결정했다고 밝혔다.", [("troops_planned", None, 10000, None)]),
        ('국정원 "북, 총 1만2천 병력 파견 결정"', [("troops_planned", None, 12000, None)]),
        # still to go, as it must: "이동해야 하는", "보내야 할"
        ("국정원은 북한군 8천 명이 추가로 이동해야 하는 상황이라고 밝혔다.", [("troops_planned", None, 8000, None)]),
        (
            "국방부는 북한군 5천 명이 쿠르스크로 가야 한다는 러시아의 요구를 확인했다.",
            [("troops_planned", None, 5000, None)],
        ),
    ],
)
def test_korean_plans_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- more of them: "증파", "새로 파병", "보충", "충원" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한이 병력 3000명을 증파했다고 밝혔다.", [("troops_deployed_additional", None, 3000, None)]),
        ("국정원은 북한이 3000명을 새로 파병했다고 밝혔다.", [("troops_deployed_additional", None, 3000, None)]),
        ("합참은 북한이 병력 3천 명을 보충했다고 밝혔다.", [("troops_deployed_additional", None, 3000, None)]),
        ("합참은 북한이 병력 3천 명을 충원했다고 밝혔다.", [("troops_deployed_additional", None, 3000, None)]),
        # a later wave: "2차 파병", "3차 파병 병력", "두 번째 파병"
        (
            "국정원은 북한이 2차 파병으로 병력 3천 명을 보냈다고 밝혔다.",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        (
            "국정원은 3차 파병 병력 6000명이 쿠르스크로 이동했다고 밝혔다.",
            [("troops_deployed_additional", None, 6000, None)],
        ),
        (
            "국정원은 북한의 두 번째 파병 규모가 3천 명이라고 밝혔다.",
            [("troops_deployed_additional", None, 3000, None)],
        ),
        # unchanged: a dispatch with no word of more is the contingent sent, and so are both waves together
        ("합참은 북한이 병력 3천 명을 파병했다고 밝혔다.", [("troops_deployed", None, 3000, None)]),
        (
            "국정원은 1·2차 파병으로 북한군 1만5천 명이 러시아로 갔다고 밝혔다.",
            [("troops_deployed", None, 15000, None)],
        ),
    ],
)
def test_korean_reinforcements_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- the dead, the wounded and those who gave up, in other words -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 100명이 목숨을 잃었다고 밝혔다.", [("killed", None, 100, None)]),
        ("국정원은 북한군 2천 명이 전장에서 숨을 거뒀다고 밝혔다.", [("killed", None, 2000, None)]),
        (
            '국정원 "북한군 4700명 사상…600명 죽어"',
            [("casualties_killed_or_wounded", None, 4700, None), ("killed", None, 600, None)],
        ),
        ("우크라이나군은 북한군 200명을 사살했다고 밝혔다.", [("killed", None, 200, None)]),
        ("국정원은 북한군 1000명이 중상을 입었다고 밝혔다.", [("wounded", None, 1000, None)]),
        (
            "국정원은 북한군 300명이 숨지고 2700명이 다쳤다고 밝혔다.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        # unchanged, and counted by no measure: those who surrendered, those withdrawn
        ("국정원은 북한군 200명이 투항했다고 밝혔다.", []),
        ("국정원은 북한군 1000명이 철수했다고 밝혔다.", []),
    ],
)
def test_korean_losses_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a case supposed: "-ㄹ 경우", "-다면" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("대사는 북한군이 순환 교체될 경우 1년에 최대 10만명이 전투를 경험할 수 있다고 우려했다.", []),
        ("국정원은 북한이 병력을 계속 보낸다면 3만 명에 이를 수 있다고 밝혔다.", []),
        ("만약 북한이 추가 파병을 하면 병력 2만 명이 늘어난다.", []),
        # unchanged: "-다면서" quotes a statement
        (
            "국정원은 북한군 1만1000명이 파병됐다면서 이같이 밝혔다.",
            [("troops_deployed", None, 11000, None)],
        ),
        # and a supposed load of rounds is still rounds
        (
            "정보본부는 152㎜ 탄종으로 가정할 경우 약 1000만 발이 된다고 추산했다.",
            [("artillery_shells", None, 10000000, None)],
        ),
    ],
)
def test_korean_supposed_cases_count_no_people(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a whole army's strength at home counts no one sent: "보유", "상비군", "총병력" ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한이 군 병력 120만 명을 보유하고 있다고 밝혔다.", []),
        ("국정원은 북한군 총병력이 128만 명이라고 밝혔다.", []),
        # the part sent out of the army's whole still counts
        (
            "국정원은 북한군 상비군 128만 명 가운데 1만1000명이 파병됐다고 밝혔다.",
            [("troops_deployed", None, 11000, None)],
        ),
        # unchanged: missiles North Korea holds, sent, are missiles supplied
        ("국정원은 북한이 보유한 미사일 100기를 러시아에 보냈다고 밝혔다.", [("ballistic_missiles", None, 100, None)]),
    ],
)
def test_a_whole_army_at_home_is_no_count_sent(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- the base of a share the copy works out in its own sentence ("이는 ... N명의 절반") is no claim -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이는 파견된 북한군 1만 2000명 병력의 3분의 1에 해당한다.", []),
        ("이는 쿠르스크에 배치된 병력 8000명의 약 절반이다.", []),
        ("이는 러시아에 파병된 북한군 1만 1000여 명의 40%에 이른다.", []),
        # unchanged: a share worked out in someone's quotation is theirs
        (
            '정보국은 "이는 파병된 북한군 1만 명의 절반이 넘는 것"이라고 밝혔다.',
            [("troops_deployed", None, 10000, None)],
        ),
        # unchanged: a figure recalled in the copy's remark, no share of it worked out
        ("이는 국정원이 밝힌 전사자 600명에서 크게 늘어난 것이다.", [("killed", None, 600, None)]),
    ],
)
def test_the_base_of_a_share_the_copy_works_out_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- missiles fired in other words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("러시아군은 북한 탄도미사일 20여기를 우크라이나에 발사했다.", [("ballistic_missiles_fired", 20, None, None)]),
        ("공군은 키이우를 강타한 북한 탄도미사일 20여기를 확인했다.", [("ballistic_missiles_fired", 20, None, None)]),
        (
            "공군은 러시아가 북한 KN-23 미사일 10기를 쏘아 올렸다고 밝혔다.",
            [("ballistic_missiles_fired", None, 10, None)],
        ),
        # unchanged: missiles handed over, not fired
        ("국정원은 북한이 탄도미사일 100기를 러시아에 제공했다고 밝혔다.", [("ballistic_missiles", None, 100, None)]),
    ],
)
def test_korean_missiles_fired_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- spelling variants and short forms of what is counted: "콘테이너", "탄도탄" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한이 콘테이너 1000개를 보냈다고 밝혔다.", [("containers_shipped", None, 1000, None)]),
        ("국정원은 북한이 콘테이너 6700여 개를 러시아로 보냈다고 밝혔다.", [("containers_shipped", 6700, None, None)]),
        ("국정원은 북한이 탄도탄 100기를 러시아에 제공했다고 밝혔다.", [("ballistic_missiles", None, 100, None)]),
        (
            "국방부는 북한이 152㎜ 고폭탄 100만 발을 러시아에 보냈다고 밝혔다.",
            [("artillery_shells", None, 1000000, None)],
        ),
        # unchanged: container ships are counted in ships, by no measure
        ("국정원은 컨테이너선 4척이 나진항을 드나들었다고 밝혔다.", []),
    ],
)
def test_korean_spelling_variants_of_what_is_counted(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- two counts joined by "과" are two nouns' counts ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "쇼이구 서기는 북한이 공병 병력 1000명과 군사 건설 인력 5000명을 파견할 것이라고 밝혔다.",
            [("engineers_deployed", None, 1000, None), ("engineers_deployed", None, 5000, None)],
        ),
        (
            "쇼이구 서기는 북한이 공병 1000명과 건설 병력 5000명을 보낸다고 밝혔다.",
            [("engineers_deployed", None, 1000, None), ("engineers_deployed", None, 5000, None)],
        ),
        # unchanged: soldiers and engineers joined in one noun are the contingent
        ("КНДР направит ещё 6 тысяч солдат и инженеров.", [("troops_planned", None, 6000, None)]),
    ],
)
def test_two_counts_joined_keep_their_own_nouns(text: str, expected: list[Row]) -> None:
    lang = "ru" if "КНДР" in text else "ko"
    assert rows(text, lang) == expected


# --- who says it: an envoy, a deputy, an agency a spokesman cites ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "드미트로 포노마렌코 주한 우크라이나 대사는 “쿠르스크 지역에 이미 1만 1,000명의 북한군이 있다”고 밝혔다.",
            [(("troops_present", None, 11000, None), "Ukraine")],
        ),
        (
            "전하규 국방부 대변인은 “국정원은 북한군 3000명이 파병됐다고 밝혔지만, 현재 러시아에 가 있는 인원을 "
            "1만 명 이상으로 보고 있다”고 설명했다.",
            [
                (("troops_deployed", None, 3000, None), "South Korea NIS"),
                (("troops_deployed", 10000, None, None), "South Korea MND"),
            ],
        ),
        # a person who added, wrote, or said "...라고 했다"
        (
            "부다노우 정보총국장은 북한군 1만1000명이 쿠르스크에 있다고 덧붙였다.",
            [(("troops_present", None, 11000, None), "Ukraine HUR")],
        ),
        (
            "젤렌스키 대통령은 엑스(X)에 북한군 사망자가 3000명이라고 적었다.",
            [(("killed", None, 3000, None), "Ukraine presidency")],
        ),
        (
            "젤렌스키 대통령은 북한군 사망자가 3000명이라고 했다.",
            [(("killed", None, 3000, None), "Ukraine presidency")],
        ),
        # a body named by what it does, not by its title: defence authorities, defence or military
        # intelligence, a country's intelligence services
        (
            "우크라이나 국방 당국은 북한 노동자 5천여 명이 러시아에 도착했다고 밝혔다.",
            [(("workers_deployed", 5000, None, None), "Ukraine MoD")],
        ),
        (
            "한국 국방정보당국은 북한이 포탄 800만 발을 러시아에 보낸 것으로 분석했다.",
            [(("artillery_shells", None, 8000000, None), "South Korea DIA")],
        ),
        (
            "우크라이나 군 정보국장은 러시아 포탄의 약 30%가 북한산이라고 밝혔다.",
            [(("ammunition_share_pct", None, 30, None), "Ukraine HUR")],
        ),
        (
            "미국 정보기관은 러시아가 북한 미사일 3기를 발사했다고 말했다.",
            [(("ballistic_missiles_fired", None, 3, None), "United States")],
        ),
        # another's figure relayed: its own source's adnominal statement verb right before it ("X가 밝힌
        # 1200명"), or its source's claim the speaker answers ("X가 '...N명...'이라고 주장한 것에 대해")
        (
            "젤렌스키 대통령이 밝힌 북한군 사상자 수는 한국 합동참모본부(JCS)가 밝힌 1200명보다 두 배 많다.",
            [(("casualties_killed_or_wounded", None, 1200, None), "South Korea JCS")],
        ),
        (
            "국정원은 우크라이나군이 '북한군 2000여 명이 쿠르스크에서 훈련 중'이라고 주장한 것에 대해 확인할 수 "
            "없다고 말했다.",
            [(("troops_present", 2000, None, None), "Ukraine armed forces")],
        ),
        # unchanged: a name inside a quotation with no verb of its own is what the quotation is about
        (
            "국정원은 “북한이 병력 1만여 명을 파병했다”고 밝혔다.",
            [(("troops_deployed", 10000, None, None), "South Korea NIS")],
        ),
    ],
)
def test_korean_sources_in_other_words(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


def test_native_numerals_keep_their_own_value() -> None:
    assert [f.value_best for f in KOREAN.figures("여섯 명과 여덟 명")] == [6, 8]


# --- a compound figure with a space before its counter: "6천700 개", "2만 8000 개" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "신원식 국방부 장관은 북한이 러시아에 보낸 컨테이너가 6천700 개 정도에 이른다고 밝혔다.",
            [("containers_shipped", None, 6700, None)],
        ),
        ("국정원은 북한이 컨테이너 2만 8000 개를 보냈다고 밝혔다.", [("containers_shipped", None, 28000, None)]),
        ("국정원은 북한이 컨테이너 1만3천 개 이상을 보냈다고 밝혔다.", [("containers_shipped", 13000, None, None)]),
        ("국정원은 북한군 1만 2000 명이 파병됐다고 밝혔다.", [("troops_deployed", None, 12000, None)]),
        # unchanged: a count of places is no figure
        ("국정원은 북한의 군수공장 300 개소가 가동 중이라고 밝혔다.", []),
    ],
)
def test_a_compound_figure_keeps_its_spaced_counter(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- more bound words: "근 1만 명", "적게 잡아도", "1만 명에 가까운", "근접한" ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 근 1만 명이 파병됐다고 밝혔다.", [("troops_deployed", None, None, 10000)]),
        ("국정원은 북한군 적게 잡아도 1만 명이 파병됐다고 밝혔다.", [("troops_deployed", 10000, None, None)]),
        (
            "국정원은 파병된 북한군이 1만 명에 가까운 것으로 파악했다고 밝혔다.",
            [("troops_deployed", None, None, 10000)],
        ),
        (
            "국정원은 북한군 사상자가 4000명에 가까워졌다고 밝혔다.",
            [("casualties_killed_or_wounded", None, None, 4000)],
        ),
        (
            "국정원은 북한군 사상자가 4000명에 근접한 것으로 파악했다고 밝혔다.",
            [("casualties_killed_or_wounded", None, None, 4000)],
        ),
        # unchanged: "최근" (lately) ends in 근 but is no bound
        ("국정원은 최근 북한군 1만 명이 파병됐다고 밝혔다.", [("troops_deployed", None, 10000, None)]),
    ],
)
def test_korean_bound_words_second_round(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- soldiers by arm: gunners, snipers, scouts, assault troops, marines --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한 포병 3000명이 러시아에 파병됐다고 밝혔다.", [("troops_deployed", None, 3000, None)]),
        ("국정원은 북한군 저격수 200여명이 파견됐다고 밝혔다.", [("troops_deployed", 200, None, None)]),
        ("국정원은 북한 돌격대 1000명이 쿠르스크에 투입됐다고 밝혔다.", [("troops_present", None, 1000, None)]),
        ("국정원은 북한 정찰병 약 500명이 러시아로 보내졌다고 밝혔다.", [("troops_deployed", None, 500, None)]),
        # unchanged: guns are no people
        ("국정원은 북한이 자주포 120문을 러시아에 보냈다고 밝혔다.", [("self_propelled_guns", None, 120, None)]),
    ],
)
def test_korean_soldiers_by_arm(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- plans, reinforcements and presence in more words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plans: the contraction "파병키로", an intent "보내려", preparing, pushing ahead
        ("국정원은 북한이 병력 1만명을 파병키로 결정했다고 밝혔다.", [("troops_planned", None, 10000, None)]),
        ("국정원은 북한이 병력 3000명을 보내려 한다고 밝혔다.", [("troops_planned", None, 3000, None)]),
        ("국정원은 북한이 병력 6000명 파병을 준비하고 있다고 밝혔다.", [("troops_planned", None, 6000, None)]),
        ("국정원은 북한이 병력 6000명의 파견을 추진 중이라고 밝혔다.", [("troops_planned", None, 6000, None)]),
        # reinforced
        ("국정원은 북한이 병력 5000명을 증강했다고 밝혔다.", [("troops_deployed_additional", None, 5000, None)]),
        ("국정원은 북한이 보강 병력 2000명을 보냈다고 밝혔다.", [("troops_deployed_additional", None, 2000, None)]),
        # there now: active, posted, resident
        (
            "국정원은 쿠르스크에서 활동 중인 북한군이 약 1만1000명이라고 밝혔다.",
            [("troops_present", None, 11000, None)],
        ),
        (
            "국정원은 북한군 1만여 명이 쿠르스크에서 활동하고 있다고 밝혔다.",
            [("troops_present", 10000, None, None)],
        ),
        ("국정원은 접경 지역에 포진한 북한군이 약 8000명이라고 밝혔다.", [("troops_present", None, 8000, None)]),
        # unchanged: those sent, with no word of a plan or a place
        ("국정원은 북한이 병력 1만1000명을 파병했다고 밝혔다.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_korean_plans_reinforcements_and_presence_second_round(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- losses in more words: "폭사", "피살", "중경상", "억류" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 300명이 폭사했다고 밝혔다.", [("killed", None, 300, None)]),
        ("국정원은 북한군 약 100명이 살해됐다고 밝혔다.", [("killed", None, 100, None)]),
        ("국정원은 북한군 2700명이 중경상을 입었다고 밝혔다.", [("wounded", None, 2700, None)]),
        (
            "젤렌스키 대통령은 우크라이나군이 억류한 북한군 2명이 심문을 받고 있다고 밝혔다.",
            [("captured", None, 2, None)],
        ),
        # unchanged: the dead and the wounded of one sentence keep their own words
        (
            "국정원은 북한군 300명이 숨지고 2700명이 다쳤다고 밝혔다.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
        # "파병 전사자": the dispatched named by what befell them; a figure after "…" with no word of its own
        # counts the same
        (
            "북한, 파병 전사자 200명 공개…국정원은 500명 추산",
            [("killed", None, 200, None), ("killed", None, 500, None)],
        ),
        # the wounded who were taken are counted as captured: "부상 북한군 2명 생포", "부상자 2명이 생포됐다"
        ('젤렌스키 "쿠르스크서 부상 북한군 2명 생포…심문 중"', [("captured", None, 2, None)]),
        ("우크라이나군은 부상당한 북한 병사 3명을 생포했다고 밝혔다.", [("captured", None, 3, None)]),
        ("국정원은 북한군 부상자 2명이 생포됐다고 밝혔다.", [("captured", None, 2, None)]),
        # unchanged: the wounded in care are wounded
        ("국정원은 부상 북한군 2700명이 치료를 받고 있다고 밝혔다.", [("wounded", None, 2700, None)]),
        # pictures of the counted are no count of people: "병사 101명의 초상화" counts portraits, "북한군 2명의
        # 사진" nothing
        ("북한 매체는 전사한 병사 90명의 초상화를 공개했다.", [("fallen_portraits_displayed", None, 90, None)]),
        ("대통령은 침대에 있는 북한군 2명의 사진을 게재했다.", []),
        # unchanged: "파병 병력" still counts troops sent
        ("국정원은 북한이 파병 병력 1만 명을 보냈다고 밝혔다.", [("troops_deployed", None, 10000, None)]),
    ],
)
def test_korean_losses_second_round(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- explosive devices by other names: "폭발 장치", "폭발 위험 물체", "부비트랩" --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "힌시테인 주지사는 북한 전문가들이 약 160만 개의 폭발 장치를 파괴했다고 말했다.",
            [("explosive_devices_destroyed", None, 1600000, None)],
        ),
        (
            "힌시테인 주지사는 북한 공병들이 폭발 위험 물체 160만 개를 제거했다고 말했다.",
            [("explosive_devices_destroyed", None, 1600000, None)],
        ),
        (
            "힌시테인 주지사는 북한 공병들이 부비트랩 등 1만여 개를 제거했다고 말했다.",
            [("explosive_devices_destroyed", 10000, None, None)],
        ),
        # unchanged: the area cleared is hectares, not devices
        (
            "힌시테인 주지사는 북한 공병들이 15만 헥타르 이상의 영토에서 지뢰를 제거했다고 말했다.",
            [("area_demined_hectares", 150000, None, None)],
        ),
    ],
)
def test_korean_explosive_devices_by_other_names(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- an area cleared with no North Korean named in its clause is the region's whole ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주지사는 지금까지 10만 헥타르의 영토에서 지뢰가 제거됐다고 말했다.", []),
        (
            "주지사는 북한 공병들이 큰 역할을 했으며, 그 결과 5만 헥타르 이상의 영토에서 지뢰 제거가 끝났다고 밝혔다.",
            [],
        ),
        # unchanged: North Korea's sappers clear the area
        (
            "힌시테인 주지사는 북한 공병들이 쿠르스크에서 4만 헥타르의 땅을 정리했다고 밝혔다.",
            [("area_demined_hectares", None, 40000, None)],
        ),
    ],
)
def test_korean_an_area_cleared_by_no_north_korean_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- who says it: a region's head and the place between the name and the title -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "북한 공병 부대가 쿠르스크 지역에서 폭발물 약 160만 개를 제거했다고 알렉산드르 힌시테인 쿠르스크 "
            "주지사가 밝혔다.",
            [(("explosive_devices_destroyed", None, 1600000, None), "Russia Kursk region")],
        ),
        (
            "힌시테인 주지사는 북한 전문가들이 약 160만 개의 폭발 장치를 파괴했다고 말했다.",
            [(("explosive_devices_destroyed", None, 1600000, None), "Russia Kursk region")],
        ),
        (
            "부다노우 정보총국장은 북한군 1만1000명이 쿠르스크에 있다고 인정했다.",
            [(("troops_present", None, 11000, None), "Ukraine HUR")],
        ),
        # "X도" (X too) before a statement of its own, in quotation marks: X says it
        (
            '우크라이나 국방부 산하 정보총국도 "북한이 포탄 300만 발을 러시아에 보냈다"며 '
            '"대부분 152mm 포탄이었다"고 밝혔다.',
            [(("artillery_shells", None, 3000000, None), "Ukraine HUR")],
        ),
        # unchanged: a country with 도 inside the clause another states
        (
            "국방부는 북한도 포탄 100만 발을 보냈다고 밝혔다.",
            [(("artillery_shells", None, 1000000, None), "South Korea MND")],
        ),
        # what X counted, the thing counted between: "X의 컨테이너 추산량은", "X의 사상자 추정치는"
        (
            "지난달 공개된 국정원의 사상자 추정치는 약 3천 명이었다.",
            [(("casualties_killed_or_wounded", None, 3000, None), "South Korea NIS")],
        ),
        (
            "정보본부의 컨테이너 추산량은 약 2만여 개, 미국이 밝힌 컨테이너 숫자는 약 1만8000여 개였다.",
            [
                (("containers_shipped", 20000, None, None), "South Korea DIA"),
                (("containers_shipped", 18000, None, None), "United States"),
            ],
        ),
        # a deputy by rank: "국정원 1차장은", "3차장에 따르면"
        (
            "나토 본부를 찾은 홍길동 국정원 1차장은 북한군 3천 명이 파병됐다고 밝혔다.",
            [(("troops_deployed", None, 3000, None), "South Korea NIS")],
        ),
        (
            "미국 국방부 발표 뒤 국정원 3차장에 따르면 북한군 5천 명이 쿠르스크에 있다.",
            [(("troops_present", None, 5000, None), "South Korea NIS")],
        ),
        # unchanged: an agency with its own title
        (
            "전하규 국방부 대변인은 북한군 1만여 명이 파병됐다고 밝혔다.",
            [(("troops_deployed", 10000, None, None), "South Korea MND")],
        ),
    ],
)
def test_korean_sources_second_round(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- an army named in a speaker's title is not the force counted: "우크라이나군 참모총장은" --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "아나톨리 바릴레비치 우크라이나군 참모총장은 1만1000명 이상의 북한 군대가 이미 러시아 쿠르스크 지역에 "
            "있다고 말했다.",
            [(("troops_present", 11000, None, None), "Ukraine armed forces")],
        ),
        (
            "우크라이나군 소식통은 1만1000명 이상의 북한 병력이 쿠르스크 지역에 있다고 말했다.",
            [(("troops_present", 11000, None, None), "Ukraine armed forces")],
        ),
        (
            "우크라이나군 대변인은 약 3000명의 북한군이 숨졌다고 밝혔다.",
            [(("killed", None, 3000, None), "Ukraine armed forces")],
        ),
        # unchanged: Ukraine's own soldiers counted are not North Korea's
        ("국정원은 우크라이나군 1만 명이 쿠르스크에 있다고 밝혔다.", []),
    ],
)
def test_an_army_in_a_speakers_title_is_not_the_force_counted(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- the dead and the wounded named together, with or without the missing ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국정원은 북한군 전사자와 부상자가 모두 4700명이라고 밝혔다.",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        (
            "국정원은 북한군 사망자와 부상자를 합쳐 4700명이라고 밝혔다.",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        (
            "국정원은 북한군 약 4700명이 전사 혹은 부상했다고 밝혔다.",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        (
            "국정원은 북한군 부상자와 사망자가 4700명에 달한다고 밝혔다.",
            [("casualties_killed_or_wounded", None, 4700, None)],
        ),
        (
            "국정원은 북한군의 사상 또는 실종 규모가 4700명에 이른다고 밝혔다.",
            [("battle_casualties", None, 4700, None)],
        ),
        ("국정원은 북한군 사망·부상·실종자가 6000명에 이른다고 밝혔다.", [("battle_casualties", None, 6000, None)]),
        # unchanged: the dead and the wounded each with a figure of their own are two counts
        (
            "국정원은 북한군 사망자 300명과 부상자 2700명이 발생했다고 밝혔다.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
    ],
)
def test_korean_dead_and_wounded_named_together(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a range in other words: "1만 내지 1만2000명", "1만 명과 1만2000명 사이" ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 1만 내지 1만2000명이 파병됐다고 밝혔다.", [("troops_deployed", 10000, None, 12000)]),
        ("국정원은 북한군 1만 명 내지 1만2000명이 파병됐다고 밝혔다.", [("troops_deployed", 10000, None, 12000)]),
        ("국정원은 북한군 1만 명과 1만2000명 사이가 파병됐다고 밝혔다.", [("troops_deployed", 10000, None, 12000)]),
        ("국정원은 북한군 1만과 1만2000명 사이가 파병됐다고 밝혔다.", [("troops_deployed", 10000, None, 12000)]),
        # unchanged: two counts joined by 과 with no 사이 after them stay two
        (
            "국정원은 공병 병력 1000명과 군사 건설 인력 5000명이 파견됐다고 밝혔다.",
            [("engineers_deployed", None, 1000, None), ("engineers_deployed", None, 5000, None)],
        ),
    ],
)
def test_korean_ranges_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- plans imminent or ahead, and troops serving or deployed forward in a place -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군 3000명의 추가 파병이 임박했다고 밝혔다.", [("troops_planned", None, 3000, None)]),
        ("국정원은 북한군 6000명이 파병을 앞두고 있다고 밝혔다.", [("troops_planned", None, 6000, None)]),
        ("국정원은 북한이 병력 6000명을 보낼 채비를 하고 있다고 밝혔다.", [("troops_planned", None, 6000, None)]),
        ("국정원은 쿠르스크에 전개된 북한군이 1만1000명이라고 밝혔다.", [("troops_present", None, 11000, None)]),
        ("국정원은 쿠르스크에서 복무 중인 북한군이 1만1000명이라고 밝혔다.", [("troops_present", None, 11000, None)]),
        # unchanged: those deployed to Russia as a whole are recorded as sent
        ("국정원은 러시아에 전개된 북한군이 1만1000명이라고 밝혔다.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_korean_plans_ahead_and_troops_serving_there(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- names in the Korean spellings the copy uses, and a prosecutor's title ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "부다노우 국장은 북한군 1만1000명이 쿠르스크에 있다고 말했다.",
            [(("troops_present", None, 11000, None), "Ukraine HUR")],
        ),
        (
            "전하규 대변인은 북한군 1만여 명이 파병됐다고 밝혔다.",
            [(("troops_deployed", 10000, None, None), "South Korea MND")],
        ),
        (
            "코스틴 검찰총장은 북한 미사일 24기가 발사됐다고 밝혔다.",
            [(("ballistic_missiles_fired", None, 24, None), "Ukraine Prosecutor General")],
        ),
        (
            "북한 공병 부대가 폭발물 약 160만 개를 제거했다고 쿠르스크 주지사가 밝혔다.",
            [(("explosive_devices_destroyed", None, 1600000, None), "Russia Kursk region")],
        ),
        # unchanged: the older spelling still names the same person
        (
            "부다노프 국장은 북한군 1만1000명이 쿠르스크에 있다고 말했다.",
            [(("troops_present", None, 11000, None), "Ukraine HUR")],
        ),
    ],
)
def test_korean_spellings_of_names_and_a_prosecutors_title(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- "더" (more) as a word of its own, not the last syllable of a name ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한이 병력 3000명을 더 보냈다고 밝혔다.", [("troops_deployed_additional", None, 3000, None)]),
        # unchanged: "라이더", "헤더" end in the syllable, and count no addition
        (
            '라이더 대변인은 "쿠르스크 지역에 최소 1만 명의 북한군이 있다"고 말했다.',
            [("troops_present", 10000, None, None)],
        ),
        ("스나이더 대변인은 북한군 1만1000명이 파병됐다고 밝혔다.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_korean_more_is_a_word_of_its_own(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- "N개 마을", "N개 기지": a count of places, whatever was done in them ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주지사는 북한 공병이 지뢰를 없앤 곳이 35개 마을에 이른다고 밝혔다.", []),
        ("주지사는 북한 공병들이 12개 지역에서 폭발물을 제거했다고 밝혔다.", []),
        ("국방부는 북한이 러시아에 보낸 컨테이너가 5개 항구를 거쳤다고 밝혔다.", []),
        # unchanged: "개" with no place after it counts the devices
        (
            "주지사는 북한 공병이 지뢰 3만 개를 제거했다고 밝혔다.",
            [("explosive_devices_destroyed", None, 30000, None)],
        ),
    ],
)
def test_korean_counts_of_places_are_no_figures(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- "...한 셈이다": the writer's own arithmetic, no one's claim ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이는 한 달 사이에 북한군 3000명이 늘어난 셈이다.", []),
        ("결국 파병 병력의 절반인 6000명가량이 전투력을 잃은 셈입니다.", []),
        # unchanged: the claim before the comma stands, only the reckoning after it goes
        (
            "국정원은 북한군 1만2000명이 파병됐다고 밝혔는데, 지난달보다 2000명이 늘어난 셈이다.",
            [("troops_deployed", None, 12000, None)],
        ),
        ("국정원은 북한군 1만2000명이 파병됐다고 밝혔다.", [("troops_deployed", None, 12000, None)]),
    ],
)
def test_korean_reckoning_of_the_writer_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- what fits ("들어간다", "실을 수 있다"), not what was sent ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("컨테이너 한 개에는 152㎜ 포탄 약 5000발이 들어간다.", []),
        ("군 관계자는 화물선 한 척에 포탄 30만 발을 실을 수 있다고 설명했다.", []),
        ("컨테이너 100개에는 122㎜ 포탄이라면 2만 발 이상, 152㎜ 포탄이면 5만 발 이상이 들어갑니다.", []),
        # the room of a burial ground
        ("분석에 따르면 북한 묘지에는 300여 구의 전사자 시신이 안장될 수 있다.", []),
        ("매체는 묘역에 최소 200구의 북한군 유해를 안치할 수 있을 것으로 추정했다.", []),
        # unchanged: rounds that went in were sent
        (
            "국방부는 북한이 보낸 컨테이너에 들어간 포탄이 약 100만 발이라고 밝혔다.",
            [("artillery_shells", None, 1000000, None)],
        ),
    ],
)
def test_korean_capacity_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- one count read in several ways: the first reading is the claim --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국방부는 포탄이 모두 152㎜ 포탄이면 200만 발 이상, 122㎜ 로켓이면 40만 발 이상이라고 밝혔다.",
            [("artillery_shells", 2000000, None, None)],
        ),
        (
            "군 당국은 155㎜ 포탄이라면 약 150만 발, 105㎜ 포탄이라면 약 250만 발이 러시아로 갔다고 추산했다.",
            [("artillery_shells", None, 1500000, None)],
        ),
        # the condition as "일 경우", after a bracketed gloss too
        (
            "장관은 152㎜ 포탄일 경우 300만 발 이상, 122㎜ 다연장로켓포탄(방사포탄)일 경우 50만 발 이상이라고 밝혔다.",
            [("artillery_shells", 3000000, None, None)],
        ),
        # unchanged: a single condition is the claim itself
        (
            "국방부는 컨테이너에 포탄을 넣었다면 10만 발에서 60만 발이 지원됐다고 밝혔다.",
            [("artillery_shells", 100000, None, 600000)],
        ),
    ],
)
def test_korean_later_readings_of_one_count_are_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a total that includes Russia's own is no North Korean figure ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주지사는 러시아 공병과 구조대원, 북한 공병을 포함해 최대 3천 명이 작업에 투입됐다고 말했다.", []),
        ("국방부는 러시아군과 북한군을 합쳐 약 5만 명이 쿠르스크에 있다고 밝혔다.", []),
        # unchanged: Russia as a place, and a total that includes North Korea's own part
        (
            "국정원은 러시아에 이미 도착한 선발대를 포함한 1만 명 규모의 병력을 북한이 파병하기로 했다고 밝혔다.",
            [("troops_planned", None, 10000, None)],
        ),
        (
            "국정원은 사망자 300명을 포함해 북한군 사상자가 3천여 명이라고 밝혔다.",
            [("killed", None, 300, None), ("casualties_killed_or_wounded", 3000, None, None)],
        ),
    ],
)
def test_korean_a_total_with_russias_own_is_no_north_korean_figure(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a percentage of a rate, or of how much more: no share -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국방부는 북한 포탄 공장의 가동률이 약 70%에 이른다고 밝혔다.", []),
        ("국정원은 북한 미사일의 명중률은 80% 정도라고 밝혔다.", []),
        ("국방부는 러시아로 간 포탄이 지난해보다 20% 더 많다고 밝혔다.", []),
        ("국방부는 북한이 보낸 탄약이 작년보다 30% 이상 늘었다고 밝혔다.", []),
        # unchanged: a share of the ammunition stays a share
        (
            "부다노우 국장은 러시아군 탄약의 약 50%가 북한산이라고 말했다.",
            [("ammunition_share_pct", None, 50, None)],
        ),
    ],
)
def test_korean_percent_of_a_rate_or_a_difference_is_no_share(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- the topic a speaker answers ("...2명과 관련해", "...다는 보도는"), not the speaker's claim -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 최근 붙잡힌 북한군 포로 3명과 관련해 신원을 확인 중이라고 밝혔다.", []),
        ("국방부는 북한군 500명이 숨졌다는 외신 보도에 대해 확인할 수 없다고 밝혔다.", []),
        ("국방부 대변인은 '북한군 사망자 30명이 나왔다'는 보도는 확인해 줄 수 없다고 했다.", []),
        ("정보위 간사는 사상자를 300여 명으로 본 언론 보도와 관련해 국정원의 분석은 다르다고 말했다.", []),
        # unchanged: a figure someone named gave stays the topic's claim, and so does one said after the topic
        (
            "국정원은 포로 문제와 관련해 북한군 2명이 생포됐다고 밝혔다.",
            [("captured", None, 2, None)],
        ),
    ],
)
def test_korean_topic_answered_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- "N명이 있다" after the noun: in a place now; the US envoy to the UN in Korean ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 쿠르스크 전선에 북한 병사 7000명이 이미 있다고 밝혔다.", [("troops_present", None, 7000, None)]),
        ("국정원은 쿠르스크주에 북한군 9천여 명이 있는 것으로 파악했다.", [("troops_present", 9000, None, None)]),
        # unchanged: those sent stay sent
        ("국정원은 북한군 9천여 명이 파병됐다고 밝혔다.", [("troops_deployed", 9000, None, None)]),
    ],
)
def test_korean_people_there_after_the_noun_are_present(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "주유엔 미국 차석 대사는 쿠르스크에 북한군 8000명이 있다고 말했다.",
            [(("troops_present", None, 8000, None), "US mission to the UN")],
        ),
        (
            "미국 유엔대표부는 북한군 1만 명이 러시아에 파병됐다고 밝혔다.",
            [(("troops_deployed", None, 10000, None), "US mission to the UN")],
        ),
        # unchanged: the Pentagon is still the Pentagon
        (
            "미국 국방부는 북한군 1만 명이 러시아에 파병됐다고 밝혔다.",
            [(("troops_deployed", None, 10000, None), "US Pentagon")],
        ),
    ],
)
def test_korean_names_of_the_us_envoy_to_the_un(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "가디언은 우크라이나 정보 당국을 인용해 북한이 자주포 30문을 러시아에 보냈다고 전했다.",
            [(("self_propelled_guns", None, 30, None), "Ukraine intelligence")],
        ),
        # unchanged: the spelling without the space names the same agency
        (
            "가디언은 우크라이나 정보당국을 인용해 북한이 자주포 30문을 러시아에 보냈다고 전했다.",
            [(("self_propelled_guns", None, 30, None), "Ukraine intelligence")],
        ),
    ],
)
def test_korean_ukrainian_intelligence_spaced(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- a posting still to come, and a plan in the spoken "거", in "가능성", in a headline's "예상" --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국방부는 북한군 약 5천 명이 동부 전선에 배치될 거라고 밝혔다.", [("troops_planned", None, 5000, None)]),
        ("국정원은 북한군 2천 명이 쿠르스크에 주둔할 것으로 예상했다.", [("troops_planned", None, 2000, None)]),
        (
            "국정원은 귀국한 병력 800명이 다시 파견될 가능성이 있다고 밝혔다.",
            [("troops_planned", None, 800, None)],
        ),
        ("정보총국 “북한군 최대 2만 명 배치 예상”", [("troops_planned", None, None, 20000)]),
        # a quotation closed between 것 and 이라
        ('젤렌스키 대통령은 "북한은 병력 2만명을 더 데려올 것"이라고 말했다.', [("troops_planned", None, 20000, None)]),
        # unchanged: a deed done, quoted, is no plan
        ('국정원은 "북한군 3천 명이 이미 도착한 것"이라고 밝혔다.', [("troops_deployed", None, 3000, None)]),
        # unchanged: posted already is there now; "예상보다" compares with a forecast
        ("국방부는 북한군 약 5천 명이 동부 전선에 배치돼 있다고 밝혔다.", [("troops_present", None, 5000, None)]),
        ("국방부는 북한군 5천 명이 예상보다 빨리 파병됐다고 밝혔다.", [("troops_deployed", None, 5000, None)]),
    ],
)
def test_korean_postings_and_plans_still_to_come(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- the wounded and the missing summed are battle casualties -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "부상자와 실종자 등을 합한 북한군 병력 손실은 5000명이 넘는다고 국정원은 밝혔다.",
            [("battle_casualties", 5000, None, None)],
        ),
        ("국정원은 사망자·실종자를 포함한 피해가 2천여 명이라고 밝혔다.", [("battle_casualties", 2000, None, None)]),
        # unchanged: the dead and the wounded alone are casualties
        (
            "국정원은 북한군 사망자와 부상자가 5000명이 넘는다고 밝혔다.",
            [("casualties_killed_or_wounded", 5000, None, None)],
        ),
    ],
)
def test_korean_wounded_and_missing_summed(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- who is cited ("...을 인용해"), and a title joined to its office ("국방장관은") -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "가디언은 서방 당국자들을 인용해 북한군 약 2천 명이 숨졌다고 보도했다.",
            [(("killed", None, 2000, None), "Western officials")],
        ),
        (
            "타스 통신은 쇼이구 서기의 말을 인용해 북한이 공병 2000명을 보낼 예정이라고 전했다.",
            [(("engineers_deployed", None, 2000, None), "Russia Security Council")],
        ),
        (
            "우메로프 국방장관은 북한군 약 9천 명이 러시아에 있다고 말했다.",
            [(("troops_deployed", None, 9000, None), "Ukraine MoD")],
        ),
        # unchanged: a name with a title apart from the office still says it
        (
            "우메로프 우크라이나 국방장관은 북한군 약 9천 명이 러시아에 있다고 말했다.",
            [(("troops_deployed", None, 9000, None), "Ukraine MoD")],
        ),
    ],
)
def test_korean_the_cited_and_titles_joined_to_their_office(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- artillery by no type ("장사정포", "중포", "포병 체계") is one total of systems -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국방부는 북한이 장사정포 150여 문을 러시아에 넘겼다고 밝혔다.",
            [("artillery_systems_combined", 150, None, None)],
        ),
        (
            "국정원은 북한이 중포 300문 이상을 러시아에 보냈다고 밝혔다.",
            [("artillery_systems_combined", 300, None, None)],
        ),
        (
            "정보총국은 북한이 장거리 포병 체계 80개를 보냈다고 밝혔다.",
            [("artillery_systems_combined", None, 80, None)],
        ),
        # unchanged: a barrage ("집중포격") names no artillery counted
        ("국정원은 집중포격으로 북한군 300명이 숨졌다고 밝혔다.", [("killed", None, 300, None)]),
        # Russia's army as the subject, no North Korean named: its own arms
        ("포브스는 러시아군이 전쟁 동안 자주포 300문 이상을 잃었다고 전했다.", []),
        # unchanged: North Korea's guns that Russia's army uses
        (
            "정보총국은 러시아군이 북한에서 받은 자주포 50문을 쿠르스크에서 쓰고 있다고 밝혔다.",
            [("self_propelled_guns", None, 50, None)],
        ),
        # towed guns and mortars: no measure counts them
        ("정보총국은 북한이 122mm 견인포 90문을 러시아에 보냈다고 밝혔다.", []),
        (
            "정보총국은 북한이 박격포 약 40문과 자주포 60문을 러시아에 보냈다고 밝혔다.",
            [("self_propelled_guns", None, 60, None)],
        ),
    ],
)
def test_korean_artillery_by_no_type(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a Latin name with a Korean particle ("MSMT는", "DIA가") -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MSMT는 보고서에 북한이 컨테이너 3만개 이상을 러시아에 보냈다고 적었다.",
            [(("containers_shipped", 30000, None, None), "MSMT")],
        ),
        # unchanged: the name spaced from its particle
        (
            "MSMT 는 보고서에 북한이 컨테이너 3만개 이상을 러시아에 보냈다고 적었다.",
            [(("containers_shipped", 30000, None, None), "MSMT")],
        ),
    ],
)
def test_korean_latin_names_with_a_particle(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- a quotation opened in the sentence before and closed before a quotative ending ('..."며') ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "젤렌스키 대통령은 북한군 500명이 숨졌다고 밝혔다. "
            '그는 "한 부대가 전멸했다. 어제도 싸웠다"며 "북한은 병력 2만 명을 더 보낼 것"이라고 강조했다.',
            [
                (("killed", None, 500, None), "Ukraine presidency"),
                (("troops_planned", None, 20000, None), "Ukraine presidency"),
            ],
        ),
        # unchanged: a quotation opened and closed in one sentence
        (
            '국정원은 "북한이 병력 1만 명을 파병했다"고 밝혔다.',
            [(("troops_deployed", None, 10000, None), "South Korea NIS")],
        ),
    ],
)
def test_korean_quotation_closed_from_the_sentence_before(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- a figure for each of several ("3천 명씩"), and a count of units ("5개 부대"), are no totals --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국정원은 북한군이 부대마다 약 2천 명씩 배치됐다고 밝혔다.", []),
        ("국방부는 북한이 하루 300여 발 씩 포탄을 쏘았다고 밝혔다.", []),
        ("국정원은 북한이 모두 4개 부대를 쿠르스크로 보냈다고 밝혔다.", []),
        # a rate per day or month named before the figure
        ("국방부는 북한군이 하루에 포탄 약 5천 발을 쏘고 있다고 밝혔다.", []),
        ("국정원은 북한이 매달 병력 2천 명을 러시아로 보내고 있다고 밝혔다.", []),
        ("국방부는 북한이 월평균 포탄 30만 발을 러시아에 보냈다고 밝혔다.", []),
        # unchanged: "하루 만에" dates a death, "한 달 동안" is the period a total sums over
        (
            "국정원은 교전 하루 만에 북한군 200명이 숨졌다고 밝혔다.",
            [("killed", None, 200, None)],
        ),
        (
            "국정원은 한 달 동안 북한군 300명이 숨졌다고 밝혔다.",
            [("killed", None, 300, None)],
        ),
        # unchanged: the total after the parts is a claim
        (
            "국정원은 북한군이 부대마다 약 2천 명씩, 모두 8천 명이 배치됐다고 밝혔다.",
            [("troops_present", None, 8000, None)],
        ),
    ],
)
def test_korean_figures_for_each_are_no_totals(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a figure with no word of its own, in the clause of a count of people, counts the same ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국정원이 밝힌 북한군 사상자 4천여 명은 앞서 합참이 밝힌 2천여 명보다 훨씬 많다.",
            [("casualties_killed_or_wounded", 4000, None, None), ("casualties_killed_or_wounded", 2000, None, None)],
        ),
        (
            "국정원은 북한군 사망자 500명은 지난달 발표한 300명보다 많다고 밝혔다.",
            [("killed", None, 500, None), ("killed", None, 300, None)],
        ),
        # unchanged: a figure with its own words, or in a clause of its own, counts what they say
        (
            "국정원은 북한군 1만1000명이 파병됐고 3000명이 사상했다고 밝혔다.",
            [("troops_deployed", None, 11000, None), ("casualties_killed_or_wounded", None, 3000, None)],
        ),
        (
            '젤렌스키 대통령은 "북한군 1만 명이 숨지거나 다쳤다"며 "그들은 2만 명을 더 보낼 것"이라고 말했다.',
            [("casualties_killed_or_wounded", None, 10000, None), ("troops_planned", None, 20000, None)],
        ),
    ],
)
def test_korean_figure_in_the_clause_of_a_count_counts_the_same(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a report answered, with whose report it is between ("...다는 관계자 말을 전한 외신 보도에 대해") ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국방부는 북한군 200여 명이 숨졌다는 익명 관계자의 말을 전한 외신 보도에 대해 확인할 수 없다고 밝혔다.",
            [],
        ),
        ("합참은 북한군 500명이 다쳤다는 한 방송의 보도는 사실이 아니라고 밝혔다.", []),
        # unchanged: the figure the speaker gives after answering is a claim
        (
            "국방부는 북한군이 숨졌다는 외신 보도에 대해 북한군 사상자가 100명이라고 밝혔다.",
            [("casualties_killed_or_wounded", None, 100, None)],
        ),
    ],
)
def test_korean_report_answered_with_its_source_between(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- "N에 달하는 X", "N에 달하고": as many as N (a ceiling); "N에 달한다" reports a level ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("미 국무부는 5천 명에 달하는 북한군이 전선으로 갔다고 밝혔다.", [("troops_present", None, None, 5000)]),
        ("국정원은 컨테이너가 3천 개에 달하고 포탄도 많다고 밝혔다.", [("containers_shipped", None, None, 3000)]),
        # unchanged: the predicate "달한다" gives the figure as it is
        ("국정원은 북한군 사상자가 2천 명에 달한다고 밝혔다.", [("casualties_killed_or_wounded", None, 2000, None)]),
    ],
)
def test_korean_as_many_as_before_a_noun(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a comma after a count with no particle: the count is the subject of the verb after ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('우크라 정보당국 "북한군 3천명, 다음 주 전선 투입될 듯"', [("troops_planned", None, 3000, None)]),
        (
            "국정원은 현재 쿠르스크에 북한 보병 8천 명, 포병 500명 등이 배치돼 있다고 밝혔다.",
            [("troops_present", None, 8000, None), ("troops_present", None, 500, None)],
        ),
        # nor does the comma after "...때" (when): what is counted may stand in the condition
        (
            "정보본부는 컨테이너의 물건이 모두 152㎜ 포탄이라고 가정할 때, 약 500여만 발 규모라고 밝혔다.",
            [("artillery_shells", 5000000, None, None)],
        ),
        # three dots end a headline's clause, as "…" does
        (
            '국정원 "북, 특수부대 1천500명 러 파견...총 1만2천 병력 파견 결정"',
            [("troops_deployed", None, 1500, None), ("troops_planned", None, 12000, None)],
        ),
        # unchanged: a comma after a verb still ends the clause
        (
            "국정원은 북한군 1만 명이 파병됐고, 다음 달 교대 병력이 올 예정이라고 밝혔다.",
            [("troops_deployed", None, 10000, None)],
        ),
    ],
)
def test_korean_comma_after_a_count_keeps_its_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- what could yet be sent ("파병 여력") is no count sent ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정보본부는 폭풍군단이 3만 명 규모로 추가 파병 여력이 있다고 판단했다.", []),
        ("국정원은 북한이 병력 5만 명의 파견 여력을 갖췄다고 밝혔다.", []),
        # unchanged: more sent is a new wave
        (
            "국정원은 북한군 3만 명이 추가로 파병됐다고 판단했다.",
            [("troops_deployed_additional", None, 30000, None)],
        ),
    ],
)
def test_korean_what_could_yet_be_sent_is_no_count(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- the whole after a part "포함" (including) counts what the clause named before the part ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "국정원은 북한군 사상자가 사망자 약 400명 포함 3천여 명이라고 밝혔다.",
            [("killed", None, 400, None), ("casualties_killed_or_wounded", 3000, None, None)],
        ),
        (
            "국정원은 북한군 사상자가 전사자 500명을 포함한 4천 명으로 추산된다고 밝혔다.",
            [("killed", None, 500, None), ("casualties_killed_or_wounded", None, 4000, None)],
        ),
        # unchanged: two counts side by side, each with its own noun
        (
            "국정원은 북한군 사망자 300명, 부상자 2700명이라고 밝혔다.",
            [("killed", None, 300, None), ("wounded", None, 2700, None)],
        ),
    ],
)
def test_korean_whole_after_a_part_included(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- Britain's intelligence by its Korean names, the headline's hanja "英" among them ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"북한군 사상자 5000명 넘어" 英정보당국',
            [(("casualties_killed_or_wounded", 5000, None, None), "UK Defence Intelligence")],
        ),
        (
            "영국 정보당국은 북한군 사상자가 5000명을 넘었다고 분석했다.",
            [(("casualties_killed_or_wounded", 5000, None, None), "UK Defence Intelligence")],
        ),
        # unchanged: the ministry's name
        (
            "영국 국방부는 북한군 사상자가 5000명을 넘었다고 밝혔다.",
            [(("casualties_killed_or_wounded", 5000, None, None), "UK Defence Intelligence")],
        ),
    ],
)
def test_korean_names_of_british_intelligence(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- a count of who speak ("2명의 당국자", "관계자 2명") counts no troops -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CNN은 2명의 서방 정보 당국자를 인용해 북한군 3천 명이 침투했다고 보도했다.",
            [("troops_deployed", None, 3000, None)],
        ),
        ("국정원 관계자 2명은 북한군 1만 명이 파병됐다고 말했다.", [("troops_deployed", None, 10000, None)]),
        # unchanged: a speaker not counted leaves the count with its verb
        ("정부 관계자는 1만 명이 파병됐다고 말했다.", [("troops_deployed", None, 10000, None)]),
    ],
)
def test_korean_count_of_who_speak_is_no_troops(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- the whole force of those sent ("러시아에 있는 북한군의 총 병력") is a count sent, not an army at home --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국방부는 러시아에 있는 북한군의 총 병력이 약 9천 명이라고 밝혔다.", [("troops_deployed", None, 9000, None)]),
        ("국정원은 파병된 북한군 전체 병력이 1만2000여 명이라고 밝혔다.", [("troops_deployed", 12000, None, None)]),
        # unchanged: the army's whole strength at home
        ("국정원은 북한의 총병력이 128만 명이라고 밝혔다.", []),
    ],
)
def test_korean_whole_force_of_those_sent(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected


# --- a foreign defence force as the source of an estimate: "에스토니아 국방군에 따르면" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "에스토니아 국방군은 북한이 러시아에 포탄 50만 발을 보냈다고 추산했다.",
            [(("artillery_shells", None, 500000, None), "Estonian Defence Forces")],
        ),
        (
            "에스토니아군에 따르면 북한은 포탄 30만 발을 러시아에 넘겼다.",
            [(("artillery_shells", None, 300000, None), "Estonian Defence Forces")],
        ),
        (
            "에스토니아 방위군 정보센터는 북한이 러시아에 포탄 40만 발을 제공했다고 분석했다.",
            [(("artillery_shells", None, 400000, None), "Estonian Defence Forces")],
        ),
        (
            "우크라이나 허위정보대응센터는 북한이 러시아에 방사포 60문을 보냈다고 밝혔다.",
            [(("rocket_launchers", None, 60, None), "Ukraine CCD")],
        ),
        # unchanged: the country alone names no body of the project's actors
        (
            "국정원은 북한이 러시아에 포탄 50만 발을 보냈다고 밝혔다.",
            [(("artillery_shells", None, 500000, None), "South Korea NIS")],
        ),
    ],
)
def test_korean_a_foreign_defence_force_gives_its_estimate(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- a count headed by an adnominal statement verb ("북한이 공개한 전사자는 350명") is its subject's ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '국정원은 "북한이 표창 수여식에서 공개한 전사자는 350명 정도지만 '
            '실제 사망자는 2000여명으로 추산한다"고 분석했다.',
            [(("killed", None, 350, None), "North Korea"), (("killed", 2000, None, None), "South Korea NIS")],
        ),
        (
            "국정원은 북한이 공개한 전사자는 300명이지만 실제로는 2000명이 숨졌다고 밝혔다.",
            [(("killed", None, 300, None), "North Korea"), (("killed", None, 2000, None), "South Korea NIS")],
        ),
        (
            "국방부는 러시아가 발표한 사망자 수는 약 500명이라고 밝혔다.",
            [(("killed", None, 500, None), "Russia")],
        ),
        # unchanged: the topic's own statement verb keeps the sentence's figure
        (
            "국정원은 북한군 1만명이 파병됐다고 밝혔다.",
            [(("troops_deployed", None, 10000, None), "South Korea NIS")],
        ),
    ],
)
def test_korean_a_count_an_adnominal_statement_heads_is_its_subjects(
    text: str, expected: list[tuple[Row, str]]
) -> None:
    assert claimed(text, "ko") == expected


# --- North Korea as the topic that sends what is counted is what the figure is about, not its source ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "부다노우 국장은 북한이 자주포를 보냈다고 말했다. "
            "또 북한은 지난해 러시아에 탄도미사일 148기를 보냈다고 주장했다.",
            [(("ballistic_missiles", None, 148, None), "Ukraine HUR")],
        ),
        (
            "국방부는 북한의 무기 지원을 분석했다. 북한은 러시아에 포탄 300만 발을 이전했는데, 이는 제재 위반이다.",
            [(("artillery_shells", None, 3000000, None), "South Korea MND")],
        ),
        # unchanged: the North stating its own dead is their source
        ("북한은 공병 부대 임무 수행 과정에서 9명이 사망했다고 밝혔다.", [(("killed", None, 9, None), "North Korea")]),
        # ... and so is the North announcing what it sends ("...파견한다고 밝혔다")
        (
            "국정원은 추가 파병을 예상했다. 북한은 이달 공병 병력 2000명을 러시아에 파견한다고 발표했다.",
            [(("engineers_deployed", None, 2000, None), "North Korea")],
        ),
    ],
)
def test_korean_north_korea_sending_is_no_source(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- portraits of the dead: "전사자 초상 80개", "병사 90명의 초상화", "영정 30점", North Korean state media's when
# the sentence tells they were made public -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "북한 관영매체는 추모관에 전사자 초상 80개를 걸었다고 보도했다.",
            [(("fallen_portraits_displayed", None, 80, None), "North Korea state media")],
        ),
        (
            "국정원은 보고했다. 이어 열린 행사에서 북한은 최소 150점의 전사자 초상화를 공개했다.",
            [(("fallen_portraits_displayed", 150, None, None), "North Korea state media")],
        ),
        (
            "북한 매체는 파병 군인 60명의 영정을 처음 공개했다.",
            [(("fallen_portraits_displayed", None, 60, None), "North Korea state media")],
        ),
        # unchanged: the dead an agency counts in its own words stay the dead, and its own
        (
            "국정원은 북한군 600명이 전사했다고 밝혔다.",
            [(("killed", None, 600, None), "South Korea NIS")],
        ),
    ],
)
def test_korean_portraits_of_the_dead(text: str, expected: list[tuple[Row, str]]) -> None:
    assert claimed(text, "ko") == expected


# --- a contingent is hundreds at least: a squad or a pair of soldiers is counted by no troop measure -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("북한군 병사 3명이 쿠르스크 전선에 배치됐다.", []),
        # unchanged: a contingent of hundreds, and a few dead
        ("북한군 병사 500명이 쿠르스크 전선에 배치됐다.", [("troops_present", None, 500, None)]),
        ("북한군 병사 3명이 숨졌다.", [("killed", None, 3, None)]),
    ],
)
def test_korean_a_squad_is_no_contingent(text: str, expected: list[Row]) -> None:
    assert rows(text, "ko") == expected

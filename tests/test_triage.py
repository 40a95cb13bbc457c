"""Triage: many articles against the dataset, copies clustered, one review queue."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.files import read_csv_rows
from analysis.intake.triage import known, outlets
from analysis.intake.triage.inputs import Item, Unreadable, items
from analysis.intake.triage.queue import Queue, extracted, triage_item

from .conftest import run_cli

ARTICLES = paths.PROJECT_ROOT / "benchmarks" / "articles"
DEV = [ARTICLES / lang / "dev" for lang in ("en", "ko", "uk", "ru")]
DEV_SPLITS = sorted(p for p in ARTICLES.glob("*/dev") if p.is_dir())
HELDOUT = sorted(p for p in ARTICLES.glob("*/heldout") if any(p.glob("*.labels.csv")))
# of the labelled dev figures the dataset holds, the share extraction proposes (0.954: 1107 of 1160 on
# the dev splits of all four sets, the fourth to tenth held-out splits joined), and of those the
# share known with their claim (0.979: 1084 of 1107)
PROPOSED_FLOOR = 0.945
DEV_KNOWN_FLOOR = 0.975
# of those proposed on a held-out split, the share known with their claim: 96 of 100 on the tenth,
# 77 of 87 on the eleventh (one of the ten where extraction gave the claim's claimant and measure)
HELDOUT_KNOWN_FLOOR = 0.85
PEOPLE_SENT = {
    "troops_deployed",
    "troops_deployed_additional",
    "troops_planned",
    "troops_present",
    "engineers_deployed",
    "workers_deployed",
}


_run = run_cli


def _number(row: dict[str, str]) -> tuple[int, ...]:
    low, best, high = (int(row[k]) if row[k] else None for k in ("value_low", "value_best", "value_high"))
    return known.number(low, best, high)


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# --- the known test -----------------------------------------------------------------------------


def _triaged(folders: list[Path]) -> tuple[int, int, list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Triage over labelled folders: (labels with a claim_id, those extraction proposes (the same
    measure and number; a contingent the dataset files under a neighbouring measure of people
    sent counts as the same), the labels not proposed, the proposed ones not ``known`` with
    their claim)."""
    status, out, err = _run(["triage", *map(str, folders), "--jobs", "2"])
    assert status == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    checked, proposed, missed, wrong = 0, 0, [], []
    for folder in folders:
        for label_file in sorted(folder.glob("*.labels.csv")):
            article = str((folder / label_file.name.removesuffix(".labels.csv")).with_suffix(".md"))
            shown = str(Path(article).relative_to(paths.PROJECT_ROOT))
            labels = read_csv_rows(label_file)
            used: list[dict[str, str]] = []  # rows already standing for a label of the same number
            for label in labels:
                if not label.get("claim_id"):
                    continue
                checked += 1
                same = [
                    r
                    for r in rows
                    if r["source"] == shown
                    and _number(r) == _number(label)
                    and (r["metric"] == label["metric"] or {r["metric"], label["metric"]} <= PEOPLE_SENT)
                ]
                # two labels of one number ("the first 1,500" and "more than 1,500 more") need two rows: a row
                # known as the other label's claim stands for that label, not this one
                others = {x["claim_id"] for x in labels if x is not label and _number(x) == _number(label)}
                same = [r for r in same if r not in used and not (r["status"] == "known" and r["claim_id"] in others)]
                where = (shown, label["metric"], _number(label), label["claim_id"], label["claimant"])
                if not same:
                    missed.append(where)
                    continue
                used += [r for r in same if r["status"] == "known" and r["claim_id"] == label["claim_id"]][:1]
                proposed += 1
                if not any(r["status"] == "known" and r["claim_id"] == label["claim_id"] for r in same):
                    found = [(r["status"], r["claim_id"], r["claimant"], r["metric"], r["speaker"]) for r in same]
                    wrong.append((*where, found))
    print(f"labelled figures the dataset holds: {checked}, proposed: {proposed} ({proposed / checked:.3f})")
    for where in missed:
        print("not proposed:", *where)
    for where in wrong:
        print("not known with its claim:", *where)
    return checked, proposed, missed, wrong


def test_every_figure_the_dataset_holds_comes_out_known_with_its_claim() -> None:
    """Triage over the labelled dev articles of every language: each label with a claim_id that
    extraction proposes with all triage compares (the label's claimant and measure, and the
    claim's speaker where it has one) comes out ``known``, naming that claim. Where extraction
    gives another claimant or measure, or misses the speaker the copy names, the mistake is
    extraction's and counts in its scores; a floor holds the share known with their claim whatever
    extraction gave. How many of them are proposed at all is extraction's recall, asserted apart."""
    claims = {r["claim_id"]: r for r in read_csv_rows(paths.DATA_DIR / "curated" / "claims.csv")}

    def surname(name: str) -> str:
        return name.split()[-1].casefold() if name.split() else ""

    def triage_own(w: tuple[Any, ...]) -> bool:
        speaker = surname(claims[w[3]]["speaker"])
        return any(
            claimant == w[4] and metric == w[1] and (not speaker or surname(said) == speaker)
            for *_, claimant, metric, said in w[5]
        )

    checked, proposed, missed, wrong = _triaged(DEV_SPLITS)
    assert checked >= 60
    assert [w for w in wrong if triage_own(w)] == []
    assert (proposed - len(wrong)) / proposed >= DEV_KNOWN_FLOOR, wrong
    assert proposed / checked >= PROPOSED_FLOOR, missed


@pytest.mark.skipif(not HELDOUT, reason="no held-out split of real pages")
def test_held_out_figures_the_dataset_holds_come_out_known() -> None:
    """The held-out splits, which no rule was written on: extraction's mistakes there (a claimant
    the wider article gives, a range read as one end) carry through to triage, so what is asserted
    is a floor on the share of proposed labels that come out known with their claim."""
    checked, proposed, _missed, wrong = _triaged(HELDOUT)
    assert checked >= 40
    assert (proposed - len(wrong)) / proposed >= HELDOUT_KNOWN_FLOOR, wrong


def test_a_labels_claim_id_names_the_same_figure_from_the_same_claimant() -> None:
    """The label convention the known test rests on: a label names a claim only when the claim
    holds the same figure (whatever its bound word) from the same claimant; a label whose figure
    or claimant differs (4,000 where the claim has 4,100, an outlet's own line of an official's
    figure) has none, and says why in its note."""
    claims = {r["claim_id"]: r for r in read_csv_rows(paths.DATA_DIR / "curated" / "claims.csv")}
    broken = []
    for folder in [*DEV_SPLITS, *HELDOUT]:
        for label_file in sorted(folder.glob("*.labels.csv")):
            for label in read_csv_rows(label_file):
                claim = claims.get(label.get("claim_id", ""))
                if label.get("claim_id") and (
                    claim is None or _number(claim) != _number(label) or claim["claimant"] != label["claimant"]
                ):
                    broken.append((label_file.name, label["metric"], _number(label), label["claim_id"]))
    assert broken == []


# --- status against the dataset -----------------------------------------------------------------


def _dataset() -> known.Dataset:
    claims = {
        ("South Korea NIS", "killed"): [
            known.Claim("C1", "South Korea NIS", "killed", (600,), date(2025, 4, 30)),
            known.Claim("C2", "South Korea NIS", "killed", (2000,), date(2025, 9, 2)),
        ],
        ("South Korea NIS", "casualties_killed_or_wounded"): [
            known.Claim("C5", "South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 19)),
        ],
        ("Ukraine HUR", "engineers_deployed"): [
            known.Claim("C3", "Ukraine HUR", "engineers_deployed", (1200,), date(2025, 8, 13)),
        ],
        ("South Korea JCS", "casualties_killed_or_wounded"): [
            known.Claim("C4", "South Korea JCS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 23)),
        ],
        ("South Korea NIS", "troops_planned"): [
            known.Claim("C6", "South Korea NIS", "troops_planned", (12000,), date(2024, 10, 18)),
        ],
        ("South Korea NIS", "troops_deployed"): [
            known.Claim("C7", "South Korea NIS", "troops_deployed", (11000,), date(2024, 11, 20)),
        ],
        ("South Korea MND", "troops_deployed"): [
            known.Claim("C8", "South Korea MND", "troops_deployed", (11000,), date(2025, 2, 11)),
            known.Claim("C9", "South Korea MND", "troops_deployed", (11000,), date(2025, 3, 27)),
        ],
    }
    countries = {"South Korea NIS": "South Korea", "South Korea JCS": "South Korea", "Ukraine HUR": "Ukraine"}
    countries["South Korea MND"] = "South Korea"
    claims[("Ukraine presidency", "casualties_killed_or_wounded")] = [
        known.Claim("C10", "Ukraine presidency", "casualties_killed_or_wounded", (4000,), date(2025, 1, 9)),
    ]
    countries |= {"Ukraine presidency": "Ukraine", "Yonhap": "South Korea"}
    # one contingent under two measures: "in Russia" (sent), then "reached Kursk" (there now)
    claims[("US State Department", "troops_deployed")] = [
        known.Claim("C11", "US State Department", "troops_deployed", (10000,), date(2024, 10, 31)),
    ]
    claims[("US State Department", "troops_present")] = [
        known.Claim("C12", "US State Department", "troops_present", (10000,), date(2024, 11, 4)),
    ]
    countries["US State Department"] = "United States"
    return known.Dataset(
        claims, {**countries, "South Korea": "", "Ukraine": "", "United States": ""}, frozenset({"Yonhap"})
    )


@pytest.mark.parametrize(
    ("claimant", "metric", "figure", "published", "expected", "speaker"),
    [
        (*row, "")[:6]
        for row in [
            ("South Korea NIS", "killed", (600,), date(2025, 4, 30), ("known", "C1")),  # the same day
            ("South Korea NIS", "killed", (600,), date(2025, 4, 24), ("known", "C1")),  # a few days before
            ("South Korea NIS", "killed", (600,), date(2025, 6, 1), ("known", "C1")),  # recalled later
            ("South Korea NIS", "killed", (2000,), date(2025, 9, 3), ("known", "C2")),
            ("South Korea NIS", "killed", (1500,), date(2025, 7, 1), ("revision", "C1")),  # would supersede C1
            ("South Korea NIS", "killed", (2000,), date(2025, 5, 10), ("revision", "C1")),  # C2 was not yet reported
            ("South Korea NIS", "killed", (600,), date(2025, 1, 1), ("new", "")),  # before any claim
            ("South Korea NIS", "wounded", (600,), date(2025, 4, 30), ("new", "")),  # another measure
            # another claimant: a copy that credits someone else retells it within the window, not months later
            ("Ukraine HUR", "killed", (600,), date(2025, 4, 30), ("known", "C1")),
            ("Ukraine HUR", "killed", (600,), date(2025, 8, 1), ("new", "")),
            # an outlet's own line retells anyone's figure, however old
            ("Yonhap", "killed", (600,), date(2025, 8, 1), ("known", "C1")),
            # another agency of the government, recalled, when it is the only claim of the figure by then
            ("Ukraine HUR", "casualties_killed_or_wounded", (4000,), date(2025, 1, 23), ("known", "C10")),
            (
                "Ukraine HUR",
                "casualties_killed_or_wounded",
                (1100,),
                date(2025, 1, 23),
                ("new", ""),
            ),  # not its country's
            ("", "killed", (600,), date(2025, 4, 30), ("known", "C1")),  # no claimant: whoever the dataset has
            ("South Korea", "killed", (600,), date(2025, 4, 30), ("known", "C1")),  # "Seoul says": its agencies
            ("Ukraine HUR", "troops_planned", (1200,), date(2025, 8, 12), ("known", "C3")),  # a neighbouring measure
            # the NIS said 1,100 four days earlier, the JCS on the article's day: the copy carries the JCS's
            ("South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 23), ("known", "C4")),
            ("South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 20), ("known", "C5")),
            ("South Korea JCS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 20), ("known", "C5")),
            # a tie: its own
            ("South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 21), ("known", "C5")),
            ("South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2025, 3, 1), ("known", "C5")),  # recalled
            # ... but not when a person of the NIS speaks, nor when its own is months old (a recall)
            ("South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 23), ("known", "C5"), "Lee"),
            ("South Korea NIS", "troops_deployed", (11000,), date(2025, 2, 11), ("known", "C7")),
            # a neighbouring measure within the window only: October's plan of 12,000 is not June's 12,000 sent
            ("South Korea NIS", "troops_deployed", (12000,), date(2024, 10, 20), ("known", "C6")),
            ("South Korea NIS", "troops_deployed", (12000,), date(2025, 6, 26), ("revision", "C7")),
            ("South Korea NIS", "killed", (600,), None, ("known", "C1")),  # undated: any time
            ("South Korea MND", "troops_deployed", (11000,), None, ("known", "C8")),  # ... its first statement
            ("", "troops_deployed", (11000,), None, ("known", "C7")),
            ("South Korea NIS", "killed", (600,), date.max, ("known", "C1")),  # the calendar's edge
            # a contingent under a neighbouring measure of people sent, nearer in time, is the one carried
            ("US State Department", "troops_deployed", (10000,), date(2024, 11, 5), ("known", "C12")),
            ("US State Department", "troops_present", (10000,), date(2024, 11, 1), ("known", "C11")),
            ("United States", "troops_present", (10000,), date(2024, 10, 31), ("known", "C11")),  # not yet said
            ("US State Department", "troops_deployed", (10000,), date(2024, 11, 2), ("known", "C11")),  # a tie: its own
            ("US State Department", "troops_planned", (10000,), date(2025, 3, 1), ("new", "")),  # outside the window
        ]
    ],
)
def test_status_against_the_dataset(
    claimant: str,
    metric: str,
    figure: tuple[int, ...],
    published: date | None,
    expected: tuple[str, str],
    speaker: str,
) -> None:
    assert known.status(_dataset(), claimant, metric, figure, published, speaker) == expected


def test_a_copy_that_dates_the_figure_earlier_carries_the_claimants_own() -> None:
    """ "A briefing last week by South Korea's spy agency": a copy that dates the figure before its
    own day recalls the claimant's statement, not another agency's word of the day."""
    dataset = _dataset()
    args = ("South Korea NIS", "casualties_killed_or_wounded", (1100,), date(2024, 12, 23))
    assert known.status(dataset, *args) == ("known", "C4")
    assert known.status(dataset, *args, as_of=date(2024, 12, 22)) == ("known", "C5")
    assert known.status(dataset, *args, as_of=date(2024, 12, 23)) == ("known", "C4")


def test_a_copy_names_the_statement_made_before_it_not_a_later_one() -> None:
    """Two claims of one figure by one claimant, nine days before a copy and three after: the copy
    carries the earlier one (a page cannot carry a statement not yet made); with only the later
    one, and within a day either side, the nearest is named."""
    before = known.Claim("C1", "Ukraine presidency", "troops_present", (11000,), date(2024, 11, 4))
    after = known.Claim("C2", "Ukraine presidency", "troops_present", (11000,), date(2024, 11, 16))
    next_day = known.Claim("C3", "Ukraine presidency", "troops_present", (11000,), date(2024, 11, 14))
    key = ("Ukraine presidency", "troops_present")

    def named(*claims: known.Claim) -> tuple[str, str]:
        dataset = known.Dataset({key: list(claims)}, {"Ukraine presidency": "Ukraine"}, frozenset())
        return known.status(dataset, *key, (11000,), date(2024, 11, 13))

    assert named(before, after) == ("known", "C1")
    assert named(after) == ("known", "C2")
    assert named(before, next_day) == ("known", "C3")


def test_of_two_claims_of_a_figure_the_copy_names_its_speakers_or_the_one_of_its_day() -> None:
    """Two statements of one figure by one agency two days apart: a copy that names the speaker of
    one (by full name or surname) or dates the figure to one's day names that claim; a copy that
    says neither names the nearest, and a speaker the dataset does not know changes nothing."""
    day = date(2025, 8, 12)
    key = ("Ukraine HUR", "troops_planned")
    first = known.Claim("C1", *key, (6000,), day, "Vadym Skibitskyi", (None, None))
    second = known.Claim("C2", *key, (6000,), date(2025, 8, 14), "Kyrylo Budanov", (day, day))
    dataset = known.Dataset({key: [first, second]}, {"Ukraine HUR": "Ukraine"}, frozenset())
    published = date(2025, 8, 14)
    assert known.status(dataset, *key, (6000,), published) == ("known", "C2")
    assert known.status(dataset, *key, (6000,), published, "Vadym Skibitskyi") == ("known", "C1")
    assert known.status(dataset, *key, (6000,), published, "Skibitskyi") == ("known", "C1")
    assert known.status(dataset, *key, (6000,), published, "Kyrylo Budanov") == ("known", "C2")
    assert known.status(dataset, *key, (6000,), published, "Oleh Ivashchenko") == ("known", "C2")
    # the copy dates its figure to the 12th, the day the second claim's period gives
    assert known.status(dataset, *key, (6000,), published, "", day, day) == ("known", "C2")
    third = known.Claim("C3", *key, (6000,), date(2025, 8, 13), "", (date(2025, 8, 11), None))
    dataset = known.Dataset({key: [first, third, second]}, {"Ukraine HUR": "Ukraine"}, frozenset())
    assert known.status(dataset, *key, (6000,), published, "", date(2025, 8, 11), date(2025, 8, 11)) == (
        "known",
        "C3",
    )
    # a claim not yet made when the copy appeared ranks behind, whoever spoke
    late = known.Claim("C4", *key, (6000,), date(2025, 8, 20), "Vadym Skibitskyi")
    dataset = known.Dataset({key: [second, late]}, {"Ukraine HUR": "Ukraine"}, frozenset())
    assert known.status(dataset, *key, (6000,), published, "Vadym Skibitskyi") == ("known", "C2")


def test_the_same_figure_whatever_its_bound() -> None:
    assert known.number(3000, None, None) == known.number(None, 3000, None) == (3000,)
    assert known.number(10000, None, 12000) == (10000, 12000)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("국정원은 쿠르스크에 배치된 북한군이 1만1000여명이라고 밝혔다.", (11000, None, None)),  # 여: a floor
        ("국정원은 쿠르스크에 배치된 북한군이 약 1만1000명이라고 밝혔다.", (None, 11000, None)),
        ("국정원은 쿠르스크에 배치된 북한군이 약 1만1천여 명이라고 밝혔다.", (11000, None, None)),  # 여 wins over 약
    ],
)
def test_korean_yeo_is_a_floor_and_the_same_figure_as_the_datasets(
    text: str, bounds: tuple[int | None, int | None, int | None]
) -> None:
    """The extractor reads N여 as a floor, as dataset 0.3.2 does everywhere, and triage finds the
    dataset's claim of that number whatever bound either gives it (C0157 holds more than 11,000)."""
    found = triage_item(Item("x.md", text, date(2024, 12, 19), lang="ko"))
    [row] = found.rows
    assert (row["metric"], row["claimant"]) == ("troops_present", "South Korea NIS")
    assert tuple(int(row[k]) if row[k] else None for k in ("value_low", "value_best", "value_high")) == bounds
    assert known.status(known.load_claims(), row["claimant"], row["metric"], _number(row), date(2024, 12, 19)) == (
        "known",
        "C0157",
    )


# --- outlets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        ("North Korea sent 1,500 more troops, according to Yonhap.", "", "Yonhap"),
        ("Budanov, citing the Kyiv Independent, said 11,000 were there.", "", "The Kyiv Independent"),
        ("연합뉴스에 따르면 국정원은 1만1000명이라고 밝혔다.", "", "Yonhap"),
        ("국정원은 1만1000명이라고 밝혔다고 로이터통신이 보도했다.", "", "Reuters"),
        ("Об этом сообщает ТАСС.", "", "TASS"),
        ("По данным Reuters, КНДР направила 11 тысяч военных.", "", "Reuters"),
        ("Про це повідомляє Укрінформ.", "", "Ukrinform"),
        ("Як повідомляє Укрінформ, КНДР направила 11 тисяч військових.", "", "Ukrinform"),
        ("Про це пише РБК-Україна з посиланням на The New York Times.", "", "The New York Times"),  # the origin
        ("КНДР отправила России более 1 млн снарядов — Bloomberg", "", "Bloomberg"),
        ("Об этом сообщает 24 Канал со ссылкой на Reuters.", "", "Reuters"),
        ("North Korea sent troops, Yonhap reported.", "Yonhap", ""),  # its own copy
        ("North Korea sent troops.", "", ""),
    ],
)
def test_the_outlet_a_text_credits(text: str, own: str, expected: str) -> None:
    assert outlets.credited(text, own) == expected


def test_publisher_names_and_their_brackets() -> None:
    assert outlets.outlet_name("The Korea Herald (Yonhap)") == "The Korea Herald"
    assert outlets.bracket_credit("The Korea Herald (Yonhap)") == "Yonhap"
    assert outlets.bracket_credit("Ukrainska Pravda (citing Reuters/JoongAng Ilbo)") == "Reuters"
    assert outlets.bracket_credit("Yonhap") == ""


# --- inputs -------------------------------------------------------------------------------------


def test_json_lines_with_broken_lines_are_named_by_line_and_the_rest_go_through(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    good = {"text": "The NIS said 3,000 troops were sent.", "published": "2025-03-27", "url": "https://a.example/1"}
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                "{not json",
                json.dumps(["a", "list"]),
                json.dumps({"published": "2025-01-01"}),
                json.dumps({"text": "x", "published": "27 March"}),
                "",
                json.dumps({**good, "url": "https://a.example/2", "published": "2025-03"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    found = list(items([path]))
    bad = [x.message for x in found if isinstance(x, Unreadable)]
    assert [m.split(": ")[0] for m in bad] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "not valid JSON" in bad[0] and "not an object" in bad[1] and "no 'text'" in bad[2] and "'27 March'" in bad[3]
    articles = [x for x in found if isinstance(x, Item)]
    assert [a.url for a in articles] == ["https://a.example/1", "https://a.example/2"]
    assert articles[1].published is None  # a month only: undated


def test_non_utf8_json_lines_and_missing_paths(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_bytes(b'{"text": "ok", "published": ""}\n{"text": "caf\xe9"}\n')
    found = list(items([path, tmp_path / "nowhere.jsonl"]))
    messages = [x.message for x in found if isinstance(x, Unreadable)]
    assert messages[0].startswith(f"{path}:2: not UTF-8 (byte 0xe9 at offset") and "nowhere.jsonl" in messages[1]


# --- the queue ----------------------------------------------------------------------------------


def _article(source: str, text: str, published: date | None, outlet: str) -> Item:
    return Item(source, text, published, outlet, f"https://{source}.example")


def test_copies_of_a_figure_are_one_cluster_with_its_outlets_earliest_first_and_its_original() -> None:
    queue = Queue(known.Dataset({}, {}))  # a dataset that knows nothing
    articles = [
        _article("b", "North Korea sent 4,321 troops, the NIS said, according to Yonhap.", date(2031, 5, 3), "Daily B"),
        _article("a", "The NIS said North Korea sent 4,321 troops.", date(2031, 5, 2), "Daily A"),
        _article("c", "The NIS said North Korea sent 4,321 troops.", date(2031, 9, 1), "Daily C"),  # months later
        _article("d", "The NIS said 77 North Korean soldiers were killed.", date(2031, 5, 2), "Daily D"),
    ]
    for result in extracted(articles):
        assert not isinstance(result, Unreadable)
        queue.add(result)
    rows = list(queue.finish())
    troops = [r for r in rows if r["metric"] == "troops_deployed"]
    assert [r["outlet"] for r in troops] == ["Daily A", "Daily B", "Daily C"]
    first, later = troops[0]["cluster"], troops[2]["cluster"]
    assert troops[1]["cluster"] == first != later
    assert troops[0]["outlets"] == "Daily A; Daily B" and troops[0]["original"] == "Yonhap"
    assert troops[2]["outlets"] == "Daily C" and troops[2]["original"] == "Daily C"
    assert {r["status"] for r in rows} == {"new"}
    assert queue.summary.articles == 4 and queue.summary.candidates == 4 and queue.summary.new_clusters == 3


def test_new_clusters_come_first() -> None:
    queue = Queue(known.load_claims())
    articles = [
        _article("k", "The NIS said about 600 North Korean soldiers had been killed.", date(2025, 4, 30), "K"),
        _article("n", "The NIS said 4,321 North Korean soldiers had been killed.", date(2031, 1, 1), "N"),
    ]
    for result in extracted(articles):
        assert not isinstance(result, Unreadable)
        queue.add(result)
    rows = list(queue.finish())
    assert rows[0]["status"] != "known"
    assert rows[-1]["status"] == "known" and rows[-1]["claim_id"]


def test_an_undated_article_has_no_periods() -> None:
    result = triage_item(Item("x", "The NIS said 3,000 troops were sent last year.", None))
    assert result.rows and all(r["period_start"] == r["period_end"] == "" for r in result.rows)


# --- the command --------------------------------------------------------------------------------


def test_the_command_reads_files_folders_and_json_lines(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.md").write_text(
        "---\npublished: 2025-03-27\npublisher: Daily One\n---\nThe NIS said 3,000 troops were sent.\n",
        encoding="utf-8",
    )
    pages = _jsonl(
        tmp_path / "pages.jsonl",
        [
            {
                "text": "국정원은 북한이 1만1000명을 파병했다고 밝혔다.",
                "published": "2025-03-27",
                "outlet": "News Ko",
                "lang": "ko",
            },
            {
                "text": "=HYPERLINK(1) The NIS said 3,000 troops were sent.",
                "published": "2025-03-28",
                "outlet": "=Evil",
            },
            "not an object",
        ],
    )
    status, out, err = _run(["triage", str(folder), str(pages), "--format", "csv"])
    assert status == 2  # one line could not be read; the others are in the queue
    assert f"{pages}:3" in err and err.strip().splitlines()[-1].startswith("triage: 3 articles (1 unreadable)")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["lang"] for r in rows} == {"en", "ko"}
    assert all(not r[k].startswith(("=", "+", "-", "@")) for r in rows for k in r)  # safe for spreadsheets
    assert any(r["outlet"] == "'=Evil" for r in rows)
    status, out, _ = _run(["triage", str(pages), "--format", "jsonl"])
    records = [json.loads(line) for line in out.splitlines()]
    assert any(r["outlet"] == "=Evil" for r in records) and all("cluster" in r for r in records)


def test_out_writes_a_file_and_jobs_give_the_same_queue(tmp_path: Path) -> None:
    out_file = tmp_path / "queue.csv"
    status, out, err = _run(["triage", *map(str, DEV[1:3]), "--out", str(out_file), "--jobs", "2"])
    assert status == 0 and out == "" and "triage:" in err
    status, one, _ = _run(["triage", *map(str, DEV[1:3])])
    assert status == 0 and out_file.read_text(encoding="utf-8") == one


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--jobs", "0"], "--jobs"),
        (["--jobs", "many"], "--jobs"),
        (["--format", "xml"], "--format"),
    ],
)
def test_bad_options_are_one_line(argv: list[str], message: str, tmp_path: Path) -> None:
    status, _, err = _run(["triage", str(tmp_path), *argv])
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1


def test_out_cannot_be_a_folder(tmp_path: Path) -> None:
    status, _, err = _run(["triage", str(DEV[1]), "--out", str(tmp_path)])
    assert status == 2 and "is a folder" in err


# --- generated input ----------------------------------------------------------------------------

_RECORD = st.one_of(
    st.fixed_dictionaries(
        {"text": st.text(max_size=200), "published": st.one_of(st.just(""), st.dates().map(str), st.text(max_size=12))},
        optional={"url": st.text(max_size=20), "outlet": st.text(max_size=20), "lang": st.text(max_size=5)},
    ),
    st.lists(st.integers(), max_size=3),
    st.integers(),
    st.text(max_size=10),
    st.none(),
)
_LINE = st.one_of(_RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)), st.text(max_size=40))


@settings(max_examples=40, deadline=None, database=None, derandomize=True)
@given(st.lists(_LINE, max_size=8))
def test_any_json_lines_file_is_read_line_by_line_and_triaged(lines: list[str]) -> None:
    """Whatever a JSON Lines file holds, each line is an article or one message naming its line,
    and every article goes through triage without an error."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        path.write_text(
            "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines) + "\n", encoding="utf-8"
        )
        found = list(items([path]))
        for x in found:
            if isinstance(x, Unreadable):
                assert x.message.startswith(f"{path}:") and "\n" not in x.message
        queue = Queue(known.Dataset({}, {}))
        for result in extracted(found):
            if not isinstance(result, Unreadable):
                queue.add(result)
        rows = list(queue.finish())
        assert all(r["status"] == "new" and r["cluster"].startswith("K") for r in rows)

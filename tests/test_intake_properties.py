"""Generated article texts through extract and ingest: never a traceback, always valid candidates.

Bounded, repeatable examples keep the suite fast (162 in all); ``HYPOTHESIS_PROFILE=long`` in
the environment runs ten times as many, freshly generated.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import itertools
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from analysis import paths
from analysis.__main__ import main
from analysis.data import schema
from analysis.data.reviews import check_review_file, read_review, review_path, to_csv
from analysis.files import write_atomic
from analysis.intake.extract import claims_from_text
from analysis.intake.extract.claimants import actor_index
from analysis.sentences import split_sentences

# Hypothesis caches Unicode tables in a folder: a private temporary one, not the project
_HOME = tempfile.mkdtemp(prefix="hypothesis-")
set_hypothesis_home_dir(_HOME)
atexit.register(shutil.rmtree, _HOME, True)

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"


def examples(n: int) -> int:
    return n * 10 if LONG else n


PIECES = [
    "North Korea sent",
    "3,000",
    "troops",
    "the NIS said",
    "Seoul's spy agency",
    ".",
    "!",
    "?",
    "\n",
    "five-thousand",
    "some 14-hundred",
    "killed or wounded",
    "wounded",
    "dead",
    "MR. KIRBY:",
    "Q:",
    "ANCHOR:",
    "---",
    "Seoul.The",
    "a hundred and twenty",
    "of each type",
    "1.5 million",
    "Resolution 2270",
    "\u2014",
    "\u201c",
    "\u201d",
    "between 10 and 20",
    "among them",
    "last year",
    "in January and February",
    "since October",
    "by December",
    "on Thursday",
    "Yonhap reported",
    "according to Budanov",
    "howitzers and rocket launchers",
    "is expected to send",
    "appears to",
    "containers",
    "shells",
    "-",
    "=cmd|' /C calc'!A0",
    "+1",
    "@SUM(A1)",
    "tens of thousands",
    "a dozen",
    "0",
    "00",
    "1e9",
    "\u0130",
    "\ufb03",
    "\u00a0",
    "\t",
    "\r\n",
    "Q",
    ":",
]
fragment = st.one_of(
    st.sampled_from(PIECES),
    st.text(max_size=30),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**6).map(str),
)
# sentences shaped like claims, so that generated texts carry figures the extractor takes
claim_sentence = st.builds(
    "{} {} {} {} {}{}".format,
    st.sampled_from(["", "About", "At least", "Up to", "Some", "More than", "Between 10 and"]),
    st.one_of(st.integers(0, 10**8).map(lambda n: f"{n:,}"), st.sampled_from(["five-thousand", "a dozen"])),
    st.sampled_from(["troops", "soldiers", "shells", "missiles", "containers", "more", "howitzers", "workers"]),
    st.sampled_from(["were killed", "were wounded", "were sent", "are in Kursk", "will be sent", "went", ""]),
    st.sampled_from(["the NIS said", "Kirby said", "according to Ukraine", "Seoul said", "", "it added"]),
    st.sampled_from([".", "", "!", ".The"]),
)
article_text = st.tuples(
    st.lists(st.one_of(fragment, claim_sentence), max_size=40).map(" ".join), st.integers(1, 30)
).map(lambda pair: pair[0] * (pair[1] if len(pair[0]) * pair[1] < 6000 else 1))


def _check_candidates(text: str) -> None:
    units = schema.metric_units()
    claims = schema.table("claims")
    qualifiers = set(claims.field("qualifier").enum or [])
    precisions = set(claims.field("date_precision").enum or [])
    index = actor_index()
    claimants = {a.actor_id for a in index.actors.values() if a.kind != "person"}
    numbered = split_sentences(text)
    for c in claims_from_text(text, date(2025, 3, 27)):
        values = [v for v in (c.value_low, c.value_best, c.value_high) if v is not None]
        assert c.metric in units and c.unit == units[c.metric]
        assert values and all(isinstance(v, int) and v >= 0 for v in values)
        if c.value_low is not None and c.value_high is not None:
            assert c.value_low <= c.value_high
        assert c.qualifier in qualifiers
        assert c.date_precision is None or c.date_precision in precisions
        if c.period_start and c.period_end:
            assert c.period_start <= c.period_end
        assert 1 <= c.sentence_no <= len(numbered) and numbered[c.sentence_no - 1] == c.sentence
        assert c.claimant is None or c.claimant in claimants, c.claimant


@settings(max_examples=examples(120), deadline=None, database=None, derandomize=not LONG)
@given(article_text)
def test_generated_text_gives_valid_candidates(text: str) -> None:
    _check_candidates(text)


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = int(exc.code or 0) if not isinstance(exc.code, str) else 2
    return status, out.getvalue(), err.getvalue()


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "raw"]


@settings(
    max_examples=examples(30),
    deadline=None,
    database=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(article_text, st.sampled_from(ENCODINGS), st.binary(max_size=30))
def test_extract_cli_never_shows_a_traceback(tmp_path: Path, text: str, encoding: str, noise: bytes) -> None:
    path = tmp_path / "article.txt"
    data = noise if encoding == "raw" else text.encode(encoding, errors="replace")
    path.write_bytes(data)
    status, _out, err = _run(["extract", str(path), "--published", "2025-03-27"])
    assert status in (0, 1, 2) and "Traceback" not in err
    assert status != 1, err  # 1 is a failed run: never for any input text
    if status == 2:
        assert len(err.strip().splitlines()) == 1 and "article.txt" in err


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("props") / "data"
    shutil.copytree(paths.DATA_DIR, target, ignore=shutil.ignore_patterns(".clean-*"))
    return target


_ids = itertools.count()


@settings(
    max_examples=examples(12),
    deadline=None,
    database=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(article_text)
def test_ingest_of_any_text_writes_a_review_file_validation_accepts(
    shared_data: Path, tmp_path: Path, text: str
) -> None:
    sid = f"generated-{next(_ids)}"
    path = tmp_path / f"{sid}.txt"
    path.write_text(text, encoding="utf-8")
    status, _, err = _run(
        [
            "ingest",
            str(path),
            "--published",
            "2025-03-27",
            "--publisher",
            "Fixture Desk",
            "--data-dir",
            str(shared_data),
        ]
    )
    assert status in (0, 2) and "Traceback" not in err, err
    if status == 2:
        assert len(err.strip().splitlines()) == 1
        return
    review = review_path(sid, shared_data)
    assert check_review_file(review, shared_data) == []
    rows, _, _ = read_review(review)
    # every candidate with a claimant accepted as proposed (one without needs a person's edit)
    write_atomic(review, to_csv([{**r, "decision": "accept" if r["claimant"] else ""} for r in rows]))
    assert check_review_file(review, shared_data) == []

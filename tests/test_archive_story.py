"""The archive tells one story: a weekly brief counts what changed since the run before it, and the index agrees.

The real situation report runs weekly over three weeks of the bundled data (one module-scoped
archive); the plan helpers are checked on their own.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from analysis import paths
from analysis.reports import output
from analysis.reports.plan import plan_reports, with_since

DAYS = ["2026-02-09", "2026-02-16", "2026-02-23"]  # the NIS briefing of 12 February, then 20 February
RUN = DAYS[1:]  # the archive run: its first day counts from the notebook's default, its second from the first


COMMAND = [sys.executable, "-m", "analysis", "report", "situation_report"]


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def test_each_archive_day_counts_from_the_run_before(tmp_path: Path) -> None:
    plans = plan_reports(["situation_report", "timeline"], start=DAYS[0], end=DAYS[-1], every="week")
    given = with_since(plans, output.previous_days(tmp_path, [p.as_of for p in plans]))
    since = {p.as_of: {r.report.name: r.given.get("since") for r in p.runs} for p in given}
    assert since == {
        DAYS[0]: {"situation_report": None, "timeline": None},  # nothing before: the notebook's own default
        DAYS[1]: {"situation_report": DAYS[0], "timeline": None},  # only a report that takes `since` gets it
        DAYS[2]: {"situation_report": DAYS[1], "timeline": None},
    }
    assert all(r.effective.get("since") == DAYS[1] for r in given[2].runs if r.report.name == "situation_report")


def test_a_since_given_by_hand_is_kept_and_an_earlier_run_counts(tmp_path: Path) -> None:
    (plan,) = plan_reports(["situation_report"], as_of=DAYS[2], params={"since": "2025-01-01"})
    assert with_since([plan], {DAYS[2]: DAYS[1]})[0].runs[0].given["since"] == "2025-01-01"
    (plan,) = plan_reports(["situation_report"], as_of=DAYS[2])
    run = output.new_run_dir(tmp_path, DAYS[0])
    output.write_json(run / "manifest.json", {"status": "ok", "as_of": DAYS[0], "reports": {}})
    output.publish(run, tmp_path, DAYS[0])
    assert output.previous_days(tmp_path, [DAYS[2]]) == {DAYS[2]: DAYS[0]}, "the newest complete run before it"
    assert with_since([plan], output.previous_days(tmp_path, [DAYS[2]]))[0].runs[0].given["since"] == DAYS[0]
    assert with_since([plan], {DAYS[2]: "2020-01-01"}, date(2023, 9, 13))[0] == plan, "never before the data"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("archive")
    env = {k: v for k, v in os.environ.items() if k not in ("NKR_REPORT_REGISTRY", "NKR_DATA_DIR")}
    done = subprocess.run(
        [*COMMAND, "--from", RUN[0], "--to", RUN[-1], "--every", "week", "--jobs", "2", "--out", str(out)],
        cwd=paths.PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_a_weekly_brief_counts_exactly_since_the_previous_run(archive: Path) -> None:
    for previous, day in itertools.pairwise(RUN):
        summary = (archive / day / "situation_report.md").read_text()
        assert f"Since {_day(previous)}" in summary or f"No new claims since {_day(previous)}" in summary, summary
        manifest = json.loads((archive / day / "manifest.json").read_text())
        assert manifest["reports"]["situation_report"]["parameters"]["since"] == previous


def test_a_claim_is_new_in_one_weekly_brief_only(archive: Path) -> None:
    seen: dict[str, list[str]] = {}
    for day in RUN:
        page = (archive / day / "situation_report.html").read_text()
        section = page.split("What changed since the previous report", 1)[1].split("<h2", 1)[0]
        for claim in set(re.findall(r'href="#claim-(C\d{4})"', section)):
            seen.setdefault(claim, []).append(day)
    assert seen, "something changed in these weeks"
    assert all(len(days) == 1 for days in seen.values()), seen


def test_the_index_agrees_with_the_briefs_and_shows_how_the_picture_moved(archive: Path) -> None:
    index = (archive / "index.html").read_text()
    rows = index.split("<tbody>", 1)[1].split("</tr>")
    assert [h in index for h in ("Troops sent", "Killed or wounded, newest estimate", "Artillery rounds")] == [True] * 3
    for day in RUN:
        summary = output.read_summary(archive / day / "situation_report.ipynb")
        assert summary is not None and summary["as_of"] == day
        (row,) = [r for r in rows if f'href="{day}/index.html"' in r]
        assert summary["changed"].replace("'", "&#39;") in row, (summary["changed"], row)
        for figure in summary["figures"]:
            assert figure["figure"] in row and figure["claimant"] in row
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", re.sub(r'(href|class)="[^"]*"', "", index)), "no code names"
    for day in RUN:
        brief = (archive / day / "situation_report.md").read_text()
        summary = output.read_summary(archive / day / "situation_report.ipynb") or {}
        said = re.search(r"Since [^:]+: ([\d,]+) new claims?", brief)
        assert (int(said.group(1).replace(",", "")) if said else 0) == summary["new_claims"], "one count"

"""Archive runs (--from/--to/--every), the .md summary, publish faults and validation properties.

Kernels run only in the archive test (fixture notebooks, tiny dataset); everything else checks
the validation layer and the publishing steps directly.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.__main__ import main
from analysis.reports import archive_dates, output
from tests.test_reports import AS_OF, cli, error_lines, fixture_data, fixture_env, snapshot

# 60 examples in `make test`; 400 with HYPOTHESIS_PROFILE=long (`make test-long`)
FAST = settings(
    max_examples=400 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 60,
    deadline=None,
    derandomize=os.environ.get("HYPOTHESIS_PROFILE") != "long",  # everyday runs repeat; long runs explore
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_data.write_dataset(tmp_path_factory.mktemp("data"))


def test_archive_dates_end_on_to_and_step_back() -> None:
    weeks = archive_dates(date(2025, 1, 6), date(2025, 3, 24), "week")
    assert len(weeks) == 12 and weeks[0] == date(2025, 1, 6) and weeks[-1] == date(2025, 3, 24)
    assert {d.weekday() for d in weeks} == {date(2025, 3, 24).weekday()}
    months = archive_dates(date(2025, 1, 1), date(2025, 3, 31), "month")
    assert months == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31)]


def test_archive_writes_a_folder_per_date_and_an_index(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _stdout, stderr = cli(
        data, "ok", "--from", "2025-01-18", "--to", "2025-02-01", "--every", "week", "--jobs", "2", "--out", str(out)
    )
    assert code == 0, stderr
    days = ["2025-01-18", "2025-01-25", "2025-02-01"]
    for day in days:
        assert (out / day / "ok.html").is_file() and (out / day / "ok.md").is_file()
        assert json.loads((out / day / "manifest.json").read_text())["as_of"] == day
    index = (out / "index.html").read_text()
    assert [index.index(f'href="{d}/index.html"') for d in reversed(days)] == sorted(
        index.index(f'href="{d}/index.html"') for d in days
    ), "newest first"
    assert 'href="2025-02-01/ok.html"' in index
    assert "new claim" in index and "since 25 January 2025" in index, "a what-changed line"
    assert str((out / "latest").readlink()) == "2025-02-01"
    md = (out / "2025-01-18" / "ok.md").read_text()
    assert md.startswith("# Fixture report, 18 January 2025\n") and "- Report: ok.html" in md


def test_what_changed_counts_new_claims_by_measure() -> None:
    claims = [("2025-01-01", "killed"), ("2025-01-05", "killed"), ("2025-01-06", "troops_deployed")]
    assert (
        output.what_changed(claims, "2025-01-01", "2025-01-06")
        == "2 new claims since 1 January 2025: killed and troops sent (cumulative)"
    ), "the schema's labels, never the code names"
    claims += [("2025-01-07", "killed")]
    assert output.what_changed(claims, "2025-01-01", "2025-01-07").endswith(": killed (2) and troops sent (cumulative)")
    assert output.what_changed(claims, "2025-01-07", "2025-01-13") == "no new claims since 7 January 2025"
    assert output.what_changed(claims, None, "2025-01-05").startswith("2 claims so far")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-02-01", "--to", "2025-01-20"], "error: --from 2025-02-01 is after --to 2025-01-20"),
        (["--from", "x"], "error: --from 'x': expected a date as YYYY-MM-DD"),
        (["--as-of", "2025-01-20", "--every", "week"], "error: give --as-of or --from/--to/--every, not both"),
        (["--jobs", "9" * 30], "error: --jobs '99999"),
        (["--timeout", "-1"], "error: --timeout '-1': expected a number of seconds"),
    ],
)
def test_archive_and_option_errors_are_one_line(data: Path, tmp_path: Path, args: list[str], message: str) -> None:
    code, _, stderr = cli(data, "ok", *args, "--out", str(tmp_path / "o"))
    assert code == 2 and len(error_lines(stderr)) == 1 and error_lines(stderr)[0].startswith(message), stderr
    assert not (tmp_path / "o").exists()


def test_params_file_aliases_are_refused(data: Path, tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text("a: &x [1, 2]\nb: *x\n")
    code, _, stderr = cli(data, "ok", "--params-file", str(f), "--out", str(tmp_path / "o"))
    assert code == 2 and "YAML aliases (*name) are not allowed" in stderr


def test_a_folder_we_did_not_make_is_never_replaced(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    (out / AS_OF).mkdir(parents=True)
    (out / AS_OF / "notes.txt").write_text("mine")
    code, _, stderr = cli(data, "ok", "--out", str(out))
    assert code == 2 and "was not written by this tool" in stderr
    assert (out / AS_OF / "notes.txt").read_text() == "mine"


def test_failed_symlink_is_not_followed(data: Path, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "o", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "_failed").symlink_to(elsewhere)
    code, _, stderr = cli(data, "fail", "--out", str(out))
    assert code == 1 and "is a symlink; not writing through it" in stderr and "Traceback" not in stderr
    assert list(elsewhere.iterdir()) == []


# --- publishing survives a crash between any two file operations ------------------------------


def _complete(out: Path, as_of: str, tag: str) -> Path:
    tmp = output.new_run_dir(out, as_of)
    output.write_json(tmp / "manifest.json", {"status": "ok", "tag": tag})
    return tmp


@pytest.mark.parametrize("crash_at", range(6))
def test_latest_always_resolves_to_a_complete_run(
    tmp_path: Path, crash_at: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path
    output.publish(_complete(out, "2025-01-01", "old"), out, "2025-01-01")
    output.update_latest(out)
    new = _complete(out, "2025-01-01", "new")
    calls = {"n": 0}
    real = {name: getattr(os, name) for name in ("rename", "replace", "symlink")}

    def failing(name: str):  # type: ignore[no-untyped-def]
        def op(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            if calls["n"] > crash_at:
                raise OSError(28, "No space left on device (simulated)")
            return real[name](*args, **kwargs)

        return op

    for name in real:
        monkeypatch.setattr(os, name, failing(name))
    with pytest.raises(OSError):
        output.publish(new, out, "2025-01-01")
        output.update_latest(out)
        raise OSError("finished without a crash")
    monkeypatch.undo()
    tag = json.loads(((out / "latest") / "manifest.json").read_text())["tag"]
    assert tag in ("old", "new"), "latest names a complete run"
    output.clean_stale(out)
    assert json.loads(((out / "latest") / "manifest.json").read_text())["tag"] == tag
    assert not list(out.glob(".tmp-*")) and not list(out.glob(".link-*"))


# --- validation properties (no kernel) --------------------------------------------------------

_text = st.text(min_size=0, max_size=30)
_values = st.one_of(
    _text, st.dates().map(str), st.integers().map(str), st.floats().map(str), st.lists(_text, max_size=3).map(",".join)
)
_names = st.sampled_from(["as_of", "n", "label", "metrics", "ok.n", "nope"])


@FAST
@given(params=st.lists(st.tuples(_names, _values), max_size=3), as_of=st.one_of(st.none(), _values))
def test_any_command_line_ends_in_0_1_or_2_without_traceback(
    data: Path, tmp_path: Path, params: list[tuple[str, str]], as_of: str | None
) -> None:
    """Validation only: a run that would start a kernel is stopped by an unknown name at the end."""
    out = tmp_path / "prop"
    out.mkdir(exist_ok=True)
    (out / "keep.txt").write_text("mine")
    before = snapshot(out)
    args = [a for n, v in params for a in ("-p", n, v)] + (["--as-of", as_of] if as_of is not None else [])
    err, stdout = io.StringIO(), io.StringIO()
    with fixture_env(data), contextlib.redirect_stderr(err), contextlib.redirect_stdout(stdout):
        try:
            code = main(["report", "ok", *args, "-p", "nope", "x", "--out", str(out)])
        except SystemExit as exc:  # argparse: a value starting with "-" read as an option
            code = int(exc.code or 0)
    stderr = err.getvalue()
    assert code == 2, stderr
    assert "Traceback" not in stdout.getvalue() + stderr and "usage:" not in stderr
    assert len(stderr.splitlines()) >= 1 and all(line.startswith("error: ") for line in stderr.splitlines()), stderr
    assert snapshot(out) == before


def test_a_day_whose_runs_failed_stays_in_the_archive_index(tmp_path: Path) -> None:
    """An archive never drops a day silently: a failed day is listed as failed, with its kept notebooks."""
    out = tmp_path / "o"
    out.mkdir()
    published = output.new_run_dir(out, "2024-02-22")
    output.write_json(published / "manifest.json", {"status": "ok", "as_of": "2024-02-22", "reports": {}})
    output.publish(published, out, "2024-02-22")
    kept = output.failed_dir(out)
    output.write_json(kept / "manifest.json", {"status": "failed", "as_of": "2024-02-29", "reports": {}})
    output.write_archive(out, [("2024-02-29", "killed")])
    index = (out / "index.html").read_text()
    assert (
        '<td data-label="As of"><span class="day">29 February 2024' in index and f'href="_failed/{kept.name}/"' in index
    ), index
    assert index.index("29 February 2024") < index.index('<a href="2024-02-22/index.html">'), "newest first"
    assert "Latest: 22 February 2024" in index, "latest names the newest published day"
    later = output.new_run_dir(out, "2024-02-29")  # the day succeeds later: its published run is listed
    output.write_json(later / "manifest.json", {"status": "ok", "as_of": "2024-02-29", "reports": {}})
    output.publish(later, out, "2024-02-29")
    output.write_archive(out, [("2024-02-29", "killed")])
    index = (out / "index.html").read_text()
    assert 'href="2024-02-29/index.html"' in index and "_failed/" not in index

"""Hardening of the report runner: one test per rule with one concrete input, and a generated
suite showing that anything validation accepts renders through the real report notebooks.

The generated suite runs a bounded number of accepted parameter combinations through
``python -m analysis report`` on the bundled dataset: ``RENDER_EXAMPLES`` (default 4 generated
plus 4 fixed edge cases) in ``make test``, more with ``HYPOTHESIS_PROFILE=long`` (``make test-long``).
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.__main__ import main
from analysis.data.facts import DatasetFacts
from analysis.errors import UsageError
from analysis.reports.plan import collect, plan_run
from analysis.reports.registry import load_registry
from tests.test_reports import AS_OF, cli, error_lines

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
RENDER_EXAMPLES = 40 if LONG else 4


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.test_reports import fixture_data

    return Path(fixture_data.write_dataset(tmp_path_factory.mktemp("data")))


def run_main(*args: str) -> tuple[int, str]:
    """``python -m analysis report ARGS`` in this process, argparse exits included; (code, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(["report", *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


# --- one rule, one input ------------------------------------------------------------------


def test_a_value_starting_with_a_dash_is_one_line(data: Path, tmp_path: Path) -> None:
    code, stderr = run_main("ok", "-p", "label", "-x", "--out", str(tmp_path / "o"))
    assert code == 2 and len(stderr.splitlines()) == 1 and stderr.startswith("error: argument -p/--param"), stderr
    assert "--params-file" in stderr and "usage:" not in stderr


def test_an_unknown_option_is_one_line(tmp_path: Path) -> None:
    code, stderr = run_main("situation_report", "--bogus", "--out", str(tmp_path / "o"))
    assert code == 2 and stderr == "error: unrecognized arguments: --bogus (see --help)\n"


@pytest.mark.parametrize("out", ["/", "~"])
def test_out_cannot_be_the_root_or_home_folder(data: Path, out: str) -> None:
    before = sorted(Path(out).expanduser().iterdir())
    code, _, stderr = cli(data, "ok", "--out", out)
    assert code == 2 and error_lines(stderr) == [error_lines(stderr)[0]], stderr
    assert "not the root or home folder" in stderr
    assert sorted(Path(out).expanduser().iterdir()) == before, "nothing created or deleted"


def test_os_errors_are_one_line_and_debug_shows_the_traceback(data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, stderr = cli(data, "ok", "--out", str(blocker / "sub"))
    assert code == 1 and len(stderr.splitlines()) == 1 and "Not a directory" in stderr, stderr
    with pytest.raises(OSError):
        cli(data, "ok", "--out", str(blocker / "sub"), "--debug")


def test_timeout_zero_is_refused(data: Path, tmp_path: Path) -> None:
    code, _, stderr = cli(data, "ok", "--timeout", "0", "--out", str(tmp_path / "o"))
    assert code == 2 and error_lines(stderr) == [
        "error: --timeout '0': expected a number of seconds from 0.001 to 604800"
    ]


def test_files_and_folders_get_ordinary_permissions(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    old = os.umask(0o022)
    try:
        code, _, stderr = cli(data, "ok", "--out", str(out))
    finally:
        os.umask(old)
    assert code == 0, stderr
    run = (out / AS_OF).resolve()
    assert (out / ".lock").is_file(), "the lock lives inside the output folder"
    for path in [run, *run.iterdir(), out / "index.html", out / ".runs"]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), f"{path.name}: {oct(mode)}"


# --- anything validation accepts renders ------------------------------------------------------

REAL = load_registry(paths.NOTEBOOKS_DIR / "reports.yaml")
FACTS = DatasetFacts(paths.DATA_DIR)


def _value(facts: DatasetFacts, param: Any) -> st.SearchStrategy[str]:
    span = facts.allowed_span or (date(2025, 1, 1), date.today())
    if param.item_type == "date":
        return st.dates(span[0], span[1]).map(str)
    choices = list(facts.vocabulary(param.allowed) if isinstance(param.allowed, str) else param.allowed or [])
    if param.is_list:
        return st.lists(st.sampled_from(choices), max_size=3, unique=True).map(",".join)
    return st.sampled_from(["", *choices])


@st.composite
def accepted(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A report and a command line validation accepts (rejected ones are discarded)."""
    name = draw(st.sampled_from(sorted(REAL.reports)))
    report = REAL.reports[name]
    args = []
    for pname, param in report.parameters.items():
        if draw(st.booleans()):
            value = draw(_value(FACTS, param))
            args += ["--as-of", value] if pname == "as_of" else ["-p", pname, value]
    return name, args


def _accepted_by_validation(name: str, args: list[str]) -> bool:
    as_of = args[args.index("--as-of") + 1] if "--as-of" in args else str(FACTS.date_range[1])  # type: ignore[index]
    pairs = [(args[i + 1], args[i + 2]) for i, a in enumerate(args) if a == "-p"]
    try:
        plan_run(REAL, [name], as_of, collect(REAL, pairs, {}), FACTS)
    except UsageError:
        return False
    return True


FIRST = FACTS.date_range[0] if FACTS.date_range else date(2024, 1, 1)
_METRICS = Counter(r["metric"] for r in FACTS.rows("claims")) if FACTS.date_range else Counter({"killed": 1})
ONE_CLAIM = sorted(m for m, n in _METRICS.items() if n == 1)[0]  # a metric with a single claim
_CLAIMED = {r["claimant"] for r in FACTS.rows("claims")} if FACTS.date_range else set()
NO_CLAIMS = sorted(set(FACTS.vocabulary("claimants")) - _CLAIMED or {"North Korea"})[0]  # an actor never quoted


@pytest.mark.skipif(FACTS.date_range is None, reason="data/clean is not built")
@settings(
    max_examples=RENDER_EXAMPLES,
    deadline=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(case=accepted())
@example(case=("situation_report", ["--as-of", str(FIRST)]))  # the first day: almost nothing known
@example(case=("source_comparison", ["-p", "metric", ONE_CLAIM]))  # a metric with one claim
@example(case=("situation_report", ["--as-of", str(FIRST + timedelta(days=1)), "-p", "claimants", NO_CLAIMS]))
@example(case=("timeline", ["-p", "start", str(FIRST), "-p", "end", str(FIRST)]))  # an empty selection
def test_anything_validation_accepts_renders(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[str, list[str]]
) -> None:
    name, args = case
    assume(_accepted_by_validation(name, args))
    out = tmp_path_factory.mktemp("render")
    code, stderr = run_main(name, *args, "--jobs", "1", "--out", str(out))
    assert code == 0, f"{name} {args}: {stderr}"
    html = (out / "latest" / f"{name}.html").read_text(encoding="utf-8")
    md = (out / "latest" / f"{name}.md").read_text(encoding="utf-8")
    assert "Traceback" not in html and "Error" not in md
    assert md.count("\n- ") >= 3, "the summary has key points and links"


def test_deploy_examples_use_the_md_summary() -> None:
    """The cron and systemd examples mail the summary that every run writes beside each page."""
    for name in ("crontab.example", "nk-reports.service"):
        text = (paths.PROJECT_ROOT / "deploy" / name).read_text(encoding="utf-8")
        assert "reports/latest/situation_report.md" in text, name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["timeline", "--as-of", "2025-03-24", "-p", "start", "2025-03-01", "-p", "end", "2025-01-01"],
            "error: report timeline: parameter end='2025-01-01' is not allowed: "
            "expected a date not before start=2025-03-01",
        ),
        (
            ["situation_report", "--as-of", "2025-02-01", "-p", "since", "2025-03-01"],
            "error: report situation_report: parameter since='2025-03-01' is not allowed: "
            "expected a date not after as_of=2025-02-01",
        ),
    ],
)
def test_dates_out_of_order_stop_before_any_kernel(tmp_path: Path, args: list[str], message: str) -> None:
    code, stderr = run_main(*args, "--out", str(tmp_path / "o"))
    assert code == 2 and stderr.splitlines() == [message]
    assert not (tmp_path / "o").exists()


def test_templates_are_package_data() -> None:
    """Every Jinja2 template of the runner matches the package-data pattern pyproject.toml ships."""
    import tomllib

    config = tomllib.loads((paths.PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["analysis.reports"]
    folder = paths.PROJECT_ROOT / "analysis" / "reports"
    templates = sorted(p.relative_to(folder) for p in (folder / "templates").iterdir())
    assert templates and all(any(t.match(p) for p in patterns) for t in templates), (templates, patterns)


def test_a_params_file_full_of_unknown_names_gives_ten_lines_and_a_count(tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("".join(f"name{i}: {i}\n" for i in range(30)), encoding="utf-8")
    code, stderr = run_main("situation_report", "--params-file", str(params), "--out", str(tmp_path / "o"))
    lines = stderr.splitlines()
    assert code == 2 and len(lines) == 11 and lines[-1] == "error: ... and 20 more problems", lines
    assert not (tmp_path / "o").exists()

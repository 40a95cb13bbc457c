"""Hardening of the report runner: one test per rule with one concrete input, and a generated
suite showing that anything validation accepts renders through the real report notebooks.

The generated suite runs a bounded number of accepted parameter combinations through
``python -m analysis report`` on the bundled dataset: ``RENDER_EXAMPLES`` (default 2 generated
plus 4 fixed edge cases) in ``make test``, more with ``HYPOTHESIS_PROFILE=long`` (``make test-long``).
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections import Counter
from datetime import date, datetime, timedelta
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
RENDER_EXAMPLES = 40 if LONG else 2


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


# --- the second round: each class of failure, with generated inputs where they can be ----------


def _existing_child(folder: Path) -> str | None:
    with contextlib.suppress(OSError):
        return next((p.name for p in sorted(folder.iterdir()) if p.is_dir() and not p.is_symlink()), None)
    return None


def _spellings(base: str, folder: Path) -> st.SearchStrategy[str]:
    child = _existing_child(folder)
    parts = ["", ".", "/"] + ([f"{child}/.."] if child else [])
    return st.lists(st.sampled_from(parts), max_size=5).map(lambda p: base + "/" + "/".join(p))


@settings(max_examples=200 if LONG else 60, deadline=None, derandomize=not LONG)
@given(
    spelled=st.one_of(
        _spellings("", Path("/")),
        _spellings("/", Path("/")),
        _spellings("~", Path.home()),
        _spellings(str(Path.home()), Path.home()),
        _spellings("/tmp", Path("/tmp")),
    )
)
def test_out_is_never_the_root_or_home_in_any_spelling(spelled: str) -> None:
    """``--out`` spelt ``//``, ``/./``, ``/tmp/..``, ``~/.``: refused when it is the root or home folder."""
    from analysis.errors import UsageError
    from analysis.reports.runner import check_options

    real = Path(os.path.realpath(Path(spelled).expanduser()))
    special = real in (Path("/"), Path(os.path.realpath(Path.home())))
    try:
        check_options(spelled, None, 300)
    except UsageError as exc:
        assert special and "not the root or home folder" in str(exc), (spelled, exc)
    else:
        assert not special, f"{spelled!r} is {real} and was accepted"


@pytest.mark.parametrize("spelled", ["//", "///", "/./", "/tmp/..", "~/.", "~//", "link"])
def test_out_spelt_as_the_root_or_home_is_refused_before_anything_is_written(
    data: Path, tmp_path: Path, spelled: str
) -> None:
    if spelled == "link":
        (tmp_path / "root").symlink_to("/")
        spelled = str(tmp_path / "root")
    folder = Path(spelled).expanduser()
    before = sorted(folder.iterdir())
    code, _, stderr = cli(data, "ok", "--out", spelled)
    assert code == 2 and len(error_lines(stderr)) == 1 and "not the root or home folder" in stderr, stderr
    assert sorted(folder.iterdir()) == before, "nothing created or deleted"


def test_an_index_html_the_tool_did_not_write_is_never_overwritten(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "index.html").write_text("<h1>my own page</h1>")
    code, _, stderr = cli(data, "ok", "--out", str(out))
    assert code == 2, stderr
    assert error_lines(stderr) == [f"error: --out {out}: index.html there was not written by this tool; move it away"]
    assert (out / "index.html").read_text() == "<h1>my own page</h1>"
    assert [p.name for p in out.iterdir()] == ["index.html"], "nothing else written, no lock taken"


def test_a_timeout_is_a_timeout_however_small(data: Path, tmp_path: Path) -> None:
    """--timeout 0.001 is accepted, so it is honoured: the report times out, nothing is published."""
    out = tmp_path / "o"
    code, _, stderr = cli(data, "ok", "--timeout", "0.001", "--out", str(out))
    assert code == 1, stderr
    assert error_lines(stderr)[0].startswith("error: report ok timed out after 0.001 s (--timeout)"), stderr
    assert not (out / AS_OF).exists() and not (out / "latest").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("since: 2025-01-01 10:00:00\n", ":1: since: '2025-01-01 10:00:00' has a time of day: expected a date"),
        ("n: 2\nok:\n  n: {deeper: 1}\n", ":3: n: expected a plain value or a list, not a mapping"),
        ("metrics: [[killed]]\n", ":1: metrics: expected plain values in a list, not a nested list or mapping"),
        ("label: !!binary aGk=\n", ":1: label: the tag 'tag:yaml.org,2002:binary' is not allowed"),
        ("- a\n- b\n", ":1: expected a mapping of NAME: VALUE"),
        ("? [a, b]\n: 1\n", ":1: a name must be plain text"),
        (f"n: {'9' * 20000}\n", ":1: n: a value of 20,000 characters; expected at most 10,000"),
    ],
)
def test_params_files_hold_only_plain_values(data: Path, tmp_path: Path, text: str, message: str) -> None:
    params = tmp_path / "p.yaml"
    params.write_text(text, encoding="utf-8")
    code, _, stderr = cli(data, "ok", "--params-file", str(params), "--out", str(tmp_path / "o"))
    assert code == 2 and error_lines(stderr) == [error_lines(stderr)[0]], stderr
    assert error_lines(stderr)[0].startswith(f"error: --params-file {params}{message}"), stderr
    assert not (tmp_path / "o").exists()


PLAIN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.dates(),
    st.datetimes(),
)
YAML_VALUES = st.recursive(
    PLAIN,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=400 if LONG else 60, deadline=None, derandomize=not LONG)
@given(
    doc=st.one_of(
        YAML_VALUES, st.dictionaries(st.sampled_from(["n", "label", "metrics", "ok", "as_of", "x"]), YAML_VALUES)
    )
)
@example(doc={"as_of": datetime(2025, 1, 20, 10, 0)})  # a YAML timestamp: was "internal error", exit 1
@example(doc={"ok": {"as_of": date(2025, 1, 20)}, "n": [[1]]})
def test_any_yaml_params_file_is_read_or_refused_in_one_line(
    data: Path, tmp_path_factory: pytest.TempPathFactory, doc: Any
) -> None:
    """Whatever YAML a params file holds, the run ends in error: lines with exit 2, never an internal error.

    ``-p n ten`` makes every run stop before a kernel, so only the reading and checking are exercised.
    """
    import yaml

    params = tmp_path_factory.mktemp("p") / "p.yaml"
    params.write_text(yaml.safe_dump(doc), encoding="utf-8")
    code, stdout, stderr = cli(data, "ok", "--params-file", str(params), "-p", "n", "ten", "--out", "/nonexistent/o")
    assert code == 2, (doc, stdout, stderr)
    assert stderr and all(line.startswith("error: ") for line in stderr.splitlines()), (doc, stderr)
    assert "internal error" not in stderr and "Traceback" not in stderr + stdout


def test_no_process_outlives_a_run_killed_with_sigkill(data: Path, tmp_path: Path) -> None:
    """kill -9 of ``report``: its pool workers, their kernels and the resource tracker all end."""
    import signal
    import subprocess
    import sys
    import time

    import psutil

    from tests.test_reports import REGISTRY

    env = {**os.environ, "NKR_DATA_DIR": str(data), "NKR_REPORT_REGISTRY": str(REGISTRY)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "report", "hang", "--out", str(tmp_path / "o"), "--timeout", "600"],
        cwd=paths.PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    parent = psutil.Process(proc.pid)

    def kernels() -> list[psutil.Process]:
        with contextlib.suppress(psutil.Error):
            return [p for p in parent.children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]
        return []

    deadline = time.monotonic() + 120
    while not kernels() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert kernels(), "the report's kernel started"
    family = parent.children(recursive=True)
    assert len(family) >= 3, [p.cmdline() for p in family]  # resource tracker, worker, kernel
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    def alive(p: psutil.Process) -> bool:
        with contextlib.suppress(psutil.Error):
            return p.status() != psutil.STATUS_ZOMBIE
        return False

    deadline = time.monotonic() + 30
    while any(alive(p) for p in family) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in family if alive(p)]
    for p in left:  # do not leave them behind for the next test, whatever the verdict
        with contextlib.suppress(psutil.Error):
            p.kill()
    assert not left, f"still running after the kill: {[' '.join(p.cmdline())[:120] for p in left]}"


@settings(max_examples=100 if LONG else 30, deadline=None, derandomize=not LONG)
@given(
    raw=st.binary(min_size=1, max_size=12).filter(lambda b: b"\x00" not in b and not _utf8(b)),
    command=st.sampled_from(["report ok --out", "build", "validate", "ingest", "student --out", "codebook --bogus"]),
)
def test_an_argument_that_is_not_utf8_is_one_line(raw: bytes, command: str) -> None:
    """A stray byte in a path (``--out $'\\xff'``) is refused in one line for every command, exit 2."""
    arg = os.fsdecode(raw)
    code, stderr = run_main_argv([*command.split(), arg])
    assert code == 2 and len(stderr.splitlines()) == 1 and "is not valid UTF-8" in stderr, (command, raw, stderr)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def run_main_argv(argv: list[str]) -> tuple[int, str]:
    """``python -m analysis ARGV`` in this process, argparse exits included; (code, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()

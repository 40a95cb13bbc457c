"""The report runner (``python -m analysis report``): validation, output, failures, lock, determinism.

Runs fixture notebooks (tests/fixtures/notebooks/, registered in reports.yaml there) on a tiny
dataset built from the current schema. One successful run is shared by the module; tests that
change an output folder work on a copy of it. No assertion depends on timing.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.errors import DataError
from analysis.files import locked
from analysis.params import parse_value
from analysis.reports import output
from analysis.reports.registry import load_registry, notebook_parameters

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
sys.path.insert(0, str(FIXTURES))
import fixture_data  # noqa: E402

REGISTRY = FIXTURES / "reports.yaml"
AS_OF = fixture_data.LAST_DAY


@contextlib.contextmanager
def fixture_env(data: Path) -> Iterator[None]:
    """Point the package (in this process and in kernels) at ``data`` and the fixture registry."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paths, "DATA_DIR", data)
        mp.setenv("NKR_DATA_DIR", str(data))
        mp.setenv("NKR_REPORT_REGISTRY", str(REGISTRY))
        yield


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    """Run ``python -m analysis report ARGS`` in this process; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with fixture_env(data), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["report", *args])
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (symlinks as their target) with a hash of its bytes."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = "-> " + str(path.readlink())
        elif path.is_file():
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def error_lines(stderr: str) -> list[str]:
    """The ``error:`` lines of stderr."""
    return [line for line in stderr.splitlines() if line.startswith("error:")]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny dataset whose source titles and notes carry script markup."""
    return fixture_data.write_dataset(tmp_path_factory.mktemp("data"), hostile=True)


@pytest.fixture(scope="module")
def published(data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """One successful run of ``ok`` and ``hostile`` (two at once), shared by the module."""
    out = tmp_path_factory.mktemp("reports")
    (out / ".tmp-2020-01-01-999999").mkdir()  # left by a killed run: cleaned under the lock
    (out / ".tmp-2020-01-01-999999" / output.MARKER).write_text("{}")
    (out / ".tmp-mine").mkdir()  # the user's own folder: no marker, never touched
    (out / ".tmp-mine" / "keep.txt").write_text("mine")
    code, stdout, stderr = cli(data, "ok", "hostile", "--jobs", "2", "--out", str(out))
    return out, code, stdout, stderr


def copy_of(published: tuple[Path, int, str, str], tmp_path: Path) -> Path:
    """A private copy of the published output folder (symlinks kept)."""
    target = tmp_path / "reports"
    shutil.copytree(published[0], target, symlinks=True)
    return target


# --- a successful run -----------------------------------------------------------------------


def test_run_publishes_every_file(published: tuple[Path, int, str, str]) -> None:
    out, code, stdout, stderr = published
    assert code == 0, stderr
    run = out / AS_OF
    for name in ("ok", "hostile"):
        assert (run / f"{name}.html").stat().st_size > 0
        assert (run / f"{name}.ipynb").stat().st_size > 0
        assert str(run / f"{name}.html") in stdout  # the HTML paths are printed at the end
    assert (run / "index.html").exists() and (run / "manifest.json").exists()
    assert str((out / "latest").readlink()) == AS_OF
    assert [p.name for p in out.glob(".tmp-*")] == [".tmp-mine"], "our temporary folders are gone, the stale one too"
    assert (out / ".tmp-mine" / "keep.txt").read_text() == "mine", "a folder without the marker is not ours"
    assert not list(run.glob("*.log"))


def test_manifest_records_parameters_data_and_versions(published: tuple[Path, int, str, str], data: Path) -> None:
    manifest = json.loads((published[0] / AS_OF / "manifest.json").read_text())
    assert manifest["status"] == "ok" and manifest["as_of"] == AS_OF
    ok = manifest["reports"]["ok"]
    assert ok["parameters"] == {"as_of": AS_OF, "n": 4, "label": "fixture", "metrics": []}
    assert ok["status"] == "ok" and ok["duration_s"] > 0 and ok["started"] and ok["finished"]
    assert {"execute_s", "html_s"} <= set(ok["timings_s"])
    files = manifest["dataset"]["files"]
    expected = sorted(p.name for p in (data / "clean").glob("*.csv"))
    assert sorted(f.removeprefix("clean/") for f in files if f.startswith("clean/")) == expected
    assert files["datapackage.json"] == hashlib.sha256((data / "datapackage.json").read_bytes()).hexdigest()
    assert files["clean/claims.csv"] == hashlib.sha256((data / "clean" / "claims.csv").read_bytes()).hexdigest()
    assert manifest["dataset"]["version"]
    assert {"python", "pandas", "matplotlib", "papermill", "nbconvert"} <= set(manifest["versions"])
    assert "git" in manifest and (manifest["git"] is None or {"commit", "dirty"} <= set(manifest["git"]))
    html = (published[0] / AS_OF / "ok.html").read_bytes()
    assert ok["html_sha256"] == hashlib.sha256(html).hexdigest()


def test_html_is_self_contained_without_code(published: tuple[Path, int, str, str]) -> None:
    html = (published[0] / AS_OF / "ok.html").read_text()
    assert "highlight_max" not in html and "plt.subplots" not in html, "no code cells"
    assert 'class="jp-InputPrompt' not in html and 'class="jp-OutputPrompt' not in html, "no prompts"
    assert "data:image/png;base64," in html and "data:image/svg+xml;base64," in html
    assert "<script" not in html, "no scripts: nothing loaded from a CDN, nothing to run"
    assert "Content-Security-Policy" in html
    assert 'id="T_00001"' in html, "pandas Styler ids are numbered, not random"


def test_index_escapes_titles_and_parameters(published: tuple[Path, int, str, str]) -> None:
    index = (published[0] / AS_OF / "index.html").read_text()
    assert "Hostile &lt;script&gt;text&lt;/script&gt; &amp; &#34;quotes&#34;" in index
    assert "<script" not in index and "<img" not in index
    assert 'href="ok.html"' in index and 'href="hostile.ipynb"' in index
    assert "Dataset version" in index and "label=&#39;fixture&#39;" in index


def test_data_reaches_the_page_and_the_summary_as_text(published: tuple[Path, int, str, str]) -> None:
    """A publisher holding a tag and a Markdown link, and a bare URL, stay text in the page and the .md."""
    page = (published[0] / AS_OF / "hostile.html").read_text()
    summary = (published[0] / AS_OF / "hostile.md").read_text()
    assert "<img src=x onerror=alert(1)>" not in page and 'href="https://evil.example' not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page, "shown as text"
    assert not re.search(r"(?<!\\)[<\[]", summary) and "](https://evil.example)" not in summary, "no tag, no link"
    assert "\\<img src=x onerror=alert(1)\\> \\[click me\\](https\\://evil.example) reported" in summary
    assert "see https\\://evil.example/x" in summary


def test_rerun_is_byte_identical_and_keeps_the_other_reports(
    published: tuple[Path, int, str, str], data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same data, code and parameters: the same HTML bytes. The reports not rerun stay.

    The first run ran two reports on two workers; this one runs one on one.
    """
    out = copy_of(published, tmp_path)
    first = {name: (out / AS_OF / f"{name}.html").read_bytes() for name in ("ok", "hostile")}
    (out / AS_OF / "ok.html").unlink()  # the rerun must write it again
    code, _, stderr = cli(data, "ok", "--out", str(out))
    assert code == 0, stderr
    assert (out / AS_OF / "ok.html").read_bytes() == first["ok"], "ok.html differs between two runs"
    manifest = json.loads((out / AS_OF / "manifest.json").read_text())
    assert manifest["reports"]["hostile"]["carried_over"] is True
    assert (out / AS_OF / "hostile.html").read_bytes() == first["hostile"]
    assert [p.name for p in out.glob(".tmp-*")] == [".tmp-mine"]


# --- failures --------------------------------------------------------------------------------


def test_failures_are_summarised_and_change_nothing(
    published: tuple[Path, int, str, str], data: Path, tmp_path: Path
) -> None:
    out = copy_of(published, tmp_path)
    before = snapshot(out)
    code, _, stderr = cli(data, "fail", "hang", "die", "--jobs", "3", "--timeout", "12", "--out", str(out))
    assert code == 1
    errors = "\n".join(error_lines(stderr))
    assert "report fail failed in cell 2, line 3: `ratio = total / (len(values) - 3)`" in errors
    assert "ZeroDivisionError: division by zero" in stderr
    assert "report hang timed out after 12 s (--timeout) in cell 2, line 3: `time.sleep(3600)" in errors
    assert "report die: the kernel died" in errors
    assert len(stderr.splitlines()) <= 10, "a summary, not a traceback"
    assert "Traceback" not in stderr
    after = snapshot(out)
    kept = [k for k in after if k.startswith("_failed/")]
    assert {k: v for k, v in after.items() if not k.startswith("_failed/")} == before, "previous run intact"
    assert any(k.endswith("/fail.ipynb") for k in kept) and any(k.endswith("/hang.ipynb") for k in kept)
    failed_nb = json.loads(next((out / "_failed").glob("*/fail.ipynb")).read_text())
    outputs = [o for c in failed_nb["cells"] for o in c.get("outputs", [])]
    assert any(o.get("ename") == "ZeroDivisionError" for o in outputs), "the error is kept in the notebook"
    manifest = json.loads(next((out / "_failed").glob("*/manifest.json")).read_text())
    assert manifest["status"] == "failed"
    assert [p.name for p in out.glob(".tmp-*")] == [".tmp-mine"]


def test_parameter_error_in_notebook_is_one_line(data: Path, tmp_path: Path) -> None:
    code, _, stderr = cli(data, "ok", "-p", "label", "bad", "--out", str(tmp_path))
    assert code == 2
    assert error_lines(stderr)[0] == (
        "error: report ok: parameter label='bad' is not allowed: expected any caption but 'bad'"
    )
    assert "Traceback" not in stderr and not (tmp_path / AS_OF).exists()


def test_hostile_exception_text_is_printed_safely(data: Path, tmp_path: Path) -> None:
    code, _, stderr = cli(data, "hostile", "-p", "fail", "yes", "--out", str(tmp_path))
    assert code == 1
    assert "\x1b" not in stderr and "\x07" not in stderr, "no terminal control sequences"
    line = next(line for line in stderr.splitlines() if line.strip().startswith("ValueError:"))
    assert "bad note: <script>" in line and "second line" in line, "the message, on one line"


# --- validation: before any kernel, nothing written ------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "error: unknown report 'nope' (reports: ok, fail, hang, die, hostile)"),
        ([], "error: name a report or use --all"),
        (["ok", "-p", "colour", "red"], "error: unknown parameter colour='red' (parameters: as_of, label, metrics, n)"),
        (
            ["ok", "-p", "n", "ten"],
            "error: report ok: parameter n='ten' is not allowed: expected a whole number of at most 18 digits, e.g. 10",
        ),
        (["ok", "-p", "n", "99"], "error: report ok: parameter n=99 is not allowed: expected one of 1, 2, 3"),
        (
            ["ok", "-p", "metrics", "killed,bananas"],
            "error: report ok: parameter metrics='bananas' is not allowed: expected one of metrics: troops_deployed",
        ),
        (
            ["ok", "--as-of", "2025-13-01"],
            "error: --as-of: parameter as_of='2025-13-01' is not allowed: expected a date as YYYY-MM-DD",
        ),
        (
            ["ok", "--as-of", "2024-12-31"],
            "error: --as-of: parameter as_of='2024-12-31' is not allowed: expected a date from the dataset's first, "
            "2025-01-10, to today",
        ),
        (
            ["ok", "hostile", "--as-of", "01/02/2025"],
            "error: --as-of: parameter as_of='01/02/2025' is not allowed: expected a date as YYYY-MM-DD",
        ),
        (
            ["hostile", "-p", "fail", "maybe"],
            "error: report hostile: parameter fail='maybe' is not allowed: expected true or false",
        ),
        (["ok", "-p", "hostile.fail", "true"], "error: parameters for hostile given, but hostile is not among"),
        (["ok", "--jobs", "0"], "error: --jobs '0': expected a whole number from 1 to 64"),
        (["ok", "--timeout", "inf"], "error: --timeout 'inf': expected a number of seconds"),
        (["ok", "--timeout", "nan"], "error: --timeout 'nan': expected a number of seconds"),
        (["ok", "--as-of", " "], "error: --as-of: parameter as_of=' ' is not allowed: expected a date as YYYY-MM-DD"),
        (["ok", "-p", "n", "9" * 40], "error: report ok: parameter n='99999999999999999999999999999999999999"),
    ],
)
def test_bad_values_stop_before_any_kernel(data: Path, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "out"
    code, _, stderr = cli(data, *args, "--out", str(out))
    assert code == 2
    lines = error_lines(stderr)
    assert len(lines) == 1, stderr
    assert lines[0].startswith(message)
    assert not out.exists(), "nothing written"


def test_every_problem_is_reported_at_once(data: Path, tmp_path: Path) -> None:
    code, _, stderr = cli(data, "ok", "-p", "n", "ten", "-p", "metrics", "x", "--out", str(tmp_path / "o"))
    assert code == 2 and len(error_lines(stderr)) == 2


def test_params_file_is_checked_and_overridden_by_p(data: Path, tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("n: 99\nok:\n  label: from-file\n")
    code, _, stderr = cli(data, "ok", "--params-file", str(params), "--out", str(tmp_path / "o"))
    assert code == 2 and "parameter n=99" in stderr
    code, _, stderr = cli(data, "ok", "--params-file", str(params), "-p", "n", "ten", "--out", str(tmp_path / "o"))
    assert code == 2 and "parameter n='ten'" in stderr and "n=99" not in stderr
    params.write_text("n: [unclosed\n")
    code, _, stderr = cli(data, "ok", "--params-file", str(params), "--out", str(tmp_path / "o"))
    assert code == 2 and "not valid YAML" in stderr and len(error_lines(stderr)) == 1


def test_list_shows_parameters_and_defaults(data: Path) -> None:
    code, stdout, _ = cli(data, "--list")
    assert code == 0
    assert "ok: Fixture report" in stdout
    assert f"as_of (date, default newest date in the dataset = {AS_OF})" in stdout
    assert "n (int, default 4): rows to show" in stdout
    assert "allowed: metrics: troops_deployed" in stdout


def test_a_broken_registry_is_one_line(data: Path, tmp_path: Path) -> None:
    """A wrong registry is bad data: one ``file: report ...: problem`` line, exit 2."""
    bad = tmp_path / "reports.yaml"
    shutil.copy(FIXTURES / "ok.ipynb", tmp_path / "x.ipynb")
    bad.write_text("reports:\n  x:\n    notebook: x.ipynb\n    parameters:\n      as_of: {type: datetime}\n")
    code, stdout, stderr = cli(data, "x", "--registry", str(bad))
    assert code == 2 and len(stdout.splitlines()) == 1 and not stderr, (stdout, stderr)
    assert stdout.startswith(f"{bad}: report x: parameter as_of: unknown type 'datetime'")
    bad.write_text("reports:\n  x:\n    notebook: x.ipynb\n    parameters:\n      as_of: {default: ''}\n")
    code, stdout, _ = cli(data, "x", "--registry", str(bad))
    assert code == 2 and "(defaults and descriptions come from the notebook)" in stdout
    bad.write_text("reports:\n  x:\n    notebook: x.ipynb\n    parameters:\n      colour: {type: str}\n")
    code, stdout, _ = cli(data, "x", "--registry", str(bad))
    assert code == 2 and "parameter colour is not in the notebook's parameters cell" in stdout


def test_values_are_coerced_from_strings() -> None:
    assert parse_value("c", "list[str]", "A, B,,C") == ["A", "B", "C"]
    assert parse_value("c", "list[str]", "['A, with comma', 'B']") == ["A, with comma", "B"]
    assert parse_value("c", "list[str]", "") == []
    assert parse_value("d", "date", "") == ""
    assert parse_value("b", "bool", "no") is False
    assert parse_value("f", "float", "0.5") == 0.5


# --- the lock ------------------------------------------------------------------------------------


def test_second_run_with_no_wait_exits_3(data: Path, tmp_path: Path) -> None:
    with locked(tmp_path / ".lock", 0):
        code, _, stderr = cli(data, "ok", "--no-wait", "--out", str(tmp_path))
    assert code == 3
    assert f"another report run is writing to {tmp_path} (pid {os.getpid()} on" in stderr
    assert "not waiting (--no-wait)" in stderr
    assert not (tmp_path / AS_OF).exists()


def test_second_run_waits_for_the_first(data: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NKR_DATA_DIR": str(data), "NKR_REPORT_REGISTRY": str(REGISTRY)}
    with locked(tmp_path / ".lock", 0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "analysis", "report", "ok", "--out", str(tmp_path)],
            cwd=paths.PROJECT_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stderr is not None
        first = proc.stderr.readline()  # blocks until the waiting message (or the end)
        assert first.startswith(f"waiting for another report run on {tmp_path} (pid {os.getpid()}"), first
        assert proc.poll() is None, "still waiting while the lock is held"
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    assert (tmp_path / AS_OF / "ok.html").exists()


# --- output helpers ----------------------------------------------------------------------------


def _fake_run(out: Path, as_of: str, status: str | None) -> None:
    run = out / ".runs" / f"{as_of}-x"
    run.mkdir(parents=True)
    (run / output.MARKER).write_text("{}")
    if status:
        (run / "manifest.json").write_text(json.dumps({"status": status}))
    (out / as_of).symlink_to(Path(".runs") / run.name)


def test_latest_is_the_highest_complete_as_of(tmp_path: Path) -> None:
    _fake_run(tmp_path, "2025-03-01", "ok")
    _fake_run(tmp_path, "2025-01-01", "ok")
    _fake_run(tmp_path, "2025-04-01", None)  # no manifest: not a complete run
    assert output.update_latest(tmp_path) == "2025-03-01"
    assert str((tmp_path / "latest").readlink()) == "2025-03-01"
    _fake_run(tmp_path, "2025-05-01", "ok")
    output.update_latest(tmp_path)
    assert str((tmp_path / "latest").readlink()) == "2025-05-01"


# --- the registry agrees with the notebooks ------------------------------------------------------


def _registries() -> list[tuple[str, str]]:
    found = []
    for path in (paths.NOTEBOOKS_DIR / "reports.yaml", REGISTRY):
        try:
            reg = load_registry(path)
        except DataError:
            found.append((str(path), ""))
            continue
        found.extend((str(path), name) for name in reg.reports)
    return found


@pytest.mark.parametrize(("registry", "name"), _registries(), ids=lambda v: Path(v).name if "/" in v else v)
def test_registry_matches_the_notebook_parameters(registry: str, name: str) -> None:
    """Names and defaults in reports.yaml are those of the notebook's `parameters` cell."""
    report = load_registry(Path(registry)).reports[name]
    assert report.notebook.exists(), f"{registry}: {name}: notebook {report.notebook} does not exist"
    cell = notebook_parameters(report.notebook)
    assert cell, f"{report.notebook} has no cell tagged 'parameters'"
    assert list(cell) == list(report.parameters), f"{name}: parameter names differ from the notebook's"
    for pname, param in report.parameters.items():
        _, default, help_ = cell[pname]
        assert default == param.default and help_ == param.description, f"{name}: {pname} comes from the notebook"


def test_a_worker_stuck_outside_its_kernel_is_killed_as_a_last_resort(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.reports import pool

    fifo = tmp_path / "stuck.ipynb"
    os.mkfifo(fifo)  # opening it blocks the worker for ever: no kernel, so no timer can help
    monkeypatch.setattr(pool, "GRACE", 0.1)
    monkeypatch.setattr(pool, "SPARE", 1.0)
    task = pool.Task(
        index=0, name="stuck", title="Stuck", notebook=fifo, folder=tmp_path, as_of=AS_OF, parameters={}, timeout=0.5
    )
    seen: list[str] = []
    import psutil

    def running(p: psutil.Process) -> bool:
        with contextlib.suppress(psutil.Error):
            return p.status() != psutil.STATUS_ZOMBIE and "spawn_main" in " ".join(p.cmdline())
        return False

    before = {p.pid for p in psutil.Process().children(recursive=True)}
    started = time.monotonic()
    [result] = pool.run_all([task], 1, paths.DATA_DIR, lambda t, r: seen.append(t.name))
    assert result.kind == "timeout" and "its worker was stopped" in result.headline
    assert time.monotonic() - started < 30, "killed at the run's limit, not left to hang"
    assert seen == [], "no report finished"
    left = [p for p in psutil.Process().children(recursive=True) if p.pid not in before and running(p)]
    alive = psutil.wait_procs(left, timeout=5)[1]  # SIGKILL is sent; the process may take a moment to end
    assert not [p for p in alive if running(p)], "the stuck worker is gone"


def test_a_damaged_dataset_file_is_one_line_naming_it(data: Path, tmp_path: Path) -> None:
    broken = tmp_path / "data"
    shutil.copytree(data, broken)
    claims = broken / "clean" / "claims.csv"
    claims.write_bytes(claims.read_bytes() + b"C9,2025-01-01\xff\n")
    out = tmp_path / "out"
    code, stdout, stderr = cli(broken, "ok", "--out", str(out))
    assert code == 2, (stdout, stderr)
    lines = (stdout + stderr).strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(
        f"claims.csv: is not UTF-8: byte 0xff at offset {len(claims.read_bytes()) - 2}; save it as UTF-8"
    ), lines
    assert "Traceback" not in stdout + stderr and not out.exists()

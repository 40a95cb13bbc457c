"""Executing report notebooks: plain papermill in a process pool, with a per-report timeout.

Each report is one task for a ``concurrent.futures.ProcessPoolExecutor`` of ``--jobs``
workers (spawned, so it behaves the same on every platform). A worker runs
``papermill.execute_notebook`` (a fresh kernel per report, ``execution_timeout`` per cell,
interrupt on timeout), then exports the HTML page and the ``.md`` summary itself, so pages
are written in parallel too. A report still running ``timeout`` seconds after it started is
interrupted (SIGINT, the traceback names the line), and its kernel is killed ``GRACE``
seconds later. The main process hears of starts and ends through a queue, draws progress,
and as a last resort kills a worker that does not come back at all.

Where a report's time goes (``benchmarks/bench_reports.py``): starting the kernel and the
notebook's imports (pandas, matplotlib without pyplot, ``analysis``), loading the dataset
once, the notebook's own work (mostly charts), and the HTML export.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

# Run silently at kernel start (IPKernelApp.exec_lines): fixed SVG hash salt, numbered pandas
# Styler table ids instead of random ones, so the same data gives the same page.
PRELUDE = (
    "import matplotlib as _m, itertools as _i, uuid as _u; _m.rcParams['svg.hashsalt'] = 'nk-russia'; "
    "from pandas.io.formats import style_render as _s; _c = _i.count(1); "
    "_s.uuid4 = lambda _c=_c, _u=_u: _u.UUID(int=next(_c) << 108); del _m, _i, _u, _s, _c"
)
GRACE = 5.0  # seconds between the interrupt and the kill of a kernel that ran out of time
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")
_CELL_LINE = re.compile(r"(?:Cell In\s*\[\d*\]|Input In \[\d*\]), line (\d+)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_text(text: object, limit: int = 400) -> str:
    """One line for a terminal: no ANSI sequences or control characters, at most ``limit``."""
    line = " ".join(_ANSI.sub("", str(text)).split())
    line = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", line)
    return line if len(line) <= limit else line[: limit - 3] + "..."


def quiet_papermill() -> None:
    """Import nbformat without jsonschema's IRI checker (2 s of grammar building), and silence logs.

    jsonschema imports ``rfc3987_syntax`` when installed, for a format no notebook schema uses.
    """
    if "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
        try:
            import jsonschema  # noqa: F401
            import nbformat  # noqa: F401
        finally:
            if sys.modules.get("rfc3987_syntax", 0) is None:
                del sys.modules["rfc3987_syntax"]
    import logging

    for name in ("papermill", "nbclient", "traitlets"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False


@dataclass
class Task:
    """One report of one run, as a worker needs it (picklable)."""

    index: int
    name: str
    title: str
    notebook: Path
    folder: Path  # the run's temporary folder
    as_of: str
    parameters: dict[str, Any]
    timeout: float
    links: dict[str, str] = field(default_factory=dict)  # for the .md summary


@dataclass
class Result:
    """What happened to a task: timings, and a failure if it failed."""

    index: int
    started_at: str = ""
    finished_at: str = ""
    duration_s: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    kind: str = ""  # "", "error", "parameter", "timeout", "died", "internal"
    headline: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True if the report was executed and written."""
        return not self.kind


def kernel_env(as_of: str, data_dir: Path) -> dict[str, str]:
    """The kernels' environment: ours, the same data folder, and fixed seeds and dates."""
    env = dict(os.environ, NKR_DATA_DIR=str(data_dir), PYTHONHASHSEED="0")
    try:  # dates written into image metadata: the as_of day, not the clock
        day = datetime.combine(date.fromisoformat(as_of), datetime.min.time(), tzinfo=UTC)
        env["SOURCE_DATE_EPOCH"] = str(int(day.timestamp()))
    except ValueError:
        env["SOURCE_DATE_EPOCH"] = "0"
    env.pop("MPLBACKEND", None)  # the inline backend, as in Jupyter
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return env


# --- in a worker ----------------------------------------------------------------------------

_events: Any = None
_data_dir: Path | None = None


def _init_worker(events: Any, data_dir: str) -> None:
    global _events, _data_dir
    _events, _data_dir = events, Path(data_dir)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process decides what stops
    quiet_papermill()
    import papermill  # noqa: F401  (once per worker, not per report)


def _kernels() -> list[Any]:
    import psutil

    return list(psutil.Process().children(recursive=True))


def _signal_kernels(sig: int) -> None:
    for proc in _kernels():
        with contextlib.suppress(Exception):
            proc.send_signal(sig)


def run_task(task: Task) -> Result:
    """Execute one report and write its ``.ipynb``, ``.html`` and ``.md`` (in a worker)."""
    import papermill as pm

    result = Result(task.index, started_at=_now())
    if _events is not None:
        _events.put(("start", task.index, os.getpid()))
    os.environ.update(kernel_env(task.as_of, _data_dir or Path(os.environ.get("NKR_DATA_DIR", "."))))
    flags = {"interrupted": False, "killed": False}

    def interrupt() -> None:
        flags["interrupted"] = True
        _signal_kernels(signal.SIGINT)
        if not stop.wait(GRACE):
            flags["killed"] = True
            _signal_kernels(signal.SIGKILL)

    stop = threading.Event()
    timer = threading.Timer(task.timeout, interrupt)
    timer.daemon = True
    t0 = time.monotonic()
    out = task.folder / f"{task.name}.ipynb"
    log = task.folder / f"kernel-{task.name}.log"
    saved_stderr = os.dup(2)
    with log.open("ab") as fh:  # the kernel's own messages go to a log beside its notebook
        os.dup2(fh.fileno(), 2)
    timer.start()
    try:
        pm.execute_notebook(
            str(task.notebook),
            str(out),
            parameters=task.parameters,
            cwd=str(task.notebook.parent),
            progress_bar=False,
            log_output=False,
            execution_timeout=math_ceil(task.timeout),
            interrupt_on_timeout=True,
            extra_arguments=[f"--IPKernelApp.exec_lines={PRELUDE}"],
        )
    except Exception as exc:
        describe(result, task, exc, out, flags["interrupted"] or time.monotonic() - t0 >= task.timeout, flags["killed"])
    finally:
        stop.set()
        timer.cancel()
        os.dup2(saved_stderr, 2)
        os.close(saved_stderr)
        result.timings["execute_s"] = round(time.monotonic() - t0, 3)
    if result.kind == "died":
        result.details = [f"kernel log: {log}"]
    if result.ok:
        log.unlink(missing_ok=True)
        try:
            t1 = time.monotonic()
            from analysis.reports import output

            output.write_pages(out, task.title, task.as_of, task.folder / task.name, task.links)
            result.timings["html_s"] = round(time.monotonic() - t1, 3)
        except Exception as exc:  # a report that cannot be written is a failed report
            result.kind, result.headline = "internal", f"report {task.name}: writing the page: {safe_text(exc)}"
    result.duration_s = round(time.monotonic() - t0, 3)
    result.finished_at = _now()
    return result


def math_ceil(seconds: float) -> int:
    """Whole seconds, rounded up (papermill wants an int)."""
    return max(1, int(-(-seconds // 1)))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- failure summaries ----------------------------------------------------------------------


def _source_line(source: str, line_no: int | None) -> str:
    lines = source.splitlines()
    if line_no is not None and 1 <= line_no <= len(lines):
        return lines[line_no - 1].strip()
    code = [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")]
    return code[-1] if code else ""


def _own_cells(nb_path: Path) -> list[Any]:
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    return [c for c in nb.cells if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]


def _cell_number(cells: list[Any], index: int) -> int:
    """1-based number of a cell in the report's own notebook (not counting the injected cell)."""
    tags = [c.get("metadata", {}).get("tags", []) for c in cells]
    injected = next((i for i, t in enumerate(tags) if "injected-parameters" in t), None)
    return index + (0 if injected is not None and index > injected else 1)


def describe(result: Result, task: Task, exc: BaseException, nb_path: Path, over_time: bool, killed: bool) -> None:
    """Fill ``result``'s failure from papermill's exception: where, which line, why."""
    name = task.name
    try:
        cells = _own_cells(nb_path)
    except Exception:
        cells = []
    if type(exc).__name__ == "PapermillExecutionError":
        tb = _ANSI.sub("", "\n".join(getattr(exc, "traceback", None) or []))
        match = _CELL_LINE.search(tb)
        line_no = int(match.group(1)) if match else None
        code = safe_text(_source_line(getattr(exc, "source", "") or "", line_no), 160)
        where = f"cell {_cell_number(cells, getattr(exc, 'cell_index', 0))}" + (f", line {line_no}" if line_no else "")
        ename, evalue = getattr(exc, "ename", ""), getattr(exc, "evalue", "")
        if ename == "ParameterError":
            result.kind, result.headline = "parameter", f"report {name}: {safe_text(evalue)}"
        elif ename == "KeyboardInterrupt" and over_time:
            result.kind = "timeout"
            result.headline = f"report {name} timed out after {task.timeout:g} s (--timeout) in {where}: `{code}`"
        else:
            result.kind, result.headline = "error", f"report {name} failed in {where}: `{code}`"
            result.details = [f"{safe_text(ename, 80)}: {safe_text(evalue)}"]
        return
    started = [
        i
        for i, c in enumerate(cells)
        if c.get("metadata", {}).get("papermill", {}).get("status") not in (None, "pending")
    ]
    where = ""
    if started:
        code = safe_text(_source_line(cells[started[-1]].source, None), 160)
        where = f" in cell {_cell_number(cells, started[-1])}: `{code}`"
    if over_time or killed or type(exc).__name__ == "CellTimeoutError":
        result.kind = "timeout"
        result.headline = f"report {name} timed out after {task.timeout:g} s (--timeout){where}; the kernel was stopped"
    elif type(exc).__name__ == "DeadKernelError":
        result.kind, result.headline = "died", f"report {name}: the kernel died{where}"
    else:
        result.kind, result.headline = "internal", f"report {name}: {type(exc).__name__}: {safe_text(exc)}"


# --- in the main process --------------------------------------------------------------------


class Pool:
    """Runs tasks on ``jobs`` worker processes; ``run(tick)`` returns one ``Result`` per task."""

    def __init__(self, tasks: list[Task], jobs: int, data_dir: Path) -> None:
        import multiprocessing

        self.tasks = tasks
        self.jobs = max(1, min(jobs, len(tasks)))
        ctx = multiprocessing.get_context("spawn")
        self.events = ctx.Queue()
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(
            self.jobs, mp_context=ctx, initializer=_init_worker, initargs=(self.events, str(data_dir))
        )
        self.started: dict[int, tuple[float, int]] = {}  # index -> (monotonic start, worker pid)
        self.results: dict[int, Result] = {}

    def run(self, tick: Any = None) -> list[Result]:
        """Submit every task, wait for them all (calling ``tick(pool)`` often), return the results."""
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        futures = {self.executor.submit(run_task, t): t for t in self.tasks}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            self._drain()
            for fut in done:
                task = futures[fut]
                try:
                    self.results[task.index] = fut.result()
                except BrokenProcessPool:
                    self.results[task.index] = self._lost(task)
                except Exception as exc:
                    self.results[task.index] = Result(
                        task.index, kind="internal", headline=f"report {task.name}: {safe_text(exc)}"
                    )
            self._guard()
            if tick:
                tick(self)
        self.executor.shutdown(wait=True)
        return [self.results[t.index] for t in self.tasks]

    def _drain(self) -> None:
        while True:
            try:
                kind, index, pid = self.events.get_nowait()
            except (queue.Empty, OSError, ValueError):
                return
            if kind == "start":
                self.started[index] = (time.monotonic(), pid)

    def _guard(self) -> None:
        """A worker whose report outlived its own timeout by far is killed (last resort)."""
        for index, (t0, pid) in self.started.items():
            task = self.tasks[index]
            if index not in self.results and time.monotonic() - t0 > task.timeout + 3 * GRACE + 30:
                self.results[index] = Result(
                    index,
                    kind="timeout",
                    headline=f"report {task.name} timed out after {task.timeout:g} s (--timeout); its worker was stopped",
                )
                _kill_tree(pid)

    def _lost(self, task: Task) -> Result:
        if task.index in self.results:
            return self.results[task.index]
        return Result(
            task.index, kind="died", headline=f"report {task.name}: its worker process died; not run to the end"
        )

    def state(self, index: int) -> str:
        """``waiting``, ``running``, ``done`` or ``failed``."""
        if index in self.results:
            return "done" if self.results[index].ok else "failed"
        return "running" if index in self.started else "waiting"

    def cancel(self) -> None:
        """Stop now: queued reports are dropped, running ones and their kernels killed."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        for _, pid in self.started.values():
            _kill_tree(pid)
        for proc in list(getattr(self.executor, "_processes", {}).values()):
            _kill_tree(proc.pid)


def _kill_tree(pid: int) -> None:
    import psutil

    with contextlib.suppress(psutil.Error):
        parent = psutil.Process(pid)
        for proc in [*parent.children(recursive=True), parent]:
            with contextlib.suppress(psutil.Error):
                proc.kill()

"""Executing report notebooks: plain papermill in a process pool, with a per-report timeout.

Each report is one task for a ``concurrent.futures.ProcessPoolExecutor`` of ``--jobs`` spawned
workers. A worker runs ``papermill.execute_notebook`` (a fresh kernel per report, interrupt on
a cell timeout), then writes the HTML page and the ``.md`` summary itself, so pages are written
in parallel too. A report still running ``timeout`` seconds after it started is interrupted
(SIGINT: the traceback names the line) and its kernel killed ``GRACE`` seconds later; a report
that ran past its timeout is a timeout even if it then finished (a timeout of 0.001 s is
honoured, not rounded up to the kernel's start). Workers that never come back are killed by
the main process.

No process outlives its run: a worker whose parent is gone (killed with SIGKILL, say) kills
its kernels and exits within ``WATCH`` seconds; once the workers are gone, multiprocessing's
resource tracker, which they kept open, exits too; a kernel whose worker is gone exits by
itself (ipykernel watches ``JPY_PARENT_PID``).
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from analysis.errors import ANSI, one_line
from analysis.files import utc_now

# Run at kernel start (IPKernelApp.exec_lines): fixed SVG hash salt and numbered pandas Styler
# ids instead of random ones, so the same data gives the same page.
PRELUDE = (
    "import matplotlib as _m, itertools as _i, uuid as _u; _m.rcParams['svg.hashsalt'] = 'nk-russia'; "
    "from pandas.io.formats import style_render as _s; _c = _i.count(1); "
    "_s.uuid4 = lambda _c=_c, _u=_u: _u.UUID(int=next(_c) << 108); del _m, _i, _u, _s, _c"
)
GRACE = 5.0  # seconds between the interrupt and the kill of a kernel that ran out of time
SPARE = 30.0  # seconds past every report's timeout and grace before the main process kills workers
WATCH = 0.5  # seconds between a worker's checks that its parent still runs
_CELL_LINE = re.compile(r"(?:Cell In\s*\[\d*\]|Input In \[\d*\]), line (\d+)")


def quiet_papermill() -> None:
    """Import nbformat without jsonschema's IRI checker (2 s of grammar building); silence logs."""
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


@dataclass(kw_only=True)
class Task:
    """One report of one run, as a worker needs it (picklable; built by field name)."""

    index: int
    name: str
    title: str
    notebook: Path
    folder: Path  # the run's temporary folder
    as_of: str
    parameters: dict[str, Any]
    timeout: float


@dataclass
class Result:
    """What happened to a task: timings, and a failure if it failed."""

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


# --- in a worker ----------------------------------------------------------------------------


def _init_worker(data_dir: str) -> None:
    """Set up a worker; its kernels inherit its environment: the same data, a fixed hash seed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process decides what stops
    os.environ.update(NKR_DATA_DIR=data_dir, PYTHONHASHSEED="0", PYDEVD_DISABLE_FILE_VALIDATION="1")
    os.environ.pop("MPLBACKEND", None)  # the inline backend, as in Jupyter
    quiet_papermill()
    import papermill  # noqa: F401  (once per worker, not per report)

    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="nkr-parent", daemon=True).start()


def _watch_parent(parent: int) -> None:
    """End this worker and its kernels once ``parent`` is gone (the worker was handed to another parent)."""
    while os.getppid() == parent:
        time.sleep(WATCH)
    _signal_tree(os.getpid(), signal.SIGKILL, root=False)
    os._exit(1)


def ipc_kernel_manager(folder: str) -> Any:
    """A kernel manager whose kernel talks over Unix sockets in ``folder``, not TCP ports.

    With TCP, two kernels starting at once in two workers can be given the same free port, and
    one dies with "Address already in use"; a socket path per report cannot clash.
    """
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.transport, self.ip = "ipc", str(Path(folder) / "kernel")

    return IPCKernelManager


def run_task(task: Task) -> Result:
    """Execute one report and write its ``.ipynb``, ``.html`` and ``.md`` (in a worker)."""
    import papermill as pm

    from analysis.reports import output

    result = Result(started_at=utc_now())
    day = datetime.combine(date.fromisoformat(task.as_of), datetime.min.time(), tzinfo=UTC)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(day.timestamp()))  # dates in image metadata: the as_of day
    interrupted, stop = threading.Event(), threading.Event()

    def interrupt() -> None:
        interrupted.set()
        _signal_tree(os.getpid(), signal.SIGINT, root=False)
        if not stop.wait(GRACE):
            while not stop.is_set():  # a kernel that was still starting is stopped too
                _signal_tree(os.getpid(), signal.SIGKILL, root=False)
                stop.wait(0.2)

    timer, t0 = threading.Timer(task.timeout, interrupt), time.monotonic()
    out, log = task.folder / f"{task.name}.ipynb", task.folder / f"kernel-{task.name}.log"
    sockets = tempfile.mkdtemp(prefix="nkr-")  # short: a socket path has at most 107 bytes
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
            execution_timeout=max(1, math.ceil(task.timeout)),
            interrupt_on_timeout=True,
            shutdown_kernel="immediate",  # its outputs are saved: no need to wait for a clean exit
            extra_arguments=[f"--IPKernelApp.exec_lines={PRELUDE}"],
            kernel_manager_class=ipc_kernel_manager(sockets) if os.name == "posix" else None,
        )
        if interrupted.is_set():
            raise TimeoutError("the report finished after its --timeout")
    except Exception as exc:
        describe(result, task, exc, out, interrupted.is_set())
    finally:
        stop.set()
        timer.cancel()
        os.dup2(saved_stderr, 2)
        os.close(saved_stderr)
        shutil.rmtree(sockets, ignore_errors=True)
    result.timings["execute_s"] = round(time.monotonic() - t0, 3)
    if result.kind == "died":
        result.details = [f"kernel messages: {log.name}, kept with the notebooks (below)"]
    if result.ok:
        log.unlink(missing_ok=True)
        t1 = time.monotonic()
        try:
            output.write_pages(out, task.title, task.as_of, task.folder / task.name)
        except Exception as exc:  # a report that cannot be written is a failed report
            result.kind, result.headline = "internal", f"report {task.name}: writing the page: {one_line(exc)}"
        result.timings["html_s"] = round(time.monotonic() - t1, 3)
    result.duration_s, result.finished_at = round(time.monotonic() - t0, 3), utc_now()
    return result


def describe(result: Result, task: Task, exc: BaseException, nb_path: Path, interrupted: bool) -> None:
    """Fill ``result``'s failure from papermill's exception: which cell and line, and why.

    Cells are numbered as in the report's own notebook (papermill's injected cell not counted).
    """
    import nbformat
    from papermill.exceptions import PapermillExecutionError

    try:
        cells = nbformat.read(nb_path, as_version=4).cells
    except Exception:
        cells = []
    cells = [c for c in cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    injected = next((i for i, c in enumerate(cells) if "injected-parameters" in c.metadata.get("tags", [])), len(cells))

    def where(index: int, source: str, line_no: int | None = None) -> str:
        lines = [ln.strip() for ln in source.splitlines()]
        last = next((ln for ln in reversed(lines) if ln and not ln.startswith("#")), "")
        code, at = (lines[line_no - 1], f", line {line_no}") if line_no and line_no <= len(lines) else (last, "")
        return f"cell {index + (0 if index > injected else 1)}{at}: `{one_line(code, 160)}`"

    name, why, ename = task.name, f" after {task.timeout:g} s (--timeout)", type(exc).__name__
    if isinstance(exc, PapermillExecutionError):
        match = _CELL_LINE.search(ANSI.sub("", "\n".join(exc.traceback or [])))
        at = where(exc.cell_index, exc.source or "", int(match.group(1)) if match else None)
        if exc.ename == "ParameterError":
            result.kind, result.headline = "parameter", f"report {name}: {one_line(exc.evalue)}"
        elif exc.ename == "KeyboardInterrupt" and interrupted:
            result.kind, result.headline = "timeout", f"report {name} timed out{why} in {at}"
        else:
            result.kind, result.headline = "error", f"report {name} failed in {at}"
            result.details = [f"{one_line(exc.ename, 80)}: {one_line(exc.evalue)}"]
        return
    ran = [i for i, c in enumerate(cells) if c.metadata.get("papermill", {}).get("status") not in (None, "pending")]
    at = f" in {where(ran[-1], cells[ran[-1]].source)}" if ran else ""
    if interrupted or ename == "CellTimeoutError":
        result.kind, result.headline = "timeout", f"report {name} timed out{why}{at}; the kernel was stopped"
    elif ename == "DeadKernelError":
        result.kind, result.headline = "died", f"report {name}: the kernel died{at}"
    else:
        result.kind, result.headline = "internal", f"report {name}: {ename}: {one_line(exc)}"


# --- in the main process --------------------------------------------------------------------


def run_all(tasks: list[Task], jobs: int, data_dir: Path, tick: Callable[[Task, Result], None]) -> list[Result]:
    """Run every task on ``jobs`` worker processes; ``tick(task, result)`` as each ends.

    Returns one ``Result`` per task, in order. Each report's own timer stops its kernel; as a
    last resort, workers still busy when every report should long have ended are killed and
    their reports marked timed out. If anything interrupts the wait (Ctrl-C, SIGTERM), queued
    reports are dropped, workers and their kernels killed, and the exception raised.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    workers = max(1, min(jobs, len(tasks)))
    spawn = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(workers, mp_context=spawn, initializer=_init_worker, initargs=(str(data_dir),))
    limit = math.ceil(len(tasks) / workers) * (max(t.timeout for t in tasks) + 3 * GRACE + SPARE)
    deadline, results = time.monotonic() + limit, dict[int, Result]()
    try:
        futures = {executor.submit(run_task, t): t for t in tasks}
        pending = set(futures)
        while pending and time.monotonic() < deadline:
            done, pending = wait(pending, timeout=deadline - time.monotonic(), return_when=FIRST_COMPLETED)
            for fut in done:
                task = futures[fut]
                try:
                    results[task.index] = fut.result()
                except Exception as exc:  # the worker died (BrokenProcessPool) or could not pickle
                    why = "its worker process died" if "Broken" in type(exc).__name__ else one_line(exc)
                    results[task.index] = Result(kind="died", headline=f"report {task.name}: {why}")
                tick(task, results[task.index])
        for fut in pending:
            why = f"did not finish within {limit:g} s, long after its --timeout; its worker was stopped"
            results[futures[fut].index] = Result(kind="timeout", headline=f"report {futures[fut].name} {why}")
    except BaseException:
        _stop(executor)
        raise
    if pending:
        _stop(executor)
    executor.shutdown(wait=True)
    return [results[t.index] for t in tasks]


def _stop(executor: Any) -> None:
    workers = list(executor._processes or {})  # shutdown() forgets them
    executor.shutdown(wait=False, cancel_futures=True)
    for pid in workers:
        _signal_tree(pid, signal.SIGKILL)


def _signal_tree(pid: int, sig: int, root: bool = True) -> None:
    """Send ``sig`` to every process below ``pid`` (the kernels), and to ``pid`` too if ``root``."""
    import psutil

    with contextlib.suppress(psutil.Error):
        parent = psutil.Process(pid)
        for proc in [*parent.children(recursive=True), *([parent] if root else [])]:
            with contextlib.suppress(psutil.Error):
                proc.send_signal(sig)

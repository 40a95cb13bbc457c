"""Executing report notebooks: warm kernels, papermill, timeouts and failure summaries.

Where the time goes (``benchmarks/bench_reports.py`` prints it): starting a kernel (~0.7 s
of imports in the kernel), the notebook's own imports (pandas, matplotlib, ``analysis``:
~1 s), running the notebook, and exporting HTML (~0.15 s once the exporter is built). So:

- kernels are forked from a zygote that did those imports once (``analysis.reports.kernels``);
- each report runs in its own thread that takes a *kernel slot* and starts and warms its
  kernel (the silent ``PRELUDE``), overlapping the previous report's execution; then takes
  an *execution slot* (``--jobs`` of them) and runs the notebook with papermill on that warm
  kernel (``execution_timeout`` per cell, interrupt on timeout); then stops the kernel,
  frees both slots and exports HTML with the process's one exporter;
- papermill and nbconvert are imported while the first kernels start.

The main thread draws the progress display and is the overall guard: a report still
running ``timeout`` seconds after it started gets SIGINT (the traceback shows the line it was
on), and SIGKILL to its kernel's process group ``GRACE`` seconds later.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.reports.kernels import PRELUDE, START_TIMEOUT, Kernel, Zygote, kernel_env
from analysis.reports.registry import Planned

GRACE = 5.0  # seconds between the interrupt and the kill of a kernel that ran out of time
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")
_CELL_LINE = re.compile(r"(?:Cell In\s*\[\d*\]|Input In \[\d*\]), line (\d+)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_text(text: object, limit: int = 400) -> str:
    """One line for a terminal: no ANSI sequences or control characters, at most ``limit``."""
    line = " ".join(_ANSI.sub("", str(text)).split())
    line = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", line)
    return line if len(line) <= limit else line[: limit - 3] + "..."


@dataclass
class Failure:
    """Why a report failed: a one-line headline and a few detail lines."""

    kind: str  # "error", "parameter", "timeout", "died", "internal"
    headline: str
    details: list[str] = field(default_factory=list)


@dataclass
class Job:
    """One report of a run and everything that happens to it."""

    index: int
    planned: Planned
    state: str = "queued"
    since: float = field(default_factory=time.monotonic)  # when the state last changed
    exec_started: float | None = None
    started_at: str = ""
    finished_at: str = ""
    duration_s: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    kernel: Kernel | None = None
    failure: Failure | None = None
    interrupted: float | None = None
    killed: bool = False

    @property
    def name(self) -> str:
        """The report's name."""
        return self.planned.report.name

    def set(self, state: str) -> None:
        """Change state (the display reads it)."""
        self.state, self.since = state, time.monotonic()


class OrderedSlots:
    """A counting semaphore that serves waiters lowest index first (reports in order)."""

    def __init__(self, capacity: int) -> None:
        self._cond = threading.Condition()
        self._free = capacity
        self._waiting: list[int] = []
        self.cancelled = False

    def acquire(self, index: int) -> bool:
        """Wait for a slot; False if the run was cancelled meanwhile."""
        with self._cond:
            self._waiting.append(index)
            self._waiting.sort()
            while not self.cancelled and not (self._free > 0 and self._waiting[0] == index):
                self._cond.wait(0.5)
            self._waiting.remove(index)
            if self.cancelled:
                self._cond.notify_all()
                return False
            self._free -= 1
            self._cond.notify_all()
            return True

    def release(self) -> None:
        """Give a slot back."""
        with self._cond:
            self._free += 1
            self._cond.notify_all()

    def cancel(self) -> None:
        """Wake every waiter and refuse further slots."""
        with self._cond:
            self.cancelled = True
            self._cond.notify_all()


def fast_nbformat_import() -> None:
    """Import nbformat without jsonschema's optional IRI format checker.

    jsonschema imports ``rfc3987_syntax`` when installed (it comes with jupyterlab's
    dependencies), which builds a grammar at import time: 2.4 s of every run, for a format
    no notebook schema uses. Blocking it for this one import leaves jsonschema without an
    "iri" checker in this process; nothing else changes.
    """
    import sys

    if "jsonschema" in sys.modules:
        return
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    try:
        import jsonschema  # noqa: F401
        import nbformat  # noqa: F401
    finally:
        if blocked and "rfc3987_syntax" in sys.modules and sys.modules["rfc3987_syntax"] is None:
            del sys.modules["rfc3987_syntax"]


def _silence_papermill_logs() -> None:
    import logging

    for name in ("papermill", "nbclient", "traitlets"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


_ENGINE = "nkr-warm-kernel"


def _register_engine() -> None:
    """A papermill engine that runs on a kernel we started (and closes its client after)."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    class WarmKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man: Any,
            kernel_name: str,
            log_output: bool = False,
            stdout_file: Any = None,
            stderr_file: Any = None,
            start_timeout: float = 60,
            execution_timeout: float | None = None,
            **kwargs: Any,
        ) -> Any:
            km, kc = kwargs.pop("km"), kwargs.pop("kc", None)
            kwargs.pop("input_path", None)
            client = PapermillNotebookClient(
                nb_man,
                km=km,
                kernel_name=kernel_name,
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                log_output=False,
                **kwargs,
            )
            if kc is not None:  # the warm kernel's client: connected, ready, same thread
                kc.allow_stdin = False
                client.kc = kc
            return client.execute()

    papermill_engines.register(_ENGINE, WarmKernelEngine)


class Runner:
    """Runs the planned reports into ``tmp`` and records what happened to each in ``jobs``."""

    def __init__(
        self,
        runs: list[Planned],
        tmp: Path,
        as_of: str,
        jobs: int,
        timeout: float,
        preload: tuple[str, ...],
        lookahead: int | None = None,
        fork: bool | None = None,
    ) -> None:
        self.jobs = [Job(i, p) for i, p in enumerate(runs)]
        self.tmp, self.as_of, self.timeout, self.preload = tmp, as_of, timeout, preload
        self.parallel = max(1, min(jobs, len(runs)))
        ahead = self.parallel if lookahead is None else lookahead
        self.exec_slots = OrderedSlots(self.parallel)
        self.kernel_slots = OrderedSlots(self.parallel + max(0, ahead))
        self.sockets = Path(tempfile.mkdtemp(prefix="nkr-kernels-"))
        self.env = kernel_env(as_of)
        self.threads: list[threading.Thread] = []
        self.changed = threading.Event()
        self.imported = threading.Event()
        self.cancelled = False
        if fork is None:
            fork = os.environ.get("NKR_REPORT_FORK", "1") != "0" and hasattr(os, "fork")
        self.zygote: Zygote | None = None
        if fork:
            self.zygote = Zygote(preload, self.env, tmp / "zygote.log")

    # -- the main thread ------------------------------------------------------------------

    def start(self) -> None:
        """Start one thread per report, then import papermill and nbconvert meanwhile."""
        for job in self.jobs:
            t = threading.Thread(target=self._run_job, args=(job,), name=f"nkr-{job.name}", daemon=True)
            self.threads.append(t)
            t.start()
        try:
            fast_nbformat_import()
            import papermill  # noqa: F401  (once, here, while the kernels start)

            _silence_papermill_logs()
            _register_engine()
        finally:
            self.imported.set()
        from analysis.reports import output

        output.exporter()  # build the HTML exporter while the kernels warm up

    def wait(self, tick: Callable[[], None], interval: float = 0.2) -> None:
        """Until every report is finished: call ``tick`` and enforce the timeout."""
        while any(t.is_alive() for t in self.threads):
            self.changed.wait(interval)
            self.changed.clear()
            self._guard()
            tick()
        tick()

    def _guard(self) -> None:
        now = time.monotonic()
        for job in self.jobs:
            if job.state != "running" or job.exec_started is None or job.kernel is None:
                continue
            over = now - job.exec_started - self.timeout
            if over >= 0 and job.interrupted is None:
                job.interrupted = now
                job.kernel.signal(signal.SIGINT)
            elif job.interrupted is not None and now - job.interrupted >= GRACE and not job.killed:
                job.killed = True
                job.kernel.signal(signal.SIGKILL)

    def cancel(self) -> None:
        """Stop everything now: no new slots, every kernel killed."""
        self.cancelled = True
        self.exec_slots.cancel()
        self.kernel_slots.cancel()
        for job in self.jobs:
            if job.kernel is not None:
                job.kernel.signal(signal.SIGKILL)
        for t in self.threads:
            t.join(timeout=5)
        self.cleanup()

    def cleanup(self) -> None:
        """Stop the zygote and remove the kernels' socket folder."""
        import shutil

        if self.zygote is not None:
            self.zygote.stop()
            self.zygote = None
        shutil.rmtree(self.sockets, ignore_errors=True)

    # -- one thread per report ------------------------------------------------------------

    def _state(self, job: Job, state: str) -> None:
        job.set(state)
        self.changed.set()

    def _run_job(self, job: Job) -> None:
        have_kernel_slot = have_exec_slot = False
        try:
            if not self.kernel_slots.acquire(job.index):
                return
            have_kernel_slot = True
            self._state(job, "starting")
            self._start_kernel(job)
            self._state(job, "ready")
            t = time.monotonic()
            if not self.exec_slots.acquire(job.index):
                return
            have_exec_slot = True
            job.timings["wait_s"] = round(time.monotonic() - t, 3)
            self._execute(job)
            if job.kernel is not None:
                job.kernel.stop()
            self.exec_slots.release()
            have_exec_slot = False
            self.kernel_slots.release()
            have_kernel_slot = False
            if job.failure is None:
                self._state(job, "html")
                t2 = time.monotonic()
                self._html(job)
                job.timings["html_s"] = round(time.monotonic() - t2, 3)
        except Exception as exc:  # anything else: a failure of this report, never a crash
            job.failure = job.failure or Failure("internal", f"report {job.name}: {safe_text(exc)}")
        finally:
            if job.kernel is not None:
                job.kernel.stop()
            if have_exec_slot:
                self.exec_slots.release()
            if have_kernel_slot:
                self.kernel_slots.release()
            if job.exec_started is not None:
                job.duration_s = round(time.monotonic() - job.exec_started, 3)
            job.finished_at = _now()
            if self.cancelled:
                self._state(job, "cancelled")
            else:
                self._state(job, "failed" if job.failure else "done")

    def _start_kernel(self, job: Job) -> None:
        report = job.planned.report
        kernel_name = notebook_kernel(report.notebook)
        t = time.monotonic()
        job.kernel = Kernel(
            kernel_name,
            report.notebook.parent,
            self.env,
            self.tmp / f"kernel-{job.name}.log",
            self.sockets / job.name,
            self.zygote,
        )
        job.timings["zygote_wait_s"] = round(time.monotonic() - t, 3)  # its imports, once per run
        t = time.monotonic()
        try:
            job.kernel.start()
        except Exception as exc:
            job.failure = Failure(
                "died",
                f"report {job.name}: the kernel {kernel_name!r} did not start: {safe_text(exc)}",
                ["kernel log: {kept}/" + job.kernel.log_path.name],
            )
            raise
        job.timings["kernel_start_s"] = round(time.monotonic() - t, 3)
        t = time.monotonic()
        with contextlib.suppress(Exception):  # preloading only saves time; never fails a report
            job.kernel.run_silent(PRELUDE.format(preload=list(self.preload)), timeout=START_TIMEOUT)
        job.timings["preload_s"] = round(time.monotonic() - t, 3)

    def _execute(self, job: Job) -> None:
        import papermill as pm
        from papermill.exceptions import PapermillExecutionError

        assert job.kernel is not None
        self.imported.wait()
        self._state(job, "running")
        job.exec_started = time.monotonic()
        job.started_at = _now()
        out = self.tmp / f"{job.name}.ipynb"
        try:
            pm.execute_notebook(
                str(job.planned.report.notebook),
                str(out),
                parameters=job.planned.given,
                engine_name=_ENGINE,
                km=job.kernel.km,
                kc=job.kernel.kc,
                kernel_name=job.kernel.name,
                progress_bar=False,
                log_output=False,
                execution_timeout=int(self.timeout) + 1,
                interrupt_on_timeout=True,
                start_timeout=int(START_TIMEOUT),
            )
        except PapermillExecutionError as exc:
            job.failure = describe_error(job, exc, out, self.timeout)
        except Exception as exc:
            job.failure = describe_crash(job, exc, out, self.timeout)
        finally:
            job.timings["execute_s"] = round(time.monotonic() - job.exec_started, 3)

    def _html(self, job: Job) -> None:
        import nbformat

        from analysis.reports import output

        path = self.tmp / f"{job.name}.ipynb"
        nb = nbformat.read(path, as_version=4)
        output.fix_injected_cell_id(nb)
        nbformat.write(nb, path)
        title = f"{job.planned.report.title} ({self.as_of})"
        output.write_html(nb, title, self.tmp / f"{job.name}.html")


def notebook_kernel(path: Path) -> str:
    """The kernel a notebook asks for (its kernelspec name), ``python3`` if none."""
    import json

    with path.open(encoding="utf-8") as fh:
        meta = json.load(fh).get("metadata", {})
    return str(meta.get("kernelspec", {}).get("name") or "python3")


def _now() -> str:
    from analysis.reports.output import utc_now

    return utc_now()


# --- failure summaries ----------------------------------------------------------------------


def _source_line(source: str, line_no: int | None) -> str:
    lines = source.splitlines()
    if line_no is not None and 1 <= line_no <= len(lines):
        return lines[line_no - 1].strip()
    code = [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")]
    return code[-1] if code else ""


def _own_cells(nb_path: Path) -> list[Any]:
    """The executed notebook's cells without papermill's error-marker cells."""
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    return [c for c in nb.cells if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]


def _cell_number(nb_path: Path, cell_index: int) -> int:
    """1-based number of the cell in the report's own notebook (without papermill's cell)."""
    try:
        cells = _own_cells(nb_path)
        injected = next(
            (i for i, c in enumerate(cells) if "injected-parameters" in c.get("metadata", {}).get("tags", [])), None
        )
    except Exception:
        injected = None
    return cell_index + (0 if injected is not None and cell_index > injected else 1)


def describe_error(job: Job, exc: Any, nb_path: Path, timeout: float) -> Failure:
    """A short summary of an exception raised in a cell (papermill's PapermillExecutionError)."""
    name = job.name
    tb = _ANSI.sub("", "\n".join(exc.traceback or []))
    match = _CELL_LINE.search(tb)
    line_no = int(match.group(1)) if match else None
    code = safe_text(_source_line(exc.source or "", line_no), 160)
    cell = _cell_number(nb_path, exc.cell_index)
    where = f"cell {cell}" + (f", line {line_no}" if line_no else "")
    if exc.ename == "ParameterError":
        return Failure("parameter", f"report {name}: {safe_text(exc.evalue)}")
    ran = time.monotonic() - job.exec_started if job.exec_started is not None else 0.0
    if exc.ename == "KeyboardInterrupt" and (job.interrupted is not None or ran >= timeout):
        return Failure("timeout", f"report {name} timed out after {timeout:g} s (--timeout) in {where}: `{code}`")
    return Failure(
        "error", f"report {name} failed in {where}: `{code}`", [f"{safe_text(exc.ename, 80)}: {safe_text(exc.evalue)}"]
    )


def describe_crash(job: Job, exc: BaseException, nb_path: Path, timeout: float) -> Failure:
    """A short summary when the kernel died, was killed, or a cell timed out without a traceback."""
    name = job.name
    where = _running_cell(nb_path)
    if job.killed or job.interrupted is not None or type(exc).__name__ == "CellTimeoutError":
        return Failure(
            "timeout", f"report {name} timed out after {timeout:g} s (--timeout){where}; the kernel was stopped"
        )
    if type(exc).__name__ == "DeadKernelError":
        log = job.kernel.log_path.name if job.kernel else "kernel.log"
        return Failure("died", f"report {name}: the kernel died{where}", ["kernel log: {kept}/" + log])
    return Failure("internal", f"report {name}: {type(exc).__name__}: {safe_text(exc)}")


def _running_cell(nb_path: Path) -> str:
    """`` in cell N: `first line` `` for the last cell papermill started, if any."""
    try:
        cells = _own_cells(nb_path)
    except Exception:
        return ""
    started = [
        i
        for i, c in enumerate(cells)
        if c.get("metadata", {}).get("papermill", {}).get("status") not in (None, "pending")
    ]
    if not started:
        return ""
    cell = cells[started[-1]]
    code = safe_text(_source_line(cell.source, None), 160)
    return f" in cell {_cell_number(nb_path, started[-1])}: `{code}`"

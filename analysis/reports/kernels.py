"""Kernels for report notebooks: started from a zygote (or the usual way), warmed, stopped.

A ``Kernel`` is a jupyter_client ``AsyncKernelManager`` on IPC sockets in a private folder
(nothing listens on TCP) whose stdout/stderr go to a log file beside the run.

Normally its process is forked from a ``Zygote`` that has already imported ipykernel and
the registry's ``preload`` modules (see ``analysis.reports.zygote``): a kernel is ready in
~0.1 s instead of ~0.7 s, and the notebook's first imports are already done. The kernel
manager is unchanged except for its provisioner, whose ``launch_kernel`` asks the zygote
to fork instead of running the kernelspec's command. Kernelspecs that are not this
Python's ipykernel, a zygote that failed to start, and env ``NKR_REPORT_FORK=0`` use the
usual provisioner (one ``python -m ipykernel_launcher`` per report).

``PRELUDE`` runs silently in every kernel before its notebook (no prompt number, no
history): the rest of the preload (pyplot), and the determinism settings (SVG hash salt,
numbered pandas Styler ids).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from analysis import paths

START_TIMEOUT = 120.0  # seconds for a kernel (or the zygote) to start on a loaded machine

PRELUDE = """
def _nkr_prelude(preload):
    import importlib
    import itertools
    import uuid
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    try:
        import matplotlib
        matplotlib.rcParams["svg.hashsalt"] = "nk-russia"
    except Exception:
        pass
    try:  # pandas Styler draws a random table id per table: number them instead
        from pandas.io.formats import style_render
        counter = itertools.count(1)
        style_render.uuid4 = lambda: uuid.UUID(int=next(counter) << 108)
    except Exception:
        pass
_nkr_prelude({preload!r})
del _nkr_prelude
"""


def kernel_env(as_of: str) -> dict[str, str]:
    """The kernels' environment: ours, the same data folder, and fixed seeds and dates."""
    env = dict(os.environ)
    env["NKR_DATA_DIR"] = str(paths.DATA_DIR)
    env["PYTHONHASHSEED"] = "0"  # set and dict-of-str order must not vary between runs
    try:  # dates written into SVG/PDF metadata: the as_of day, not the clock
        day = datetime.combine(date.fromisoformat(as_of), datetime.min.time(), tzinfo=UTC)
        env["SOURCE_DATE_EPOCH"] = str(int(day.timestamp()))
    except ValueError:
        env["SOURCE_DATE_EPOCH"] = "0"
    env.pop("MPLBACKEND", None)  # the inline backend, as in Jupyter
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # no debugger warning per kernel
    return env


# --- the zygote ---------------------------------------------------------------------------


class Zygote:
    """The process that forks kernels (started at once; used when its imports are done)."""

    def __init__(self, preload: tuple[str, ...], env: dict[str, str], log: Path) -> None:
        self._lock = threading.Lock()
        self._ready: bool | None = None
        self.log = log
        self._log = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "analysis.reports.zygote", json.dumps(list(preload))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
            cwd=str(paths.PROJECT_ROOT),
            text=True,
            bufsize=1,
        )

    def ready(self) -> bool:
        """Wait for the zygote's imports; False if it failed (then kernels start the usual way)."""
        with self._lock:
            if self._ready is None:
                line = self.proc.stdout.readline() if self.proc.stdout else ""
                try:
                    self._ready = bool(json.loads(line).get("ready"))
                except ValueError:
                    self._ready = False
            return self._ready

    def can_launch(self, spec: Any) -> bool:
        """True if ``spec`` is this Python's ipykernel (what the zygote can become)."""
        argv = list(getattr(spec, "argv", []) or [])
        python = argv[0] if argv else ""
        same_python = python in ("python", "python3", sys.executable) or (
            Path(python).is_absolute() and Path(python).resolve() == Path(sys.executable).resolve()
        )
        return (
            same_python
            and argv[1:3] == ["-m", "ipykernel_launcher"]
            and "{connection_file}" in argv
            and getattr(spec, "language", "python").lower() == "python"
            and self.ready()
        )

    def fork(self, connection_file: str, cwd: str, env: dict[str, str], log: Path) -> int:
        """Fork a kernel; return its pid."""
        request = {"connection_file": connection_file, "cwd": cwd, "env": env, "log": str(log)}
        with self._lock:
            assert self.proc.stdin is not None and self.proc.stdout is not None
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            reply = json.loads(self.proc.stdout.readline())
        return int(reply["pid"])

    def stop(self) -> None:
        """End the zygote (its kernels are stopped separately)."""
        with contextlib.suppress(OSError):
            if self.proc.stdin:
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()
        self._log.close()


class ForkedProcess:
    """The part of ``subprocess.Popen`` jupyter_client uses, for a kernel forked by the zygote.

    The kernel is the zygote's child, not ours: it is polled with signal 0 (the zygote reaps
    it, so a finished kernel disappears).
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """None while the kernel runs, else its (unknown, so 0 or -9) exit code."""
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
                with Path(f"/proc/{self.pid}/stat").open(encoding="ascii") as fh:
                    if fh.read().rsplit(")", 1)[-1].split()[0] == "Z":
                        self.returncode = 0
            except (ProcessLookupError, FileNotFoundError):
                self.returncode = 0
            except (PermissionError, OSError):
                pass
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Block until the kernel has ended."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            time.sleep(0.02)
        return self.returncode or 0

    def send_signal(self, sig: int) -> None:
        """Signal the kernel."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, sig)

    def kill(self) -> None:
        """SIGKILL the kernel's process group (it leads its own session)."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)
        self.returncode = -9 if self.returncode is None else self.returncode

    def terminate(self) -> None:
        """SIGTERM the kernel."""
        self.send_signal(signal.SIGTERM)


def fork_provisioner(km: Any, zygote: Zygote, log: Path) -> Any:
    """A LocalProvisioner for ``km`` whose kernel process is forked by ``zygote``."""
    from jupyter_client.provisioning.local_provisioner import LocalProvisioner

    class ForkProvisioner(LocalProvisioner):
        async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
            connection_file = cmd[cmd.index("-f") + 1]
            cwd = str(kwargs.get("cwd") or Path.cwd())
            env = dict(kwargs.get("env") or os.environ)
            pid = zygote.fork(connection_file, cwd, env, log)
            self.process = ForkedProcess(pid)  # type: ignore[assignment]  # Popen's interface
            self.pid = pid
            self.pgid = pid
            self.cwd = cwd
            return self.connection_info

    return ForkProvisioner(kernel_id=km.kernel_id, kernel_spec=km.kernel_spec, parent=km)


# --- a kernel -------------------------------------------------------------------------------


class Kernel:
    """A Jupyter kernel for one report: started, warmed, interrupted, killed."""

    def __init__(
        self, kernel_name: str, cwd: Path, env: dict[str, str], log: Path, sockets: Path, zygote: Zygote | None = None
    ) -> None:
        from jupyter_client.manager import AsyncKernelManager

        self.name = kernel_name
        self.cwd, self.env, self.log_path = cwd, env, log
        self.km = AsyncKernelManager(kernel_name=kernel_name, transport="ipc", ip=str(sockets))
        self.kc: Any = None  # one client, used for the prelude and then by papermill
        self._log: IO[bytes] | None = None
        self.forked = zygote is not None and zygote.can_launch(self.km.kernel_spec)
        if zygote is not None and self.forked:
            import uuid

            self.km.kernel_id = str(uuid.uuid4())
            self.km.provisioner = fork_provisioner(self.km, zygote, log)

    @property
    def pid(self) -> int | None:
        """The kernel's process id, once started."""
        pid = getattr(getattr(self.km, "provisioner", None), "pid", None)
        return int(pid) if pid else None

    def start(self) -> None:
        """Start the kernel process and wait until it answers."""
        from jupyter_core.utils import run_sync

        kw: dict[str, Any] = {"cwd": str(self.cwd), "env": self.env}
        if not self.forked:
            self._log = self.log_path.open("ab")
            kw.update(stdout=self._log, stderr=self._log)
        run_sync(self.km.start_kernel)(**kw)
        self.kc = self.km.client()
        self.kc.start_channels()
        run_sync(self.kc.wait_for_ready)(timeout=START_TIMEOUT)

    def run_silent(self, code: str, timeout: float) -> None:
        """Execute ``code`` without a prompt number or history; raise on error.

        Call from the thread that started the kernel (its client lives on that thread's loop).
        """
        from jupyter_core.utils import run_sync

        reply = run_sync(self.kc.execute_interactive)(
            code, silent=True, store_history=False, timeout=timeout, output_hook=lambda msg: None
        )
        content = reply.get("content", {})
        if content.get("status") != "ok":
            raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")

    def signal(self, sig: int) -> None:
        """Send ``sig`` to the kernel (SIGKILL goes to its whole process group)."""
        pid = self.pid
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if sig == signal.SIGKILL and os.getpgid(pid) == pid:
                os.killpg(pid, sig)
            else:
                os.kill(pid, sig)

    def stop(self) -> None:
        """Shut the kernel down now and close its log; safe to call twice."""
        from jupyter_core.utils import run_sync

        if self.kc is not None:
            with contextlib.suppress(Exception):
                self.kc.stop_channels()
            self.kc = None
        try:
            if self.km.has_kernel:
                run_sync(self.km.shutdown_kernel)(now=True)
        except Exception:  # a kernel that is already gone
            self.signal(signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None

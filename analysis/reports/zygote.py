"""A kernel zygote: one process imports the kernels' heavy modules once, then forks a kernel per report.

Starting an IPython kernel costs ~0.7 s of imports (IPython, ipykernel, zmq, tornado) and a
report's first cell another ~1 s (pandas, matplotlib, the ``analysis`` package). Every report
paid both. Here one process pays them once: it imports ipykernel and the registry's
``preload`` modules, then waits on stdin for one JSON request per kernel
(``{"connection_file", "cwd", "env", "log"}``), forks, and answers ``{"pid": N}``. The child
becomes an ordinary ``ipykernel`` (``IPKernelApp.launch_new_instance``) in its own session,
with its own environment, working folder and log, exactly as ``python -m ipykernel_launcher``.

What is NOT preloaded: ``matplotlib.pyplot`` and anything importing it. Importing pyplot
outside a running kernel would miss the inline backend's hooks; it is imported in the kernel
instead (the runner's silent prelude), where the hooks are set up as in Jupyter.

The zygote ignores SIGINT (the runner decides), reaps its children, and exits when its stdin
closes (the runner ended); the kernels watch the zygote (``JPY_PARENT_PID``) and exit with it.

Run only by ``analysis.reports.runner``: ``python -m analysis.reports.zygote '["pandas", ...]'``.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import signal
import sys
import traceback
from typing import Any

NOT_PRELOADED = ("matplotlib.pyplot", "matplotlib.pylab", "pylab")
# What every kernel imports while it starts (ipykernel loads its debugger lazily), and what
# makes the kernel's own ``import matplotlib.pyplot`` cheap without importing pyplot here.
BASE = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.debugger",
    "IPython.core.completer",
    "IPython.core.completerlib",
    "IPython.core.history",
    "sqlite3",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "pandas.io.formats.style_render",
)


def _child(request: dict[str, Any], path0: str | None) -> None:
    """Become a kernel (never returns)."""
    code = 0
    try:
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.close(log)
        os.close(null)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ["JPY_PARENT_PID"] = str(os.getppid())
        # As ipykernel_launcher: the kernel adds the working folder ('') to sys.path itself.
        if path0 is not None and sys.path and sys.path[0] == path0:
            del sys.path[0]
        sys.argv = [sys.executable, "-f", request["connection_file"]]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _draw_once() -> None:
    """Render a small chart without pyplot: fonts, glyph caches and Agg are then inherited."""
    import io

    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1), layout="constrained")
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], "o")
    ax.set_title("warm-up", loc="left", fontweight="bold")
    fig.text(0, 0, "Source: 0123456789,")
    fig.savefig(io.BytesIO(), format="png")


def main(argv: list[str]) -> int:
    """Import, then fork one kernel per request line on stdin."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")  # as ipykernel
    preload = json.loads(argv[0]) if argv else []
    import ipykernel.kernelapp  # noqa: F401  (the one import that must work)

    for name in (*BASE, *preload):
        if name.startswith(NOT_PRELOADED):
            continue
        with contextlib.suppress(Exception):  # a preload only saves time
            importlib.import_module(name)
    for name in NOT_PRELOADED:  # a preloaded module may have pulled it in: then forking is unsafe
        if name in sys.modules:
            print(json.dumps({"error": f"{name} was imported by a preloaded module"}), flush=True)
            return 1
    with contextlib.suppress(Exception):  # load fonts and the renderer once, for every child
        _draw_once()
    path0 = sys.path[0] if sys.path else None
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped automatically
    out = sys.stdout
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        pid = os.fork()
        if pid == 0:
            _child(request, path0)
        out.write(json.dumps({"pid": pid}) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

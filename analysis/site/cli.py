"""``python -m analysis site``: build the static site (arguments and printing only).

::

    python -m analysis site                                  # site/, every week of the archive
    python -m analysis site --from 2026-01-05 --out /tmp/site  # a shorter archive
    python -m analysis site --base-url https://example.org/nk/ # absolute feed and sitemap links

Exit codes: 0 built; 1 a report failed (the site keeps what was published before for that
day) or the system refused a write; 2 a bad option (nothing run, nothing written); 3 another
build holds the lock and ``--no-wait`` was given; 130/143 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.files import LockBusyError, display_path
from analysis.reports.plan import EVERY
from analysis.reports.runner import DEFAULT_TIMEOUT

EXIT_OK, EXIT_FAILED, EXIT_BUSY = 0, 1, 3


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``site`` command's arguments."""
    add = parser.add_argument
    add("--out", type=Path, metavar="DIR", help="the site folder (default: site/)")
    add(
        "--runs",
        type=Path,
        metavar="DIR",
        help="where the archive's runs are kept between builds (default: reports/site/)",
    )
    add("--from", dest="start", metavar="DATE", help="the archive's first week (default: the dataset's first date)")
    add("--to", dest="end", metavar="DATE", help="the archive's last day (default: the newest date in the dataset)")
    add("--every", choices=EVERY, help="one run per week or month, ending on --to (default: week)")
    add("--jobs", "-j", metavar="N", help="reports run at once (default: CPU cores)")
    add(
        "--timeout",
        default=str(DEFAULT_TIMEOUT),
        metavar="SECONDS",
        help=f"limit per report (default: {DEFAULT_TIMEOUT:g})",
    )
    add(
        "--base-url", metavar="URL", help="the site's public address: makes the feeds' and the sitemap's links absolute"
    )
    add("--rerun", action="store_true", help="run every report again, even one made from the same rows, notebook, "
        "parameters, code and packages")  # fmt: skip
    add("--no-wait", action="store_true", help="if another build is running, exit 3 at once instead of waiting")


def run(args: argparse.Namespace) -> int:
    """Build the site; print what was run, reused and written."""
    from analysis.site.build import build_site

    def tick(task: object, result: object) -> None:
        name, as_of = getattr(task, "name", ""), getattr(task, "as_of", "")
        state = "done" if getattr(result, "ok", False) else "FAILED"
        print(f"  {name} {as_of}  {state}  {getattr(result, 'duration_s', 0):.1f} s", flush=True)

    try:
        result = build_site(
            args.out,
            runs_dir=args.runs,
            start=args.start,
            end=args.end,
            every=args.every,
            jobs=args.jobs,
            timeout=args.timeout,
            base_url=args.base_url,
            rerun=args.rerun,
            wait=not args.no_wait,
            progress=tick,
            on_wait=lambda who: print(f"waiting for another run ({who})", file=sys.stderr, flush=True),
        )
    except LockBusyError as exc:
        print(f"error: another build is running ({exc.holder}); not waiting (--no-wait)", file=sys.stderr)
        return EXIT_BUSY
    for failed in result.failed:
        for _, r in failed.failures:
            print(f"error: {r.headline}", file=sys.stderr)
        print(f"error: as of {failed.as_of}: the site keeps what was published before for that day", file=sys.stderr)
    c, s = result.counts, result.seconds
    print(
        f"site: {len(result.runs)} runs: {result.reran} reports run, {result.reused} reused; "
        f"{c.pages} pages, {c.written} files written, {c.kept} unchanged, {c.removed} removed; "
        f"{c.bytes / 1e6:.1f} MB; {s['total']:.1f} s (runs {s['runs']:.1f} s, pages {s['pages']:.1f} s)"
    )
    print(display_path(result.out / "index.html"))
    return EXIT_FAILED if result.failed else EXIT_OK

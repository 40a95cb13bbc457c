"""Command line: ``python -m analysis [--debug] COMMAND``.

Each command lives in its own module, which defines ``configure(parser)`` and
``run(args) -> int``; modules are imported only when their command runs, so
``--help`` and quick commands start fast.

This module alone turns problems into lines and exit codes; commands raise. Every failure
ends in one line, never a traceback (``--debug`` shows it):
- bad data (``DataError``): one ``file:line: ...`` line per problem on standard output, then
  the error's note if it has one, exit 2; for the commands whose standard output is their result
  (``RESULT_ON_STDOUT``: candidates, a queue, scores) each line is ``error: ...`` on standard
  error instead, after what the command wrote for the good files, and the note closes them;
- a bad option, argument or parameter (``UsageError``, ``ParameterError``): ``error: ...``
  lines on standard error (at most ``MAX_SHOWN`` and a count), exit 2; an argument that is
  not valid UTF-8 is one of them;
- a file the system refuses (``OSError``: missing, unreadable, read-only, disk full):
  ``error: <path>: <OS error>`` on standard error, exit 1;
- anything unexpected: ``error: <what> (run with --debug for the traceback)``, exit 1;
- Ctrl-C: ``interrupted``, exit 130.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any, NoReturn

from analysis.errors import DataError, UsageError, one_line, os_error_text, shorten

MAX_SHOWN = 10  # usage problems shown; a wrong file given as --params-file can name hundreds
# commands that write their result to standard output: problems go to standard error, so a
# queue or a CSV piped on stays clean
RESULT_ON_STDOUT = frozenset({"extract", "ingest", "evaluate", "triage"})

# command -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("analysis.data.build", "check data/curated and data/raw, then write data/clean"),
    "validate": ("analysis.data.validate", "check every table and print one line per problem"),
    "codebook": ("analysis.data.codebook", "write data/CODEBOOK.md from data/datapackage.json"),
    "report": ("analysis.reports.cli", "run report notebooks and write HTML"),
    "site": ("analysis.site.cli", "build the static site: briefs, archive, claim pages, data, feeds (what changed)"),
    "extract": ("analysis.intake.extract", "propose candidate claims from article texts"),
    "ingest": ("analysis.intake.ingest", "add an article to data/raw and write a review file"),
    "evaluate": ("analysis.intake.evaluate", "score extraction against hand-labelled articles"),
    "triage": ("analysis.intake.triage", "review queue of many articles: known, revision or new, copies clustered"),
    "student": ("analysis.present.teaching", "write the student copy of the teaching walkthrough (solutions removed)"),
}


class OneLineParser(argparse.ArgumentParser):
    """Command-line mistakes as one ``error:`` line on stderr (no usage block), exit 2.

    Subcommand parsers are of the same class (argparse makes them with ``type(parent)``).
    """

    def error(self, message: str) -> NoReturn:
        hint = (
            "; a value starting with '-' goes after '=' (--option=VALUE), or for a report parameter in --params-file"
            if "expected one argument" in message or "expected 2 arguments" in message
            else ""
        )
        print(f"error: {message[:200]}{hint} (see --help)", file=sys.stderr)
        raise SystemExit(2)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        found, extra = super().parse_known_args(args, namespace)
        if extra:
            self.error(f"unrecognized arguments: {' '.join(extra)}")
        return found, extra


def _parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python -m analysis", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the Python traceback of an unexpected error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = next((a for a in argv if not a.startswith("-")), None)
    for name, (module, help_) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_)
        if name == chosen:
            importlib.import_module(module).configure(p)
    return parser


def _check_encoding(argv: list[str]) -> None:
    """Every argument must be text UTF-8 can write (a path with a stray byte cannot be shown or stored)."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as exc:
            char = ord(arg[exc.start])
            byte = char - 0xDC00 if 0xDC80 <= char <= 0xDCFF else char  # a byte the file system decoding kept
            raise UsageError(
                f"argument {shorten(arg)} is not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start}): "
                "expected text in UTF-8"
            ) from None


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code (see the module notes for failures)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in argv
    name = ""
    try:
        _check_encoding(argv)
        args = _parser(argv).parse_args(argv)
        name = args.command
        command = importlib.import_module(COMMANDS[name][0])
        return int(command.run(args) or 0)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        if debug:
            raise
        print("interrupted", file=sys.stderr)
        return 130
    except DataError as exc:
        if debug:
            raise
        aside = name in RESULT_ON_STDOUT
        stream = sys.stderr if aside else sys.stdout
        for line in [str(p) for p in exc.problems] or [str(exc)]:
            print(f"error: {one_line(line, 2000)}" if aside else one_line(line, 2000), file=stream)
        if exc.note:
            print(exc.note, file=stream)
        return 2
    except UsageError as exc:
        if debug:
            raise
        shown = list(dict.fromkeys(one_line(p, 2000) for p in exc.problems)) or [one_line(exc, 2000)]
        for line in shown[:MAX_SHOWN]:
            print(f"error: {line}", file=sys.stderr)
        if len(shown) > MAX_SHOWN:
            print(f"error: ... and {len(shown) - MAX_SHOWN} more problems", file=sys.stderr)
        if exc.note:
            print(exc.note, file=sys.stderr)
        return 2
    except OSError as exc:
        if debug:
            raise
        print(f"error: {os_error_text(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if debug:
            raise
        text = one_line(exc, 200)
        what = f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__
        print(f"error: {what} (run with --debug for the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

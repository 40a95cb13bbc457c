"""Command line: ``python -m analysis COMMAND``.

Each command lives in its own module, which defines ``configure(parser)`` and
``run(args) -> int``; modules are imported only when their command runs, so
``--help`` and quick commands start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("analysis.data.build", "check data/curated and data/raw, then write data/clean"),
    "validate": ("analysis.data.validate", "check every table and print one line per problem"),
    "codebook": ("analysis.data.codebook", "write data/CODEBOOK.md from data/datapackage.json"),
    "report": ("analysis.reports", "run report notebooks and write HTML"),
    "extract": ("analysis.intake.extract", "propose candidate claims from article texts"),
    "ingest": ("analysis.intake.ingest", "add an article to data/raw and write a review file"),
    "evaluate": ("analysis.intake.evaluate", "score extraction against hand-labelled articles"),
    "student": ("analysis.present.teaching", "write the student copy of the teaching walkthrough (solutions removed)"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if not a.startswith("-")), None)
    for name, (module, help_) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_)
        if name == chosen:
            importlib.import_module(module).configure(p)
    args = parser.parse_args(argv)
    command = importlib.import_module(COMMANDS[args.command][0])
    return int(command.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

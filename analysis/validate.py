"""``python -m analysis validate [DATA_DIR]``: check every table, one line per problem.

Checks the hand-curated inputs (data/curated), the shipped raw texts (checksums), the
review files of ingested articles, and the clean outputs (data/clean), including that
the clean tables are exactly what ``build`` would write now (not stale, not hand-edited).
Exit code 1 when anything is wrong, 0 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from analysis import paths, schema
from analysis.dataset import check_raw_files, check_references, check_rows, check_sentences, read_rows
from analysis.errors import Problem, display_path

Tables = dict[str, tuple[str, list[dict[str, str]], list[int]]]


def read_tables(folder: Path, curated: bool) -> tuple[Tables, list[Problem]]:
    """Read and check every table in ``folder`` (curated or clean columns)."""
    tables: Tables = {}
    problems: list[Problem] = []
    for name, table in schema.tables().items():
        path = folder / f"{name}.csv"
        columns = table.curated_columns if curated else table.columns
        rows, lines, header_problems = read_rows(path, columns)
        problems += header_problems
        if any(p.line in (None, 1) for p in header_problems):
            continue  # a missing file or wrong header: cell checks would only repeat it
        shown = display_path(path)
        problems += check_rows(table, shown, rows, lines)
        tables[name] = (shown, rows, lines)
    problems += check_references(tables)
    return tables, problems


def check_claimant_vocabulary(tables: Tables) -> list[Problem]:
    """The schema's claimant enum lists exactly the non-person actors."""
    if "actors" not in tables:
        return []
    actors = {r["actor_id"] for r in tables["actors"][1] if r.get("kind") != "person"}
    enum = set(schema.vocabulary("claims", "claimant"))
    shown = display_path(paths.datapackage_path())
    out = [
        Problem(shown, None, "claims.claimant", f"enum lacks actor {a!r} (add it, or make it a person)")
        for a in sorted(actors - enum)
    ]
    out += [
        Problem(shown, None, "claims.claimant", f"enum value {a!r} is not an actor in actors.csv")
        for a in sorted(enum - actors)
    ]
    return out


def check_inputs(data_dir: Path) -> tuple[Tables, list[Problem]]:
    """Everything ``build`` reads: curated tables, raw checksums, sentences, review files."""
    tables, problems = read_tables(paths.curated_dir(data_dir), curated=True)
    problems += check_claimant_vocabulary(tables)
    if "sources" in tables:
        shown, rows, lines = tables["sources"]
        problems += check_raw_files(data_dir, rows, lines, shown)
    problems += check_sentences(data_dir, tables)
    if importlib.util.find_spec("analysis.review") is not None:
        from analysis import review

        problems += review.check_reviews(data_dir)
    return tables, problems


def validate(data_dir: Path | None = None) -> list[Problem]:
    """All problems in a data folder: inputs, then clean outputs, then staleness."""
    from analysis.build import compose

    data_dir = (data_dir or paths.DATA_DIR).resolve()
    tables, problems = check_inputs(data_dir)
    _, clean_problems = read_tables(paths.clean_dir(data_dir), curated=False)
    problems += clean_problems
    if not problems:
        expected = compose(data_dir, tables)
        for name, text in expected.items():
            path = paths.clean_dir(data_dir) / f"{name}.csv"
            if path.read_text(encoding="utf-8") != text:
                problems.append(
                    Problem(
                        display_path(path),
                        None,
                        None,
                        "differs from what build writes from data/curated: run `python -m analysis build` "
                        "(clean files are never edited by hand)",
                    )
                )
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.column or "", p.message))


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``validate``."""
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="data folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    """Print one line per problem; exit 1 if there are any."""
    data_dir = args.data_dir or paths.DATA_DIR
    if not data_dir.is_dir():
        print(f"error: {data_dir}: no such data folder")
        return 2
    problems = validate(data_dir)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)} found")
        return 1
    print(f"{display_path(data_dir)}: all tables valid")
    return 0

"""Generated corruptions of every curated table, run through validate and build.

Properties, for any corruption:
- ``validate`` and ``build`` exit 0, 1 or 2 and never print a traceback;
- every problem line starts with the file it is about;
- when ``build`` refuses, data/clean is byte-identical to before;
- when ``build`` accepts, ``validate`` then passes and every clean table loads typed:
  what validation accepts, the loaders (and so the reports) can use.

Example counts are bounded for the everyday suite; ``HYPOTHESIS_PROFILE=long`` (``make
test-long``) runs many more.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.__main__ import main
from analysis.data import schema, tables

settings.register_profile("default-data", max_examples=20, deadline=None, derandomize=True, database=None)
settings.register_profile("long", max_examples=400, deadline=None, database=None)
PROFILE = "long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "default-data"
SETTINGS = settings.get_profile(PROFILE)
HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]

CURATED = [name for name in schema.TABLES] + ["excluded_leads"]
TRICKY = st.sampled_from(
    [
        "",
        " ",
        "-5",
        "+5",
        "05",
        "1_000",
        "9" * 16,
        "2025-02-30",
        "2025-3-7",
        "=1+1",
        "@SUM(A1)",
        "North Korea",
        "South Korea NIS",
        "person",
        "a;b",
        '"',
        "\x00",
        "line\nbreak",
        "\u2028",
        "C0001",
        "planned",
        "year",
        "../x",
        "$x^2$",
    ]
)
TEXT = st.one_of(TRICKY, st.text(max_size=30), st.integers(min_value=-(10**20), max_value=10**20).map(str))


@contextlib.contextmanager
def data_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "data"
        shutil.copytree(paths.DATA_DIR, target, ignore=shutil.ignore_patterns(".clean-*", ".build.lock"))
        yield target


def run(argv: list[str]) -> tuple[int, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(argv)
    return code, out.getvalue().splitlines()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def check(data: Path) -> None:
    """The properties of the module docstring, for one corrupted data folder."""
    code, lines = run(["validate", str(data)])
    assert code in (0, 1, 2), lines
    assert not any("Traceback" in line for line in lines)
    for line in lines:
        summary = line.endswith(("problems found", "problem found")) or "all tables valid" in line
        assert summary or line.startswith(str(data)) or line.startswith("error: "), line
    before = snapshot(data / "clean")
    code, lines = run(["build", str(data)])
    assert code in (0, 1, 2), lines
    assert not any("Traceback" in line for line in lines)
    if code != 0:
        assert snapshot(data / "clean") == before
        assert not [p for p in data.iterdir() if p.name.startswith(".clean-")]
        return
    code, lines = run(["validate", str(data)])
    assert code == 0, lines
    for name, frame in tables.load(data).items():
        assert list(frame.columns) == schema.table(name).columns


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


@settings(SETTINGS, suppress_health_check=HEALTH)
@given(table=st.sampled_from(CURATED), row=st.integers(0, 200), col=st.integers(0, 40), value=TEXT)
def test_replace_a_cell(table: str, row: int, col: int, value: str) -> None:
    with data_folder() as data:
        path = data / "curated" / f"{table}.csv"
        rows = rows_of(path)
        r = rows[1 + row % (len(rows) - 1)]
        r[col % len(r)] = value
        write_rows(path, rows)
        check(data)


@settings(SETTINGS, suppress_health_check=HEALTH)
@given(
    table=st.sampled_from(CURATED),
    kind=st.sampled_from(["delete_column", "duplicate_column", "bad_bytes", "truncate", "duplicate_row", "rename"]),
    where=st.integers(0, 10**6),
    junk=st.binary(min_size=1, max_size=4),
)
def test_corrupt_a_file(table: str, kind: str, where: int, junk: bytes) -> None:
    with data_folder() as data:
        path = data / "curated" / f"{table}.csv"
        rows = rows_of(path)
        col = where % len(rows[0])
        if kind == "delete_column":
            write_rows(path, [r[:col] + r[col + 1 :] for r in rows])
        elif kind == "duplicate_column":
            write_rows(path, [r[: col + 1] + r[col:] for r in rows])
        elif kind == "duplicate_row":
            write_rows(path, [*rows, rows[1 + where % (len(rows) - 1)]])
        elif kind == "rename":
            rows[0][col] = rows[0][col].upper() + "_"
            write_rows(path, rows)
        else:
            raw = path.read_bytes()
            at = where % (len(raw) + 1)
            path.write_bytes(raw[:at] + junk + raw[at:] if kind == "bad_bytes" else raw[:at])
        check(data)

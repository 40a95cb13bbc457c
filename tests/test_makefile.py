"""`make` / `make help` lists every target with a one-line description."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from analysis import paths


def _targets() -> set[str]:
    text = (paths.PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", text, re.MULTILINE)
    assert phony, "a .PHONY line"
    return set(phony.group(1).split())


def test_every_phony_target_has_a_description() -> None:
    text = (paths.PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    described = set(re.findall(r"^([a-zA-Z_-]+):.*?## ", text, re.MULTILINE))
    assert _targets() == described


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_help_lists_every_target() -> None:
    out = subprocess.run(["make", "-s", "help"], cwd=paths.PROJECT_ROOT, capture_output=True, text=True, check=True)
    listed = {line.split()[0] for line in re.sub(r"\x1b\[[0-9;]*m", "", out.stdout).splitlines() if line.strip()}
    assert listed == _targets()

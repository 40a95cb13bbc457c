"""Dependencies are declared once (pyproject.toml); environment.yml and Binder follow it."""

from __future__ import annotations

import re
import tomllib

import yaml

from analysis import paths
from analysis.data import schema

ROOT = paths.PROJECT_ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_environment_yml_mirrors_pyproject() -> None:
    project = _pyproject()["project"]
    declared = {_name(r): r for r in project["dependencies"] + project["optional-dependencies"]["dev"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = {_name(d): d for d in env["dependencies"] if isinstance(d, str) and _name(d) not in {"python", "pip"}}
    assert set(conda) == set(declared)
    for name, req in declared.items():  # same lower bounds too
        assert req.replace(" ", "").lower().endswith(conda[name].split(name, 1)[-1].replace(" ", "")), name


def test_postbuild_installs_this_package() -> None:
    post = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert re.search(r"pip install .*-e \.", post)
    assert _pyproject()["tool"]["setuptools"]["packages"]["find"]["include"] == ["analysis*"]


def test_versions_agree() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["version"] == _pyproject()["project"]["version"]
    assert cff["references"][0]["version"] == schema.version()

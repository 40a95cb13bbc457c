"""The package's shape: layers as folders, a lazy top level, small modules."""

from __future__ import annotations

import subprocess
import sys

from analysis import paths

PACKAGE = paths.PROJECT_ROOT / "analysis"


def _modules_loaded(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=paths.PROJECT_ROOT,
    ).stdout
    return set(out.split())


def test_import_analysis_loads_no_pandas():
    loaded = _modules_loaded("import analysis")
    assert "pandas" not in loaded
    assert "matplotlib" not in loaded


def test_cli_help_loads_no_pandas():
    code = (
        "import sys, runpy\nsys.argv = ['analysis', '--help']\n"
        "try:\n    runpy.run_module('analysis', run_name='__main__')\nexcept SystemExit:\n    pass"
    )
    assert "pandas" not in _modules_loaded(code)


def test_public_names_resolve_on_first_use():
    import analysis

    for name in analysis.__all__:
        assert getattr(analysis, name) is not None, name
    assert set(analysis.__all__) <= set(dir(analysis))
    assert set(analysis.__all__) == set(analysis._PUBLIC)  # the two lists of public names agree


def test_at_most_eight_flat_modules():
    flat = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(flat) <= 8, flat


def test_every_layer_says_what_it_may_import():
    for pkg in ("data", "intake", "measures", "present", "reports", "site"):
        doc = (PACKAGE / pkg / "__init__.py").read_text(encoding="utf-8")
        assert "import" in doc.split('"""')[1], pkg


def test_problems_travel_one_way():
    """No function takes a caller's list to append problems to, and only ``__main__`` prints them.

    Functions raise ``UsageError`` or ``DataError`` carrying ``Problem``s; ``python -m analysis``
    turns them into lines and exit codes.
    """
    import ast

    appended, caught = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                params = {a.arg for a in [*node.args.args, *node.args.kwonlyargs]}
                for inner in ast.walk(node):
                    grown = (
                        inner.func.value
                        if isinstance(inner, ast.Call)
                        and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr in ("append", "extend")
                        else inner.target
                        if isinstance(inner, ast.AugAssign)
                        else None
                    )
                    if isinstance(grown, ast.Name) and grown.id in params:
                        appended.append(f"{path.relative_to(PACKAGE)}:{inner.lineno} {node.name}({grown.id})")
            if isinstance(node, ast.ExceptHandler) and node.type is not None and path.name != "__main__.py":
                names = {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
                prints = any(isinstance(n, ast.Call) and ast.unparse(n.func) == "print" for n in ast.walk(node))
                if names & {"DataError", "UsageError", "ParameterError"} and prints:
                    caught.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert appended == [], "functions that append to a list their caller gave them"
    # the intake commands (extract, ingest, evaluate) still print their own article errors
    assert [c for c in caught if not c.startswith("intake/")] == [], "problems printed outside __main__"

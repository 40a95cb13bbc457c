"""The preamble a report notebook calls once, and the registry's lists tied to the code's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis import paths
from analysis.data import codebook, schema
from analysis.errors import ParameterError
from analysis.measures import deployments, weapons
from analysis.measures.brief import preamble

REGISTRY = paths.NOTEBOOKS_DIR / "reports.yaml"


def test_the_preamble_checks_once_and_cuts_the_data_at_as_of() -> None:
    brief = preamble("2025-03-27", claimants="NIS,JCS")
    assert brief.as_of == date(2025, 3, 27) and brief.claimants == ["South Korea NIS", "South Korea JCS"]
    assert (brief.claims["reported_on"] <= pd.Timestamp("2025-03-27")).all()
    assert set(brief.selected["claimant"].astype(str)) == {"South Korea NIS", "South Korea JCS"}
    assert (brief.events["date"] <= pd.Timestamp("2025-03-27")).all()
    assert brief.title("Situation report") == "Situation report, 27 March 2025"
    assert brief.source_line.endswith("claims reported up to 27 March 2025")
    everyone = preamble("")
    assert everyone.claimants is None and everyone.as_of == everyone.last_day


def test_the_preamble_refuses_with_one_line() -> None:
    with pytest.raises(ParameterError, match=r"^parameter as_of='2024-02-30' is not allowed: expected a date"):
        preamble("2024-02-30")
    with pytest.raises(ParameterError, match=r"did you mean 'Ukraine HUR'\?$"):
        preamble("", claimants=["Ukraine HRU"])
    brief = preamble("2025-03-27")
    with pytest.raises(ParameterError, match=r"^parameter metrics='kiled' .*did you mean 'killed'\?$"):
        brief.among("metrics", "kiled", deployments.LOSS_METRICS)
    assert brief.among("metrics", [], deployments.LOSS_METRICS) == list(deployments.LOSS_METRICS)
    assert brief.among("metrics", "Killed or wounded", deployments.LOSS_METRICS) == ["casualties_killed_or_wounded"]
    with pytest.raises(ParameterError, match=r"^parameter since="):
        brief.date("since", "2026-01-01", default=brief.as_of)  # after as_of


def test_a_year_before_29_february_and_before_the_data() -> None:
    assert preamble("2024-02-29").year_before() == max(date(2023, 2, 28), preamble("2024-02-29").first_day)
    brief = preamble("2025-02-28")
    assert brief.year_before() == date(2024, 2, 28)
    first = preamble("").first_day
    assert preamble(first.isoformat()).year_before() == first  # never before the data


def test_the_registry_allows_what_the_code_uses() -> None:
    registry = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))["reports"]
    allowed = {
        name: {p: spec.get("allowed") for p, spec in r.get("parameters", {}).items()} for name, r in registry.items()
    }
    assert allowed["deployments_losses"]["metrics"] == list(deployments.TROOP_METRICS + deployments.LOSS_METRICS)
    assert allowed["weapons"]["items"] == list(weapons.WEAPON_METRICS)
    assert allowed["source_comparison"]["metric"] == "metrics"  # the schema's vocabulary, as the notebook reads it
    for report in registry.values():
        claimants = report.get("parameters", {}).get("claimants")
        assert claimants is None or claimants.get("allowed") == "claimants"


def test_every_method_is_in_the_codebook_and_the_briefs_read_the_same_text() -> None:
    found = codebook.methods()
    assert {name for name, _, _ in found} == {"like-with-like", "current-picture", "bounds", "dates"}
    text = Path(paths.DATA_DIR / "CODEBOOK.md").read_text(encoding="utf-8")
    for _, title, body in found:
        assert f"### {title}" in text and body in text
    assert preamble("").methods("bounds") == [(t, b) for n, t, b in found if n == "bounds"]
    assert "x-methods" in schema.package()


def _python_examples() -> list[tuple[str, str]]:
    """(call, what the README says it shows) for each README example followed by its output comment."""
    readme = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```python\nimport analysis\n", 1)[1].split("```", 1)[0]
    found, call, shown = [], None, []
    for line in [*block.splitlines(), ""]:
        if line.startswith("#"):
            shown.append(line.lstrip("# ").rstrip())
            continue
        if call and shown:
            found.append((call, " ".join(shown)))
        call, shown = line.split("  #", 1)[0].strip() or None, []
    return found


def test_the_readme_shows_what_the_helpers_print() -> None:
    import analysis

    examples = _python_examples()
    assert len(examples) >= 5
    for call, shown in examples:
        try:
            got = str(eval(call, {"analysis": analysis}))
        except ParameterError as exc:
            got = f"ParameterError: {exc}"
        head, _, tail = shown.partition("...")
        assert got.startswith(head) and got.endswith(tail), f"{call}: README says {shown!r}, it prints {got!r}"


def test_the_readme_states_the_rules_numbers() -> None:
    from analysis.measures import relations

    readme = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"within {relations.window_days()} days of each other" in readme
    assert f"more than {relations.tolerance():.0%} apart" in readme

"""The report runner: parameterized notebooks run by papermill and published as HTML.

From Python (what ``python -m analysis report`` does, without its command line)::

    from analysis.reports import plan_reports, run_plans

    plans = plan_reports(["situation_report"], as_of="2025-03-27")  # every value checked
    [result] = run_plans(plans, out="reports", jobs=2, timeout=300)
    result.ok, result.folder, result.manifest.reports["situation_report"].html

Modules: ``registry`` (reports and parameters from ``notebooks/reports.yaml`` and the
notebooks), ``plan`` (checking values, ``Plan``), ``runner`` (``run_plans`` and publishing),
``pool`` (papermill in worker processes), ``output`` (pages, index pages, folder operations),
``manifest`` (``manifest.json``), ``cli`` (the command line). The reports layer is the top
one: nothing imports it.
"""

from __future__ import annotations

from analysis.reports.plan import Plan, Planned, archive_dates, plan_reports
from analysis.reports.registry import Registry, Report, load_registry
from analysis.reports.runner import RunResult, run_plans

__all__ = [
    "Plan",
    "Planned",
    "Registry",
    "Report",
    "RunResult",
    "archive_dates",
    "load_registry",
    "plan_reports",
    "run_plans",
]

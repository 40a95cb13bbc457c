"""``python -m analysis triage PATH...``: many articles at once against what the dataset knows.

The parts:
- ``inputs``: article files, folders and JSON Lines exports, read one article at a time;
- ``outlets``: outlet names in four languages, and the outlet an article credits;
- ``known``: each candidate ``known``, a ``revision`` or ``new`` against ``claims.csv``;
- ``queue``: extraction in worker processes, clusters of copies, the review queue;
- ``cli``: the command (``configure`` and ``run``, re-exported here).
"""

from __future__ import annotations

from analysis.intake.triage.cli import configure, run

__all__ = ["configure", "run"]

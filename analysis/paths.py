"""Where things live. Every module and notebook asks here, never the working directory.

``NKR_DATA_DIR`` and ``NKR_REPORTS_DIR`` in the environment point the package at
another data folder (a copy used by tests, or a team's own fork of the data).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("NKR_DATA_DIR", PROJECT_ROOT / "data")).resolve()
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = Path(os.environ.get("NKR_REPORTS_DIR", PROJECT_ROOT / "reports")).resolve()


def raw_dir(data_dir: Path = DATA_DIR) -> Path:
    """Shipped source texts (immutable, checksummed in sources.csv)."""
    return data_dir / "raw"


def curated_dir(data_dir: Path = DATA_DIR) -> Path:
    """Hand-edited tables."""
    return data_dir / "curated"


def clean_dir(data_dir: Path = DATA_DIR) -> Path:
    """Tables built by ``python -m analysis build``; never edited by hand."""
    return data_dir / "clean"


def review_dir(data_dir: Path = DATA_DIR) -> Path:
    """Extraction candidates awaiting a person's decision."""
    return data_dir / "review"


def datapackage_path(data_dir: Path = DATA_DIR) -> Path:
    """The schema: data/datapackage.json."""
    return data_dir / "datapackage.json"


CLEAN_DIR = clean_dir()
DATAPACKAGE = datapackage_path()

"""Key public claims that must stay in the dataset.

Each entry is (claimant, metric, figure, month the claim was made). A claim matches when its
claimant and metric are the same, its reported_on falls in that month, and the figure is one
of its value_low / value_best / value_high. The test reads the curated table directly.
"""

from __future__ import annotations

import csv
from pathlib import Path

CLAIMS = Path(__file__).resolve().parents[1] / "data" / "curated" / "claims.csv"

KEY_CLAIMS: dict[int, list[tuple[str, str, int, str]]] = {
    2023: [
        ("US White House", "containers_shipped", 1000, "2023-10"),
        ("South Korea MND", "containers_shipped", 1000, "2023-10"),
        ("South Korea NIS", "artillery_shells", 1000000, "2023-11"),
        ("South Korea MND", "containers_shipped", 5000, "2023-12"),
        ("South Korea MND", "artillery_shells", 2000000, "2023-12"),
    ],
    2024: [
        ("Ukraine HUR", "artillery_shells", 1000000, "2024-01"),
        ("US mission to the UN", "ballistic_missiles_fired", 9, "2024-02"),
        ("Ukraine Prosecutor General", "ballistic_missiles_fired", 24, "2024-02"),
        ("South Korea MND", "containers_shipped", 6700, "2024-02"),
        ("US State Department", "containers_shipped", 10000, "2024-03"),
        ("South Korea MND", "artillery_shells", 3000000, "2024-02"),
        ("Ukraine Prosecutor General", "ballistic_missiles_fired", 50, "2024-05"),
        ("South Korea MND", "containers_shipped", 10000, "2024-06"),
        ("South Korea MND", "artillery_shells", 4800000, "2024-06"),
        ("South Korea DIA", "containers_shipped", 13000, "2024-08"),
        ("South Korea DIA", "artillery_shells", 6000000, "2024-08"),
        ("South Korea NIS", "troops_deployed_additional", 1500, "2024-10"),
        ("South Korea NIS", "containers_shipped", 13000, "2024-10"),
        ("South Korea NIS", "artillery_shells", 8000000, "2024-10"),
        ("South Korea DIA", "containers_shipped", 20000, "2024-10"),
        ("South Korea DIA", "artillery_shells", 9400000, "2024-10"),
        ("Ukraine presidency", "troops_deployed", 3000, "2024-10"),
        ("Ukraine presidency", "troops_planned", 12000, "2024-10"),
        ("Ukraine presidency", "artillery_shells", 3500000, "2024-10"),
        ("US mission to the UN", "troops_present", 8000, "2024-10"),
        ("South Korea NIS", "troops_planned", 12000, "2024-10"),
        ("Ukraine HUR", "troops_present", 11000, "2024-10"),
        ("South Korea NIS", "troops_deployed", 3000, "2024-10"),
        ("US Pentagon", "troops_deployed", 10000, "2024-10"),
        ("South Korea NIS", "troops_planned", 10900, "2024-10"),
        ("South Korea NIS", "workers_deployed", 4000, "2024-10"),
        ("US State Department", "troops_present", 8000, "2024-10"),
        ("US Pentagon", "troops_deployed", 11000, "2024-11"),
        ("US Pentagon", "troops_deployed", 12000, "2024-11"),
        ("US Pentagon", "troops_present", 10000, "2024-11"),
        ("US State Department", "troops_present", 10000, "2024-11"),
        ("Ukraine presidency", "troops_present", 11000, "2024-11"),
        ("Ukraine presidency", "artillery_shells", 3500000, "2024-11"),
        ("South Korea NIS", "troops_deployed", 11000, "2024-11"),
        ("South Korea NIS", "troops_present", 10900, "2024-11"),
        ("Ukraine presidency", "artillery_shells", 3500000, "2024-12"),
        ("Ukraine HUR", "ballistic_missiles_fired", 60, "2024-12"),
        ("South Korea NIS", "killed", 100, "2024-12"),
        ("South Korea JCS", "casualties_killed_or_wounded", 1100, "2024-12"),
        ("Ukraine presidency", "casualties_killed_or_wounded", 3000, "2024-12"),
        ("US White House", "casualties_killed_or_wounded", 1000, "2024-12"),
    ],
    2025: [
        ("Ukraine presidency", "casualties_killed_or_wounded", 3800, "2025-01"),
        ("Ukraine presidency", "casualties_killed_or_wounded", 4000, "2025-01"),
        ("South Korea NIS", "killed", 300, "2025-01"),
        ("South Korea NIS", "wounded", 2700, "2025-01"),
        ("Western officials", "battle_casualties", 4000, "2025-01"),
        ("Ukraine HUR", "ballistic_missiles", 148, "2025-01"),
        ("Ukraine HUR", "rocket_launchers", 120, "2025-01"),
        ("Ukraine HUR", "self_propelled_guns", 120, "2025-01"),
        ("South Korea MND", "artillery_systems_combined", 200, "2025-02"),
        ("South Korea MND", "troops_deployed", 11000, "2025-02"),
        ("South Korea NIS", "workers_deployed", 4000, "2025-02"),
        ("Ukraine presidency", "troops_deployed_additional", 3000, "2025-02"),
        ("Ukraine presidency", "casualties_killed_or_wounded", 4000, "2025-02"),
        ("South Korea JCS", "troops_deployed_additional", 3000, "2025-03"),
        ("South Korea JCS", "casualties_killed_or_wounded", 4000, "2025-03"),
        ("South Korea JCS", "artillery_systems_combined", 220, "2025-03"),
        ("Ukraine HUR", "artillery_shells", 4900000, "2025-03"),
        ("UK Defence Intelligence", "casualties_killed_or_wounded", 5000, "2025-03"),
        ("South Korea NIS", "casualties_killed_or_wounded", 4700, "2025-04"),
        ("South Korea NIS", "killed", 600, "2025-04"),
        ("South Korea NIS", "troops_deployed", 15000, "2025-04"),
        ("South Korea NIS", "workers_deployed", 15000, "2025-04"),
        ("MSMT", "artillery_shells", 9000000, "2025-05"),
        ("MSMT", "containers_shipped", 20000, "2025-05"),
        ("MSMT", "ballistic_missiles", 100, "2025-05"),
        ("MSMT", "artillery_systems_combined", 200, "2025-05"),
        ("MSMT", "troops_deployed", 11000, "2025-05"),
        ("MSMT", "workers_deployed", 8000, "2025-05"),
        ("UK Defence Intelligence", "casualties_killed_or_wounded", 6000, "2025-06"),
        ("Russia Security Council", "engineers_deployed", 1000, "2025-06"),
        ("Russia Security Council", "engineers_deployed", 5000, "2025-06"),
        ("South Korea NIS", "artillery_shells", 10000000, "2025-06"),
        ("Ukraine HUR", "troops_planned", 30000, "2025-07"),
        ("Ukraine HUR", "troops_deployed_additional", 3500, "2025-07"),
        ("Ukraine HUR", "ammunition_share_pct", 40, "2025-07"),
        ("South Korea DIA", "artillery_shells", 12000000, "2025-07"),
        ("South Korea DIA", "containers_shipped", 28000, "2025-07"),
        ("Ukraine HUR", "troops_present", 11000, "2025-08"),
        ("Ukraine HUR", "troops_planned", 6000, "2025-08"),
        ("North Korea state media", "fallen_portraits_displayed", 101, "2025-08"),
        ("South Korea NIS", "killed", 2000, "2025-09"),
        ("South Korea NIS", "troops_planned", 6000, "2025-09"),
        ("South Korea NIS", "engineers_deployed", 5000, "2025-11"),
        ("South Korea NIS", "troops_present", 10000, "2025-11"),
        ("Ukraine HUR", "artillery_shells", 6500000, "2025-11"),
        ("North Korea", "killed", 9, "2025-12"),
        ("Russia Kursk region", "area_demined_hectares", 42400, "2025-12"),
        ("Russia Kursk region", "explosive_devices_destroyed", 1500000, "2025-12"),
    ],
    2026: [
        ("Russia Kursk region", "explosive_devices_destroyed", 1600000, "2026-02"),
        ("South Korea NIS", "casualties_killed_or_wounded", 6000, "2026-02"),
        ("South Korea NIS", "troops_present", 10000, "2026-02"),
        ("Ukraine presidency", "troops_present", 10000, "2026-02"),
    ],
}


def _claims() -> list[dict[str, str]]:
    with CLAIMS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _present(rows: list[dict[str, str]], claimant: str, metric: str, figure: int, month: str) -> bool:
    for row in rows:
        if row["claimant"] != claimant or row["metric"] != metric or not row["reported_on"].startswith(month):
            continue
        values = {row[c] for c in ("value_low", "value_best", "value_high") if row[c]}
        if str(figure) in values:
            return True
    return False


def test_key_claims_present() -> None:
    rows = _claims()
    missing = [
        f"{year}: {claimant} {metric} {figure:,} ({month})"
        for year, entries in KEY_CLAIMS.items()
        for claimant, metric, figure, month in entries
        if not _present(rows, claimant, metric, figure, month)
    ]
    assert not missing, "key claims missing from data/curated/claims.csv:\n" + "\n".join(missing)


def test_every_year_covered() -> None:
    assert sorted(KEY_CLAIMS) == [2023, 2024, 2025, 2026]

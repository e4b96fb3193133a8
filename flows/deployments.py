"""The two deployments, shared by `pledgewatch serve` and documented in prefect.yaml."""
from __future__ import annotations

from flows.settings import resolve_paths

NIGHTLY_CRON = "30 2 * * *"
TIME_ZONE = "Europe/Paris"


def default_parameters() -> dict:
    """Absolute paths, so the UI's Run dialog shows (and lets a user edit) where a run reads and writes."""
    p = resolve_paths()
    return {"input_dir": str(p.input_dir.resolve()), "lake_dir": str(p.lake_dir.resolve()),
            "db_path": str(p.db_path.resolve())}


def build_deployments() -> list:
    """`nightly` (02:30 Europe/Paris) and `full-refresh` (manual), both over the pledgewatch flow."""
    from prefect.schedules import Cron

    from flows.pipeline import pledgewatch

    params = default_parameters()
    return [
        pledgewatch.to_deployment(
            name="nightly",
            description="Incremental run over new and changed files, every night at 02:30 Europe/Paris.",
            schedules=[Cron(NIGHTLY_CRON, timezone=TIME_ZONE)],
            parameters={**params, "full_refresh": False},
            tags=["pledgewatch"],
        ),
        pledgewatch.to_deployment(
            name="full-refresh",
            description="Rebuild the warehouse from every raw file (manual).",
            parameters={**params, "full_refresh": True},
            tags=["pledgewatch"],
        ),
    ]

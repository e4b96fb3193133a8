"""prefect.yaml and `pledgewatch serve` describe the same deployments of an importable flow."""
from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml
from prefect.flows import load_flow_from_entrypoint

ROOT = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((ROOT / "prefect.yaml").read_text())


@pytest.mark.parametrize("deployment", SPEC["deployments"], ids=lambda d: d["name"])
def test_entrypoint_imports_and_parameters_match_the_signature(deployment: dict,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    flow = load_flow_from_entrypoint(deployment["entrypoint"])
    signature = inspect.signature(flow.fn)
    assert set(deployment["parameters"]) <= set(signature.parameters)
    for name, value in deployment["parameters"].items():
        annotation = str(signature.parameters[name].annotation)
        assert type(value).__name__ in annotation, (name, value, annotation)


def test_nightly_is_scheduled_at_0230_paris_and_full_refresh_is_manual() -> None:
    by_name = {d["name"]: d for d in SPEC["deployments"]}
    assert set(by_name) == {"nightly", "full-refresh"}
    (schedule,) = by_name["nightly"]["schedules"]
    assert (schedule["cron"], schedule["timezone"]) == ("30 2 * * *", "Europe/Paris")
    assert not by_name["full-refresh"].get("schedules")
    assert by_name["full-refresh"]["parameters"]["full_refresh"] is True
    assert by_name["nightly"]["parameters"]["full_refresh"] is False


def test_served_deployments_match_prefect_yaml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from flows.deployments import build_deployments

    monkeypatch.setenv("PLEDGEWATCH_INPUT", str(tmp_path / "in"))
    served = {d.name: d for d in build_deployments()}
    assert set(served) == {d["name"] for d in SPEC["deployments"]}
    for d in SPEC["deployments"]:
        assert set(served[d["name"]].parameters) == set(d["parameters"])
        assert served[d["name"]].parameters["full_refresh"] == d["parameters"]["full_refresh"]
    assert served["nightly"].parameters["input_dir"] == str(tmp_path / "in")
    (nightly,) = served["nightly"].schedules
    assert (nightly.schedule.cron, nightly.schedule.timezone) == ("30 2 * * *", "Europe/Paris")

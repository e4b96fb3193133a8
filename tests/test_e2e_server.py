"""End to end: a real `prefect server start`, `pledgewatch serve`, and a run triggered the way the
UI's Run button does (POST /deployments/{id}/create_flow_run), then the warehouse it loaded."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, probe, seconds: float, proc: subprocess.Popen, log: Path):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{what}: process exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            value = probe()
            if value:
                return value
        except httpx.HTTPError:
            pass
        time.sleep(1)
    pytest.fail(f"{what}: not ready after {seconds} s:\n{log.read_text()[-3000:]}")


def start(cmd: list[str], env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(cmd, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def test_ui_run_button_runs_the_nightly_deployment(corpus: Path, tmp_path: Path) -> None:
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / ".prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PLEDGEWATCH_INPUT": str(corpus),
           "PLEDGEWATCH_LAKE": str(tmp_path / "lake"), "PLEDGEWATCH_DB": str(tmp_path / "w.duckdb")}
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    server = start([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                   env, server_log)
    serve = None
    try:
        client = httpx.Client(base_url=api, timeout=10)
        wait_for("prefect server", lambda: client.get("/health").status_code == 200, 120, server, server_log)
        ui = httpx.get(f"http://127.0.0.1:{port}/", timeout=10)
        assert ui.status_code == 200 and "<html" in ui.text.lower()  # the UI is served too

        serve = start([str(BIN / "pledgewatch"), "serve"], env, serve_log)
        deployment = wait_for(
            "nightly deployment",
            lambda: (r := client.get("/deployments/name/pledgewatch/nightly")).status_code == 200 and r.json(),
            120, serve, serve_log)
        assert deployment["parameters"]["input_dir"] == str(corpus)
        (schedule,) = client.get(f"/deployments/{deployment['id']}/schedules").json()
        assert (schedule["schedule"]["cron"], schedule["schedule"]["timezone"]) == ("30 2 * * *", "Europe/Paris")

        for _ in range(3):  # the server's SQLite can answer 5xx while it is busy; the UI would retry too
            response = client.post(f"/deployments/{deployment['id']}/create_flow_run", json={})
            if response.status_code < 500:
                break
            time.sleep(2)
        assert response.status_code == 201, response.text
        flow_run = response.json()
        final = wait_for(
            "flow run",
            lambda: (s := client.get(f"/flow_runs/{flow_run['id']}").json()["state"]["type"])
            in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} and s,
            240, serve, serve_log)
        assert final == "COMPLETED", serve_log.read_text()[-3000:]

        artifacts = client.post("/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}})
        (artifact,) = [a for a in artifacts.json() if a["key"] == "pledgewatch-run"]
        assert "New pledges" in artifact["data"]
    finally:
        if serve is not None:
            stop(serve)
        stop(server)

    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 6
        (flow_run_id,) = con.execute("select flow_run_id from runs").fetchone()
        assert flow_run_id == flow_run["id"]

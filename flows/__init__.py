"""Prefect flows and their thin tasks: orchestration only, the work is in transforms/ and warehouse/."""

"""Pure transforms: text or records in, records out.

Nothing in this package touches Prefect, DuckDB, the clock or user files; every
function can be called from a test with a string.
"""

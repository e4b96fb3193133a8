"""Everything that touches storage: the Parquet lake and the DuckDB warehouse."""

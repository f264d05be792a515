"""Coded work that travels: the one claims table (CSV, .xlsx, JSON) and REFI-QDA projects (.qdpx).

Entry points:

- :mod:`naast.core.exchange.table` — the claims table layout (``COLUMNS``) and its rows;
- :mod:`naast.core.exchange.table_write` / :mod:`naast.core.exchange.table_read` — the table as
  CSV, .xlsx or JSON, written safely (formula injection neutralised) and read back tolerantly;
- :mod:`naast.core.exchange.qdpx_write` / :mod:`naast.core.exchange.qdpx_read` — a REFI-QDA
  project (``project.qde`` in a zip, valid against the official ``Project.xsd``).

Everything here is pure Python; ``naast.store.exchange`` and ``naast.store.qdpx`` connect it to
a project.
"""

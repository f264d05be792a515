"""Coded work that travels: the one claims table (CSV, .xlsx, JSON) and REFI-QDA projects (.qdpx).

Entry points:

- :mod:`desktop.core.exchange.table` — the claims table layout (``COLUMNS``) and its rows;
- :mod:`desktop.core.exchange.table_write` / :mod:`desktop.core.exchange.table_read` — the table as
  CSV, .xlsx or JSON, written safely (formula injection neutralised) and read back tolerantly;
- :mod:`desktop.core.exchange.qdpx_write` / :mod:`desktop.core.exchange.qdpx_read` — a REFI-QDA
  project (``project.qde`` in a zip, valid against the official ``Project.xsd``).

Everything here is pure Python; ``desktop.store.exchange`` and ``desktop.store.qdpx`` connect it to
a project.
"""

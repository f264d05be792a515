"""Benchmarks under pytest run as ``naast bench`` runs them: numpy's BLAS limited to one thread
(set here, before a benchmark module loads numpy) and the process pinned to one core. A BLAS
thread pool spinning on the second core counted in the process's CPU time and doubled the
comparison figures."""

from __future__ import annotations

import os

import pytest

from naast.bench import THREAD_VARIABLES, pin_to_one_core

for _variable in THREAD_VARIABLES:
    os.environ.setdefault(_variable, "1")


@pytest.fixture(autouse=True, scope="session")
def _one_core() -> None:
    pin_to_one_core()

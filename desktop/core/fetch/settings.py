"""Where the sources are and how politely to ask them: settings, never constants in the code.

Every base address can point at a mirror (or at a test server on the loopback address). Values
come from, in rising priority: the defaults here, the environment (``NAAST_FETCH_SRU_URL``,
``NAAST_FETCH_REPOSITORY_URL``, ``NAAST_FETCH_ODATA_URL``, ``NAAST_FETCH_RATE``), and the command
line or dialog. A job stores the settings it ran with, so that resuming asks the same sources.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from naast import __version__

SRU_URL = "https://repository.overheid.nl/sru"
REPOSITORY_URL = "https://repository.overheid.nl"
ODATA_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
USER_AGENT = f"Naast/{__version__} (research tool for Dutch parliamentary documents)"
_ENV = {
    "sru_url": "NAAST_FETCH_SRU_URL",
    "repository_url": "NAAST_FETCH_REPOSITORY_URL",
    "odata_url": "NAAST_FETCH_ODATA_URL",
    "rate": "NAAST_FETCH_RATE",
}


@dataclass(frozen=True, slots=True)
class FetchSettings:
    sru_url: str = SRU_URL
    repository_url: str = REPOSITORY_URL  # replaces the repository address in record URLs
    odata_url: str = ODATA_URL
    rate: float = 2.0  # requests per second, at most (all sources together)
    timeout: float = 30.0  # seconds for one request
    retries: int = 4  # further tries after a 429, a 5xx, a timeout or a broken download
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_wait: float = 120.0  # the longest Retry-After honoured
    page_size: int = 50  # SRU records per page
    enrich: bool = True  # ask the Tweede Kamer's OData API for the case and its actors

    def __post_init__(self) -> None:
        if not 0 < self.rate <= 20:
            raise ValueError("the rate must be above 0 and at most 20 requests per second")

    @property
    def user_agent(self) -> str:
        return USER_AGENT

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FetchSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> FetchSettings:
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, variable in _ENV.items():
            if environ.get(variable):
                values[name] = float(environ[variable]) if name == "rate" else environ[variable]
        return cls(**values)

    def with_overrides(self, **values: Any) -> FetchSettings:
        return replace(self, **{k: v for k, v in values.items() if v is not None})

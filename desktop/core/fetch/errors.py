"""What can go wrong while fetching, each said in one sentence that names the source."""

from __future__ import annotations

from naast.core.errors import NaastError


class FetchError(NaastError):
    """A source could not be used; the job stays resumable (``naast fetch PROJECT --resume``)."""


class SourceUnreachable(FetchError):
    """No connection: no network, a refused connection, an unknown host."""


class SourceTimeout(FetchError):
    """The source did not answer in time."""


class BadResponse(FetchError):
    """The source answered, but not with what was asked: an error status, an HTML page instead of
    XML, a truncated download, a malformed SRU or OData answer."""


class FetchCancelled(FetchError):
    """The user stopped the fetch; what was imported stays, the rest can be resumed."""


class QueryError(FetchError):
    """The query itself is wrong (an unknown kind, a date that is no date, nothing asked)."""

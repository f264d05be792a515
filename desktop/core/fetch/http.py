"""The one place Naast speaks HTTP: a polite client with a rate limit, retries and a cache.

- **Rate**: at most ``settings.rate`` requests per second, over all sources together.
- **Retries**: a 429 or 5xx answer, a timeout or a broken download is tried again after
  ``Retry-After`` (seconds or an HTTP date, up to ``max_wait``) or else an exponential back-off.
- **User-Agent**: names Naast and its version.
- **Cache**: document downloads are kept on disk once complete, so a resumed or repeated fetch
  does not download them again. Search answers are never cached: they change.
- **Cancellable**: every wait checks a ``threading.Event``.
Every failure ends as one ``FetchError`` sentence.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from naast.core.fetch.errors import BadResponse, FetchCancelled, SourceTimeout, SourceUnreachable
from naast.core.fetch.settings import FetchSettings

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_LOOPBACK = ("127.", "localhost", "[::1]", "::1")


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int
    content_type: str
    body: bytes


class _Retry(Exception):
    """A failure worth another try; ``wait`` is the server's Retry-After, if it gave one."""

    def __init__(self, error: Exception, wait: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.wait = wait


class PoliteClient:
    def __init__(
        self,
        settings: FetchSettings,
        *,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.cancel = cancel or threading.Event()
        self._clock = clock
        self._last: float | None = None
        self.requests = 0  # sent, retries included

    # -- the public calls ----------------------------------------------------------------------

    def get(self, url: str, *, service: str, expect: str = "any") -> Response:
        """GET ``url``; ``expect`` is ``xml``, ``json``, ``pdf`` or ``any`` (checked on the body)."""
        attempt = 0
        while True:
            try:
                response = self._once(url, service)
                _check_body(response, service, expect)
                return response
            except _Retry as retry:
                if attempt >= self.settings.retries:
                    raise retry.error from None
                self._sleep(self._delay(attempt, retry.wait))
                attempt += 1

    def download(self, url: str, target: Path, *, service: str, expect: str) -> bytes:
        """The bytes at ``url``, from the cache file ``target`` when an earlier run completed it."""
        if target.is_file():
            return target.read_bytes()
        body = self.get(url, service=service, expect=expect).body
        _store(target, body)
        return body

    # -- one request ---------------------------------------------------------------------------

    def _once(self, url: str, service: str) -> Response:
        self._wait_turn()
        request = urllib.request.Request(url, headers={"User-Agent": self.settings.user_agent})
        opener = _opener(url)
        self.requests += 1
        try:
            with opener.open(request, timeout=self.settings.timeout) as reply:
                body = _read_whole(reply, url, service)
                return Response(url, reply.status, reply.headers.get("Content-Type", ""), body)
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc, url, service) from None
        except urllib.error.URLError as exc:
            raise self._connection_error(exc.reason, url, service) from None
        except TimeoutError as exc:
            raise self._connection_error(exc, url, service) from None
        except (ConnectionError, http.client.HTTPException) as exc:
            raise self._connection_error(exc, url, service) from None

    def _http_error(self, exc: urllib.error.HTTPError, url: str, service: str) -> Exception:
        exc.close()
        error = BadResponse(f"The {service} answered HTTP {exc.code} ({exc.reason}) for {url}.")
        if exc.code in _RETRY_STATUS:
            return _Retry(error, _retry_after(exc.headers.get("Retry-After"), time.time()))
        return error

    def _connection_error(self, reason: object, url: str, service: str) -> Exception:
        host = urlsplit(url).netloc
        if isinstance(reason, (TimeoutError, socket.timeout)):
            seconds = f"{self.settings.timeout:g}"
            return _Retry(SourceTimeout(f"The {service} at {host} did not answer within {seconds} s."))
        if isinstance(reason, ConnectionRefusedError):
            return SourceUnreachable(f"The {service} at {host} refused the connection.")
        if isinstance(reason, socket.gaierror):
            return SourceUnreachable(
                f"The {service} at {host} cannot be reached (no network, or no such host)."
            )
        if isinstance(reason, BadResponse):
            return _Retry(reason)
        detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return _Retry(SourceUnreachable(f"The connection to the {service} at {host} failed ({detail})."))

    # -- politeness ----------------------------------------------------------------------------

    def _wait_turn(self) -> None:
        interval = 1.0 / self.settings.rate
        if self._last is not None:
            self._sleep(self._last + interval - self._clock())
        if self.cancel.is_set():
            raise FetchCancelled("The fetch was cancelled.")
        self._last = self._clock()

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.settings.max_wait)
        return min(self.settings.backoff * 2**attempt, self.settings.max_wait)

    def _sleep(self, seconds: float) -> None:
        if seconds > 0 and self.cancel.wait(seconds):
            raise FetchCancelled("The fetch was cancelled.")
        if self.cancel.is_set():
            raise FetchCancelled("The fetch was cancelled.")


def _opener(url: str) -> urllib.request.OpenerDirector:
    """No proxy for the loopback address (a test server or a local mirror), the system's otherwise."""
    host = urlsplit(url).netloc
    if host.startswith(_LOOPBACK):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _read_whole(reply: http.client.HTTPResponse, url: str, service: str) -> bytes:
    declared = reply.headers.get("Content-Length")
    try:
        body = reply.read()
    except http.client.IncompleteRead as exc:
        got = len(exc.partial)
        raise _Retry(
            BadResponse(
                f"The download of {url} from the {service} broke off after {got} of {declared} bytes."
            )
        ) from None
    if declared and declared.isdigit() and len(body) < int(declared):
        raise _Retry(
            BadResponse(
                f"The download of {url} from the {service} broke off after {len(body)} of {declared} bytes."
            )
        )
    return body


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - now, 0.0)


def _check_body(response: Response, service: str, expect: str) -> None:
    head = response.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not response.body.strip():
        raise _Retry(BadResponse(f"The {service} sent an empty answer for {response.url}."))
    is_html = head.startswith((b"<!doctype html", b"<html")) or "text/html" in response.content_type
    if expect in ("xml", "json", "pdf") and is_html:
        raise BadResponse(f"The {service} sent an HTML page instead of {expect.upper()} for {response.url}.")
    if expect == "xml" and not head.startswith(b"<"):
        raise BadResponse(f"The {service} sent something other than XML for {response.url}.")
    if expect == "json" and not head.startswith((b"{", b"[")):
        raise BadResponse(f"The {service} sent something other than JSON for {response.url}.")
    if expect == "pdf" and not head.startswith(b"%pdf-"):
        raise BadResponse(f"The {service} sent something other than a PDF for {response.url}.")


def _store(target: Path, body: bytes) -> None:
    """Write a cache file whole or not at all: a stopped run leaves no half file to trust."""
    from naast.core.safe_write import write_bytes_atomically

    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(target, body)

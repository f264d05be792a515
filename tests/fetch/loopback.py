"""A small HTTP server on 127.0.0.1 that plays back ``recorded/`` as the three services would,
and can be told to misbehave (see ``Fault``). It stops with its fixture."""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

RECORDED = Path(__file__).resolve().parent / "recorded"
ODATA = "/OData/v4/2.0/"
HTML_ERROR = (
    b"<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
    b"<body><h1>Onderhoud</h1><p>De dienst is tijdelijk niet beschikbaar.</p></body></html>"
)


@dataclass
class Fault:
    """Misbehave on requests whose path starts with ``prefix``: ``times`` of them (-1: all)."""

    prefix: str
    kind: str  # html, truncate, hang, 429, 503, malformed, delay, 404
    times: int = -1
    seconds: float = 0.0  # for hang and delay; Retry-After for 429 and 503 (0: none sent)
    skip: int = 0  # let this many matching requests through first


@dataclass
class Hit:
    at: float
    path: str
    user_agent: str
    status: int


@dataclass
class Loopback:
    server: ThreadingHTTPServer
    faults: list[Fault] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def cli_args(self, *, rate: float = 20, retries: int = 1, timeout: float = 5) -> list[str]:
        return [
            "--sru-url",
            f"{self.url}/sru",
            "--repository-url",
            self.url,
            "--odata-url",
            f"{self.url}{ODATA.rstrip('/')}",
            "--rate",
            str(rate),
            "--retries",
            str(retries),
            "--timeout",
            str(timeout),
        ]

    def fault_for(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if path.startswith(fault.prefix) and fault.times != 0:
                    if fault.skip > 0:
                        fault.skip -= 1
                        continue
                    fault.times -= 1 if fault.times > 0 else 0
                    return fault
        return None

    def paths(self, prefix: str = "") -> list[str]:
        return [h.path for h in self.hits if h.path.startswith(prefix)]


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout test) breaks the pipe: not worth a traceback."""
        return


def start() -> Loopback:
    state: dict[str, Loopback] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def do_GET(self) -> None:
            loop = state["loop"]
            parts = urlsplit(self.path)
            self._arrived = time.monotonic()
            self._answer(loop, parts, loop.fault_for(parts.path))

        def _note(self, status: int) -> None:
            """Recorded before the answer is written: a client that has it sees the hit listed."""
            loop = state["loop"]
            with loop.lock:
                loop.hits.append(Hit(self._arrived, self.path, self.headers.get("User-Agent", ""), status))

        def _answer(self, loop: Loopback, parts, fault: Fault | None) -> int:
            if fault is not None and fault.kind in ("hang", "delay"):
                time.sleep(fault.seconds)
            status, kind, body = route(parts.path, parse_qs(parts.query))
            if fault is not None and fault.kind in ("429", "503"):
                headers = {"Retry-After": f"{fault.seconds:g}"} if fault.seconds else {}
                return self._send(int(fault.kind), "text/plain", b"busy", headers)
            if fault is not None and fault.kind == "html":
                return self._send(200, "text/html; charset=utf-8", HTML_ERROR)
            if fault is not None and fault.kind == "404":
                return self._send(404, "text/html", HTML_ERROR)
            if fault is not None and fault.kind == "malformed":
                return self._send(200, kind, body[: len(body) // 2])
            if fault is not None and fault.kind == "truncate":
                self._note(200)
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 3])
                self.wfile.flush()
                self.close_connection = True
                return 200
            return self._send(status, kind, body)

        def _send(self, status: int, kind: str, body: bytes, headers: dict[str, str] | None = None) -> int:
            self._note(status)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            return status

    server = _Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    loop = Loopback(server)
    state["loop"] = loop
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return loop


def route(path: str, params: dict[str, list[str]]) -> tuple[int, str, bytes]:
    """What the recorded service answers at ``path``: (status, content type, body)."""
    if path == "/sru":
        index = json.loads((RECORDED / "sru" / "index.json").read_text(encoding="utf-8"))
        name = index.get(params.get("query", [""])[0])
        start = params.get("startRecord", ["1"])[0]
        page = RECORDED / "sru" / f"{name}" / f"start-{start}.xml" if name else RECORDED / "sru" / "empty.xml"
        return 200, "application/xml", page.read_bytes() if page.is_file() else b""
    if path.startswith("/frbr/"):
        file = RECORDED / "repository" / unquote(path).lstrip("/")
        if file.is_file() and RECORDED in file.resolve().parents:
            kind = "application/pdf" if file.suffix == ".pdf" else "application/xml"
            return 200, kind, file.read_bytes()
        return 404, "text/html", HTML_ERROR
    if path.startswith(ODATA):
        entity = path[len(ODATA) :]
        wanted = re.search(r"(?:Nummer|DocumentNummer) eq '([^']+)'", params.get("$filter", [""])[0])
        file = RECORDED / "odata" / entity / f"{wanted.group(1)}.json" if wanted else None
        if file is None or not file.is_file():
            file = RECORDED / "odata" / "empty.json"
        return 200, "application/json; charset=utf-8", file.read_bytes()
    return 404, "text/html", HTML_ERROR

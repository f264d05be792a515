"""Must show 3 and 4, and the other hostile documents: only regular files are read, every read
is bounded, a text that is UTF-8 but for one byte keeps its accents; each refusal is one clear
line, and the project is left byte-identical."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import NO_BACKUPS, fingerprint
from running import REPO, clear_failure_lines, in_process, naast, one_sentence

from naast.core.errors import ImportFailed
from naast.core.parsing import parse_file, read_file
from naast.store.project import Project

ACCENTED = "Vragen van het lid Öztürk over «coöperaties», café’s en de financiële ruimte — één keer."


def make_fifo(folder: Path) -> Path:
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    return fifo


def zero_link(folder: Path) -> Path:
    link = folder / "zero.txt"
    link.symlink_to("/dev/zero")
    return link


def _rss_of_reading(path: Path) -> tuple[float, int, str]:
    """Seconds, peak resident kilobytes and the message of reading ``path`` in a fresh process."""
    code = (
        "import time\n"
        "from naast.core.parsing import read_file\n"
        "from naast.core.errors import ImportFailed\n"
        "from pathlib import Path\n"
        "t = time.perf_counter()\n"
        "try:\n"
        f"    read_file(Path({str(path)!r})); message = 'read'\n"
        "except ImportFailed as exc:\n"
        "    message = exc.reason\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent (pytest)
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(time.perf_counter() - t, hwm, message)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ).stdout.split(" ", 2)
    return float(out[0]), int(out[1]), out[2].strip()


@pytest.mark.parametrize("make", [zero_link, make_fifo], ids=["dev-zero-symlink", "fifo"])
def test_a_device_or_fifo_is_refused_within_a_second_under_100_mb(tmp_path: Path, make, ledger) -> None:
    path = make(tmp_path)
    seconds, peak_kb, message = _rss_of_reading(path)
    ledger.record(f"document: {path.name}", clear="not a document file" in message)
    assert seconds < 1.0
    assert peak_kb < 100 * 1024
    assert "not a document file" in message


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.naast"
    Project.create(path, backups=NO_BACKUPS).close()
    return path


def hostile_files(folder: Path) -> dict[str, Path]:
    files = {"dev-zero symlink": zero_link(folder), "fifo": make_fifo(folder)}
    urandom = folder / "random.txt"
    urandom.symlink_to("/dev/urandom")
    files["dev-urandom symlink"] = urandom
    sock_path = folder / "socket.txt"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    sock.close()
    files["socket"] = sock_path
    big = folder / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: over the limit without using the disk
    files["over the size limit"] = big
    (folder / "folder.txt").mkdir()
    files["a folder named .txt"] = folder / "folder.txt"
    binary = folder / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    files["binary data"] = binary
    empty = folder / "empty.txt"
    empty.write_bytes(b"  \n\n")
    files["empty"] = empty
    forged = folder / "evil\nimported   forged.txt\x1b[2J.txt"
    forged.write_bytes(b"\x00\x01\x02 binary")
    files["control characters in the name"] = forged
    dangling = folder / "dangling.txt"
    dangling.symlink_to(folder / "nowhere")
    files["dangling symlink"] = dangling
    return files


def test_hostile_documents_fail_alone_with_one_clear_line(project_path: Path, tmp_path: Path, ledger) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    before = fingerprint(project_path)
    for name, path in hostile_files(folder).items():
        start = time.monotonic()
        run = in_process("import", project_path, path)
        identical = fingerprint(project_path) == before
        clear = (clear_failure_lines(run.stderr) and run.returncode == 1) or (
            run.returncode == 2 and one_sentence(run.stderr)  # a folder: nothing importable in it
        )
        ledger.record(f"document: {name}", clear=clear, identical=identical)
        assert clear, (name, run.stderr)
        assert identical, name
        assert time.monotonic() - start < 30
        assert "\x1b" not in run.stdout + run.stderr and "\nimported   forged" not in run.stderr
    assert not list(tmp_path.glob("p-backups"))


def test_reading_is_bounded_by_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Vraag 1\n" * 2000)
    with pytest.raises(ImportFailed, match="over the limit"):
        read_file(path, max_bytes=1000)
    assert len(read_file(path, max_bytes=len(path.read_bytes()))) == 16000


def test_utf8_with_one_cp1252_byte_keeps_every_other_accent(tmp_path: Path, ledger) -> None:
    good = ACCENTED.encode("utf-8")
    data = good + b"\nAntwoord van minister Caf\xe9 (een cp1252-byte).\n" + good + b"\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    document = parse_file(path)
    assert document.text.count(ACCENTED) == 2
    assert "Caf\ufffd" in document.text
    assert "Ã" not in document.text and "Â" not in document.text
    assert document.extra["decoding"] == "1 byte that is not valid UTF-8 replaced by \ufffd"
    ledger.record("document: UTF-8 with one cp1252 byte", clear=True)


def test_the_import_report_names_the_replaced_bytes(project_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(ACCENTED.encode() + b" \xe9\xe8 " + ACCENTED.encode() + b"\n")
    run = naast("import", project_path, path)
    assert run.returncode == 0, run.stderr
    assert "(warning: 2 bytes that are not valid UTF-8 replaced by \ufffd)" in run.stdout
    assert run.stdout.strip().endswith("1 with a warning")


def test_a_real_cp1252_text_is_still_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(ACCENTED.encode("cp1252"))
    document = parse_file(path)
    assert ACCENTED in document.text
    assert "decoding" not in document.extra


def test_a_folder_with_nothing_importable_exits_non_zero(project_path: Path, tmp_path: Path, ledger) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.md").write_text("geen document")
    before = fingerprint(project_path)
    run = in_process("import", project_path, folder)
    ledger.record(
        "import: a folder with nothing importable",
        clear=run.returncode == 2,
        identical=fingerprint(project_path) == before,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("naast: No importable file was found in ")
    assert fingerprint(project_path) == before

"""Writing a file so that it is either wholly new or exactly as it was.

Every file Naast writes for the user (memo, annotated document, CSV, JSON, .xlsx, codebook, .qdpx,
backups) goes through :func:`atomic_target`: the content is written to a temporary file in the
target's own folder, flushed to disk, given the mode the user's umask gives a new file, and only then
renamed over the target. A full disk, a cancelled export or a crash leaves the old file untouched.

Before anything is written the target is checked, so that each problem is one sentence:
a missing or unwritable folder, a target that is a folder, a read-only target, and a document that
is open in Word or LibreOffice (their lock files ``~$name`` and ``.~lock.name#`` stand beside it).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from naast.core.errors import NaastError


class WriteRefused(NaastError):
    """A file cannot be written where the user asked; nothing was changed."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode a newly created file gets under the current umask (0644 under umask 022)."""
    return 0o666 & ~_umask()


def open_elsewhere_lock(target: Path) -> Path | None:
    """The lock file Word or LibreOffice keeps beside a document they have open, if there is one."""
    name = target.name
    # Word's owner file: "~$" before names of up to 6 characters, over the first one or two beyond.
    cut = 0 if len(target.stem) <= 6 else (1 if len(target.stem) == 7 else 2)
    candidates = [target.with_name(f".~lock.{name}#"), target.with_name(f"~${name[cut:]}")]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return None


def check_target(target: Path) -> None:
    """Raise :class:`WriteRefused` with one sentence when ``target`` cannot be replaced safely."""
    folder = target.parent
    if target.is_dir():
        raise WriteRefused(f"{target} is a folder; choose a file name to write to.")
    if not folder.is_dir():
        raise WriteRefused(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteRefused(f"The folder {folder} is not writable.")
    if target.exists():
        if not target.is_file():
            raise WriteRefused(f"{target} is not a regular file; choose another name.")
        if not os.access(target, os.W_OK) or not (target.stat().st_mode & stat.S_IWUSR):
            raise WriteRefused(f"{target} is read-only; it was left as it was.")
        lock = open_elsewhere_lock(target)
        if lock is not None:
            raise WriteRefused(
                f"{target.name} is open in another program (its lock file {lock.name} is beside it); "
                "close it there and export again."
            )


@contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block succeeds.

    The block writes the whole content to the yielded path (by any means: ``save``, ``write_text``).
    On success the file is synced, given the umask's mode and renamed over the target in one step.
    """
    target = Path(path)
    check_target(target)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=".naast-", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise WriteRefused(f"Cannot write to {target.parent}: {exc.strerror or exc}.") from exc
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _sync_and_publish(tmp, target)
    except OSError as exc:
        raise WriteRefused(
            f"{target.name} could not be written ({exc.strerror or exc}); the old file is unchanged."
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _sync_and_publish(tmp: Path, target: Path) -> None:
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.chmod(new_file_mode())
    tmp.replace(target)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_target(path) as tmp:
        tmp.write_bytes(data)


def write_text_atomically(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    with atomic_target(path) as tmp, tmp.open("w", encoding=encoding, newline="") as handle:
        handle.write(text)

"""One writer per project file, whatever name it is opened by.

The lock is keyed on the file's identity, its device and inode, not on the path: a lock file
``.naast-<dev>-<ino>.lock`` beside the real file (symbolic links resolved) is locked with ``flock``.
Two names of one file (a symbolic link, a rename while it is open) so meet at one lock. A file
with more than one hard link is refused for writing before this point (see
``files.check_single_name``): SQLite names its ``-wal`` and ``-shm`` after the path, so two hard
links would each get a journal of their own even under one lock.

Why not ``flock`` the project file itself: closing any descriptor of a file drops every POSIX
lock the process holds on it, SQLite's own locks included, so a second descriptor on the
database is exactly what SQLite's documentation warns against.

The lock file is removed on a clean close. That is safe because of the order both sides keep:
the holder unlinks the file *while it still holds the lock*, and a process that has just locked a
file checks that the path still names the inode it locked (``fstat`` of its descriptor against
``stat`` of the path); if not, someone unlinked it between its ``open`` and its ``flock``, and it
tries again with the new file. Without that check, a process that opened the old file just
before it was unlinked could lock the orphan while a third process locks the new file: two
writers. ``flock`` locks belong to an open file, so the operating system releases them if Naast
crashes; a file left behind by a crash is simply locked again.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from naast.core.errors import ProjectError, ProjectLocked

_RETRIES = 20


def lock_path_for(real_path: Path) -> Path:
    """The lock file of the project file at ``real_path`` (which must exist)."""
    status = real_path.stat()
    return real_path.with_name(f".naast-{status.st_dev}-{status.st_ino}.lock")


class ProjectLock:
    """An advisory lock on a project file's identity; see the module's documentation."""

    def __init__(self, project_path: Path) -> None:
        self.project_path = Path(os.path.realpath(project_path))
        self.path = lock_path_for(self.project_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(_RETRIES):
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                holder = _read_holder(fd)
                os.close(fd)
                raise ProjectLocked(
                    f"{self.project_path} is already open elsewhere (process {holder}). "
                    "Close it there first, or open it read-only."
                ) from exc
            if _still_named(fd, self.path):
                self._fd = fd
                _write_holder(fd)
                return
            os.close(fd)  # unlinked by its last holder between our open and our flock
        raise ProjectLocked(f"{self.project_path} is being opened and closed elsewhere; try again.")

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except PermissionError:
            pass  # a lock file left by another user: locking needs no write access
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ProjectError(f"The lock file {self.path} is a symbolic link; remove it.") from exc
            raise ProjectError(f"The lock file {self.path} cannot be made: {exc.strerror}.") from exc
        try:
            return os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError as exc:
            raise ProjectError(
                f"The lock file {self.path} belongs to another user and cannot be read; "
                "ask them to close the project, or remove the lock file."
            ) from exc

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Unlink the lock file while still holding it, then unlock (the order matters)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if _still_named(fd, self.path):
                self.path.unlink()
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _still_named(fd: int, path: Path) -> bool:
    try:
        named = path.lstat()
    except OSError:
        return False
    mine = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def _write_holder(fd: int) -> None:
    """The process id, for the message another process shows (best effort: the file may be
    another user's)."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        text = ""
    return text if text.isdigit() else "unknown"

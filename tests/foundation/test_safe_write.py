"""Atomic writes: the old file stays as it was whenever a write is refused or fails."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from naast.core.safe_write import WriteRefused, atomic_target, write_text_atomically


def test_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "out.csv", "a,b\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o644
    assert (tmp_path / "out.csv").read_text() == "a,b\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_read_only_target_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "memo.docx"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(WriteRefused, match="read-only"):
        write_text_atomically(target, "new")
    assert target.read_bytes() == b"old"


def test_folder_and_missing_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteRefused, match="is a folder"):
        write_text_atomically(tmp_path, "x")
    with pytest.raises(WriteRefused, match="does not exist"):
        write_text_atomically(tmp_path / "nowhere" / "x.csv", "x")


@pytest.mark.parametrize(
    ("name", "lock_name"),
    [("memo.docx", ".~lock.memo.docx#"), ("memo.docx", "~$memo.docx"), ("Document1.docx", "~$cument1.docx")],
)
def test_document_open_elsewhere_is_refused(tmp_path: Path, name: str, lock_name: str) -> None:
    target = tmp_path / name
    target.write_bytes(b"old")
    (tmp_path / lock_name).write_bytes(b"lock")
    with pytest.raises(WriteRefused, match="open in another program"):
        write_text_atomically(target, "new")
    assert target.read_bytes() == b"old"


def test_failure_inside_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_target(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]

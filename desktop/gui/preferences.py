"""User preferences and window state, kept in QSettings (an instance is passed in, never global)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from naast.store.backups import BackupPolicy

MAX_RECENT = 8


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @property
    def coder(self) -> str:
        """The coder's name as they gave it (first start or Preferences); "" until then — never
        guessed from the login name, which named every coder "root" on a shared machine."""
        value = self.settings.value("prefs/coder", "")
        return str(value).strip() if value else ""

    @coder.setter
    def coder(self, name: str) -> None:
        self.settings.setValue("prefs/coder", name.strip())

    @property
    def language(self) -> str:
        return str(self.settings.value("prefs/language", "en"))

    @language.setter
    def language(self, code: str) -> None:
        self.settings.setValue("prefs/language", code)

    @property
    def font_size(self) -> int:
        try:
            return int(self.settings.value("prefs/font_size", 10))
        except (TypeError, ValueError):
            return 10

    @font_size.setter
    def font_size(self, size: int) -> None:
        self.settings.setValue("prefs/font_size", int(size))

    def notice_shown(self, name: str, project: Path) -> bool:
        """Whether the one-time notice ``name`` was shown for this project already."""
        shown = self.settings.value(f"notices/{name}", [])
        items = [shown] if isinstance(shown, str) else list(shown or [])
        return str(project.resolve()) in items

    def remember_notice(self, name: str, project: Path) -> None:
        shown = self.settings.value(f"notices/{name}", [])
        items = [shown] if isinstance(shown, str) else list(shown or [])
        self.settings.setValue(f"notices/{name}", [*items, str(project.resolve())])

    @property
    def backup_folder(self) -> str:
        """Where the daily backups go; empty: beside each project (``naast.store.backups``)."""
        return str(self.settings.value("prefs/backup_folder", "") or "")

    @backup_folder.setter
    def backup_folder(self, folder: str) -> None:
        self.settings.setValue("prefs/backup_folder", folder.strip())

    def backup_policy(self) -> BackupPolicy:
        folder = self.backup_folder
        return BackupPolicy(folder=Path(folder).expanduser()) if folder else BackupPolicy.from_environment()

    def recent_projects(self) -> list[Path]:
        value = self.settings.value("recent/projects", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [str(p) for p in self.recent_projects() if p != path.resolve()]
        self.settings.setValue("recent/projects", items[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.settings.setValue("recent/projects", [])

    def last_project(self) -> Path | None:
        """The project open when Naast last closed, if it is still there."""
        recent = self.recent_projects()
        return recent[0] if recent and recent[0].is_file() else None

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

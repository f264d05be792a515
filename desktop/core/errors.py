"""Typed errors of the core and the store. Only the GUI and CLI turn them into messages."""

from __future__ import annotations


class NaastError(Exception):
    """Base of every error a user can cause; its message is one plain sentence."""


class ImportFailed(NaastError):
    """A file could not be read as a parliamentary document."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ProjectError(NaastError):
    """A project file cannot be created or opened."""


class ProjectLocked(ProjectError):
    """The project is already open in another window or process."""


class NotFound(NaastError):
    """A document, claim, topic or other record named by the user does not exist."""


class InvalidCommand(NaastError):
    """A command cannot be applied to the project as it is."""


class DamagedProject(ProjectError):
    """A project file is damaged, or its tables disagree with its schema version; nothing was written.

    ``kind`` is ``damaged`` (SQLite finds the file itself broken) or ``schema``.
    """

    def __init__(self, path: str, detail: str, *, kind: str = "damaged", backup: str | None = None) -> None:
        if kind == "schema":
            what = f"{path} does not have the tables its project format promises ({detail})"
        else:
            what = f"{path} is damaged ({detail})"
        last = f"open its last backup {backup}" if backup else "open a backup"
        super().__init__(
            f"{what}; it was left as it was: {last}, or run 'naast recover' to rescue what it "
            "holds into a new project."
        )
        self.path = path
        self.detail = detail
        self.kind = kind
        self.backup = backup


class ProjectDamagedWhileOpen(DamagedProject):
    """SQLite reported damage during a change; the change was undone and writing stopped."""

    def __init__(self, path: str, detail: str) -> None:
        ProjectError.__init__(
            self,
            f"{path} turned out to be damaged while saving ({detail}); the change was not saved "
            "and Naast stopped writing to it: close it, then open its last backup or run "
            "'naast recover'.",
        )
        self.path = path
        self.detail = detail
        self.kind = "damaged"
        self.backup = None

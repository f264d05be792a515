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

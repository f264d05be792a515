"""The project store: the only package that speaks SQL."""

from desktop.store.project import Project

__all__ = ["Project"]

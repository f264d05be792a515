"""The project store: the only package that speaks SQL."""

from naast.store.project import Project

__all__ = ["Project"]

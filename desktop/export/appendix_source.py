"""The figures behind the memo's appendices, read from a project as ``naast agreement`` and
``naast responsiveness`` read them (the same report, so the memo and the commands agree).

Agreement takes the memo's topics and documents as ``naast agreement --topic/--document`` does;
how they answer takes the memo's documents (only answered documents count), else every one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from naast.core.claims.bulk import key
from naast.core.errors import NaastError, NotFound
from naast.core.measures.aggregate import GROUPINGS
from naast.export.appendix_build import agreement_appendix, responsiveness_appendix
from naast.export.plan import AppendixTable, Language
from naast.store.codebook import lookups
from naast.store.documents import find_document
from naast.store.project import Project


class AppendixError(NaastError):
    """An appendix cannot be written as asked."""


def agreement_figures(
    project: Project,
    coders: Sequence[str] = (),
    topics: Sequence[str] = (),
    documents: Sequence[str] = (),
) -> dict[str, Any]:
    """The report of ``naast agreement --json`` for ``coders`` (default: all but consensus)."""
    from naast.core.team.agreement import agreement_report  # loads the krippendorff package
    from naast.store.team import CONSENSUS, Selection, coded_claims, coders_of, continua, measured_documents

    names = dict(lookups(project).topics)
    topic_ids = []
    for name in topics:
        if key(name) not in names:
            raise NotFound(f"There is no topic {name!r} in this project.")
        topic_ids.append(names[key(name)])
    known = coders_of(project)
    chosen = list(dict.fromkeys(coders)) or [c for c in known if c != CONSENSUS]
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise AppendixError(f"No claims are coded by {', '.join(map(repr, unknown))} in this project.")
    if len(chosen) < 2:
        raise AppendixError(
            f"The agreement appendix needs claims of two coders; this project has {len(chosen)}."
        )
    selection = Selection(
        tuple(chosen), tuple(find_document(project, d) for d in documents), tuple(topic_ids)
    )
    claims = coded_claims(project, selection)
    spans = continua(project, measured_documents(project, claims, selection))
    return agreement_report(claims, spans, chosen)


def responsiveness_figures(
    project: Project, by: str = "minister", documents: Sequence[str] = ()
) -> dict[str, Any]:
    """The report of ``naast responsiveness --by BY --json`` (over ``documents`` when named)."""
    from naast.core.measures import default_options, measure
    from naast.paths import resources_dir
    from naast.store.measures_source import all_texts, documents_of_types

    if by not in GROUPINGS:
        raise AppendixError(f"Cannot group answers by {by!r}; choose one of {', '.join(GROUPINGS)}.")
    wanted = frozenset(find_document(project, d) for d in documents) or None
    options = default_options(resources_dir(), by=by, document_ids=wanted)
    answered = list(documents_of_types(project, ("answers",)))
    notices = list(documents_of_types(project, ("notice",)))
    return measure(answered, notices, all_texts(project), options).to_json()


def appendices(
    project: Project,
    language: Language,
    *,
    agreement: bool = False,
    coders: Sequence[str] = (),
    responsiveness: str | None = None,
    topics: Sequence[str] = (),
    documents: Sequence[str] = (),
) -> tuple[AppendixTable, ...]:
    """The appendices asked for, in the memo's order: agreement, then how they answer."""
    out = []
    if agreement:
        out.append(agreement_appendix(agreement_figures(project, coders, topics, documents), language))
    elif coders:
        raise AppendixError("--coders chooses the coders of the agreement appendix: add --agreement.")
    if responsiveness is not None:
        out.append(
            responsiveness_appendix(responsiveness_figures(project, responsiveness, documents), language)
        )
    return tuple(out)

"""Claims, the codebook, links between claims, and anchors that survive a new version of the text.

Pure Python: commands plan row operations; the store applies them (see ``naast.core.commands``).
"""

from naast.core.claims.anchoring import Anchor, Method, Placement, QuoteSelector, make_selector, reanchor
from naast.core.claims.codebook import Codebook, StanceSpec, TopicSpec, default_codebook
from naast.core.claims.codebook_commands import (
    AddStance,
    AddTopic,
    DeleteStance,
    DeleteTopic,
    EditStance,
    EditTopic,
    LoadCodebook,
    MergeTopics,
    MoveTopic,
)
from naast.core.claims.commands import KEEP, CreateClaim, DeleteClaim, EditClaim, ImportClaims
from naast.core.claims.links import LINK_KINDS, CreateLink, DeleteLink, EditLink
from naast.core.claims.reimport import ReimportDocument

__all__ = [
    "KEEP",
    "LINK_KINDS",
    "AddStance",
    "AddTopic",
    "Anchor",
    "Codebook",
    "CreateClaim",
    "CreateLink",
    "DeleteClaim",
    "DeleteLink",
    "DeleteStance",
    "DeleteTopic",
    "EditClaim",
    "EditLink",
    "EditStance",
    "EditTopic",
    "ImportClaims",
    "LoadCodebook",
    "MergeTopics",
    "Method",
    "MoveTopic",
    "Placement",
    "QuoteSelector",
    "ReimportDocument",
    "StanceSpec",
    "TopicSpec",
    "default_codebook",
    "make_selector",
    "reanchor",
]

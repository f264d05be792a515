"""Row operations as the JSON text of the history table (what undo and redo apply).

An import's inverse is one delete per row it added. Those are written directly: building a
dict per operation for the encoder cost more than the rest of recording the import.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring  # the encoder's own string quoting (not ASCII-only)

from naast.core.commands import Delete, RowOp, op_from_json, op_to_json

# Operations hold no cycles to check for, and json.dumps with options builds an encoder per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def ops_json(ops: Sequence[RowOp]) -> str:
    """The same text as encoding ``[op_to_json(op) for op in ops]`` compactly."""
    return "[" + ",".join(_delete_json(op) or _ENCODER.encode(op_to_json(op)) for op in ops) + "]"


def ops_from_json(text: str) -> list[RowOp]:
    return [op_from_json(item) for item in json.loads(text)]


def _delete_json(op: RowOp) -> str | None:
    """A delete whose key holds only integers and strings, as the encoder writes it; else None."""
    if type(op) is not Delete:
        return None
    fields = []
    for column, value in op.key.items():
        if type(value) is int:
            fields.append(f"{encode_basestring(column)}:{value}")
        elif type(value) is str:
            fields.append(f"{encode_basestring(column)}:{encode_basestring(value)}")
        else:
            return None
    return f'{{"op":"delete","table":{encode_basestring(op.table)},"key":{{{",".join(fields)}}}}}'

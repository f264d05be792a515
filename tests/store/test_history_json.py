"""The history's JSON text: written by hand for deletes, it must equal the encoder's output."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from naast.core.commands import Delete, Insert, Update, op_to_json
from naast.store.history_json import ops_from_json, ops_json

_VALUES = st.one_of(st.integers(), st.text(), st.booleans(), st.none(), st.floats(allow_nan=False))
_KEYS = st.dictionaries(st.text(min_size=1), _VALUES, min_size=1, max_size=3)
_OPS = st.one_of(
    st.builds(Delete, st.text(min_size=1), _KEYS),
    st.builds(Insert, st.text(min_size=1), _KEYS),
    st.builds(Update, st.text(min_size=1), _KEYS, _KEYS),
)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@given(st.lists(_OPS, max_size=5))
def test_ops_are_written_as_the_encoder_writes_them(ops: list) -> None:
    text = ops_json(ops)
    assert text == _ENCODER.encode([op_to_json(op) for op in ops])
    assert ops_from_json(text) == ops


def test_an_import_inverse_is_written_directly() -> None:
    ops = [Delete("units", {"id": 7}), Delete("document_actors", {"document_id": 1, "relation": "asker"})]
    assert ops_json(ops) == (
        '[{"op":"delete","table":"units","key":{"id":7}},'
        '{"op":"delete","table":"document_actors","key":{"document_id":1,"relation":"asker"}}]'
    )

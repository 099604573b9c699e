"""Fuzzing the loader: whatever the bytes, loading ends in a SaveError or a usable game.

Each example goes the whole way a player's click goes: bytes, then the checked save, then
the game restored from its snapshot. Anything but a SaveError escaping is a bug.
"""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine import state_hash
from game.session.restore import resume
from game.session.savefile import SaveError, document, encode, parse
from game.session.session import Seat, Session
from tests.engine.factory import campaign

CAMPAIGN = campaign()
_session = Session(CAMPAIGN, 4, (Seat("ITA", "Cy"),))
_session.play_out(2)
VALID = encode(document(_session, "builtin:factory"))
DOC = json.loads(VALID)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)


def paths(value, here=()):
    """Every place in a document where a value sits, as a tuple of keys and indexes."""
    yield here
    items = value.items() if isinstance(value, dict) else (
        enumerate(value) if isinstance(value, list) else ())
    for key, child in items:
        yield from paths(child, (*here, key))


PATHS = list(paths(DOC))


def load(data: bytes) -> None:
    """Load all the way to a restored game; only SaveError may escape."""
    try:
        session = resume(parse(data), CAMPAIGN)
    except SaveError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert state_hash(session.state) == parse(data).state_hash


def test_the_valid_save_loads():
    assert resume(parse(VALID), CAMPAIGN).state == _session.state


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    load(data)


@FUZZ
@given(json_values)
def test_random_json(value):
    load(json.dumps(value).encode())


@FUZZ
@given(json_values.filter(lambda v: isinstance(v, dict)))
def test_random_json_that_claims_to_be_a_save(value):
    load(json.dumps({**value, "format": "collective-security-save", "version": 1}).encode())


@FUZZ
@given(st.integers(0, len(VALID)))
def test_truncations(cut):
    load(VALID[:cut])


@FUZZ
@given(st.integers(40, len(VALID) - 2))
def test_a_truncation_after_the_format_marker_says_where(cut):
    try:
        parse(VALID[:cut])
    except SaveError as exc:
        assert str(exc) == f"The save is damaged (truncated at byte {cut})"
    else:
        raise AssertionError("a truncated save loaded")


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 7)),
                min_size=1, max_size=3))
def test_bit_flips(flips):
    data = bytearray(VALID)
    for index, bit in flips:
        data[index] ^= 1 << bit
    load(bytes(data))


@FUZZ
@given(st.sampled_from(PATHS), json_values)
def test_a_value_of_the_wrong_type_anywhere(path, value):
    doc = json.loads(VALID)
    if not path:
        doc = value
    else:
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = value
    load(json.dumps(doc).encode())


@FUZZ
@given(st.sampled_from([p for p in PATHS if p and isinstance(p[-1], str)]))
def test_a_missing_field_anywhere(path):
    doc = json.loads(VALID)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    load(json.dumps(doc).encode())

"""Fuzzing the loader: whatever the bytes, loading ends in a SaveError or a usable game.

Each example goes the whole way a player's click goes: bytes, then the checked save, then
the game restored from its snapshot. Anything but a SaveError escaping is a bug.
"""

import json
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine import state_hash
from game.session.restore import resume
from game.session.savefile import SaveError, document, encode, parse
from game.session.session import Seat, Session
from tests.engine.factory import campaign

CAMPAIGN = campaign()
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


@cache
def played() -> tuple[Session, bytes]:
    """A game two turns in and its save, made when the first test needs it (not at import,
    which would slow down collecting every other test)."""
    session = Session(CAMPAIGN, 4, (Seat("ITA", "Cy"),))
    session.play_out(2)
    return session, encode(document(session, "builtin:factory"))


def valid() -> bytes:
    return played()[1]


def load(data: bytes) -> None:
    """Load all the way to a restored game; only SaveError may escape."""
    try:
        session = resume(parse(data), CAMPAIGN)
    except SaveError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert state_hash(session.state) == parse(data).state_hash


def test_the_valid_save_loads():
    session, data = played()
    assert resume(parse(data), CAMPAIGN).state == session.state


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
@given(st.data())
def test_truncations(data):
    load(valid()[:data.draw(st.integers(0, len(valid())))])


@FUZZ
@given(st.data())
def test_a_truncation_after_the_format_marker_says_where(data):
    cut = data.draw(st.integers(40, len(valid()) - 2))
    try:
        parse(valid()[:cut])
    except SaveError as exc:
        assert str(exc) == f"The save is damaged (truncated at byte {cut})"
    else:
        raise AssertionError("a truncated save loaded")


@FUZZ
@given(st.data())
def test_bit_flips(data):
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(valid()) - 1), st.integers(0, 7)),
                               min_size=1, max_size=3))
    damaged = bytearray(valid())
    for index, bit in flips:
        damaged[index] ^= 1 << bit
    load(bytes(damaged))


@FUZZ
@given(st.data(), json_values)
def test_a_value_of_the_wrong_type_anywhere(data, value):
    doc = json.loads(valid())
    path = data.draw(st.sampled_from(list(paths(doc))))
    if not path:
        doc = value
    else:
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = value
    load(json.dumps(doc).encode())


@FUZZ
@given(st.data())
def test_a_missing_field_anywhere(data):
    doc = json.loads(valid())
    path = data.draw(st.sampled_from([p for p in paths(doc) if p and isinstance(p[-1], str)]))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    load(json.dumps(doc).encode())

"""The game state as plain JSON values and back, exactly: what a save keeps of a game.

Both directions are built from the records' field type hints, so a field added to a record
is saved without touching this module. Reading checks every value against its hint and names
the path of the first bad one: a damaged or hand-edited save is refused here instead of
breaking the game turns later. The campaign is not stored; the caller supplies it.

Shapes: a record is an object keyed by field name; a dict with text keys is an object (its
order kept, since order is part of the state hash); a dict with other keys (relations, keyed
by a pair of codes) is a list of ``[key, value]`` pairs; tuples are lists.
"""

from __future__ import annotations

import math
import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, cast

from .model import Campaign
from .state import GameState

Codec = tuple[Callable[[object], object], Callable[[object, str], object]]


class PlainError(ValueError):
    """A plain value that does not fit the state's shape; ``path`` says where it is."""

    def __init__(self, path: str, expected: str, got: object):
        shown = type(got).__name__ if not isinstance(got, (str, int, float)) else repr(got)[:40]
        super().__init__(f"{path}: expected {expected}, got {shown}")
        self.path = path


def state_to_plain(state: GameState) -> dict[str, Any]:
    """A JSON-ready form of ``state`` (without its campaign)."""
    return cast("dict[str, Any]", _codec(GameState)[0](state))  # a record encodes to a dict


def state_from_plain(plain: object, campaign: Campaign) -> GameState:
    """The state ``state_to_plain`` gave, equal to the original down to its state hash.

    Raises PlainError for anything that does not have the state's shape.
    """
    if not isinstance(plain, dict):
        raise PlainError("state", "an object", plain)
    state = _codec(GameState)[1]({**plain, "campaign": campaign}, "state")
    return cast(GameState, state)  # a record decodes to an instance of its class


@cache
def _codec(hint: object) -> Codec:
    """The (encode, decode) pair for one type hint."""
    if hint is Campaign:
        return (lambda v: v), (lambda v, path: v)
    if hint in (str, int, bool, float):
        return (lambda v: v), _scalar(hint)
    if isinstance(hint, type) and is_dataclass(hint):
        return _record(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        return _optional(next(a for a in args if a is not type(None)))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(args[0])
    if origin is tuple:
        return _fixed(args)
    if origin is dict:
        return _mapping(*args)
    raise TypeError(f"serial: no plain form for {hint!r}")


def _scalar(kind: type) -> Callable[[object, str], object]:
    def decode(v: object, path: str) -> object:
        if type(v) is kind or (kind is float and type(v) is int):
            if kind is float and not math.isfinite(cast(float, v)):  # checked just above
                raise PlainError(path, "a finite number", v)
            return v
        raise PlainError(path, kind.__name__, v)
    return decode


def _record(cls: type) -> Codec:
    hints = typing.get_type_hints(cls)
    names = tuple(f.name for f in fields(cls))
    parts = {name: _codec(hints[name]) for name in names}
    stored = tuple(n for n in names if hints[n] is not Campaign)
    expected = set(names)

    def encode(v: object) -> dict[str, object]:
        return {n: parts[n][0](getattr(v, n)) for n in stored}

    def decode(v: object, path: str) -> object:
        if not isinstance(v, dict):
            raise PlainError(path, f"a {cls.__name__} object", v)
        if v.keys() != expected:
            missing = sorted(expected - v.keys())
            extra = sorted(set(v) - expected)
            what = f"missing {', '.join(missing)}" if missing else f"unknown {', '.join(extra)}"
            raise PlainError(path, f"the fields of {cls.__name__}", what)
        return cls(**{n: parts[n][1](v[n], f"{path}.{n}") for n in names})
    return encode, decode


def _optional(inner: object) -> Codec:
    enc, dec = _codec(inner)
    return ((lambda v: None if v is None else enc(v)),
            (lambda v, path: None if v is None else dec(v, path)))


def _sequence(item: object) -> Codec:
    enc, dec = _codec(item)

    def decode(v: object, path: str) -> tuple[object, ...]:
        if not isinstance(v, list):
            raise PlainError(path, "a list", v)
        return tuple(dec(x, f"{path}[{i}]") for i, x in enumerate(v))
    return (lambda v: [enc(x) for x in v]), decode


def _fixed(items: tuple[object, ...]) -> Codec:
    parts = [_codec(a) for a in items]

    def decode(v: object, path: str) -> tuple[object, ...]:
        if not isinstance(v, list) or len(v) != len(parts):
            raise PlainError(path, f"a list of {len(parts)}", v)
        return tuple(p[1](x, f"{path}[{i}]") for i, (p, x) in enumerate(zip(parts, v)))
    return (lambda v: [p[0](x) for p, x in zip(parts, v)]), decode


def _mapping(key: object, value: object) -> Codec:
    kenc, kdec = _codec(key)
    venc, vdec = _codec(value)
    if key is str:
        def decode_object(v: object, path: str) -> dict[str, object]:
            if not isinstance(v, dict):
                raise PlainError(path, "an object", v)
            return {k: vdec(x, f"{path}.{k}") for k, x in v.items()}
        return (lambda v: {k: venc(x) for k, x in v.items()}), decode_object

    def decode_pairs(v: object, path: str) -> dict[object, object]:
        if not isinstance(v, list):
            raise PlainError(path, "a list of [key, value] pairs", v)
        out: dict[object, object] = {}
        for i, pair in enumerate(v):
            if not isinstance(pair, list) or len(pair) != 2:
                raise PlainError(f"{path}[{i}]", "a [key, value] pair", pair)
            out[kdec(pair[0], f"{path}[{i}][0]")] = vdec(pair[1], f"{path}[{i}][1]")
        return out
    return (lambda v: [[kenc(k), venc(x)] for k, x in v.items()]), decode_pairs

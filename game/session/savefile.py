"""The save format: a session as a versioned, human-readable JSON document, and back.

Kept apart from the files (saves.py) so that the format can be tested and fuzzed on bytes
alone. Reading never trusts the bytes: anything that is not a well-formed save of a version
this game reads becomes a SaveError whose message can be shown to the player as it is. Older
formats are brought up to date by MIGRATIONS, one step at a time; see docs/saves.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from typing import Any, TypeVar, cast

from game.engine import EngineError, Event, parse_action, state_hash
from game.engine.calendar import format_month
from game.engine.serial import state_to_plain

from .header import FORMAT as FORMAT  # the format field every save carries
from .session import DIFFICULTIES, Seat, Session

Doc = dict[str, Any]
"""A JSON object as read or written: its values are checked where they are read (_get)."""
T = TypeVar("T")

VERSION = 19
"""The format this game writes. Bump it, add a migration and a fixture together."""

RULES_SINCE = 19
"""The first format written under today's rules. An older save's history would play as another
game, so it is refused (with its version named) rather than continued wrong."""

RULE_CHANGES = {
    4: "each order took effect at once; now a turn's orders are carried out together",
    5: "threats had no red lines, and there were no demands, lobbying offers or renewed "
       "mandates",
    6: "there were no latent crises, atrocity dynamics, court referrals, peacebuilding or "
       "campaign decisions, and events fired only at a turn's start",
    7: "no losses were remembered, safe areas could not fall, the responsibility to protect "
       "was no Assembly vote, and great powers did not fear a general war",
    8: "nations drew red lines without a national interest, pledged troops at no price, hosts "
       "needed no consent to a force, and wars between states did not wear out",
    9: "history's fortunes were fixed, oil embargoes did not starve armies, a victim could take "
       "in any amount of arms, and votes for a mission nobody manned counted as action",
    10: "nobody was paid for defusing a crisis, a government in exile could be restored without "
        "a force, an empty permanent seat was feared as a veto, and protection missions left "
        "with a frozen war",
    11: "no-fly zones gave the rebels no air cover, a broken regime never came to terms with "
        "the people in arms, warning signs rose forever, an arms embargo restrained a "
        "genocide, and besieged enclaves could be relieved",
    12: "an army on alert cost the same whatever its size, a genocide killed only as fast as "
        "its fighting, prevention left no lasting calm, rebels armed without limit, a relapse "
        "brought back the army that had withdrawn, and a claimant ignored the vote it awaited",
    13: "a crisis's measures outlived its end, a relapse was fought by militias already broken "
        "and by the armies that had gone home, a truce's lines never became an armistice, an "
        "enclave was besieged on a date and a quiet siege froze, any two blocs were rivals, and "
        "an army stayed on alert when the alert moved no one",
    14: "peacekeepers were taken hostage on a date rather than by the aggressor's choice, the "
        "force authorised over a safe area lapsed when its first crisis froze, and a neighbour "
        "freeing a colony weighed as an aggressor with the anti-colonial states",
    15: "no power could enter a war beside an aggressor thrown back towards its border, an "
        "armistice never held where outside powers fought on both sides, and an accord's "
        "parties could not ask for observers to watch it",
    16: "a war with outside powers on both sides ended at the first offer to stop instead of "
        "after talks on a held front, two bodies' sanctions of one kind counted twice, and a "
        "contingent already serving paid a newcomer's price to reinforce",
    17: "armistice talks ran a fixed 24 months instead of until the side holding out could no "
        "longer bear the war, an agreed safe area's guard was fought over like any other, "
        "armies beside rebels held ground for them, and a crisis could start before its "
        "aggressor existed",
    18: "interveners kept their reserves home when a new army took the victim's ground, a "
        "warning already carried out still counted as a threat, a front under biting sanctions "
        "froze, no hawk feared a guard at its victim's door, red lines that holding on could "
        "not cross pushed aggressors back, an inquiry was weighed as an accusation, a war "
        "facing only a commission counted as opposed, and parties whose votes did not count "
        "could be lobbied",
    19: "an alert that carried out a warning counted as a bluff once the warning was spent, "
        "treaties signed before a war shielded its aggressor, a blockade cost its maker "
        "nothing when the blockaded side's friends answered it, a back-down could be undone "
        "by a walk-out in the same turn, hostages were taken only where force was authorised "
        "in that crisis, an aggressor backed down the turn its ally's army came in, the "
        "aggressor kept the initiative against a stronger defence, and Yugoslavia was outside "
        "the Soviet bloc before the 1948 split",
}
"""Format -> what the rules it replaced lacked, for the message that refuses an older save."""

MIGRATIONS: dict[int, Callable[[Doc], Doc]] = {}
"""version -> a function that turns a document of that version into one of the next."""

NOT_A_SAVE = "This file is not a Collective Security save"
WIDTH = 100
"""Lines of the written file stay about this short: lists that fit are kept on one line."""


class SaveError(Exception):
    """A save that cannot be read or used; ``str()`` is a message for the player."""


def damaged(why: str) -> SaveError:
    return SaveError(f"The save is damaged ({why})")


@dataclass(frozen=True)
class SaveData:
    """A save read and checked, in the current format (``version`` is the file's own)."""

    version: int
    game_version: str
    campaign_id: str
    campaign_name: str
    content_hash: str
    source: str
    seed: int
    difficulty: str
    seats: tuple[Seat, ...]
    log: tuple[str, ...]
    turn: int
    month: int
    phase: str
    state: Doc
    """The snapshot's state, still plain: ``state_from_plain`` checks it against a campaign."""
    state_hash: str
    chronicle: tuple[Event, ...]
    """Every event of the game, as the players saw them."""
    plans: dict[str, tuple[str, ...]]
    """The AI's plans for the snapshot's phase (``Session.plans``)."""
    saved_at: str
    date_text: str
    nations: tuple[str, ...]
    label: str


# --- writing ------------------------------------------------------------------------------


def document(session: Session, source: str, label: str = "") -> Doc:
    """The save document of ``session``; ``source`` names its campaign (paths.campaign_source)."""
    state, campaign = session.state, session.campaign
    chronicle = [event_plain(e) for e in session.chronicle]
    return {
        "format": FORMAT, "version": VERSION, "game_version": game_version(),
        "campaign": {"id": campaign.id, "name": campaign.name,
                     "content_hash": campaign.content_hash, "source": source},
        "seed": session.seed, "difficulty": session.difficulty,
        "seats": [_seat_plain(s) for s in session.seats],
        "meta": {"saved_at": datetime.now(timezone.utc).astimezone().isoformat("T", "seconds"),
                 "date_text": format_month(state.month), "turn": state.turn,
                 "nations": list(session.humans), "label": label},
        "log": list(session.log),
        "chronicle": chronicle,
        "snapshot": {"turn": state.turn, "month": state.month, "phase": state.phase,
                     "hash": state_hash(state), "log_hash": log_hash(session.log),
                     "chronicle_hash": json_hash(chronicle),
                     "plans": {n: list(q) for n, q in session.plans().items()},
                     "state": state_to_plain(state)},
    }


def event_plain(e: Event) -> list[object]:
    """An event as ``[kind, turn, month, text, visible_to or null, [[key, value], ...]]``;
    values are text, numbers and lists (the engine's tuples)."""
    return [e.kind, e.turn, e.month, e.text, _plain(e.visible_to), _plain(e.data)]


def _plain(value: object) -> object:
    return [_plain(v) for v in value] if isinstance(value, tuple) else value


def json_hash(value: object) -> str:
    """A checksum of plain data, as compact JSON with its keys in order."""
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8", "surrogatepass")).hexdigest()


def _seat_plain(seat: Seat) -> dict[str, str | int]:
    """A seat; a hot-seat seat that lost and chose (hotseat.HotSeat) adds ``retired`` and
    ``watched``, optional keys that readers of format 1 without them take as "playing"."""
    out: dict[str, str | int] = {"nation": seat.nation, "name": seat.name,
                                 "password": seat.password}
    retired = getattr(seat, "retired", "")
    if retired:
        out["retired"] = retired
        out["watched"] = getattr(seat, "watched", -1)
    return out


def encode(doc: Doc) -> bytes:
    return (_layout(doc, 0) + "\n").encode("utf-8")


def game_version() -> str:
    try:
        return metadata.version("collective-security")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def log_hash(log: list[str] | tuple[str, ...]) -> str:
    """A checksum of the action history, which the state hash does not cover."""
    return hashlib.sha256("\n".join(log).encode("utf-8", "surrogatepass")).hexdigest()


ONE_LINE_ITEMS = frozenset({"chronicle"})
"""Lists whose items stay on one line each, however long: an event is one line."""


def _layout(value: object, indent: int, one_line_items: bool = False) -> str:
    """JSON with short lists and objects on one line, longer ones one item a line."""
    if isinstance(value, dict):
        parts = [json.dumps(k, ensure_ascii=False) + ": "
                 + _layout(v, indent + 1, k in ONE_LINE_ITEMS) for k, v in value.items()]
        open_, close = "{", "}"
    elif isinstance(value, list):
        parts = [json.dumps(v, ensure_ascii=False) if one_line_items else _layout(v, indent + 1)
                 for v in value]
        open_, close = "[", "]"
    else:
        return json.dumps(value, ensure_ascii=False)
    inline = open_ + ", ".join(parts) + close
    if len(inline) + indent <= WIDTH and "\n" not in inline:
        return inline
    pad = "\n" + " " * (indent + 1)
    return open_ + pad + ("," + pad).join(parts) + "\n" + " " * indent + close


# --- reading ------------------------------------------------------------------------------


def parse(data: bytes) -> SaveData:
    """The save in ``data``, migrated to the current format; SaveError for anything else."""
    doc = _json(data)
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise damaged("its format version is missing")
    if version > VERSION:
        raise SaveError(f"This save was made by a newer version (format {version}; "
                        f"this game reads up to {VERSION})")
    if version < RULES_SINCE:
        made_by = str(doc.get("game_version", "an older version"))[:20]
        raise SaveError(f"This save was made in format {version} by Collective Security "
                        f"{made_by}, under older rules ({RULE_CHANGES[_rules_after(version)]}). "
                        f"It cannot be continued here: finish it with that version, or start a "
                        f"new game")
    return _read(migrate(doc, version), version)


def _rules_after(version: int) -> int:
    """The latest rule change that a save of ``version`` missed."""
    return max(v for v in RULE_CHANGES if v > version)


def migrate(doc: Doc, version: int) -> Doc:
    """``doc`` brought from ``version`` up to VERSION, one migration at a time."""
    while version < VERSION:
        if version not in MIGRATIONS:
            raise SaveError(f"This save was made in format {version}, which this version of "
                            f"the game can no longer read")
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise damaged(f"it could not be updated from format {version}: {exc}") from exc
        version += 1
    return doc


def _json(data: bytes) -> Doc:
    ours = FORMAT.encode() in data[:1024]
    if not data.strip():
        raise damaged("the file is empty")
    try:
        doc = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        if not ours:
            raise SaveError(NOT_A_SAVE) from exc
        if exc.reason == "unexpected end of data":
            raise damaged(f"truncated at byte {len(data)}") from exc
        raise damaged(f"unreadable text at byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        if not ours:
            raise SaveError(NOT_A_SAVE) from exc
        if _truncated(exc):
            raise damaged(f"truncated at byte {len(data)}") from exc
        raise damaged(f"not valid JSON at line {exc.lineno}, column {exc.colno}") from exc
    except (ValueError, RecursionError) as exc:  # a number too long, nesting too deep
        raise (damaged("it holds a value out of range") if ours else SaveError(NOT_A_SAVE)) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SaveError(NOT_A_SAVE)
    return doc


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number a save can hold")


_TOKEN_START = re.compile(r"[\w.+\-]*")


def _truncated(exc: json.JSONDecodeError) -> bool:
    """Whether the text just stops (mid-token, mid-string or between tokens)."""
    rest = exc.doc[exc.pos:].rstrip()
    return exc.msg.startswith("Unterminated string") or _TOKEN_START.fullmatch(rest) is not None


def _read(doc: Doc, version: int) -> SaveData:
    campaign, snapshot, meta = (_get(doc, key, dict) for key in ("campaign", "snapshot", "meta"))
    difficulty = _get(doc, "difficulty", str)
    if difficulty not in DIFFICULTIES:
        raise damaged(f"unknown difficulty {difficulty[:20]!r}")
    log = tuple(_items(doc, "log", str))
    if _get(snapshot, "log_hash", str, "snapshot.") != log_hash(log):
        raise damaged("its action history does not match its checksum")
    seats = tuple(_seat(s) for s in _items(doc, "seats", dict))
    return SaveData(
        chronicle=_chronicle(doc, snapshot), plans=_plans(_get(snapshot, "plans", dict,
                                                               "snapshot.")),
        version=version, game_version=_get(doc, "game_version", str),
        campaign_id=_get(campaign, "id", str, "campaign."),
        campaign_name=_get(campaign, "name", str, "campaign."),
        content_hash=_get(campaign, "content_hash", str, "campaign."),
        source=_get(campaign, "source", str, "campaign."),
        seed=_get(doc, "seed", int), difficulty=difficulty, seats=seats, log=log,
        turn=_get(snapshot, "turn", int, "snapshot."),
        month=_get(snapshot, "month", int, "snapshot."),
        phase=_get(snapshot, "phase", str, "snapshot."),
        state=_get(snapshot, "state", dict, "snapshot."),
        state_hash=_get(snapshot, "hash", str, "snapshot."),
        saved_at=_get(meta, "saved_at", str, "meta."),
        date_text=_get(meta, "date_text", str, "meta."),
        nations=tuple(_items(meta, "nations", str, "meta.")),
        label=_get(meta, "label", str, "meta."))


def _chronicle(doc: Doc, snapshot: Doc) -> tuple[Event, ...]:
    plain = _items(doc, "chronicle", list)
    if _get(snapshot, "chronicle_hash", str, "snapshot.") != json_hash(plain):
        raise damaged("its chronicle does not match its checksum")
    return tuple(_event(e) for e in plain)


def _event(e: list[Any]) -> Event:
    if len(e) != 6 or type(e[0]) is not str or type(e[1]) is not int or \
            type(e[2]) is not int or type(e[3]) is not str or type(e[5]) is not list or \
            not (e[4] is None or isinstance(e[4], list) and all(type(n) is str for n in e[4])):
        raise damaged("an event of its chronicle is not [kind, turn, month, text, "
                      "visible_to, data]")
    data = tuple(_tuple(v) for v in e[5])
    if any(not (isinstance(kv, tuple) and len(kv) == 2 and type(kv[0]) is str) for kv in data):
        raise damaged("an event of its chronicle holds data that is not [key, value] pairs")
    pairs = cast("tuple[tuple[str, object], ...]", data)  # each checked just above
    return Event(e[0], e[3], e[1], e[2], None if e[4] is None else tuple(e[4]), pairs)


def _tuple(value: object) -> object:
    """JSON lists back to the engine's tuples (an event's data holds no other containers)."""
    if isinstance(value, list):
        return tuple(_tuple(v) for v in value)
    if isinstance(value, dict):
        raise damaged("an event of its chronicle holds an object")
    return value


def _plans(obj: Doc) -> dict[str, tuple[str, ...]]:
    plans: dict[str, tuple[str, ...]] = {}
    for nation in obj:
        texts = _items(obj, nation, str, "snapshot.plans.")
        for text in texts:
            try:
                action = parse_action(text)
            except EngineError as exc:
                raise damaged(f"a planned action is not an action ({text[:40]!r})") from exc
            if action.nation != nation:
                raise damaged(f"the plan of {nation[:10]!r} holds an action of another nation")
        plans[nation] = tuple(texts)
    return plans


def _seat(obj: Doc) -> Seat:
    seat = Seat(_get(obj, "nation", str, "seats[]."), _get(obj, "name", str, "seats[]."),
                _get(obj, "password", str, "seats[]."))
    if "retired" not in obj and "watched" not in obj:
        return seat
    from .hotseat import RETIRED, HotSeat

    retired = _get(obj, "retired", str, "seats[].")
    if retired not in RETIRED:
        raise damaged(f"a seat is retired as {retired[:20]!r}, which is not one of "
                      f"{', '.join(RETIRED)}")
    watched = _get(obj, "watched", int, "seats[].")
    return HotSeat(seat.nation, seat.name, seat.password, retired=retired, watched=watched)


_KINDS = {str: "text", int: "a whole number", dict: "an object", list: "a list"}


def _get(obj: Doc, key: str, kind: type[T], where: str = "") -> T:
    value = obj.get(key)
    if type(value) is not kind:
        raise damaged(f"{where}{key} is missing or not {_KINDS[kind]}")
    return value


def _items(obj: Doc, key: str, kind: type[T], where: str = "") -> list[T]:
    values: list[T] = _get(obj, key, list, where)
    if any(type(v) is not kind for v in values):
        raise damaged(f"{where}{key} holds something that is not {_KINDS[kind]}")
    return values

"""Hot-seat play: two to six people at one screen, each leading a nation; AI leads the rest.

This module holds everything about hot-seat play that is not drawing:

* **Set-up.** ``validate`` checks the seats people ask for (2 to 6, names, unique nations that
  the campaign lets people play) and ``make_seats`` turns them into session seats, with any
  password stored only as a salted hash (``pbkdf2_sha256$iterations$salt$hex``) so that a save
  never holds what was typed. ``check_password`` verifies one.
* **Whose turn it is.** ``turn(session)`` says who must sit at the screen now, derived from the
  game state and the seats alone, so a game saved in the middle of a round resumes with the
  right seat: seats act in their order (``Session.next_human``), after the AI nations.
* **Defeat.** When a seat's nation is defeated (the engine sets ``defeated_<code>``) or
  ceases to exist as a state, the seat is told at its next turn at the screen and chooses:
  leave the table (``RETIRED_AI``: the AI plays its nation, if it still exists, and the seat
  is skipped) or watch (``RETIRED_WATCH``: the same, and once a turn the seat takes the screen
  to look at public facts only, ``view(state, None)``, never anything private to any nation).
  The choice lives in the seat (``HotSeat``) and so travels through saves.

What each nation may know is decided in game/engine/view.py: a seat's screens read only its
``PlayerView`` (``view(state, seat)``) and ``visible_events(events, seat)``, and a watching
seat only ``view(state, None)``; the AI nations plan on their own views too.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from typing import Any

from game.engine import Event, GameState, PlayerView, view
from game.engine.model import Campaign, NationDef

from .session import Seat, Session

MIN_SEATS = 2
MAX_SEATS = 6
MAX_NAME = 24
MAX_PASSWORD = 64

PLAYING = ""
RETIRED_AI = "ai"
"""A defeated seat that left the table: the AI plays its nation and the seat is skipped."""
RETIRED_WATCH = "watch"
"""A defeated seat that watches: the AI plays its nation; the seat sees public facts only."""
RETIRED = (RETIRED_AI, RETIRED_WATCH)

HASH_SCHEME = "pbkdf2_sha256"
ITERATIONS = 200_000


class SetupError(ValueError):
    """Seats that cannot start a game; ``problems`` holds one message per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class HotSeat(Seat):
    """A seat with its hot-seat standing after a defeat.

    ``retired`` is "" while the seat plays, RETIRED_AI or RETIRED_WATCH once its player chose
    after a defeat; ``watched`` is the last turn a watching seat took its look at the screen.
    Seats that never lost are plain ``Seat`` objects, so saves of ordinary games are unchanged.
    """

    retired: str = PLAYING
    watched: int = -1


@dataclass(frozen=True)
class SeatRequest:
    """One seat as the set-up screen asks for it: the password is as typed (or "")."""

    name: str
    nation: str
    password: str = ""


@dataclass(frozen=True)
class Turn:
    """Who must be at the screen now, and why.

    ``kind`` is "play" (enter orders or ballots), "defeated" (the seat's nation was defeated:
    tell the seat, let it choose) or "watch" (a retired seat's look at the public facts).
    """

    seat: Seat
    kind: str

    @property
    def nation(self) -> str:
        return self.seat.nation

    @property
    def name(self) -> str:
        return self.seat.name

    @property
    def viewer(self) -> str | None:
        """Whose view the screen shows: the seat's nation while it plays, no one's (public facts
        only) while it watches or is told of its defeat."""
        return self.seat.nation if self.kind == "play" else None

    def key(self) -> tuple[str, str]:
        return (self.seat.nation, self.kind)


# --- set-up ------------------------------------------------------------------------------------


def eligible_nations(campaign: Campaign, any_nation: bool = False) -> list[NationDef]:
    """Nations a seat may lead: the campaign's playable ones (all of them when it marks none), or
    with ``any_nation`` every nation that exists when the campaign starts."""
    start = campaign.start
    existing = [d for d in campaign.nations
                if (d.exists_from is None or d.exists_from <= start)
                and (d.exists_until is None or start < d.exists_until)]
    if any_nation:
        return existing
    playable = [d for d in existing if d.playable]
    return playable or existing


def validate(campaign: Campaign, seats: list[SeatRequest] | tuple[SeatRequest, ...],
             any_nation: bool = False) -> list[str]:
    """Every problem with these seats, as messages for the players ([] when they can start)."""
    problems: list[str] = []
    allowed = {d.code: d for d in eligible_nations(campaign, any_nation)}
    codes = {d.code for d in campaign.nations}
    if len(seats) < MIN_SEATS:
        problems.append(f"A hot-seat game needs at least {MIN_SEATS} players.")
    if len(seats) > MAX_SEATS:
        problems.append(f"At most {MAX_SEATS} people can play at one screen.")
    names: dict[str, int] = {}
    nations: dict[str, int] = {}
    for i, s in enumerate(seats, 1):
        name = s.name.strip()
        if not name:
            problems.append(f"Player {i} needs a name.")
        elif len(name) > MAX_NAME:
            problems.append(f"Player {i}'s name is longer than {MAX_NAME} characters.")
        elif not name.isprintable():
            problems.append(f"Player {i}'s name holds characters that cannot be shown.")
        elif name.casefold() in names:
            problems.append(f"Players {names[name.casefold()]} and {i} have the same name, "
                            f"'{name}'.")
        else:
            names[name.casefold()] = i
        if s.nation not in codes:
            problems.append(f"Player {i} has no nation chosen.")
        elif s.nation not in allowed:
            problems.append(f"{campaign.nation(s.nation).name} cannot be played in this "
                            f"campaign{'' if any_nation else ' (allow any nation to lead it)'}.")
        elif s.nation in nations:
            problems.append(f"Players {nations[s.nation]} and {i} both chose "
                            f"{campaign.nation(s.nation).name}.")
        else:
            nations[s.nation] = i
        if len(s.password) > MAX_PASSWORD:
            problems.append(f"Player {i}'s password is longer than {MAX_PASSWORD} characters.")
    return problems


def make_seats(campaign: Campaign, seats: list[SeatRequest] | tuple[SeatRequest, ...],
               any_nation: bool = False) -> tuple[Seat, ...]:
    """The session's seats, in turn order; SetupError when ``validate`` finds problems."""
    problems = validate(campaign, seats, any_nation)
    if problems:
        raise SetupError(problems)
    return tuple(Seat(s.nation, s.name.strip(), hash_password(s.password) if s.password else "")
                 for s in seats)


def new_session(campaign: Campaign, seats: list[SeatRequest] | tuple[SeatRequest, ...], *,
                seed: int = 1, difficulty: str = "normal", source: str = "",
                any_nation: bool = False) -> Session:
    """A new hot-seat game (SetupError for seats that cannot play)."""
    return Session(campaign, seed, make_seats(campaign, seats, any_nation), difficulty, source)


# --- passwords ---------------------------------------------------------------------------------


def hash_password(password: str, *, salt: str | None = None,
                  iterations: int = ITERATIONS) -> str:
    """``pbkdf2_sha256$<iterations>$<salt>$<hex digest>``; "" for no password."""
    if not password:
        return ""
    salt = salt if salt is not None else secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"),
                                 iterations)
    return f"{HASH_SCHEME}${iterations}${salt}${digest.hex()}"


def has_password(seat: Seat) -> bool:
    return bool(seat.password)


def check_password(seat: Seat, typed: str) -> bool:
    """Whether ``typed`` opens ``seat`` (always True for a seat without a password).

    A stored value that is not a hash of ours (a save edited by hand) is compared as the
    password itself, so that its player is never locked out.
    """
    stored = seat.password
    if not stored:
        return True
    parts = stored.split("$")
    if len(parts) == 4 and parts[0] == HASH_SCHEME and parts[1].isdigit():
        _, iterations, salt, _digest = parts
        try:
            again = hash_password(typed, salt=salt, iterations=int(iterations)) if typed else ""
        except (ValueError, UnicodeEncodeError, OverflowError):
            return False
        return hmac.compare_digest(again.encode(), stored.encode())
    return hmac.compare_digest(typed.encode("utf-8"), stored.encode("utf-8"))


# --- whose turn --------------------------------------------------------------------------------


def retired(seat: Seat) -> str:
    """"" for a playing seat, RETIRED_AI or RETIRED_WATCH for one that lost and chose."""
    return getattr(seat, "retired", PLAYING)


def is_defeated(state: GameState, nation: str) -> bool:
    """The engine defeated the nation (``defeated_<code>``: overrun, or collapsed at home), or
    it no longer exists as a state (a federation dissolved); a nation yet to appear is not."""
    if f"defeated_{nation}" in state.flags:
        return True
    d = state.campaign.nation(nation)
    return not state.nations[nation].exists and (d.exists_from is None
                                                 or d.exists_from <= state.month)


def defeat_text(session: Session, nation: str) -> str:
    """What the chronicle said of the defeat (public), or a plain sentence."""
    for e in reversed(session.chronicle):
        if e.kind in ("defeat", "nation") and e.get("nation") == nation \
                and e.visible_to is None and not e.text.endswith("appears as a state."):
            return e.text
    name = session.campaign.nation(nation).name
    if not session.state.nations[nation].exists:
        return f"{name} no longer exists as a state."
    return f"{name} is defeated."


def auto_waiting(session: Session) -> list[str]:
    """Nations of retired seats that must act now: the AI plays them."""
    waiting = session.state.waiting_for()
    return [s.nation for s in session.seats if retired(s) and s.nation in waiting]


def machine_waiting(session: Session) -> list[str]:
    """Every nation the computer must play now: AI nations and retired seats' nations."""
    return session.ai_waiting() + auto_waiting(session)


def step_auto(session: Session) -> list[Event]:
    """One action of the AI for a retired seat's nation; [] when none is due."""
    waiting = auto_waiting(session)
    if not waiting:
        return []
    return session.submit(session.ai_action(waiting[0]))


def run_machines(session: Session) -> list[Event]:
    """The AI acts for its nations and for retired seats until a seat must come to the
    screen (or the campaign ends)."""
    events: list[Event] = []
    while not session.over and machine_waiting(session):
        events.extend(session.step_ai() or step_auto(session))
    return events


def turn(session: Session) -> Turn | None:
    """The seat that must be at the screen now; None while the computer acts or at the end.

    Seats come in their order. A playing seat comes while its nation still has to act in this
    phase (as ``Session.next_human``); a defeated seat that has not chosen yet comes at once to
    be told; a watching seat comes once a turn.
    """
    state = session.state
    if session.over or machine_waiting(session):
        return None
    waiting = state.waiting_for()
    for seat in session.seats:
        how = retired(seat)
        if how == RETIRED_AI:
            continue
        if how == RETIRED_WATCH:
            if getattr(seat, "watched", -1) < state.turn:
                return Turn(seat, "watch")
            continue
        if is_defeated(state, seat.nation):
            return Turn(seat, "defeated")
        if seat.nation in waiting:
            return Turn(seat, "play")
    return None


def _replace_seat(session: Session, nation: str, **changes: Any) -> Seat:
    seats = list(session.seats)
    for i, s in enumerate(seats):
        if s.nation == nation:
            base = s if isinstance(s, HotSeat) else HotSeat(s.nation, s.name, s.password)
            seats[i] = replace(base, **changes)
            session.seats = tuple(seats)
            return seats[i]
    raise KeyError(f"no seat plays {nation}")


def retire(session: Session, nation: str, how: str) -> Seat:
    """A defeated seat's choice: RETIRED_AI (leave; the AI plays on) or RETIRED_WATCH."""
    if how not in RETIRED:
        raise ValueError(f"a defeated seat leaves ({RETIRED_AI!r}) or watches "
                         f"({RETIRED_WATCH!r}), not {how!r}")
    if not is_defeated(session.state, nation):
        raise ValueError(f"{nation} is not defeated")
    return _replace_seat(session, nation, retired=how, watched=-1)


def done_watching(session: Session, nation: str) -> Seat:
    """A watching seat has had its look for this turn."""
    return _replace_seat(session, nation, watched=session.state.turn)


def viewer_state(session: Session, current: Turn | None) -> PlayerView:
    """What the screen may show for ``current``: the seat's own view, or the public facts."""
    return view(session.state, current.viewer if current is not None else None)


def public_events(events: list[Event], nation: str | None) -> list[Event]:
    """The events ``nation``'s seat may read; with None the public ones only (unlike
    ``Event.visible``, where None means an all-seeing observer)."""
    return [e for e in events if e.visible_to is None or (nation is not None
                                                          and nation in e.visible_to)]

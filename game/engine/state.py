"""The game state: frozen records inside one container that ``apply`` copies shallowly.

Records (nations, organisations, crises, resolutions, missions, offers) are frozen dataclasses
changed with ``dataclasses.replace``; the container's dicts are copied once per ``apply``, so
the caller's state is never changed and copying stays cheap. Dicts are filled in a
deterministic order (campaign order, then creation order), never from iterating a set.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, is_dataclass
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from .model import Campaign

if TYPE_CHECKING:
    from .view import PlayerView

    Readable: TypeAlias = "GameState | PlayerView"
    """What reads public facts (names, flags, crises): a state, or a player's view of it."""


@dataclass(frozen=True)
class Change:
    """One cause of a change to a nation's stat, for tooltips that explain numbers."""

    nation: str
    stat: str
    delta: int
    cause: str


@dataclass(frozen=True)
class NationState:
    code: str
    military: int
    economy: int
    will: int
    legitimacy: int
    stability: int
    orientation: int
    capital: int = 5
    """Diplomatic capital: what orders cost."""
    exists: bool = True
    conquered: bool = False
    mobilised: tuple[str, ...] = ()
    recognised: tuple[str, ...] = ()
    pressed: tuple[str, ...] = ()
    """Claims already pressed (each once)."""
    appetite: int = 0
    """Demands of its that were granted: each makes its next demand bigger and sooner
    (public: the world saw Munich)."""
    bloc: str | None = None
    """Its bloc when a campaign effect changed it; None: the campaign's (GameState.bloc)."""
    ideology: str | None = None
    """Its ideology when a campaign effect changed it; None: the campaign's."""

    def stat(self, name: str) -> int:
        value: int = getattr(self, name)
        return value


@dataclass(frozen=True)
class OrgState:
    id: str
    credibility: int
    budget: int
    members: tuple[str, ...]
    suspended: tuple[str, ...] = ()
    boycotts: tuple[tuple[str, str], ...] = ()
    """(nation, body) pairs: the nation stays away from that body."""
    contributions: tuple[tuple[str, int], ...] = ()
    notices: tuple[tuple[str, int], ...] = ()
    """(nation, month it leaves): members under notice of withdrawal, who stay away meanwhile."""

    def contribution(self, nation: str) -> int:
        return next((amount for n, amount in reversed(self.contributions) if n == nation), 0)

    def notice(self, nation: str) -> int | None:
        """The month ``nation`` leaves, if it has given notice."""
        return next((month for n, month in reversed(self.notices) if n == nation), None)


@dataclass(frozen=True)
class Measure:
    """A measure in force in a crisis: sanctions, a ceasefire call, an authorisation..."""

    kind: str
    org: str
    resolution: str
    since: int
    binding: bool
    params: tuple[tuple[str, str], ...] = ()
    supporters: tuple[str, ...] = ()
    """Nations that voted for it: a recommendation binds only them."""

    def param(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)


@dataclass(frozen=True)
class CrisisState:
    id: str
    name: str
    kind: str
    aggressor: str
    victims: tuple[str, ...]
    org: str
    article: int
    stake: int
    stage: int
    clarity: int
    resolve: int
    chokepoint: str | None = None
    location: tuple[float, float] | None = None
    active: bool = False
    started: int | None = None
    ended: int | None = None
    outcome: str | None = None
    casualties: int = 0
    """Thousands dead."""
    refugees: int = 0
    """Thousands displaced."""
    progress: int = 0
    """The aggressor's gains on the ground, 0-100: at 100 the victim is overrun."""
    measures: tuple[Measure, ...] = ()
    interveners: tuple[tuple[str, str], ...] = ()
    """(nation, authority) with authority one of none, regional, universal."""
    backers: tuple[str, ...] = ()
    """Powers that sent their armies into the war beside the aggressor (``orders.cobelligerence``),
    in the order they entered."""
    closed: tuple[str, ...] = ()
    """Chokepoints closed to the aggressor."""
    intent: str = "hold"
    """What the aggressor chose this turn: escalate, hold or backdown."""
    inquiry: int = 0
    """Turns of commission of inquiry still to run."""
    calm_turns: int = 0
    tested: tuple[str, ...] = ()
    """Guarantors and allies whose promise was tested and not honoured."""
    spill_to: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    killing: int = 0
    """Atrocity crises: percent by which the killing of civilians has grown while nobody acted
    or the peacekeepers left (game/engine/atrocities.py)."""
    shield: int = 0
    """Peacekeepers on the ground at the end of the last turn: fewer now is a withdrawal."""
    failure: bool = False
    """The state has manifestly failed to protect its people (atrocities.py): public, and it
    makes authorised action more legitimate for those who vote for it."""
    phase: str = ""
    """Before the start: latent (warning signs, prevention.py), defused (prevented); after the
    end: peacebuilding (it may relapse), consolidated; '' otherwise."""
    quiet: int = 0
    """Turns of the peacebuilding phase without relapse."""
    relapses: int = 0
    reignited: int | None = None
    """The month it last relapsed (the clock of a frozen conflict restarts)."""
    spoilers: bool = False
    """It relapsed after its aggressor had withdrawn its army (peacebuilding.py): what fights is
    the militias left behind (``proxies.SPOILERS``), until the aggressor decides to escalate and
    sends its army back in."""
    grievances: int = 0
    propaganda: int = 0
    arms: int = 0
    fragility: int = 0
    """Warning signs of a latent crisis, 0-100 (prevention.py): the truth, which each nation
    sees through its own fog (``prevention.seen``)."""
    calm: int = 0
    """Latent crises: the lasting calm prevention has earned (``prevention.CALM``), in points
    off the level every warning sign drifts toward; it wears away turn by turn."""
    preventers: tuple[str, ...] = ()
    """Nations that mediated, gave targeted aid or pressed the government while the crisis
    was latent, sorted: public, like the orders; their part if it is defused (credit.py)."""
    across_sea: bool = False
    """The aggressor must cross the sea to fight it (crises.SEA_CROSSING)."""

    def has_measure(self, kind: str) -> bool:
        """A measure of this kind is in force; a sanctions type (oil, arms...) counts too."""
        return any(m.kind == kind or m.kind == "sanctions" and m.param("type") == kind
                   for m in self.measures)

    @property
    def parties(self) -> tuple[str, ...]:
        return (self.aggressor, *self.victims)


@dataclass(frozen=True)
class Resolution:
    id: str
    org: str
    body: str
    sponsor: str
    kind: str
    subject: str
    params: tuple[tuple[str, str], ...]
    turn: int
    status: str = "tabled"
    """tabled, adopted, failed, vetoed, recommended."""
    ballots: tuple[tuple[str, str], ...] = ()
    """Secret until the count: (nation, yes|no|abstain|absent)."""
    vetoed_by: tuple[str, ...] = ()
    emergency: bool = False
    lobbied: tuple[tuple[str, str], ...] = ()
    """(lobbyist, lobbied): private to the two."""
    bargains: tuple[tuple[str, str, str, str], ...] = ()
    """(lobbyist, lobbied, offer, accepted|refused): what each lobbying offered and the
    answer, private to the two. Only accepted lobbying sways a vote."""
    cosponsors: tuple[str, ...] = ()
    """Members who tabled the same draft (or called the same session) in the same phase."""
    reason: str = ""

    def param(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)

    def ballot(self, nation: str) -> str | None:
        return dict(self.ballots).get(nation)

    def tally(self) -> dict[str, int]:
        counts = {"yes": 0, "no": 0, "abstain": 0, "absent": 0}
        for _, b in self.ballots:
            counts[b] += 1
        return counts


@dataclass(frozen=True)
class Mission:
    id: str
    org: str
    crisis: str
    mandate: str
    resolution: str
    since: int
    pledges: tuple[tuple[str, int], ...] = ()
    status: str = "active"
    """active; completed or failed with its crisis; ended when its mandate was not renewed."""
    until: int = 0
    """The month its mandate runs out, when its body votes on renewing it (mandates.py)."""
    funds: tuple[tuple[str, int], ...] = ()
    """(nation, money) pledged to a peacebuilding mission: public, like budgets."""

    @property
    def money(self) -> int:
        return sum(v for _, v in self.funds)

    @property
    def strength(self) -> int:
        return sum(v for _, v in self.pledges)


@dataclass(frozen=True)
class Offer:
    id: str
    sender: str
    receiver: str
    kind: str
    turn: int
    status: str = "pending"


@dataclass(frozen=True)
class Demand:
    """An aggressor's public demand in a crisis, put to the nations that can stop it."""

    crisis: str
    aggressor: str
    asks: int
    """The share of its claim it asks for, in per cent."""
    addressed: tuple[str, ...]
    """The victims, their protectors and the great powers of the crisis's organisation."""
    turn: int
    stage: int
    """The crisis's stage when it was made."""
    answers: tuple[tuple[str, str], ...] = ()
    """(nation, grant|refuse), public as they are given."""
    status: str = "pending"
    """pending, granted, refused; once refused, what the aggressor did next: escalated,
    withdrew or called (its bluff called: it did neither)."""
    decided: int | None = None
    """The turn it was granted or refused."""

    def answer(self, nation: str) -> str | None:
        return dict(self.answers).get(nation)


@dataclass(frozen=True)
class Treaty:
    kind: str
    a: str
    b: str
    since: int

    def binds(self, nation: str) -> bool:
        return nation in (self.a, self.b)


@dataclass(frozen=True)
class Commitment:
    """A threat on record (game/engine/commitments.py): if ``target`` crosses ``line`` in
    ``crisis``, ``nation`` will do ``promise``. Public, with its date."""

    nation: str
    target: str
    crisis: str
    line: str
    """escalate, advance or ceasefire."""
    promise: str
    """mobilise, enforce or intervene."""
    month: int
    turn: int
    mark: int
    """Where the crisis stood on the line's measure at the last check (stage or gains)."""
    status: str = "standing"
    """standing, called (the line crossed: the promise is due), honoured or broken; or spent
    (carried out before its line was crossed: ``commitments._spent``), kept while its crisis
    runs."""
    called: int = 0
    """The turn the line was crossed."""


@dataclass(frozen=True)
class Loss:
    """Soldiers a nation lost in a crisis, in units, with the month (game/engine/losses.py):
    public, as the dead come home, and remembered by the government that sent them."""

    nation: str
    crisis: str
    month: int
    units: int
    how: str
    """ambush (peacekeepers under fire), overrun (a mission overrun), combat (an
    intervention or enforcement) or event (a campaign's battle, as at Mogadishu)."""


@dataclass(frozen=True)
class Snapshot:
    """Per-turn figures for the history charts."""

    month: int
    tension: int
    credibility: tuple[tuple[str, int], ...]
    will: tuple[tuple[str, int], ...]
    legitimacy: tuple[tuple[str, int], ...]


Rec = TypeVar("Rec")


def renewed(record: Rec, **changes: object) -> Rec:
    """``dataclasses.replace`` for the frozen records of this module, made directly: none
    has a ``__post_init__`` or a field left out of ``__init__``, so the copy with
    ``changes`` is the same, without the checked ``__init__`` of thirty-odd fields (the
    engine and the views make thousands a turn)."""
    if not changes.keys() <= type(record).__dataclass_fields__.keys():  # type: ignore[attr-defined]
        raise TypeError(f"{type(record).__name__} has no field among {sorted(changes)}")
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__)
    new.__dict__.update(changes)
    return new


DICTS = ("nations", "orgs", "crises", "resolutions", "missions", "offers", "choices", "demands")
"""The state's dicts of records that each copy owns (``GameState.copy``)."""


@dataclass
class GameState:
    campaign: Campaign
    seed: int
    turn: int
    month: int
    phase: str
    nations: dict[str, NationState]
    relations: dict[tuple[str, str], int]
    orgs: dict[str, OrgState]
    crises: dict[str, CrisisState]
    resolutions: dict[str, Resolution]
    missions: dict[str, Mission]
    offers: dict[str, Offer]
    treaties: tuple[Treaty, ...]
    flags: tuple[str, ...]
    fired: tuple[str, ...]
    tension: int
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Pending event choices per nation (event ids)."""
    done: tuple[str, ...] = ()
    """Nations that ended this phase."""
    acted: tuple[str, ...] = ()
    """Action keys used this turn (most orders can be given once a turn per target)."""
    orders: tuple[str, ...] = ()
    """Orders given in this phase (action texts), paid for and carried out together when the
    last nation ends the phase, so who gave an order first never matters."""
    ledger: tuple[Change, ...] = ()
    last_ledger: tuple[Change, ...] = ()
    history: tuple[Snapshot, ...] = ()
    archive: tuple[Resolution, ...] = ()
    """Resolutions decided in earlier turns: frozen, shared between states."""
    counters: tuple[tuple[str, int], ...] = (("R", 0), ("M", 0), ("O", 0))
    scores: tuple[tuple[str, int], ...] = ()
    demands: dict[str, Demand] = field(default_factory=dict)
    """The latest demand in each crisis, by crisis id (public)."""
    promises: tuple[tuple[str, str, int], ...] = ()
    """(promiser, promisee, turn made): a vote promised, when lobbying, for the promisee's
    next draft; private to the two, settled at that draft's count."""
    commitments: tuple[Commitment, ...] = ()
    """Threats on record, standing or judged (the judged ones are each nation's record)."""
    variables: tuple[tuple[str, int], ...] = ()
    """Campaign variables (counters) set by effects, by name; an unset one is 0."""
    pending: tuple[tuple[str, int], ...] = ()
    """(event, turn it fires): delayed events whose trigger has held."""
    last_fired: tuple[tuple[str, int], ...] = ()
    """(event, turn it last fired): for repeating events."""
    controllers: tuple[tuple[str, str], ...] = ()
    """(chokepoint, nation): chokepoints transferred by an effect from their first holder."""
    decided: tuple[str, ...] = ()
    """``NATION:decision`` for each campaign decision taken (game/engine/orders/decisions.py)."""
    losses: tuple[Loss, ...] = ()
    """Soldiers lost in missions and interventions, oldest first (losses.py): public."""

    def copy(self, replaced: Collection[str] = ()) -> "GameState":
        """A new container sharing the frozen records; its dicts are its own, except the
        relations, thousands of pairs that few actions change: they are shared until a
        ``Ctx`` first changes one (copy on write, ``Ctx.relate``), so nothing else may
        write to them in place. ``replaced``: dicts the caller sets anew at once (a view
        filters them), left shared here rather than copied for nothing."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        for name in DICTS:
            if name not in replaced:
                setattr(new, name, dict(getattr(self, name)))
        return new

    # --- lookups -----------------------------------------------------------------------

    def relation(self, a: str, b: str) -> int:
        if a == b:
            return 100
        # ``pair``, inline: the most frequent lookup of the rules (a million a large game)
        return self.relations.get((a, b) if a < b else (b, a), 0)

    def relations_with(self, b: str, nations: Iterable[str]) -> list[tuple[str, int]]:
        """Each of ``nations`` with its ``relation`` to ``b``, in their order, read in one pass:
        a body's members weighed against one aggressor (``gauges.payers``)."""
        get = self.relations.get
        return [(a, 100 if a == b else get((a, b) if a < b else (b, a), 0)) for a in nations]

    def existing(self) -> list[str]:
        """Codes of nations that exist now, in campaign order."""
        return [c for c, n in self.nations.items() if n.exists]

    def waiting_for(self) -> tuple[str, ...]:
        """Nations that still have to act in this phase, in campaign order."""
        return tuple(self._waiting())

    def next_to_act(self) -> str | None:
        """The first of ``waiting_for``, None if nobody: asked after every action (is the
        phase over? who acts now?), so the others are not listed for nothing."""
        return next(self._waiting(), None)

    def _waiting(self) -> Iterator[str]:
        """``waiting_for``, one nation at a time."""
        nations, done = self.nations, set(self.done)
        if self.phase == "orders":
            yield from (c for c, n in nations.items() if n.exists and c not in done)
        elif self.phase == "debate":
            lobbies = self.debaters()
            yield from (c for c, n in nations.items()
                        if n.exists and c not in done and c in lobbies)
        elif self.phase == "voting":
            owing: set[str] = set()
            for res in self.resolutions.values():
                if res.status == "tabled":
                    owing.update(self._owed(res))
            yield from (c for c, n in nations.items()
                        if n.exists and c not in done and c in owing)

    def _owed(self, res: Resolution) -> set[str]:
        """The seats that still owe a ballot on tabled ``res``: not those who cast one, nor
        whoever is away (bodies.is_absent), under notice or boycotting the body."""
        from .bodies import seated  # local: bodies imports this module

        org = self.orgs[res.org]
        return set(seated(self, res.org, res.body)).difference(
            [n for n, _ in res.ballots], [n for n, _ in org.notices],
            [n for n, body in org.boycotts if body == res.body])

    def debaters(self) -> set[str]:
        """Members of an organisation with a draft on its agenda: they may lobby before the
        vote."""
        orgs = {r.org for r in self.resolutions.values() if r.status == "tabled"}
        return {n for org in orgs for n in self.orgs[org].members}

    def ballots_owed(self, nation: str) -> list[str]:
        """Agenda items on which ``nation`` holds a seat and has not voted yet."""
        return [res.id for res in self.resolutions.values()
                if res.status == "tabled" and nation in self._owed(res)]

    def bloc(self, code: str) -> str:
        """The nation's bloc now: the campaign's, unless an effect changed it."""
        return self.nations[code].bloc or self.campaign.nation(code).bloc

    def ideology(self, code: str) -> str:
        """The nation's ideology now: the campaign's, unless an effect changed it."""
        return self.nations[code].ideology or self.campaign.nation(code).ideology

    def controller(self, point: str) -> str:
        """Who holds a chokepoint now (and so may close it)."""
        moved = dict(self.controllers)
        if point in moved:
            return moved[point]
        return next((c.controller for c in self.campaign.chokepoints if c.id == point), "")

    def controls(self, code: str) -> tuple[str, ...]:
        """The chokepoints the nation may close now: its own, less those transferred away,
        plus those transferred to it."""
        moved = dict(self.controllers)
        own = tuple(p for p in self.campaign.nation(code).controls if p not in moved)
        return own + tuple(p for p, holder in self.controllers if holder == code and p not in own)

    def variable(self, name: str) -> int:
        return dict(self.variables).get(name, 0)

    def month_of_turn(self, turn: int) -> int:
        """The month a past turn of this game began (a resolution's month of vote)."""
        return self.month - (self.turn - turn) * self.campaign.turn_months

    def is_member(self, nation: str, org: str) -> bool:
        return nation in self.orgs[org].members

    def treaties_of(self, nation: str, kind: str | None = None) -> list[Treaty]:
        return [t for t in self.treaties if t.binds(nation) and (kind is None or t.kind == kind)]

    def score(self, nation: str) -> int:
        return dict(self.scores).get(nation, 0)

    def next_id(self, prefix: str) -> str:
        counters = dict(self.counters)
        counters[prefix] += 1
        self.counters = tuple(sorted(counters.items()))
        return f"{prefix}{counters[prefix]}"

    def measure(self, res_id: str) -> tuple[CrisisState, Measure] | None:
        """The measure a resolution put in force, with its crisis, while it stands."""
        for crisis in self.crises.values():
            for m in crisis.measures:
                if m.resolution == res_id:
                    return crisis, m
        return None

    def resolution(self, res_id: str) -> Resolution | None:
        if res_id in self.resolutions:
            return self.resolutions[res_id]
        for r in self.archive:
            if r.id == res_id:
                return r
        return None


def pair(a: str, b: str) -> tuple[str, str]:
    """The key of a symmetric relation."""
    return (a, b) if a < b else (b, a)


def clamp(value: float, lo: int = 0, hi: int = 100) -> int:
    return int(max(lo, min(hi, round(value))))


# --- canonical form and hash --------------------------------------------------------------


def to_plain(value: object) -> object:
    """A JSON-ready, order-stable form of any state value (the campaign is left out)."""
    if is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, Campaign):
            return {"campaign": value.id, "hash": value.content_hash}
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return [[to_plain(k), to_plain(v)] for k, v in value.items()]
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


def state_hash(state: GameState) -> str:
    """sha256 of the canonical state: equal for equal games, whatever PYTHONHASHSEED is."""
    text = json.dumps(to_plain(state), separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()

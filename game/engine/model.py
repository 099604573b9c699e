"""The frozen campaign model: what a campaign *is*, before any game is played.

The content loader builds these from YAML; the engine only reads them. Every definition
keeps the source position it came from (``src``) so that problems found later, for example
by the validator, can still name file:line:col. Dates are month values (see calendar.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import typing
from typing import Literal, Union, overload

# --- vocabularies -------------------------------------------------------------------------

STATS = ("military", "economy", "will", "legitimacy", "stability", "orientation")
"""Nation stats, each an int from 0 to 100. Orientation: 0 status quo, 100 revisionist."""

PERSONALITIES = ("hawk", "multilateralist", "isolationist", "opportunist")

ORG_KINDS = ("universal", "regional", "alliance")
"""A universal body promises all against any; an alliance is collective defence."""

DECISION_RULES = (
    "unanimity", "security_council", "assembly", "majority", "two_thirds", "consensus",
)

CRISIS_KINDS = ("interstate_aggression", "border_dispute", "civil_war", "atrocities", "occupation",
                "genocide")
ATROCITY_KINDS = ("atrocities", "genocide")
"""Crises in which a state kills or lets be killed its own people (game/engine/atrocities.py):
the aggressor is the state that fails to protect them; genocide is the fastest killing."""
INTERNAL_KINDS = ("civil_war", *ATROCITY_KINDS)
"""Crises inside a state, where a measure or an intervention reaches into its own affairs
(a nation's ``sovereignty`` weighs against them, game/ai/steering.py)."""

STAGES = ("tension", "incidents", "clashes", "war", "total_war")
"""The escalation ladder, index 0 to 4."""
MAX_STAGE = len(STAGES) - 1

OUTCOMES = ("withdrawal", "settlement", "concession", "conquest", "frozen", "liberation")
"""How a crisis ends; a concession is a settlement bought by granting the aggressor's demand
(Munich, September 1938); a liberation undoes a conquest (Kuwait, February 1991): the crisis
ended in conquest first, and the ``liberate`` effect turned it into a liberation."""

RESOLUTION_KINDS = (
    "condemn", "inquiry", "ceasefire", "sanctions", "peacekeeping", "enforcement", "no_fly_zone",
    "admit", "suspend", "expel", "refer_to_assembly", "refer_to_court", "peacebuilding",
    "preventive_deployment", "endorse",
)
"""The powers a body may be given. Lifting a measure (``lift``) is not listed: the power to
impose a measure carries the power to lift it."""
NEW_POWERS = ("refer_to_court", "peacebuilding", "preventive_deployment", "endorse")
"""Powers a body has only when its campaign lists them: a body with no ``powers`` has the
others (a criminal court, peacebuilding and the endorsement of a norm belong to the 1990s
and after)."""
LIFTABLE_KINDS = ("sanctions", "no_fly_zone", "enforcement")
"""Measures a body may lift by a vote; a condemnation, once spoken, cannot be unsaid."""
STANCE_KINDS = ("any", *RESOLUTION_KINDS, "lift")
"""What a stance may bound: every kind of resolution a nation votes on, or any."""
STANCE_BALLOTS = ("no", "abstain", "yes")
"""Ballots from the least to the most favourable to a draft, as stances bound them."""
SANCTION_TYPES = ("economic", "arms", "oil")
MANDATES = ("observe", "interpose", "protect")
PEACEBUILD = "peacebuild"
"""The mandate of a peacebuilding mission (disarmament, elections, institutions): it is paid
for with money, not troops, and serves after the fighting."""
PREVENT = "prevent"
"""The mandate of a preventive deployment (UNPREDEP in Macedonia, 1995-99): troops sent
before the violence begins, which lower the chance that it does."""
PREVENT_NEED = 4
"""Troops a preventive deployment needs: it is sized to deter, not to fight (UNPREDEP was
about a thousand strong)."""
TREATY_KINDS = ("alliance", "guarantee", "non_aggression", "arbitration")

PROCEDURAL_KINDS = frozenset({"refer_to_assembly"})
"""Procedural questions: no permanent member can veto them (UN Charter Art. 27(2))."""
IMPORTANT_KINDS = frozenset(
    {"sanctions", "peacekeeping", "enforcement", "admit", "suspend", "expel", "lift",
     "peacebuilding", "preventive_deployment", "endorse"})
"""Important questions need two thirds in an assembly (UN Charter Art. 18(2))."""


@dataclass(frozen=True)
class Src:
    """Where a definition came from, for messages that can be jumped to."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NO_SRC = Src("<built-in>", 0, 0)


# --- conditions (triggers, objectives) ---------------------------------------------------

COMPARISONS = ("<", "<=", "==", "!=", ">=", ">")


@dataclass(frozen=True)
class All:
    items: tuple["Condition", ...]


@dataclass(frozen=True)
class Any:
    items: tuple["Condition", ...]


@dataclass(frozen=True)
class Not:
    item: "Condition"


@dataclass(frozen=True)
class DateFrom:
    """Holds from this month on."""

    month: int


@dataclass(frozen=True)
class DateBefore:
    """Holds strictly before this month."""

    month: int


@dataclass(frozen=True)
class StatIs:
    nation: str
    stat: str
    op: str
    value: int


@dataclass(frozen=True)
class RelationIs:
    a: str
    b: str
    op: str
    value: int


@dataclass(frozen=True)
class TensionIs:
    op: str
    value: int


@dataclass(frozen=True)
class CredibilityIs:
    org: str
    op: str
    value: int


@dataclass(frozen=True)
class FlagSet:
    flag: str


@dataclass(frozen=True)
class MemberOf:
    nation: str
    org: str


@dataclass(frozen=True)
class CrisisStageIs:
    crisis: str
    op: str
    value: int


@dataclass(frozen=True)
class CrisisActive:
    crisis: str


@dataclass(frozen=True)
class Beside:
    """The nation fights in the crisis beside its aggressor (``CrisisState.backers``)."""

    nation: str
    crisis: str


@dataclass(frozen=True)
class CrisisEnded:
    """The crisis ended; with ``outcome`` set, ended that way."""

    crisis: str
    outcome: str | None = None


@dataclass(frozen=True)
class MeasureInForce:
    crisis: str
    kind: str


@dataclass(frozen=True)
class Contributed:
    """The nation took part in ending the crisis: it sponsored or voted for a measure adopted
    on it, pledged troops to its missions or intervened (an aggressor never does); with
    ``by``, only that kind of part counts (``CONTRIBUTIONS``)."""

    nation: str
    crisis: str
    by: str | None = None


CONTRIBUTIONS = ("measures", "troops", "money", "prevention")
"""The kinds of part a ``contributed`` condition may ask for: a measure sponsored or voted
for, troops pledged or an intervention, money pledged, work to prevent the crisis."""


@dataclass(frozen=True)
class Exists:
    """The nation exists as a state now (it may be created or conquered during play)."""

    nation: str


@dataclass(frozen=True)
class VariableIs:
    """A campaign variable (a counter, 0 until set) compares with a value."""

    name: str
    op: str
    value: int


@dataclass(frozen=True)
class ResolutionWas:
    """A resolution of ``kind`` on ``crisis`` was decided this way (adopted, vetoed, failed);
    with ``org``, only in that organisation's bodies. Adopted counts a recommendation too."""

    crisis: str
    kind: str
    status: str = "adopted"
    org: str | None = None
    type: str | None = None
    """With ``kind`` sanctions: only sanctions of this type (economic, arms, oil)."""


@dataclass(frozen=True)
class VotedOn:
    """``nation`` cast ``ballot`` on a decided resolution of ``kind`` on ``crisis``."""

    nation: str
    crisis: str
    kind: str
    ballot: str = "yes"
    type: str | None = None
    """With ``kind`` sanctions: only sanctions of this type (economic, arms, oil)."""


@dataclass(frozen=True)
class MissionStrengthIs:
    """The troops of the missions in the field in a crisis, together, compare with a value."""

    crisis: str
    op: str
    value: int


@dataclass(frozen=True)
class EnclaveExposed:
    """The enclave a crisis is about lies open to its besieger: no protection on its ground
    would hold it (``enclaves.invites``)."""

    crisis: str


@dataclass(frozen=True)
class ChokepointClosed:
    """The chokepoint is closed to the aggressor of an active crisis."""

    chokepoint: str


@dataclass(frozen=True)
class ChokepointHeld:
    """``nation`` holds the chokepoint (and so may close it)."""

    chokepoint: str
    nation: str


Condition = Union[
    All, Any, Not, DateFrom, DateBefore, StatIs, RelationIs, TensionIs, CredibilityIs, FlagSet,
    MemberOf, CrisisStageIs, CrisisActive, Beside, CrisisEnded, MeasureInForce, Contributed,
    Exists, VariableIs, ResolutionWas, VotedOn, MissionStrengthIs, ChokepointClosed,
    ChokepointHeld, EnclaveExposed,
]

RESOLUTION_OUTCOMES = ("adopted", "vetoed", "failed")
"""How a decided resolution stands, as conditions name it."""
VOTE_BALLOTS = ("yes", "no", "abstain", "absent")


# --- effects ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeStat:
    nation: str
    stat: str
    add: int = 0
    set: int | None = None


@dataclass(frozen=True)
class ChangeRelation:
    a: str
    b: str
    add: int


@dataclass(frozen=True)
class ChangeTension:
    add: int


@dataclass(frozen=True)
class ChangeCredibility:
    org: str
    add: int


@dataclass(frozen=True)
class LoseTroops:
    """Soldiers of ``nation`` killed in ``crisis`` (a battle an event tells): it loses the
    units and remembers the loss (game/engine/losses.py)."""

    nation: str
    crisis: str
    units: int


@dataclass(frozen=True)
class SetFlag:
    flag: str


@dataclass(frozen=True)
class ClearFlag:
    flag: str


@dataclass(frozen=True)
class StartCrisis:
    crisis: str


@dataclass(frozen=True)
class AdvanceCrisis:
    """Scripted pressure: move the crisis ``by`` steps on its ladder (negative calms it)."""

    crisis: str
    by: int = 1


@dataclass(frozen=True)
class ChangeResolve:
    crisis: str
    add: int


@dataclass(frozen=True)
class ChangeClarity:
    crisis: str
    add: int


@dataclass(frozen=True)
class EndCrisis:
    crisis: str
    outcome: str


@dataclass(frozen=True)
class JoinOrg:
    nation: str
    org: str


@dataclass(frozen=True)
class LeaveOrg:
    """A withdrawal, by the organisation's notice; ``at_once`` for a membership that lapses."""

    nation: str
    org: str
    at_once: bool = False


@dataclass(frozen=True)
class SetBoycott:
    """A nation stays away from (or returns to) a body: absent, so it casts no vote."""

    nation: str
    org: str
    body: str
    active: bool = True


@dataclass(frozen=True)
class CreateNation:
    nation: str


@dataclass(frozen=True)
class SignTreaty:
    kind: str
    a: str
    b: str


@dataclass(frozen=True)
class News:
    text: str


@dataclass(frozen=True)
class SetBloc:
    nation: str
    bloc: str


@dataclass(frozen=True)
class SetIdeology:
    nation: str
    ideology: str


@dataclass(frozen=True)
class EndTreaty:
    """A treaty of ``kind`` between ``a`` and ``b`` lapses (either way round)."""

    kind: str
    a: str
    b: str


@dataclass(frozen=True)
class EndMission:
    """The missions in the field in ``crisis`` are withdrawn (only those of ``org``, if
    given)."""

    crisis: str
    org: str | None = None


@dataclass(frozen=True)
class TransferChokepoint:
    chokepoint: str
    to: str


@dataclass(frozen=True)
class ChangeVariable:
    """A campaign variable: ``set`` it, or ``add`` to it (it starts at 0)."""

    name: str
    add: int = 0
    set: int | None = None


@dataclass(frozen=True)
class Liberate:
    """A crisis that ended in conquest ends in liberation instead: its overrun victims are
    states again and rejoin the organisations they were members of."""

    crisis: str


Effect = Union[
    ChangeStat, ChangeRelation, ChangeTension, ChangeCredibility, SetFlag, ClearFlag, StartCrisis,
    AdvanceCrisis, ChangeResolve, ChangeClarity, EndCrisis, JoinOrg, LeaveOrg, SetBoycott,
    CreateNation, SignTreaty, News, SetBloc, SetIdeology, EndTreaty, EndMission,
    TransferChokepoint, ChangeVariable, Liberate, LoseTroops,
]


# --- definitions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Objective:
    id: str
    text: str
    condition: Condition
    points: int = 10
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Claim:
    """A revisionist's standing claim: when the order looks weak it may press it by force."""

    id: str
    target: str
    name: str
    stake: int = 50
    region: tuple[str, ...] = ()
    src: Src = field(default=NO_SRC, compare=False)
    across_sea: bool = False
    """The claimed land lies across the sea (Taiwan): an assault on it is an amphibious one."""


@dataclass(frozen=True)
class Stance:
    """A bound a campaign author sets on an AI nation's ballots (docs/ai.md, "Stances"): on
    resolutions of ``kind`` ("any" for every kind), about ``crisis`` if given, from ``start``
    (inclusive) until ``end`` (exclusive), it votes no higher than ``at_most`` and no lower
    than ``at_least``. Bounds, not ballots: within them the AI still weighs the draft."""

    kind: str = "any"
    crisis: str | None = None
    start: int | None = None
    end: int | None = None
    at_most: str = "yes"
    at_least: str = "no"
    why: str = ""
    """The policy in the nation's words, given as its reason; generated when empty."""
    org: str | None = None
    """Only in this organisation's bodies (Ireland in the Community, not at the UN)."""
    src: Src = field(default=NO_SRC, compare=False)

    def holds(self, when: int) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


FORTUNE = 10
"""The fortunes of history (fortune.py): how far, at most, a crisis's opening resolve, stake
and clarity stray from the figures its campaign gives, unless the campaign or the crisis sets
its own spread; the given figure stays the most likely."""
MAX_FORTUNE = 50
"""The widest spread an author may give a crisis's fortune."""
START_WINDOW = 1
"""Turns by which a dated event that starts a crisis may come early or late, unless it sets
its own ``window``; the real date stays the most likely."""
MAX_WINDOW = 12
"""The widest window an author may give a dated event, in turns."""


LADDER_RUNGS = ("inquiry", "condemn", "peacekeeping", "refer_to_court", "ceasefire", "sanctions",
                "arms_embargo", "oil_embargo", "no_fly_zone", "enforcement")
"""The measures an AI nation climbs through on an active crisis, in the default order
(docs/ai.md, "Steering the AI"); ``sanctions`` are economic sanctions."""
ASKING = ("inquiry",)
"""Measures that ask what happened and accuse no one: a commission of inquiry. Members weigh
neither their bloc nor their friendship with the accused against it (``Mind.weigh``), and an
aggressor facing nothing else is unopposed (``crises._sanctions``): the Lytton Commission was
Japan's own proposal (December 1931), and Japan set up Manchukuo while it travelled."""
VETO_POLICIES = ("weighed", "never", "bloc", "friends")
"""When a permanent member casts a veto: as it weighs the draft (the default), never, or only
on drafts aimed at itself or its bloc (``bloc``), or at itself, its bloc, a treaty partner or a
friend (``friends``)."""


@dataclass(frozen=True)
class Forum:
    """A body an AI nation takes a crisis to: an organisation's body, or (``body`` None) its
    bodies, council first."""

    org: str
    body: str | None = None
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Pace:
    """How fast an AI nation climbs its ladder of measures."""

    turns: int = 1
    """Turns from the last measure adopted on the crisis to the next rung tabled."""
    skip_at_war: bool = False
    """At war, it goes straight to enforcement, skipping the rungs before it."""
    ceasefire_stops: bool = True
    """A ceasefire heeded (the war down to clashes) stops the rungs that need a war; false: a
    ceasefire in force still counts as war for the climb."""
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class BacksDown:
    """When an AI aggressor yields: any threshold that holds makes it back down."""

    resolve_below: int | None = None
    """The crisis's resolve below this."""
    will_below: int | None = None
    """Its own domestic will below this (the cost at home)."""
    dead_above: int | None = None
    """The crisis's dead above this many thousand."""
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Steering:
    """A nation's AI steering for one crisis, overriding the keys it sets (None: unset)."""

    crisis: str
    forum: tuple[Forum, ...] | None = None
    ladder: tuple[str, ...] | None = None
    pace: Pace | None = None
    veto: str | None = None
    backs_down: BacksDown | None = None
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Weights:
    """A nation's own weights over its personality's (None: the personality's)."""

    multilateral: int | None = None
    force: int | None = None
    cost_aversion: int | None = None
    greed: int | None = None
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Steer:
    """How the AI plays one nation in one crisis, resolved (``NationDef.steer``): each key
    from the nation's entry for the crisis, else the crisis's, else the nation's, else the
    default, which is the AI's behaviour with no steering at all."""

    forum: tuple[Forum, ...] = ()
    """Empty: any body, its council first."""
    ladder: tuple[str, ...] = ()
    """Empty: the default ladder (``LADDER_RUNGS`` with its kind gates)."""
    pace: Pace = Pace()
    veto: str = "weighed"
    backs_down: BacksDown | None = None


@dataclass(frozen=True)
class DecisionDef:
    """A course a nation may take from its panel (an order, ``decide <id>``): it costs
    diplomatic capital, is open while ``condition`` holds and carries out ``effects``."""

    id: str
    label: str
    effects: tuple[Effect, ...]
    explain: str = ""
    cost: int = 2
    condition: Condition | None = None
    once: bool = True
    """Taken at most once a campaign; otherwise at most once a turn."""
    ai_weight: int = 0
    """How keen the AI is on it, 0-100: 0 never, 50 when little else presses, 100 at once."""
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class NationDef:
    code: str
    name: str
    military: int
    economy: int
    will: int
    legitimacy: int
    stability: int
    orientation: int
    ideology: str = "liberal_democracy"
    bloc: str = "none"
    personality: str = "multilateralist"
    playable: bool = False
    briefing: str = ""
    objectives: tuple[Objective, ...] = ()
    claims: tuple[Claim, ...] = ()
    territory: tuple[str, ...] = ()
    capital: str = ""
    capital_lonlat: tuple[float, float] | None = None
    colour: tuple[int, int, int] | None = None
    oil_dependence: int = 30
    exists_from: int | None = None
    exists_until: int | None = None
    anticolonial: bool | None = None
    """Whether it opposes empire (game/engine/colonial.py); None: as its bloc, ideology and
    birth during the campaign say."""
    controls: tuple[str, ...] = ()
    """Chokepoints this nation can close (e.g. the Suez Canal), by chokepoint id."""
    stances: tuple[Stance, ...] = ()
    """Bounds on its ballots while the AI plays it (never on a human player)."""
    stays_in: tuple[str, ...] = ()
    """Organisations the AI never gives notice to leave while it plays this nation."""
    src: Src = field(default=NO_SRC, compare=False)
    decisions: tuple[DecisionDef, ...] = ()
    """Courses it may take from its panel (the ``decide`` order)."""
    forum: tuple[Forum, ...] = ()
    """The bodies the AI takes a crisis to, in order of preference (empty: any, council
    first)."""
    ladder: tuple[str, ...] = ()
    """The AI's ladder of measures (empty: the default ladder)."""
    pace: Pace | None = None
    """How fast the AI climbs it (None: a rung a turn, stopped by a heeded ceasefire)."""
    veto: str = "weighed"
    """When the AI casts a veto as a permanent member (``VETO_POLICIES``)."""
    backs_down: BacksDown | None = None
    """When the AI yields as an aggressor (None: as it weighs pressing on)."""
    per_crisis: tuple[Steering, ...] = ()
    """Steering for one crisis, overriding the keys above."""
    weights: Weights | None = None
    """The AI's weights over its personality's (None: the personality's own)."""
    bloc_loyalty: int = 25
    """How much lower the AI weighs a measure against an aggressor of its own bloc."""
    sovereignty: int = 0
    """How much lower the AI weighs a measure that reaches inside a state (a civil war,
    atrocities, genocide: ``INTERNAL_KINDS``) and its own intervention
    there; below 0, higher."""

    def decision(self, decision_id: str) -> DecisionDef | None:
        return next((d for d in self.decisions if d.id == decision_id), None)

    def steer(self, crisis: CrisisDef | None) -> Steer:
        """How the AI plays this nation in ``crisis`` (None: outside any crisis)."""
        mine = next((st for st in self.per_crisis if crisis is not None
                     and st.crisis == crisis.id), Steering(""))

        def pick(key: str, default: typing.Any) -> typing.Any:  # the first of three records' field
            for value in (getattr(mine, key),
                          getattr(crisis, key, None) if crisis is not None else None,
                          getattr(self, key)):
                if value:
                    return value
            return default

        return Steer(forum=pick("forum", ()), ladder=pick("ladder", ()), pace=pick("pace", Pace()),
                     veto=pick("veto", "weighed"), backs_down=pick("backs_down", None))


@dataclass(frozen=True)
class Span:
    """Membership or seat held from ``start`` (inclusive) until ``end`` (exclusive)."""

    nation: str
    start: int | None = None
    end: int | None = None
    permanent: bool = False
    src: Src = field(default=NO_SRC, compare=False)

    def holds(self, when: int) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Threshold:
    """From ``start``: how many seats a council has and how many yes votes it needs."""

    start: int
    seats: int
    votes: int


@dataclass(frozen=True)
class BodyDef:
    id: str
    name: str
    rule: str
    seats: tuple[Span, ...] | None = None
    """Explicit seats by date; None means every member of the organisation sits."""
    thresholds: tuple[Threshold, ...] = ()
    powers: tuple[str, ...] = tuple(k for k in RESOLUTION_KINDS if k not in NEW_POWERS)
    binding: bool = False
    emergency_from: int | None = None
    """Uniting for Peace: from this month an assembly may meet in emergency special session."""
    icc_from: int | None = None
    """From this month its referrals go to the International Criminal Court (in force July
    2002); before, or when None, a referral sets up an ad hoc tribunal (ICTY 1993, ICTR 1994)."""
    endorse_from: int | None = None
    """With the endorse power: from this month a norm may be put to its vote (the
    responsibility to protect: the ICISS report, December 2001); None: any month."""
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class OrgDef:
    id: str
    name: str
    kind: str
    members: tuple[Span, ...]
    bodies: tuple[BodyDef, ...]
    credibility: int = 50
    budget: int = 10
    founded: int | None = None
    notice_months: int = 0
    """Notice of withdrawal (Covenant Art. 1(3): two years); 0 means a member leaves at once."""
    reach_km: int | None = None
    """A regional arrangement deals with local disputes (Charter Art. 52): its bodies take up
    only crises this close to a member's capital. None: anywhere."""
    article: bool = True
    """'the League of Nations', but 'NATO': a name read as a word takes no article."""
    src: Src = field(default=NO_SRC, compare=False)

    def body(self, body_id: str) -> BodyDef:
        for b in self.bodies:
            if b.id == body_id:
                return b
        raise KeyError(body_id)


@dataclass(frozen=True)
class Chokepoint:
    id: str
    name: str
    controller: str
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Peacebuilding:
    """How a crisis that ends in settlement or withdrawal may relapse (peacebuilding.py)."""

    turns: int = 4
    """Turns without relapse after which the peace is consolidated."""
    relapse: int = 20
    """Percent chance a turn that it reignites, before a mission and money lower it."""
    stage: int = 2
    """The stage it reignites at."""


SIGNS = ("grievances", "propaganda", "arms", "fragility")
"""The warning signs of a latent crisis (prevention.py), each 0-100: grievances, hate
propaganda, arms flows, a fragile government."""


@dataclass(frozen=True)
class Latent:
    """A crisis that exists before its violence begins (prevention.py): warning signs that
    drift toward a level the world sets and a risk, each turn, that it breaks out."""

    grievances: int = 40
    propaganda: int = 30
    arms: int = 30
    fragility: int = 40
    """The warning signs at the start, 0-100."""
    risk: int = 10
    """Percent chance a turn that it breaks out when its signs average 50; it grows and
    shrinks with their average."""
    since: int | None = None
    """The month its signs begin to show (None: from the campaign's start)."""


@dataclass(frozen=True)
class CrisisDef:
    id: str
    name: str
    kind: str
    aggressor: str
    victims: tuple[str, ...]
    description: str = ""
    org: str = ""
    """The organisation first seized of the crisis."""
    stage: int = 1
    clarity: int = 50
    resolve: int = 60
    stake: int = 50
    article: int = 11
    """League disputes: 11 (parties vote) or 15 (parties' votes excluded)."""
    region: tuple[str, ...] = ()
    location: tuple[float, float] | None = None
    chokepoint: str | None = None
    """A chokepoint on the aggressor's supply line; closing it presses the aggressor hard."""
    spill_to: tuple[str, ...] = ()
    """Neighbours its refugees flee into (their stability suffers)."""
    levers: tuple[str, ...] = ()
    history: str = ""
    historical_outcome: str | None = None
    peacebuilding: Peacebuilding | None = None
    """Set: ending in settlement or withdrawal opens a peacebuilding phase; None: it ends."""
    src: Src = field(default=NO_SRC, compare=False)
    latent: Latent | None = None
    """Set: before it starts the crisis is latent, with warning signs and a risk of outbreak
    that preventive orders lower; None: it simply begins when an event starts it."""
    across_sea: bool = False
    """The aggressor must cross the sea: only part of its force reaches the far shore."""
    proxy: int = 0
    """The military of the exiles or rebels the aggressor arms and disowns, who fight in its
    place (proxies.py); 0: it fights with its own army."""
    enclave: bool = False
    """Its ground is an enclave of the victim's land inside the aggressor's lines: besieged, it
    is cut off from relief and from the armies outside (game/engine/enclaves.py)."""
    forum: tuple[Forum, ...] = ()
    """The bodies every AI nation takes this crisis to (a nation's own steering wins)."""
    ladder: tuple[str, ...] = ()
    """The ladder every AI nation climbs in this crisis (a nation's own steering wins)."""
    pace: Pace | None = None
    """How fast they climb it."""
    backs_down: BacksDown | None = None
    """When its aggressor, played by the AI, yields."""
    fortune: int | None = None
    """How far its opening resolve, stake and clarity may stray from the figures above, drawn
    once a game (fortune.py); None: the campaign's spread, 0: always as given."""
    people: int = 0
    """Genocides: thousands in the people its killers mean to destroy, whom an organised
    genocide sweeps through (atrocities.SWEEP); 0: only the fighting's toll counts."""
    accord: bool = False
    """Its parties signed an accord and asked for a mission to watch it (Arusha, August 1993):
    the host has consented, and while the accord keeps (incidents or calmer) the first troop
    measure is an observer mission the parties vote for (``consent.watching``)."""


@dataclass(frozen=True)
class ChoiceOption:
    id: str
    label: str
    effects: tuple[Effect, ...]
    explain: str = ""
    ai_weight: int = 50
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Choice:
    nation: str
    prompt: str
    options: tuple[ChoiceOption, ...]


@dataclass(frozen=True)
class EventDef:
    id: str
    title: str
    text: str = ""
    trigger: Condition | None = None
    chance: int = 100
    """Percent chance per turn while the trigger holds (a seeded, recorded draw)."""
    once: bool = True
    effects: tuple[Effect, ...] = ()
    choice: Choice | None = None
    src: Src = field(default=NO_SRC, compare=False)
    delay: int = 0
    """Turns between the trigger holding and the event firing (its trigger is not asked
    again when it fires)."""
    every: int = 0
    """A repeating event: it fires again at most every this many turns while its trigger
    holds (``once`` is then ignored)."""
    window: int | None = None
    """Turns by which the dates of its trigger may move, drawn once a game (fortune.py);
    None: ``START_WINDOW`` for a dated event that starts a crisis, else 0."""


@dataclass(frozen=True)
class TreatyDef:
    kind: str
    a: str
    b: str
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class RelationDef:
    a: str
    b: str
    value: int
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class BaselineEntry:
    month: int
    text: str
    crisis: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class Region:
    """A campaign's own polygon (lon/lat rings), for places the base map lacks."""

    id: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class MapChange:
    """A base map that replaces the one before it from a month on (the USSR dissolved in
    December 1991: the Yugoslav wars' map redraws it as fifteen states)."""

    month: int
    map: str
    src: Src = field(default=NO_SRC, compare=False)


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    description: str
    start: int
    end: int
    turn_months: int
    base_map: str
    nations: tuple[NationDef, ...]
    organisations: tuple[OrgDef, ...]
    crises: tuple[CrisisDef, ...]
    events: tuple[EventDef, ...] = ()
    treaties: tuple[TreatyDef, ...] = ()
    relations: tuple[RelationDef, ...] = ()
    chokepoints: tuple[Chokepoint, ...] = ()
    baseline: tuple[BaselineEntry, ...] = ()
    regions: tuple[Region, ...] = ()
    flags: tuple[str, ...] = ()
    later_maps: tuple[MapChange, ...] = ()
    rivalries: tuple[tuple[str, str], ...] | None = None
    """The pairs of blocs that are rivals, whose gains each side counts as its own loss
    (``orders.military.rival_blocs``); None: any two blocs are (a world of two camps)."""
    tension: int = 30
    fortune: int = FORTUNE
    """The spread of its crises' opening figures (fortune.py), unless a crisis sets its own."""
    period: str = ""
    content_hash: str = ""
    """sha256 of the campaign's files, so a save can tell when they changed."""
    src: Src = field(default=NO_SRC, compare=False)

    def nation(self, code: str) -> NationDef:
        try:  # the most frequent lookup of all: ``_index``'s common path, inline
            found: NationDef = self.__dict__["_indexes"]["nations"][code]
            return found
        except KeyError:
            return self._index("nations")[code]

    def org(self, org_id: str) -> OrgDef:
        return self._index("organisations")[org_id]

    def crisis(self, crisis_id: str) -> CrisisDef:
        return self._index("crises")[crisis_id]

    def defined(self, crisis_id: str) -> CrisisDef | None:
        """The campaign's definition of a crisis; None for one born of a claim in play."""
        return self._index("crises").get(crisis_id)

    def event(self, event_id: str) -> EventDef:
        return self._index("events")[event_id]

    def steer(self, code: str, crisis_id: str | None = None) -> Steer:
        """How the AI plays nation ``code`` in the crisis ``crisis_id`` (a crisis born of a
        claim has no definition: the nation's own steering holds). Resolved once: the AI
        asks it of every draft it might table or vote on."""
        cache: dict[tuple[str, str | None], Steer] = self.__dict__.setdefault("_steers", {})
        key = (code, crisis_id)
        if key not in cache:
            cache[key] = self.nation(code).steer(self._index("crises").get(crisis_id or ""))
        return cache[key]

    def ties_above(self, value: int) -> frozenset[frozenset[str]]:
        """The pairs of nations whose starting relations the campaign sets above ``value``,
        read once: the score and the AI ask it of every crisis they weigh."""
        cache: dict[int, frozenset[frozenset[str]]] = self.__dict__.setdefault("_ties", {})
        if value not in cache:
            cache[value] = frozenset(frozenset((r.a, r.b)) for r in self.relations
                                     if r.value > value)
        return cache[value]

    @overload
    def _index(self, name: Literal["nations"]) -> dict[str, NationDef]: ...
    @overload
    def _index(self, name: Literal["organisations"]) -> dict[str, OrgDef]: ...
    @overload
    def _index(self, name: Literal["crises"]) -> dict[str, CrisisDef]: ...
    @overload
    def _index(self, name: Literal["events"]) -> dict[str, EventDef]: ...

    def _index(self, name: str) -> dict[str, typing.Any]:
        try:  # the engine's most frequent lookup: the common path first
            index: dict[str, typing.Any] = self.__dict__["_indexes"][name]
            return index
        except KeyError:
            cache: dict[str, dict[str, typing.Any]] = self.__dict__.setdefault("_indexes", {})
            key = "code" if name == "nations" else "id"
            cache[name] = {getattr(x, key): x for x in getattr(self, name)}
            return cache[name]

    def base_map_at(self, month: int) -> str:
        """The base map in force in ``month``: the last of ``later_maps`` begun by then."""
        current = self.base_map
        for change in self.later_maps:
            if month >= change.month:
                current = change.map
        return current

    @property
    def turns(self) -> int:
        """How many turns the campaign lasts."""
        return (self.end - self.start) // self.turn_months + 1

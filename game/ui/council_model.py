"""What the council chamber shows, decided without drawing: the bodies the player sits in and
their seats, the agenda with its sponsors and the player's ballots, what the player may table
(with the reason where it may not, and what it costs), the forecast seat by seat with its
uncertainty and the veto warning, the last session's results and what they mean, and the
lobbying the player may do.

Everything is read from one player's view (``PlayerView``) and the legal-order candidates of
that view, so the chamber's rules of display are tested without pygame; the scene
(``game/ui/scenes/council.py``) only lays this out, draws it and submits the player's actions.
Text here is plain; the scene escapes what goes into its HTML tooltips.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.ai.forecast import Forecast, SeatForecast, draft_of, forecast
from game.engine.actions import Action, parse_action
from game.engine.bodies import is_absent, left_out, permanent_members, seated
from game.engine.legal import options
from game.engine.orders import ORDERS, describe
from game.engine.orders.organisations import OFFERS, offer_of
from game.engine.orders.words import nation_name, resolution_text
from game.engine.state import Resolution
from game.engine.view import PlayerView
from game.engine.voting import count

BALLOTS = ("yes", "no", "abstain", "absent")
BALLOT_WORDS = {"yes": "Yes", "no": "No", "abstain": "Abstain", "absent": "Absent"}
BALLOT_MARKS = {"yes": "+", "no": "×", "abstain": "–", "absent": "o"}
CERTAINTY_WORDS = {"sure": "sure", "leaning": "leaning", "toss-up": "a toss-up",
                   "yours": "your choice", "cast": "your ballot", "away": "stays away"}
VERDICT_CLASSES = {"likely adopted": "good", "likely fails": "bad", "too close to call": "warn"}
STATUS_WORDS = {"tabled": "On the agenda", "adopted": "Adopted", "failed": "Failed",
                "vetoed": "Vetoed", "recommended": "Recommended"}
RESULT_CLASSES = {"adopted": "good", "recommended": "good", "vetoed": "bad", "failed": "bad"}
RULE_TEXTS = {"security_council": "A permanent member's No is a veto.",
              "unanimity": "Needs every member present.",
              "consensus": "Needs no member against.",
              "majority": "Needs a majority.", "assembly": "Needs two thirds of those voting."}
MEMBERSHIP_KINDS = ("admit", "suspend", "expel")
MANDATE_WORDS = {"observe": "Observer mission", "interpose": "Peacekeepers to interpose",
                 "protect": "Peacekeepers to protect civilians"}
CHAPTER_VI = "Ch. VI"
CHAPTER_VII = "Ch. VII"
BASIS_TIPS = {
    "Art. 11": "Covenant Article 11 (any war or threat of war): the parties vote like every "
               "member, so either can block the Council.",
    "Art. 15": "Covenant Article 15 (a dispute submitted to the Council): the parties' votes "
               "are not counted.",
    CHAPTER_VI: "Charter Chapter VI: pacific settlement of disputes.",
    CHAPTER_VII: "Charter Chapter VII: action on threats to the peace, breaches of the peace "
                 "and acts of aggression.",
}
SECURITY_FIRST = ("security_council", "unanimity")
"""The bodies a chamber opens on, by rule, when nothing calls for another: the councils."""

Option = tuple[Action, str | None]


def legal_basis(state, bdef, kind: str, subject: str, params: dict) -> str:
    """The article or chapter a crisis draft is tabled under, where the body has one: the
    League Council's Article 11 or 15 (it decides whether the parties' votes count), the
    Security Council's Chapter VI or VII."""
    crisis = state.crises.get(subject)
    if crisis is None:
        return ""
    if bdef.rule == "unanimity":
        return f"Art. {int(params.get('article') or crisis.article)}"
    if bdef.rule == "security_council":
        if kind == "inquiry" or params.get("mandate") in ("observe", "interpose"):
            return CHAPTER_VI
        return CHAPTER_VII
    return ""


def draft_label(state, bdef, action: Action) -> str:
    """A draft's button text, short enough for a grid under its crisis's heading: the measure,
    whom it targets, and its article or chapter ('Condemn Sweden · Art. 15')."""
    kind, subject, params = action.args[1], action.args[2], action.params()
    crisis = state.crises.get(subject)
    target = nation_name(state, crisis.aggressor if crisis else subject)
    words = {
        "condemn": f"Condemn {target}",
        "inquiry": "Commission of inquiry",
        "ceasefire": "Call for a ceasefire",
        "sanctions": f"{params.get('type', 'economic').capitalize()} sanctions on {target}",
        "peacekeeping": MANDATE_WORDS.get(params.get("mandate", ""), "Peacekeepers"),
        "enforcement": f"Authorise force against {target}",
        "no_fly_zone": f"No-fly zone against {target}",
        "admit": f"Admit {target}", "suspend": f"Suspend {target}", "expel": f"Expel {target}",
    }.get(kind)
    if words is None:
        return resolution_text(state, kind, subject, params)
    basis = legal_basis(state, bdef, kind, subject, params)
    return f"{words} · {basis}" if basis else words


def title(state, res: Resolution) -> str:
    """A resolution in words, capitalised: the heading of its item and of its forecast."""
    d = describe(state, res)
    return d[0].upper() + d[1:]


@dataclass(frozen=True)
class SeatShown:
    """One seat of the ring as the player may see it."""
    code: str
    name: str
    permanent: bool = False
    ballot: str | None = None
    """yes, no, abstain, absent, or None (not yet revealed / not voted)."""
    veto: bool = False
    you: bool = False
    reason: str = ""
    excluded: bool = False
    """A party whose vote is not counted (League, Article 15)."""


@dataclass(frozen=True)
class Draft:
    """A resolution the player could table here, or why it may not."""
    action: Action
    why: str | None
    label: str
    full: str
    """The resolution in full words (the button's label is short)."""
    basis: str = ""
    """Its article or chapter (a key of ``BASIS_TIPS``), or ''."""

    @property
    def key(self) -> str:
        return f"table {self.action.text()}"


@dataclass(frozen=True)
class DraftGroup:
    heading: str
    drafts: tuple[Draft, ...]
    max_cols: int
    note: str = ""
    """Who is who in the crisis and what the body's article means for the vote."""


@dataclass(frozen=True)
class Drafting:
    """The drafting part of this session: what the player may table in the body."""
    note: str
    """Why nothing can be tabled, or what tabling costs."""
    queued: tuple[Action, ...]
    """Drafts the player tabled here this turn, waiting for the turn's orders."""
    groups: tuple[DraftGroup, ...] = ()
    """Drafts by purpose: Uniting for Peace, measures in force, then one group per crisis
    (the crisis chosen on the map first)."""
    membership: tuple[tuple[str, tuple[Draft, ...]], ...] = ()
    """Admit / suspend / expel motions no crisis calls for, by kind."""

    @property
    def membership_count(self) -> int:
        return sum(len(d) for _, d in self.membership)


@dataclass(frozen=True)
class Item:
    """One item on the agenda of this session."""
    res: Resolution
    title: str
    sponsors: str
    """'Tabled by France, with Britain. Needs every member present (parties excepted).' (the
    parties are excepted under the League's Article 15 only)."""
    forecast: Forecast | None
    """None for an observer."""
    answers: str
    """The answers to the player's lobbying on it, learnt before the vote ('' if none)."""
    owed: bool
    """The player owes a ballot on it now."""
    ballot_note: tuple[str, str]
    """(text, class) where the ballot buttons would be: the ballot cast or why there is none."""
    lobby: tuple[Option, ...]
    """The Press options making the offer chosen, one per seat."""


@dataclass(frozen=True)
class ResultRow:
    nation: str
    name: str
    ballot: str
    veto: bool
    you: bool
    why: str

    @property
    def text(self) -> str:
        row = f"{BALLOT_MARKS[self.ballot]} {self.nation}  {BALLOT_WORDS[self.ballot]}"
        row += " (veto)" if self.veto else ""
        row += "  (you)" if self.you else ""
        return row + (f" — {self.why}" if self.why else "")


@dataclass(frozen=True)
class Result:
    """A resolution decided in the last session and what it means."""
    res: Resolution
    title: str
    verdict: str
    """'Vetoed — veto by Soviet Union. Yes 9, No 2, Abstain 0, Absent 0.'"""
    cls: str
    rows: tuple[ResultRow, ...]
    """Seat by seat in the body's order, with each AI member's public reasons."""
    uniting_for_peace: tuple[Option, ...] = ()
    """After a veto: the emergency session or the motion to refer, as the player may ask."""
    ufp_note: str = ""
    """After a veto with nothing to ask for: why not."""


@dataclass
class CouncilModel:
    """The chamber's rules of display for the player whose view this is (an observer's view:
    no forecast, no ballots, nothing to table). ``reason_for(nation, resolution id)`` is how
    an AI member explained its ballot to this player; ``humans`` never explain theirs."""

    view: PlayerView
    humans: tuple[str, ...] = ()
    reason_for: Callable[[str, str], str] = lambda nation, rid: ""
    difficulty: str = "normal"
    _forecasts: dict[object, Forecast] = field(default_factory=dict, init=False, repr=False)
    _candidates: list[Option] | None = field(default=None, init=False, repr=False)

    @property
    def player(self) -> str | None:
        return self.view.nation

    def candidates(self) -> list[Option]:
        """The player's legal-order candidates with the reason each is barred (once)."""
        if self._candidates is None:
            self._candidates = options(self.view.facts, self.player) if self.player else []
        return self._candidates

    # --- the bodies ----------------------------------------------------------------------
    def bdef(self, target: str):
        org, _, body = target.partition(".")
        return self.view.campaign.org(org).body(body)

    def last_turn(self) -> list[Resolution]:
        v = self.view
        return [r for r in v.archive if r.turn == v.turn - 1 and r.status != "tabled"]

    def bodies(self) -> list[str]:
        """Bodies where the player sits or that have items (on the agenda or just decided)."""
        v, p = self.view, self.player
        busy = {f"{r.org}.{r.body}" for r in (*v.resolutions.values(), *self.last_turn())}
        out = []
        for org_id in v.orgs:
            for bdef in v.campaign.org(org_id).bodies:
                target = f"{org_id}.{bdef.id}"
                if target in busy or (p is not None and p in seated(v.facts, org_id, bdef.id)):
                    out.append(target)
        return out

    def items_tabled(self, target: str) -> int:
        """How many items the body has on its agenda (its tab says so)."""
        return sum(1 for r in self.view.resolutions.values() if f"{r.org}.{r.body}" == target)

    def default_body(self, crisis: str | None, results: bool) -> str | None:
        """The body the chamber opens on: the one with the last results (results view), else
        one where the player owes a ballot, else (in the debate) one with items to lobby on,
        else the crisis's council, else a council."""
        bodies = self.bodies()
        if not bodies:
            return None
        v = self.view
        if results:
            for r in self.last_turn():
                if f"{r.org}.{r.body}" in bodies:
                    return f"{r.org}.{r.body}"
        for rid in self.owed():
            r = v.resolutions[rid]
            if f"{r.org}.{r.body}" in bodies:
                return f"{r.org}.{r.body}"
        if v.phase == "debate":
            for b in bodies:
                if self.agenda(b):
                    return b
        c = v.crises.get(crisis) if crisis else None
        if c is not None:
            for b in bodies:
                if b.startswith(c.org + ".") and self.bdef(b).seats is not None:
                    return b
        for rule in SECURITY_FIRST:
            for b in bodies:
                if self.bdef(b).rule == rule and self.bdef(b).seats is not None:
                    return b
        return bodies[0]

    # --- this session and the last --------------------------------------------------------
    def agenda(self, target: str) -> list[Resolution]:
        """This session: the items tabled in the body."""
        return [r for r in self.view.resolutions.values()
                if f"{r.org}.{r.body}" == target and r.status == "tabled"]

    def decided(self, target: str) -> list[Resolution]:
        """The last session's results in the body, a veto first (the session's news)."""
        done = [r for r in self.last_turn() if f"{r.org}.{r.body}" == target]
        return sorted(done, key=lambda r: r.status != "vetoed")

    def owed(self) -> list[str]:
        """The items the player owes a ballot on now."""
        p = self.player
        return list(self.view.ballots_owed(p)) if p and self.view.phase == "voting" else []

    def next_owed(self, target: str) -> Resolution | None:
        """The item a ballot by key goes to: the first owed in this body, else in any."""
        owed = [self.view.resolutions[rid] for rid in self.owed()]
        here = [r for r in owed if f"{r.org}.{r.body}" == target]
        return (here or owed or [None])[0]

    def default_focus(self, target: str, results: bool) -> str | None:
        """The first result in the results view; else the first item the player owes a ballot
        on, else the first item on the agenda."""
        if results:
            done = self.decided(target)
            return done[0].id if done else None
        agenda = self.agenda(target)
        owed = self.owed()
        first = next((r for r in agenda if r.id in owed), agenda[0] if agenda else None)
        return first.id if first else None

    def empty_floor(self, drafting: bool, decided: bool) -> str:
        """Under a chamber with no question in it: what the player can do here (the agenda
        column already says it is empty)."""
        msg = "No question is before the members."
        if drafting and self.player is not None and self.view.phase == "orders":
            msg += " Point at a draft on the right to see how each seat is likely to vote."
        if decided:
            msg += " The last session's results: R."
        return msg

    def voting_note(self, target: str) -> str:
        """While a ballot is open on this body's agenda: how it works and what is owed
        elsewhere ('' otherwise)."""
        if self.view.phase != "voting" or not self.agenda(target):
            return ""
        resolutions = self.view.resolutions
        elsewhere = [rid for rid in self.owed()
                     if f"{resolutions[rid].org}.{resolutions[rid].body}" != target]
        msg = ("Voting is open: ballots stay secret until the count. Y / N / B / X vote on the "
               "next item you owe.")
        if elsewhere:
            msg += f" You owe {len(elsewhere)} more in other bodies (see the tabs)."
        return msg

    def items(self, target: str, offer: str = "none") -> list[Item]:
        """The agenda, item by item, with the Press options that make ``offer``."""
        v, p = self.view, self.player
        owed = set(self.owed())
        out = []
        for r in self.agenda(target):
            cos = (f", with {', '.join(nation_name(v, c) for c in r.cosponsors)}"
                   if r.cosponsors else "")
            lobby = tuple((a, why) for a, why in self.candidates()
                          if a.verb == "lobby" and a.args[1] == r.id and offer_of(a) == offer)
            out.append(Item(
                res=r, title=title(v, r),
                sponsors=f"Tabled by {nation_name(v, r.sponsor)}{cos}. {self.rule_text(r)}",
                forecast=self.forecast_of(r.id, r) if p else None, answers=self.answers(r),
                owed=r.id in owed, ballot_note=self.ballot_note(r), lobby=lobby))
        return out

    def rule_text(self, res: Resolution) -> str:
        """What the body's rule needs for an adoption; unanimity says whether the parties'
        votes count (the League's Article 15) or not."""
        text = RULE_TEXTS.get(self.bdef(f"{res.org}.{res.body}").rule, "")
        if self.excluded(res):
            text = text[:-1] + " (parties excepted)."
        return text

    def answers(self, res: Resolution) -> str:
        """The answers to the player's lobbying on ``res``, learnt before the vote."""
        told = [f"{nation_name(self.view, other)} "
                f"{'agreed' if answer == 'accepted' else 'refused'}"
                + ("" if offer == "none" else f" (you offered {OFFERS[offer].word})")
                for lobbyist, other, offer, answer in res.bargains if lobbyist == self.player]
        return "Your lobbying: " + "; ".join(told) + "." if told else ""

    def ballot_note(self, res: Resolution) -> tuple[str, str]:
        """Where no ballot buttons are: the player's ballot, or why it has none."""
        p = self.player
        mine = res.ballot(p) if p else None
        if mine:
            return f"Your ballot: {BALLOT_WORDS[mine]} — secret until the count.", "good"
        if p is not None and is_absent(self.view.facts, p, res.org, res.body):
            return "You are staying away from this body: counted absent.", "dim"
        return "Votes are being cast; all ballots are revealed at once.", "dim"

    @staticmethod
    def debate_note() -> str:
        """The debate before the vote: what lobbying costs and what comes next."""
        return (f"The drafts are circulated. Lobby members now ({ORDERS['lobby'].cost} "
                "diplomatic capital each, spent even if they refuse; you learn each answer "
                "before the vote), then end the debate: the vote follows.")

    def may_debate(self) -> bool:
        """The player may still lobby and end the debate."""
        return (self.view.phase == "debate" and self.player is not None
                and self.player in self.view.waiting_for())

    # --- drafting ------------------------------------------------------------------------
    def drafting(self, target: str, crisis: str | None = None) -> Drafting | None:
        """What the player may table in the body this turn (None outside the orders phase
        or for an observer): every candidate with the reason it is barred, grouped."""
        v, p = self.view, self.player
        if v.phase != "orders" or p is None:
            return None
        queued = tuple(a for a in map(parse_action, v.orders)
                       if a.verb == "table" and a.args[0] == target)
        tablings = [(a, why) for a, why in self.candidates()
                    if a.verb == "table" and a.args[0] == target]
        if p not in v.waiting_for():
            return Drafting("Your orders for this turn are done.", queued)
        if not tablings:
            return Drafting("This body can take up nothing you could table now.", queued)
        note = (f"Tabling costs {ORDERS['table'].cost} diplomatic capital (you have "
                f"{v.nations[p].capital}); one item per body a turn. Hover a draft for what it "
                "does and how the chamber is likely to vote.")
        groups, membership = self._groups(target, tablings, crisis)
        return Drafting(note, queued, groups, membership)

    def _groups(self, target: str, tablings: list[Option], chosen: str | None):
        """Drafts by purpose. Expelling or suspending an aggressor is a crisis measure; every
        other membership question is kept apart (the scene folds them behind one entry)."""
        v, bdef = self.view, self.bdef(target)
        active = [c for c in v.crises.values() if c.active]
        aggressors: dict[str, str] = {}
        for c in active:
            aggressors.setdefault(c.aggressor, c.id)
        crises: dict[str, list[Draft]] = {}
        referrals: list[Draft] = []
        lifts: list[Draft] = []
        membership: list[Draft] = []
        for a, why in tablings:
            kind, subject, params = a.args[1], a.args[2], a.params()
            d = Draft(a, why, draft_label(v, bdef, a), resolution_text(v, kind, subject, params),
                      legal_basis(v, bdef, kind, subject, params))
            if kind == "lift":  # its subject is the resolution that imposed the measure
                lifts.append(d)
            elif kind == "refer_to_assembly":
                referrals.append(d)
            elif kind in MEMBERSHIP_KINDS:
                cid = aggressors.get(subject) if kind != "admit" else None
                (crises.setdefault(cid, []) if cid else membership).append(d)
            else:
                crises.setdefault(subject, []).append(d)
        groups = []
        if referrals:
            groups.append(DraftGroup("Uniting for Peace", tuple(referrals), 1))
        if lifts:
            groups.append(DraftGroup("Measures in force", tuple(lifts), 1))
        ids = [c.id for c in active]
        for cid in sorted(crises, key=lambda cid: (cid != chosen, ids.index(cid))):
            kinds = list(dict.fromkeys(d.action.args[1] for d in crises[cid]))
            # the same measure under two articles side by side
            drafts = sorted(crises[cid], key=lambda d: kinds.index(d.action.args[1]))
            c = v.crises[cid]
            groups.append(DraftGroup(c.name, tuple(drafts), 2, self.crisis_line(c, bdef)))
        by_kind = tuple((k, tuple(d for d in membership if d.action.args[1] == k))
                        for k in MEMBERSHIP_KINDS)
        return tuple(groups), tuple((k, ds) for k, ds in by_kind if ds)

    def crisis_line(self, c, bdef) -> str:
        """Who is who in a crisis, and what the body's article means for the vote."""
        v = self.view
        line = f"Aggressor: {nation_name(v, c.aggressor)}"
        victims = [x for x in c.victims if x != c.aggressor]
        if victims:
            line += " · against " + ", ".join(nation_name(v, x) for x in victims)
        if bdef.rule == "unanimity":
            line += (f" · brought under Article {c.article}" + (
                ": the parties vote" if c.article == 11 else ": the parties' votes do not count"))
        return line

    # --- results -------------------------------------------------------------------------
    def result(self, res: Resolution) -> Result:
        """A decided resolution: its verdict (naming any veto), its tally, each seat's ballot
        with the AI's public reasons, and after a veto the way to Uniting for Peace."""
        v = self.view
        word = STATUS_WORDS.get(res.status, res.status)
        if res.vetoed_by:
            word += " — veto by " + self.names(res.vetoed_by)
        tally, parties = self.tally(res), self.excluded(res)
        verdict = (f"{word}. Yes {tally['yes']}, No {tally['no']}, "
                   f"Abstain {tally['abstain']}, Absent {tally['absent']}.")
        if parties:
            verdict += " The parties' votes are not counted."
        order = self.seat_order(f"{res.org}.{res.body}")
        rows = tuple(
            ResultRow(n, nation_name(v, n), ballot, n in res.vetoed_by, n == self.player,
                      "; ".join(filter(None, ("not counted (a party)" if n in parties else "",
                                              self.reason(n, res)))))
            for n, ballot in sorted(res.ballots, key=lambda nb: order.index(nb[0])
                                    if nb[0] in order else len(order)))
        ufp: tuple[Option, ...] = ()
        note = ""
        if res.status == "vetoed":
            ufp = tuple((a, why) for a, why in self.candidates()
                        if (a.verb == "emergency" and a.args[0] == res.id)
                        or (a.verb == "table" and a.args[1] == "refer_to_assembly"
                            and a.args[2] == res.id))
            if not ufp:
                note = ("No emergency Assembly session is possible now." if v.phase == "orders"
                        else "Uniting for Peace can be asked for in the orders phase.")
        return Result(res, title(v, res), verdict, RESULT_CLASSES.get(res.status, "dim"), rows,
                      ufp, note)

    @staticmethod
    def explanation(res: Resolution) -> str:
        """Why the vote ended as it did, unless the verdict already says it (a veto names its
        members there)."""
        return "" if res.vetoed_by else res.reason

    def names(self, codes) -> str:
        return ", ".join(nation_name(self.view, n) for n in codes)

    def reason(self, nation: str, res: Resolution) -> str:
        """An AI member's public reasons for its ballot ('' for a human seat)."""
        return "" if nation in self.humans else self.reason_for(nation, res.id)

    def outcome(self, res: Resolution) -> tuple[str, str]:
        """A counted vote in one line under the ring, with its class: 'Vetoed: veto by Soviet
        Union' (veto), 'Adopted' (good), 'Failed' (bad)."""
        verdict = STATUS_WORDS.get(res.status, res.status)
        if res.vetoed_by:
            return verdict + ": veto by " + self.names(res.vetoed_by), "veto"
        return verdict, "good" if res.status in ("adopted", "recommended") else "bad"

    def ring_status(self, res: Resolution) -> str:
        """The word under the item's number in the ring."""
        if res.status == "tabled" and self.view.phase == "voting":
            return "Voting"
        return STATUS_WORDS.get(res.status, res.status)

    def open_ballot_note(self, res: Resolution) -> str:
        """Under an item not yet counted: ballots are secret, but the player knows its own."""
        mine = res.ballot(self.player) if self.player else None
        return ("Ballots are secret until the count; all are revealed at once."
                + (f" Yours: {BALLOT_WORDS[mine]}." if mine else ""))

    # --- the seats -----------------------------------------------------------------------
    def seat_order(self, target: str) -> list[str]:
        """Seats in the order the ring shows them now (``seated``), then any holder who has
        left since, in the order the body lists them: a seat keeps its place from the forecast
        and the open ballot to the results (by the listing alone, a member elected for a later
        term stood where its first term is listed, and the ring reshuffled at the count)."""
        org, _, body = target.partition(".")
        now = seated(self.view.facts, org, body)
        bdef = self.bdef(target)
        if bdef.seats is None:
            return now
        return now + [n for n in dict.fromkeys(span.nation for span in bdef.seats)
                      if n not in now]

    def seats(self, target: str, res: Resolution | None) -> list[SeatShown]:
        """The seats of the body with the ballots of ``res``, as the player may see them. A
        counted vote shows the body as it sat for the count (a seat that changed hands since
        keeps its ballot); an open one the seats now, with only the player's own ballot and
        the members staying away (a boycott is public)."""
        s, p = self.view.facts, self.player
        org, _, body = target.partition(".")
        ballots = dict(res.ballots) if res is not None else {}
        if res is not None and res.status != "tabled":
            order = self.seat_order(target)
            codes = sorted(ballots, key=lambda n: order.index(n) if n in order else len(order))
            reasons = {n: self.reason(n, res) for n in codes}
        else:
            codes = seated(s, org, body)
            ballots.update({n: "absent" for n in codes if is_absent(s, n, org, body)})
            reasons = {}
        perm = permanent_members(s, org, body)
        vetoes = res.vetoed_by if res is not None else ()
        excluded = self.excluded(res)
        return [SeatShown(code=code, name=nation_name(s, code), permanent=code in perm,
                          ballot=ballots.get(code), veto=code in vetoes, you=code == p,
                          reason=reasons.get(code, ""), excluded=code in excluded)
                for code in codes]

    def excluded(self, res: Resolution | None) -> frozenset[str]:
        """The parties whose votes do not count on ``res`` (the League under Article 15)."""
        return left_out(self.view.facts, res) if res is not None else frozenset()

    def tally(self, res: Resolution) -> dict[str, int]:
        """The ballots as the body counted them: a party's under Article 15 not among them."""
        return count(dict(res.ballots), self.excluded(res))

    # --- the forecast --------------------------------------------------------------------
    def forecast_of(self, key: object, draft: Resolution) -> Forecast:
        """The forecast for ``draft`` from the player's view, made once per view."""
        if key not in self._forecasts:
            self._forecasts[key] = forecast(self.view, draft, self.difficulty)
        return self._forecasts[key]

    def draft_forecast(self, target: str, action: Action) -> tuple[Forecast, str]:
        """A draft's forecast with its title, before it is tabled."""
        label = draft_label(self.view, self.bdef(target), action)
        return self.forecast_of(action.text(), draft_of(action)), f"Draft: {label}"

    def item_forecast(self, res: Resolution | None) -> tuple[Forecast, str] | None:
        """An item's forecast with its title while it is on the agenda (before the count)."""
        if self.player is None or res is None or res.status != "tabled":
            return None
        return self.forecast_of(res.id, res), title(self.view, res)

    @staticmethod
    def verdict_text(f: Forecast) -> str:
        """'Likely adopted — Yes 5 (4–6), No 1, Abstain 1': the verdict and the expected tally
        with its range where it is not sure."""
        parts = []
        for b in BALLOTS:
            n = round(f.expected[b])
            if not (n or f.high[b]):
                continue
            band = f" ({f.low[b]}–{f.high[b]})" if f.low[b] != f.high[b] else ""
            parts.append(f"{BALLOT_WORDS[b]} {n}{band}")
        return f"{f.verdict[0].upper()}{f.verdict[1:]} — " + ", ".join(parts)

    def forecast_line(self, f: Forecast) -> tuple[str, str]:
        """The one line under an agenda item, with its class: a likely veto is bad news."""
        line = "Forecast: " + self.verdict_text(f)
        if f.vetoes:
            line += " · veto likely: " + ", ".join(f.vetoes)
        return line, "bad" if f.vetoes else VERDICT_CLASSES[f.verdict]

    def veto_lines(self, f: Forecast) -> list[tuple[str, str]]:
        """A warning for each permanent member likely to veto (veto) or that could (warn)."""
        factors = {x.nation: x.factor for x in f.seats}
        out = [(f"Veto likely: {nation_name(self.view, n)} ({factors[n]})", "veto")
               for n in f.vetoes]
        if f.may_veto:
            out.append((f"Could veto: {self.names(f.may_veto)}", "warn"))
        return out

    def own_forecast_note(self, f: Forecast) -> str:
        """Before the player votes, the forecast counts its seat as its likely choice."""
        mine = f.seat(self.player) if self.player else None
        if mine is not None and mine.certainty == "yours":
            return f"Counting your vote as {BALLOT_WORDS[mine.ballot]}."
        return ""

    def forecast_seats(self, f: Forecast) -> list[SeatShown]:
        """The ring in the forecast: each seat in its likely ballot."""
        return [SeatShown(code=x.nation, name=nation_name(self.view, x.nation),
                          permanent=x.permanent, ballot=x.ballot, veto=x.nation in f.vetoes,
                          you=x.nation == self.player, reason=x.factor, excluded=x.excluded)
                for x in f.seats]

    def seat_tip(self, x: SeatForecast, f: Forecast) -> str:
        """Why a seat is forecast to vote as it is: the likely ballot, how sure, the deciding
        factor, and what could move it."""
        head = nation_name(self.view, x.nation) + (" — permanent member" if x.permanent else "")
        if x.excluded:
            head += " — a party: its vote is not counted (Article 15)"
        word = BALLOT_WORDS[x.ballot] + (" (a veto)" if x.nation in f.vetoes else "")
        if x.certainty in ("yours", "cast", "away"):
            return f"{head}. {word}: {CERTAINTY_WORDS[x.certainty]}."
        chance = round(100 * x.chances.get(x.ballot, 0))
        tip = f"{head}. Likely {word} ({CERTAINTY_WORDS[x.certainty]}, {chance}%)."
        tip += f" Deciding factor: {x.factor}."
        others = [BALLOT_WORDS[b] for b in x.possible if b != x.ballot]
        if others:
            tip += " Could vote " + " or ".join(others)
            tip += " (lobbying you cannot see)." if x.pressable else "."
        return tip

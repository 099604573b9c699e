"""The campaign format, described once.

The loader converts YAML by walking these specs, and the JSON Schema that editors use (and the
authoring reference generated from it) is built from the same specs, so the three cannot drift.
Defaults shown in the schema are read from the model's dataclasses.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable, Protocol

from game.engine import model as m

NATION_CODE = r"^[A-Z][A-Z0-9]{1,3}$"
SNAKE_ID = r"^[a-z][a-z0-9_]*$"
PLACE_ID = r"^[A-Za-z0-9_.:-]+$"
FILE_NAME = r"^(?![/\\]|[A-Za-z]:)[^\\]+\.ya?ml$"
DATE_TEXT = (
    r"^[0-9]{4}(-(0?[1-9]|1[0-2]))?$"  # a year or a month
    r"|^[0-9]{4}-(0?[13578]|1[02])-(0?[1-9]|[12][0-9]|3[01])$"  # days of 31-day months
    r"|^[0-9]{4}-(0?[469]|11)-(0?[1-9]|[12][0-9]|30)$"
    r"|^[0-9]{4}-0?2-(0?[1-9]|1[0-9]|2[0-8])$"
    r"|^([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-0?2-29$"
)
"""A real calendar date (leap years included) as editors check it; the loader checks the
same with the calendar (game.engine.calendar)."""


# --- the kinds of value -------------------------------------------------------------------

JsonSchema = dict[str, Any]
"""A JSON Schema object; ``defs`` maps a named record's name to its schema."""


class Spec(Protocol):
    """What every kind of value below tells: its name in messages and its JSON Schema."""

    @property
    def what(self) -> str: ...

    def json(self, defs: JsonSchema) -> JsonSchema: ...


@dataclass(frozen=True)
class Text:
    """Any scalar, read as text (so `name: 1984` is the text '1984')."""

    what: str = "text"

    def json(self, defs: JsonSchema) -> JsonSchema:
        return {"title": self.what, "type": ["string", "number", "boolean"]}


@dataclass(frozen=True)
class Ident:
    """An id, always read as a string; ``ref`` names the kind of definition it must match."""

    what: str
    pattern: str
    ref: str | None = None
    sets: bool = False
    """Mentions a flag being set: a definition that may repeat."""
    scope: str | None = None
    """A sibling field naming the container of the referenced definition (a body's org)."""
    rule: str = ""
    """The pattern in words, for messages."""

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def json(self, defs: JsonSchema) -> JsonSchema:
        return {"title": self.what, "type": "string", "pattern": self.pattern}


@dataclass(frozen=True)
class Whole:
    lo: int
    hi: int
    allowed: tuple[int, ...] = ()

    @property
    def what(self) -> str:
        if self.allowed:
            return " or ".join(str(v) for v in self.allowed)
        return f"a whole number from {self.lo} to {self.hi}"

    def json(self, defs: JsonSchema) -> JsonSchema:
        if self.allowed:
            return {"title": "whole number", "enum": list(self.allowed)}
        return {"title": "whole number", "type": "integer", "minimum": self.lo, "maximum": self.hi}


@dataclass(frozen=True)
class Number:
    lo: float
    hi: float

    @property
    def what(self) -> str:
        return f"a number from {self.lo:g} to {self.hi:g}"

    def json(self, defs: JsonSchema) -> JsonSchema:
        return {"title": "number", "type": "number", "minimum": self.lo, "maximum": self.hi}


@dataclass(frozen=True)
class Boolean:
    what: str = "true or false"

    def json(self, defs: JsonSchema) -> JsonSchema:
        return {"title": "true or false", "type": "boolean"}


@dataclass(frozen=True)
class Date:
    in_play: bool = False
    """A date that only makes sense between the campaign's start and end (triggers, baseline)."""
    what: str = "a date like 1931-09 or 1931-09-18"

    def json(self, defs: JsonSchema) -> JsonSchema:
        return {"title": "date", "type": ["string", "integer"], "pattern": DATE_TEXT,
                "minimum": 1000, "maximum": 9999}


@dataclass(frozen=True)
class OneOf:
    values: tuple[str, ...]
    hint: str = ""
    """Said when a value is not one of them and no listed value is close."""

    @property
    def what(self) -> str:
        return "one of " + ", ".join(self.values)

    def json(self, defs: JsonSchema) -> JsonSchema:
        return {"title": "one of", "enum": list(self.values)}


@dataclass(frozen=True)
class ListOf:
    item: Spec
    min_items: int = 0
    max_items: int | None = None

    @property
    def what(self) -> str:
        if self.min_items and self.min_items == self.max_items:
            return f"a list of {self.min_items}"
        return "a list"

    def json(self, defs: JsonSchema) -> JsonSchema:
        out: JsonSchema = {"type": "array", "items": to_json(self.item, defs)}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.max_items is not None:
            out["maxItems"] = self.max_items
        return out


@dataclass(frozen=True)
class Field:
    name: str
    spec: Spec
    doc: str = ""
    required: bool = False
    nullable: bool = False
    attr: str = ""
    """The model attribute it fills, when named differently (``from`` fills ``start``)."""

    @property
    def target(self) -> str:
        return self.attr or self.name


@dataclass(frozen=True)
class Record:
    """A mapping of known keys; with ``build``, converted to that model class."""

    name: str
    doc: str
    fields: tuple[Field, ...]
    build: Callable[..., Any] | None = None
    key: str | None = None
    """The field holding this definition's id."""
    defines: str | None = None
    """The kind of definition (nation, org, ...) whose ids must be unique."""
    shorthand: str | None = None
    """A bare scalar stands for a mapping with only this field (``- ITA`` as a member)."""
    one_of: tuple[str, ...] = ()
    """Exactly one of these fields must be given."""

    @property
    def what(self) -> str:
        return f"a {self.name.replace('_', ' ')} (a mapping)"

    def field(self, name: str) -> Field | None:
        return self.by_name.get(name)

    @functools.cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def json(self, defs: JsonSchema) -> JsonSchema:
        if self.name not in defs:
            defs[self.name] = {}  # placeholder: records may contain themselves
            defs[self.name] = self.object_schema(defs)
        ref = {"$ref": f"#/$defs/{self.name}"}
        if self.shorthand:
            return {"anyOf": [to_json(self.by_name[self.shorthand].spec, defs), ref]}
        return ref

    def object_schema(self, defs: JsonSchema) -> JsonSchema:
        defaults = _model_defaults(self.build)
        props: JsonSchema = {}
        for f in self.fields:
            prop = to_json(f.spec, defs)
            if f.nullable:
                prop = {"anyOf": [prop, {"type": "null"}]}
            prop["description"] = f.doc
            if f.target in defaults:
                prop["default"] = defaults[f.target]
            props[f.name] = prop
        out: JsonSchema = {"title": self.name, "description": self.doc, "type": "object",
               "properties": props, "additionalProperties": False}
        required = [f.name for f in self.fields if f.required]
        if required:
            out["required"] = required
        if self.one_of:
            out["oneOf"] = [{"required": [name]} for name in self.one_of]
        return out


@dataclass(frozen=True)
class Form:
    """One form of a tagged value: ``{key: value}``; ``build`` wraps a converted scalar or list."""

    key: str
    spec: Spec
    doc: str
    build: Callable[..., Any] | None = None


@dataclass(frozen=True)
class Tagged:
    """A mapping with exactly one key, naming its form (conditions and effects)."""

    name: str
    doc: str
    forms: tuple[Form, ...]

    @property
    def what(self) -> str:
        return f"a {self.name} (a mapping with one key: " + ", ".join(
            f.key for f in self.forms) + ")"

    def form(self, key: str) -> Form | None:
        return self.by_key.get(key)

    @functools.cached_property
    def by_key(self) -> dict[str, Form]:
        return {f.key: f for f in self.forms}

    def json(self, defs: JsonSchema) -> JsonSchema:
        if self.name not in defs:
            defs[self.name] = {}
            props: JsonSchema = {}
            for form in self.forms:
                props[form.key] = dict(to_json(form.spec, defs), description=form.doc)
            defs[self.name] = {"title": self.name, "description": self.doc, "type": "object",
                               "properties": props, "minProperties": 1, "maxProperties": 1,
                               "additionalProperties": False}
        return {"$ref": f"#/$defs/{self.name}"}


@dataclass(frozen=True)
class Use:
    """A named spec defined further down (conditions contain conditions)."""

    name: str

    def resolve(self) -> Spec:
        return NAMED[self.name]

    @property
    def what(self) -> str:
        return self.resolve().what

    def json(self, defs: JsonSchema) -> JsonSchema:
        return self.resolve().json(defs)


def to_json(spec: Spec, defs: JsonSchema) -> JsonSchema:
    return spec.json(defs)


def _model_defaults(cls: Callable[..., Any] | None) -> dict[str, object]:
    if cls is None or not dataclasses.is_dataclass(cls):
        return {}
    out: dict[str, object] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING and f.default is not None and f.name != "src":
            out[f.name] = _plain(f.default)
    return out


def _plain(value: object) -> object:
    return [_plain(v) for v in value] if isinstance(value, tuple) else value


# --- ids and small values -----------------------------------------------------------------

NATION = Ident("nation code", NATION_CODE, ref="nation",
               rule="2 to 4 capital letters or digits, starting with a letter")
ORG = Ident("organisation id", SNAKE_ID, ref="org", rule="lower-case snake_case")
CRISIS = Ident("crisis id", SNAKE_ID, ref="crisis", rule="lower-case snake_case")
CHOKEPOINT = Ident("chokepoint id", SNAKE_ID, ref="chokepoint", rule="lower-case snake_case")
FLAG = Ident("flag", SNAKE_ID, ref="flag", rule="lower-case snake_case")
SET_FLAG = Ident("flag", SNAKE_ID, ref="flag", sets=True, rule="lower-case snake_case")
VARIABLE = Ident("variable", SNAKE_ID, ref="variable", rule="lower-case snake_case")
SET_VARIABLE = Ident("variable", SNAKE_ID, ref="variable", sets=True,
                     rule="lower-case snake_case")
PLACE = Ident("place id", PLACE_ID, ref="place",
              rule="a base-map feature id or a region id, without spaces")
NEW_ID = Ident("id", SNAKE_ID, rule="lower-case snake_case")
NEW_NATION = Ident("nation code", NATION_CODE,
                   rule="2 to 4 capital letters or digits, starting with a letter")
STAT = Whole(0, 100)
CHANGE = Whole(-100, 100)
COMPARISON = OneOf(m.COMPARISONS)
LONLAT = ListOf(Number(-180, 180), 2, 2)
PLACES = ListOf(PLACE)


def _id(doc: str = "The id other entries use to name this one.") -> Field:
    return Field("id", NEW_ID, doc, required=True)


def _name(doc: str = "Shown to players.") -> Field:
    return Field("name", Text(), doc, required=True)


def _compare(name: str, doc: str, build: Callable[..., Any], before: tuple[Field, ...],
             value: Whole) -> Record:
    fields = before + (Field("op", COMPARISON, "How to compare: <, <=, ==, !=, >= or >.", True),
                       Field("value", value, "The value compared with.", True))
    return Record(name, doc, fields, build)


# --- conditions ---------------------------------------------------------------------------

CONDITION = Tagged("condition", "A condition: event triggers and objectives. "
                   "One key names its form.", (
    Form("all", ListOf(Use("condition"), 1), "Holds when every listed condition holds.",
         lambda items: m.All(items)),
    Form("any", ListOf(Use("condition"), 1), "Holds when at least one listed condition holds.",
         lambda items: m.Any(items)),
    Form("not", Use("condition"), "Holds when the condition does not.", lambda item: m.Not(item)),
    Form("date_from", Date(in_play=True), "Holds from this month on.", lambda v: m.DateFrom(v)),
    Form("date_before", Date(in_play=True), "Holds strictly before this month.",
         lambda v: m.DateBefore(v)),
    Form("stat", _compare("stat_condition", "A nation's stat compares with a value.", m.StatIs, (
        Field("nation", NATION, "Whose stat.", True),
        Field("stat", OneOf(m.STATS), "Which stat.", True)), STAT), "A nation stat compares."),
    Form("relation", _compare("relation_condition", "Relations between two nations compare.",
                              m.RelationIs, (Field("a", NATION, "One nation.", True),
                                             Field("b", NATION, "The other.", True)),
                              Whole(-100, 100)), "Relations compare (-100 hostile to 100 close)."),
    Form("tension", _compare("tension_condition", "World tension compares.", m.TensionIs, (), STAT),
         "World tension compares."),
    Form("credibility", _compare("credibility_condition", "An organisation's credibility compares.",
                                 m.CredibilityIs, (Field("org", ORG, "Which organisation.", True),),
                                 STAT), "An organisation's credibility compares."),
    Form("flag", FLAG, "Holds while the flag is set.", lambda v: m.FlagSet(v)),
    Form("member", Record("member_condition", "A nation's membership.", (
        Field("nation", NATION, "The nation.", True),
        Field("org", ORG, "The organisation.", True)), m.MemberOf),
        "Holds while the nation is a member of the organisation."),
    Form("crisis_stage", _compare("crisis_stage_condition", "An active crisis's stage compares.",
                                  m.CrisisStageIs,
                                  (Field("crisis", CRISIS, "Which crisis.", True),),
                                  Whole(0, m.MAX_STAGE)),
         "An active crisis's stage compares "
         "(0 tension, 1 incidents, 2 clashes, 3 war, 4 total war)."),
    Form("crisis_active", CRISIS, "Holds while the crisis has started and not ended.",
         lambda v: m.CrisisActive(v)),
    Form("beside", Record("beside_condition", "A nation fights beside a crisis's aggressor.", (
        Field("nation", NATION, "Which nation.", True),
        Field("crisis", CRISIS, "Which crisis.", True)), m.Beside),
         "Holds once the nation has entered the crisis's war beside its aggressor (the join "
         "order) and while the crisis lasts."),
    Form("crisis_ended", Record("crisis_ended_condition", "A crisis has ended.", (
        Field("crisis", CRISIS, "Which crisis.", True),
        Field("outcome", OneOf(m.OUTCOMES), "Only when it ended this way.", nullable=True)),
        m.CrisisEnded), "Holds once the crisis has ended (with that outcome, if given)."),
    Form("measure", Record("measure_condition", "A measure in force in a crisis.", (
        Field("crisis", CRISIS, "Which crisis.", True),
        Field("kind", OneOf(m.RESOLUTION_KINDS + m.SANCTION_TYPES), "Which kind of measure.",
              True)), m.MeasureInForce), "Holds while a measure of that kind is in force."),
    Form("contributed", Record("contributed_condition", "A nation's own part in a crisis.", (
        Field("nation", NATION, "Whose part.", True),
        Field("crisis", CRISIS, "Which crisis.", True),
        Field("by", OneOf(m.CONTRIBUTIONS), "Only this kind of part counts: measures "
              "(sponsored or voted for), troops (pledged or intervening), money (pledged) or "
              "prevention.", nullable=True)), m.Contributed),
        "Holds once the nation sponsored or voted for a measure adopted on the crisis, "
        "pledged troops or money to its missions, intervened in it or worked to prevent it "
        "(an aggressor never does); with by, only that kind of part."),
    Form("exists", NATION, "Holds while the nation exists as a state.", lambda v: m.Exists(v)),
    Form("variable", _compare("variable_condition", "A campaign variable compares (0 until an "
                              "effect sets it).", m.VariableIs,
                              (Field("name", VARIABLE, "Which variable.", True),),
                              Whole(-10000, 10000)),
         "A campaign variable (a counter kept by change_variable) compares."),
    Form("resolution", Record("resolution_condition", "A resolution on a crisis was decided.", (
        Field("crisis", CRISIS, "The crisis it was about.", True),
        Field("kind", OneOf(m.RESOLUTION_KINDS), "Which kind of resolution.", True),
        Field("status", OneOf(m.RESOLUTION_OUTCOMES), "How it was decided: adopted (a "
              "recommendation too), vetoed or failed."),
        Field("org", ORG, "Only in this organisation's bodies.", nullable=True),
        Field("type", OneOf(m.SANCTION_TYPES), "With kind sanctions: only sanctions of this "
              "type (economic, arms or oil).", nullable=True)),
        m.ResolutionWas),
        "Holds once a resolution of that kind on the crisis was adopted (or vetoed, or failed)."),
    Form("voted", Record("voted_condition", "How a nation voted on a crisis.", (
        Field("nation", NATION, "Whose ballot.", True),
        Field("crisis", CRISIS, "The crisis the resolution was about.", True),
        Field("kind", OneOf(m.RESOLUTION_KINDS), "Which kind of resolution.", True),
        Field("ballot", OneOf(m.VOTE_BALLOTS), "The ballot: yes, no, abstain or absent."),
        Field("type", OneOf(m.SANCTION_TYPES), "With kind sanctions: only sanctions of this "
              "type (economic, arms or oil).", nullable=True)),
        m.VotedOn),
        "Holds once the nation cast that ballot on a decided resolution of that kind on the "
        "crisis (any of them, if there were several)."),
    Form("mission_strength", _compare(
        "mission_strength_condition", "The troops of a crisis's missions in the field compare.",
        m.MissionStrengthIs, (Field("crisis", CRISIS, "Which crisis.", True),),
        Whole(0, 10000)),
        "The units pledged to the crisis's active missions, together, compare."),
    Form("chokepoint_closed", CHOKEPOINT, "Holds while the chokepoint is closed to the "
         "aggressor of an active crisis (`not` it for open).", lambda v: m.ChokepointClosed(v)),
    Form("chokepoint_held", Record("chokepoint_held_condition", "Who holds a chokepoint.", (
        Field("chokepoint", CHOKEPOINT, "Which chokepoint.", True),
        Field("nation", NATION, "The holder.", True)), m.ChokepointHeld),
        "Holds while the nation holds the chokepoint (see transfer_chokepoint)."),
    Form("enclave_exposed", CRISIS, "Holds while the enclave the crisis is about (its "
         "`enclave: true`) lies open to its besieger: no protection mission on its ground - in "
         "the crisis, or left there by a frozen crisis over the same ground - is strong enough "
         "to hold it, and no guard left by a crisis whose besieger agreed to the safe area "
         "(its consent flag) stands there while the besieger would be struck for breaking "
         "it. Before the crisis begins, it is the invitation to begin it.",
         lambda v: m.EnclaveExposed(v)),
))


# --- effects ------------------------------------------------------------------------------


def _crisis_change(name: str, doc: str, build: Callable[..., Any], amount: Field) -> Record:
    return Record(name, doc, (Field("crisis", CRISIS, "Which crisis.", True), amount), build)


EFFECT = Tagged("effect", "An effect of an event or of a choice's option. "
                "One key names its form.", (
    Form("change_stat", Record(
        "change_stat_effect", "Change a nation's stat (kept within 0-100).", (
        Field("nation", NATION, "Whose stat.", True),
        Field("stat", OneOf(m.STATS), "Which stat.", True),
        Field("add", CHANGE, "Add this (negative to lower it)."),
        Field("set", STAT, "Or set it to this.")), m.ChangeStat, one_of=("add", "set")),
        "Change a stat: give `add` or `set`."),
    Form("change_relation", Record(
        "change_relation_effect", "Change relations between two nations.", (
        Field("a", NATION, "One nation.", True), Field("b", NATION, "The other.", True),
        Field("add", Whole(-200, 200), "Add this (negative worsens).", True)), m.ChangeRelation),
        "Change relations."),
    Form("change_tension", CHANGE, "Add to world tension (negative calms).",
         lambda v: m.ChangeTension(v)),
    Form("change_credibility", Record(
        "change_credibility_effect", "Change an organisation's credibility.", (
        Field("org", ORG, "Which organisation.", True),
        Field("add", CHANGE, "Add this (negative lowers it).", True)), m.ChangeCredibility),
        "Change an organisation's credibility."),
    Form("set_flag", SET_FLAG, "Set a flag.", lambda v: m.SetFlag(v)),
    Form("clear_flag", FLAG, "Clear a flag.", lambda v: m.ClearFlag(v)),
    Form("start_crisis", CRISIS, "Start a crisis defined under `crises`.",
         lambda v: m.StartCrisis(v)),
    Form("advance_crisis", _crisis_change(
        "advance_crisis_effect", "Scripted pressure on a crisis's escalation ladder.",
        m.AdvanceCrisis,
        Field("by", Whole(-m.MAX_STAGE, m.MAX_STAGE), "Steps up the ladder (negative calms it).")),
        "Move a crisis up (or down) its ladder."),
    Form("change_resolve", _crisis_change(
        "change_resolve_effect", "Change the aggressor's determination in a crisis.",
        m.ChangeResolve,
        Field("add", CHANGE, "Add this.", True)), "Change a crisis's resolve."),
    Form("change_clarity", _crisis_change(
        "change_clarity_effect", "Change how clear it is who the aggressor is.", m.ChangeClarity,
        Field("add", CHANGE, "Add this.", True)), "Change a crisis's clarity."),
    Form("end_crisis", _crisis_change(
        "end_crisis_effect", "End a crisis.", m.EndCrisis,
        Field("outcome", OneOf(tuple(o for o in m.OUTCOMES if o != "liberation"),
                               "a liberation undoes a conquest: end the crisis in conquest, "
                               "then use the liberate effect"),
              "How it ended (a liberation is the liberate effect's, after a conquest).", True)),
        "End a crisis."),
    Form("join", Record("join_effect", "A nation joins an organisation.", (
        Field("nation", NATION, "Who joins.", True),
        Field("org", ORG, "Which organisation.", True)), m.JoinOrg), "A nation joins."),
    Form("leave", Record("leave_effect", "A nation leaves an organisation.", (
        Field("nation", NATION, "Who leaves.", True),
        Field("org", ORG, "Which organisation.", True),
        Field("at_once", Boolean(), "true: the membership lapses at once (a state overrun), "
              "without the organisation's notice of withdrawal.")), m.LeaveOrg),
         "A nation leaves (after the organisation's notice, if it asks for one)."),
    Form("boycott", Record(
        "boycott_effect", "A nation stays away from a body: absent, it casts no vote.", (
        Field("nation", NATION, "Who stays away.", True),
        Field("org", ORG, "The body's organisation.", True),
        Field("body", Ident("body id", SNAKE_ID, ref="body", scope="org",
                            rule="lower-case snake_case"),
              "Which body of that organisation.", True),
        Field("active", Boolean(), "true to stay away, false to come back.")), m.SetBoycott),
        "Start (or end) a boycott of a body."),
    Form("create_nation", NATION, "A nation defined under `nations` appears as a state.",
         lambda v: m.CreateNation(v)),
    Form("sign_treaty", Record("sign_treaty_effect", "A treaty comes into force.", (
        Field("kind", OneOf(m.TREATY_KINDS), "What kind of treaty.", True),
        Field("a", NATION, "One party (the guarantor, for a guarantee).", True),
        Field("b", NATION, "The other party.", True)), m.SignTreaty), "Sign a treaty."),
    Form("news", Text(), "A line of news.", lambda v: m.News(v)),
    Form("set_bloc", Record("set_bloc_effect", "A nation changes bloc.", (
        Field("nation", NATION, "Who.", True),
        Field("bloc", NEW_ID, "Its new bloc (none: no bloc); the AI's bloc loyalty follows.",
              True)), m.SetBloc), "Change a nation's bloc."),
    Form("set_ideology", Record("set_ideology_effect", "A nation changes ideology (a "
                                "revolution, a new regime).", (
        Field("nation", NATION, "Who.", True),
        Field("ideology", NEW_ID, "Its new ideology.", True)), m.SetIdeology),
        "Change a nation's ideology."),
    Form("end_treaty", Record("end_treaty_effect", "A treaty lapses (the parties in either "
                              "order).", (
        Field("kind", OneOf(m.TREATY_KINDS), "What kind of treaty.", True),
        Field("a", NATION, "One party.", True),
        Field("b", NATION, "The other party.", True)), m.EndTreaty), "End a treaty."),
    Form("end_mission", Record("end_mission_effect", "A crisis's missions in the field are "
                               "withdrawn.", (
        Field("crisis", CRISIS, "The crisis they serve in.", True),
        Field("org", ORG, "Only this organisation's missions.", nullable=True)), m.EndMission),
        "Withdraw the missions in a crisis."),
    Form("transfer_chokepoint", Record("transfer_chokepoint_effect", "A chokepoint changes "
                                       "hands: the new holder may close it.", (
        Field("chokepoint", CHOKEPOINT, "Which chokepoint.", True),
        Field("to", NATION, "Its new holder.", True)), m.TransferChokepoint),
        "Transfer a chokepoint."),
    Form("change_variable", Record("change_variable_effect", "Change a campaign variable (a "
                                   "counter that starts at 0).", (
        Field("name", SET_VARIABLE, "Which variable.", True),
        Field("add", Whole(-10000, 10000), "Add this (negative subtracts)."),
        Field("set", Whole(-10000, 10000), "Or set it to this.")), m.ChangeVariable,
        one_of=("add", "set")), "Set or add to a variable: give `add` or `set`."),
    Form("lose_troops", Record("lose_troops_effect", "Soldiers of a nation are killed in a "
                               "crisis (an ambush, a battle): it loses the units and its "
                               "government remembers the loss for a few years.", (
        Field("nation", NATION, "Whose soldiers.", True),
        Field("crisis", CRISIS, "Where they fell.", True),
        Field("units", Whole(1, 100), "Units lost: a battle's dead weigh at least one.", True)),
        m.LoseTroops), "Soldiers killed: the loss makes the government wary."),
    Form("liberate", CRISIS, "A crisis that ended in conquest ends in liberation: its overrun "
         "victims are states again and rejoin their organisations (Kuwait, 1991).",
         lambda v: m.Liberate(v)),
))

NAMED: dict[str, Spec] = {"condition": CONDITION, "effect": EFFECT}


# --- definitions --------------------------------------------------------------------------

OBJECTIVE = Record("objective", "A goal a playable nation scores points for.", (
    _id(), Field("text", Text(), "What the player must achieve.", True),
    Field("points", STAT, "Points scored when the condition holds at the end."),
    Field("condition", Use("condition"), "When the objective is met.", True),
), m.Objective, key="id", defines="objective")

CLAIM = Record("claim", "A revisionist's standing claim, pressed by force when the order "
               "looks weak.", (
    _id(), Field("target", NATION, "The nation the claim is against.", True),
    _name("The claim's name."),
    Field("stake", STAT, "How much the claimant wants it."),
    Field("region", PLACES, "The places claimed."),
    Field("across_sea", Boolean(), "The claimed land lies across the sea: an assault on it "
          "brings only part of the claimant's force (an island such as Taiwan)."),
), m.Claim, key="id", defines="claim")

BALLOT = OneOf(m.STANCE_BALLOTS)

STANCE = Record("stance", "A bound on the ballots the AI casts for this nation (docs/ai.md); "
                "a human player is never bound.", (
    Field("kind", OneOf(m.STANCE_KINDS), "The kind of resolution it bounds (any: every kind)."),
    Field("crisis", CRISIS, "Only resolutions about this crisis.", nullable=True),
    Field("from", Date(), "From this month (omit: from the start).", nullable=True, attr="start"),
    Field("until", Date(), "Until this month, exclusive (omit: to the end).", nullable=True,
          attr="end"),
    Field("at_most", BALLOT, "The most it votes: abstain caps a yes, no caps everything."),
    Field("at_least", BALLOT, "The least it votes: abstain lifts a no, yes lifts everything."),
    Field("why", Text(), "The policy in the nation's words, given as its reason."),
    Field("org", ORG, "Only in this organisation's bodies (omit: in every one).",
          nullable=True),
), m.Stance)

FORUM = Record("forum", "A body the AI takes a crisis to; a bare organisation id means its "
               "bodies, council first.", (
    Field("org", ORG, "The organisation.", True),
    Field("body", Ident("body id", SNAKE_ID, ref="body", scope="org",
                        rule="lower-case snake_case"),
          "One of its bodies (omit: any, council first).", nullable=True),
), m.Forum, shorthand="org")

PACE = Record("pace", "How fast the AI climbs its ladder of measures (docs/ai.md, \"Steering "
              "the AI\"); a bare number means turns.", (
    Field("turns", Whole(1, 24), "Turns from the last measure adopted on the crisis to the "
          "next rung tabled."),
    Field("skip_at_war", Boolean(), "At war (stage 3 or more), go straight to enforcement."),
    Field("ceasefire_stops", Boolean(), "A heeded ceasefire (the war down to clashes) stops "
          "the rungs that need a war; false: a ceasefire in force counts as war."),
), m.Pace, shorthand="turns")

BACKS_DOWN = Record("backs_down", "When the AI, as this crisis's aggressor, yields: any "
                    "threshold that holds makes it back down every turn.", (
    Field("resolve_below", STAT, "The crisis's resolve below this.", nullable=True),
    Field("will_below", STAT, "Its own domestic will below this.", nullable=True),
    Field("dead_above", Whole(0, 100000), "The crisis's dead above this many thousand.",
          nullable=True),
), m.BacksDown)

WEIGHT = Whole(-50, 50)
WEIGHTS = Record("weights", "The AI's own weights over its personality's (docs/ai.md, "
                 "\"Personalities\"); a weight not given stays the personality's.", (
    Field("multilateral", WEIGHT, "Counts in every vote on a crisis and in its concern.",
          nullable=True),
    Field("force", WEIGHT, "Counts for enforcement, pressing on, threats, arming and "
          "intervening.", nullable=True),
    Field("cost_aversion", WEIGHT, "Counts against costly measures, aid, pledges, missions, "
          "interventions and alliances.", nullable=True),
    Field("greed", WEIGHT, "Counts for pressing claims and walking out of an organisation "
          "that condemns it.", nullable=True),
), m.Weights)

FORUMS = ListOf(FORUM)
LADDER = ListOf(OneOf(m.LADDER_RUNGS), 1)
VETO = OneOf(m.VETO_POLICIES)

STEERING = Record("steering", "How the AI plays this nation in one crisis: the keys given "
                  "override the nation's and the crisis's.", (
    Field("crisis", CRISIS, "The crisis.", True),
    Field("forum", FORUMS, "The bodies it takes the crisis to, in order of preference."),
    Field("ladder", LADDER, "Its ladder of measures, in order."),
    Field("pace", PACE, "How fast it climbs it."),
    Field("veto", VETO, "When it vetoes a draft on the crisis."),
    Field("backs_down", BACKS_DOWN, "When it yields as the crisis's aggressor."),
), m.Steering)

DECISION = Record("decision", "A course the nation may take from its panel (the order "
                  "`decide <id>`), once its condition holds.", (
    _id(), Field("label", Text(), "The button's text, and the news when it is taken.", True),
    Field("explain", Text(), "Its tooltip: what taking it means."),
    Field("cost", Whole(0, 15), "Diplomatic capital it costs."),
    Field("condition", Use("condition"), "When it is open (omit: always).", nullable=True),
    Field("once", Boolean(), "Taken at most once a campaign (false: once a turn)."),
    Field("ai_weight", STAT, "How keen the AI is: 0 never, 50 when little else presses, "
          "100 at once."),
    Field("effects", ListOf(Use("effect")), "What taking it does.", True),
), m.DecisionDef, key="id", defines="decision")

NATION_RECORD = Record("nation", "A nation: a player's seat or an AI.", (
    Field("code", NEW_NATION, "The nation's code (ITA, GBR, NO); other entries name it by this.",
          True),
    _name(),
    Field("military", STAT, "Relative armed strength.", True),
    Field("economy", STAT, "Economic weight.", True),
    Field("will", STAT, "Domestic political will for foreign commitments.", True),
    Field("legitimacy", STAT, "Standing in the eyes of others.", True),
    Field("stability", STAT, "Domestic stability.", True),
    Field("orientation", STAT, "0 status quo ... 100 revisionist.", True),
    Field("ideology", NEW_ID, "Free id; nations of one ideology agree more easily."),
    Field("bloc", NEW_ID, "Free id: the blocs map mode; the AI weighs measures against a "
          "nation of its own bloc lower by its bloc_loyalty (docs/ai.md)."),
    Field("personality", OneOf(m.PERSONALITIES), "How the AI plays this nation: its weights "
          "are in docs/ai.md."),
    Field("oil_dependence", STAT, "How much an oil embargo hurts."),
    Field("controls", ListOf(CHOKEPOINT), "Chokepoints this nation can close."),
    Field("playable", Boolean(), "Whether a player may take this nation."),
    Field("colour", ListOf(Whole(0, 255), 3, 3), "Map colour: [red, green, blue].", nullable=True),
    Field("capital", Text(), "The capital's name."),
    Field("capital_lonlat", LONLAT, "The capital's [longitude, latitude].", nullable=True),
    Field("territory", PLACES, "Base-map feature ids and region ids the nation holds."),
    Field("exists_from", Date(), "A state that appears during play: from this month.",
          nullable=True),
    Field("exists_until", Date(), "A state that disappears during play: until this month.",
          nullable=True),
    Field("anticolonial", Boolean(), "Whether it opposes empire in colonial wars (omit: the "
          "non-aligned, the communist states and the states born during the campaign do).",
          nullable=True),
    Field("briefing", Text(), "Shown when a player picks this nation; playable nations need one."),
    Field("objectives", ListOf(OBJECTIVE), "Playable nations: 3 to 6 objectives."),
    Field("claims", ListOf(CLAIM), "What a revisionist may press by force."),
    Field("stances", ListOf(STANCE), "Bounds on the AI's ballots; later ones win a conflict."),
    Field("stays_in", ListOf(ORG), "Organisations the AI never gives notice to leave."),
    Field("decisions", ListOf(DECISION), "Courses it may take from its panel."),
    Field("forum", FORUMS, "AI: the bodies it takes a crisis to, in order of preference "
          "(omit: any body, council first)."),
    Field("ladder", LADDER, "AI: its ladder of measures, in order (omit: inquiry, condemn, "
          "peacekeeping, refer_to_court, ceasefire, sanctions, arms_embargo, oil_embargo, "
          "no_fly_zone, enforcement, with the default's gates)."),
    Field("pace", PACE, "AI: how fast it climbs the ladder (omit: a rung a turn, stopped by a "
          "heeded ceasefire).", nullable=True),
    Field("veto", VETO, "AI: when it vetoes as a permanent member: weighed (as it judges "
          "each draft), never, bloc (only drafts aimed at itself or its bloc), friends (also "
          "a treaty partner or a friend)."),
    Field("backs_down", BACKS_DOWN, "AI: when it yields as an aggressor (omit: as it weighs "
          "pressing on).", nullable=True),
    Field("per_crisis", ListOf(STEERING), "AI: steering for one crisis, overriding the keys "
          "above."),
    Field("weights", WEIGHTS, "AI: its own weights over its personality's, e.g. "
          "{force: 20} (omit: the personality's).", nullable=True),
    Field("bloc_loyalty", Whole(0, 100), "AI: how much lower it weighs a measure against an "
          "aggressor of its own bloc (0: a maverick)."),
    Field("sovereignty", Whole(-100, 100), "AI: how much lower it weighs a measure in a civil "
          "war, atrocities or genocide, and its own intervention there (below 0: higher)."),
), m.NationDef, key="code", defines="nation")


def _span(name: str, doc: str, extra: tuple[Field, ...]) -> Record:
    return Record(name, doc, (
        Field("nation", NATION, "The nation.", True), *extra,
        Field("from", Date(), "From this month (omit: from the start).", nullable=True,
              attr="start"),
        Field("until", Date(), "Until this month, exclusive (omit: to the end).", nullable=True,
              attr="end"),
    ), m.Span, shorthand="nation")


MEMBER = _span("member", "A membership; a bare nation code means a member all along.", ())
SEAT = _span("seat", "A seat on a body; a bare nation code means a seat all along.", (
    Field("permanent", Boolean(), "A permanent member (a veto on a security council)."),))

THRESHOLD = Record("threshold", "From a month on: a council's size and the yes votes it needs.", (
    Field("from", Date(), "From this month.", True, attr="start"),
    Field("seats", Whole(1, 200), "How many seats.", True),
    Field("votes", Whole(1, 200), "Yes votes needed.", True),
), m.Threshold)

BODY = Record("body", "A body of an organisation that votes on resolutions.", (
    _id(), _name(),
    Field("rule", OneOf(m.DECISION_RULES), "How it decides (see the campaign format).", True),
    Field("binding", Boolean(), "Whether its decisions bind members."),
    Field("seats", ListOf(SEAT), "Who sits, by date; omit for every member.", nullable=True),
    Field("thresholds", ListOf(THRESHOLD), "security_council bodies: seats and votes by date."),
    Field("powers", ListOf(OneOf(m.RESOLUTION_KINDS)), "The resolutions it may pass."),
    Field("emergency_from", Date(), "Assemblies: Uniting for Peace from this month.",
          nullable=True),
    Field("icc_from", Date(), "With the refer_to_court power: from this month a referral goes "
          "to the International Criminal Court (2002-07); before, or if omitted, it sets up an "
          "ad hoc tribunal (ICTY 1993, ICTR 1994).", nullable=True),
    Field("endorse_from", Date(), "With the endorse power: from this month a norm (the "
          "responsibility to protect) may be put to its vote (the ICISS report, 2001-12); if "
          "omitted, any month.", nullable=True),
), m.BodyDef, key="id", defines="body")

ORGANISATION = Record("organisation", "An organisation: universal, regional or an alliance.", (
    _id(), _name(),
    Field("kind", OneOf(m.ORG_KINDS), "universal, regional or alliance (collective defence).",
          True),
    Field("credibility", STAT, "How far members and aggressors believe it will act."),
    Field("budget", STAT, "Means for inquiries and missions."),
    Field("founded", Date(), "When it was founded.", nullable=True),
    Field("notice_months", Whole(0, 120),
          "Months of notice a member must give to withdraw (the Covenant's two years: 24); "
          "0 leaves at once."),
    Field("reach_km", Whole(100, 20000),
          "A regional arrangement's reach: its bodies take up only crises within this many "
          "km of a member's capital (Charter Art. 52: local disputes). Omit: anywhere.",
          nullable=True),
    Field("article", Boolean(), "Whether running text puts 'the' before its name (the League "
          "of Nations); false for a name read as a word (NATO, ECOWAS). Default true."),
    Field("members", ListOf(MEMBER), "Members, with dates when they joined or left.", True),
    Field("bodies", ListOf(BODY, 1), "Its deciding bodies.", True),
), m.OrgDef, key="id", defines="org")

PEACEBUILDING = Record("peacebuilding", "After a settlement or a withdrawal: a peacebuilding "
                       "phase in which the crisis may relapse (docs/rules.md).", (
    Field("turns", Whole(1, 40), "Turns without relapse after which the peace is consolidated."),
    Field("relapse", Whole(0, 100), "Percent chance a turn that it reignites, before a "
          "peacebuilding mission and the money pledged to it lower it."),
    Field("stage", Whole(1, m.MAX_STAGE), "The stage it reignites at."),
), m.Peacebuilding)

LATENT = Record("latent", "Before its violence begins: warning signs and a risk of outbreak that "
                "preventive orders lower (docs/rules.md, Prevention).", (
    Field("grievances", STAT, "Grievances at the start, 0-100."),
    Field("propaganda", STAT, "Hate propaganda at the start, 0-100."),
    Field("arms", STAT, "Arms flows at the start, 0-100."),
    Field("fragility", STAT, "How fragile the government is at the start, 0-100."),
    Field("risk", Whole(0, 100), "Percent chance a turn that it breaks out when its warning "
          "signs average 50; it scales with their average."),
    Field("since", Date(), "When its signs begin to show (omit: from the start).",
          nullable=True),
), m.Latent)

CRISIS_RECORD = Record("crisis", "A crisis; it starts when an event's start_crisis fires, or, "
                       "with latent settings, when it breaks out first.", (
    _id(), _name(),
    Field("kind", OneOf(m.CRISIS_KINDS), "What kind of crisis.", True),
    Field("aggressor", NATION, "Who presses it.", True),
    Field("victims", ListOf(NATION, 1), "Who suffers it.", True),
    Field("org", ORG, "The organisation first seized of it."),
    Field("stage", Whole(0, m.MAX_STAGE),
          "Its stage when it starts: 0 tension, 1 incidents, 2 clashes, 3 war, 4 total war."),
    Field("clarity", STAT, "How clear it is who the aggressor is."),
    Field("resolve", STAT, "The aggressor's determination."),
    Field("stake", STAT, "What the aggressor stands to gain."),
    Field("article", Whole(11, 15, (11, 15)),
          "League disputes: 11 (the parties vote) or 15 (their votes are not counted)."),
    Field("chokepoint", CHOKEPOINT, "A supply line the aggressor depends on.", nullable=True),
    Field("spill_to", ListOf(NATION), "Neighbours its refugees flee into."),
    Field("across_sea", Boolean(), "The aggressor must cross the sea to fight: only part of "
          "its force reaches the far shore."),
    Field("proxy", Whole(0, 100), "The military of the exiles or rebels the aggressor arms "
          "and disowns, who fight in its place; whether the victim's officers stand by their "
          "government decides the war. 0 or omitted: the aggressor's own army fights."),
    Field("people", Whole(0, 100000), "Genocides: thousands in the people the killers mean to "
          "destroy; an organised genocide kills a share of those left each month while nobody "
          "shields them. 0 or omitted: only the fighting's toll counts."),
    Field("enclave", Boolean(), "Its ground is an enclave of the victim's land inside the "
          "aggressor's lines: besieged, its protectors are not relieved and only what is "
          "inside defends it."),
    Field("accord", Boolean(), "Its parties signed an accord and asked for a mission to "
          "watch it: while it keeps (stage 1 or below) the first troop measure is an observer "
          "mission the parties vote for and contributors man at their upkeep alone; it must "
          "start at stage 1 or below."),
    Field("region", PLACES, "Where it happens."),
    Field("location", LONLAT, "[longitude, latitude] of its map marker.", nullable=True),
    Field("description", Text(), "One or two sentences for the crisis panel."),
    Field("levers", ListOf(Text()), "Hints on what could work."),
    Field("history", Text(), "What actually happened."),
    Field("historical_outcome", OneOf(m.OUTCOMES), "How it actually ended.", nullable=True),
    Field("peacebuilding", PEACEBUILDING, "Omit: the crisis simply ends. Given: ending in "
          "settlement or withdrawal opens a peacebuilding phase that may relapse.",
          nullable=True),
    Field("latent", LATENT, "Omit: the crisis begins when an event starts it. Given: until "
          "then it is latent, with warning signs and a risk of breaking out each turn.",
          nullable=True),
    Field("forum", FORUMS, "AI: the bodies every AI nation takes this crisis to (a nation's "
          "per_crisis steering wins)."),
    Field("ladder", LADDER, "AI: the ladder of measures every AI nation climbs in it."),
    Field("pace", PACE, "AI: how fast they climb it.", nullable=True),
    Field("backs_down", BACKS_DOWN, "AI: when its aggressor yields.", nullable=True),
    Field("fortune", Whole(0, m.MAX_FORTUNE), "The fortunes of history: how far its opening "
          "resolve, stake and clarity may stray from the figures given, drawn once a game "
          "(the given figures the most likely); omit for the campaign's fortune, 0 to fix "
          "them.", nullable=True),
), m.CrisisDef, key="id", defines="crisis")

OPTION = Record("option", "One answer to a choice.", (
    _id(), Field("label", Text(), "The button's text.", True),
    Field("explain", Text(), "What choosing it will do."),
    Field("ai_weight", STAT, "How likely the AI is to choose it when its effects weigh "
          "nothing: the prior its effects' worth to the nation tilts (docs/ai.md)."),
    Field("effects", ListOf(Use("effect")), "What happens when it is chosen ([] for nothing).",
          True),
), m.ChoiceOption, key="id", defines="option")

CHOICE = Record("choice", "A decision an event puts to one nation.", (
    Field("nation", NATION, "Who decides.", True),
    Field("prompt", Text(), "The question.", True),
    Field("options", ListOf(OPTION, 2), "The answers.", True),
), m.Choice)

EVENT = Record("event", "Something that happens when its trigger holds.", (
    _id(), Field("title", Text(), "The headline.", True),
    Field("text", Text(), "News text shown to everyone."),
    Field("trigger", Use("condition"), "When it may fire; omit to fire on the first turn.",
          nullable=True),
    Field("chance", STAT, "Percent chance per turn while the trigger holds."),
    Field("once", Boolean(), "Fire at most once."),
    Field("delay", Whole(0, 1000), "Turns between the trigger holding and the event firing; "
          "the trigger is not asked again when it fires."),
    Field("every", Whole(0, 1000), "A repeating event: fires again at most every this many "
          "turns while its trigger holds (once is then ignored); 0 does not repeat."),
    Field("effects", ListOf(Use("effect")), "What it does."),
    Field("choice", CHOICE, "A decision for one nation.", nullable=True),
    Field("window", Whole(0, m.MAX_WINDOW), "The fortunes of history: turns by which the "
          "dates in its trigger may move, earlier or later, drawn once a game (the real date "
          f"the most likely); omit for {m.START_WINDOW} on a dated event that starts a "
          "crisis and 0 on any other, 0 to fix its dates.", nullable=True),
), m.EventDef, key="id", defines="event")

TREATY = Record("treaty", "A treaty in force at the start.", (
    Field("kind", OneOf(m.TREATY_KINDS), "What kind; a guarantee is `a` guaranteeing `b`.", True),
    Field("a", NATION, "One party (the guarantor, for a guarantee).", True),
    Field("b", NATION, "The other party.", True),
), m.TreatyDef)

RELATION = Record("relation", "Relations at the start; unlisted pairs start from ideology "
                  "and bloc.", (
    Field("a", NATION, "One nation.", True), Field("b", NATION, "The other.", True),
    Field("value", Whole(-100, 100), "-100 hostile ... 100 close.", True),
), m.RelationDef)

CHOKEPOINT_RECORD = Record("chokepoint", "A strait or canal a nation can close.", (
    _id(), _name(), Field("controller", NATION, "Who can close it.", True),
), m.Chokepoint, key="id", defines="chokepoint")

BASELINE = Record("baseline_entry", "What happened historically, for the end-of-game comparison.", (
    Field("date", Date(in_play=True), "When.", True, attr="month"),
    Field("text", Text(), "What happened.", True),
    Field("crisis", CRISIS, "The crisis it concerns.", nullable=True),
    Field("outcome", OneOf(m.OUTCOMES), "The crisis's outcome, when this ended it.", nullable=True),
), m.BaselineEntry)

REGION = Record("region", "A campaign's own polygon, for places the base map lacks.", (
    _id(), _name(),
    Field("rings", ListOf(ListOf(LONLAT, 4), 1),
          "Closed rings of [longitude, latitude] points; the first ring is the outline.", True),
), m.Region, key="id", defines="region")


MAP_ID = Ident("base map id", SNAKE_ID, rule="lower-case snake_case")

LATER_MAP = Record("later_map", "A base map that replaces the one before it from a date.", (
    Field("from", Date(in_play=True), "The first month it is shown.", True, attr="month"),
    Field("map", MAP_ID, "The built-in base map, e.g. europe_1994.", True),
), m.MapChange)


# --- files --------------------------------------------------------------------------------

HEADER = Record("campaign_header", "The campaign's header; only in campaign.yaml.", (
    Field("format", Whole(1, 1, (1,)), "The format version: 1.", True),
    Field("id", NEW_ID, "The campaign's id, used in saves.", True),
    _name("The campaign's title."),
    Field("period", Text(), "The years it covers, as text (1920-1939)."),
    Field("description", Text(), "A paragraph for the campaign list.", True),
    Field("start", Date(), "The first turn's month.", True),
    Field("end", Date(), "The last month played.", True),
    Field("turn_months", Whole(1, 12), "Months per turn.", True),
    Field("base_map", MAP_ID, "The built-in base map, e.g. europe_1930.", True),
    Field("later_maps", ListOf(LATER_MAP),
          "Base maps that replace base_map from a date, in date order (borders that change "
          "during the campaign); a nation's territory may name features of any of them."),
    Field("rivalries", ListOf(ListOf(NEW_ID, 2, 2)),
          "Pairs of blocs that are rivals, [a, b]: a nation counts the gains of a rival bloc's "
          "aggressor as its own reason to stand against it. Left out, any two blocs are "
          "rivals (a world of two camps); an empty list, none are."),
    Field("tension", STAT, "World tension at the start."),
    Field("fortune", Whole(0, m.MAX_FORTUNE), "The fortunes of history: how far its crises' "
          "opening resolve, stake and clarity may stray from the figures given, drawn once a "
          "game, unless a crisis sets its own; 0 fixes them."),
    Field("include", ListOf(Ident("file name", FILE_NAME,
                                  rule="a .yaml file of the campaign folder, "
                                       "as a relative path with /")),
          "Other files of this folder to read, in order."),
))

SECTIONS = Record("campaign_sections", "Lists that any campaign file may hold; files add up.", (
    Field("nations", ListOf(NATION_RECORD), "The nations."),
    Field("organisations", ListOf(ORGANISATION), "The organisations."),
    Field("crises", ListOf(CRISIS_RECORD), "The crises that may start."),
    Field("events", ListOf(EVENT), "The scripted events."),
    Field("treaties", ListOf(TREATY), "Treaties in force at the start."),
    Field("relations", ListOf(RELATION), "Relations at the start."),
    Field("chokepoints", ListOf(CHOKEPOINT_RECORD), "Straits and canals."),
    Field("baseline", ListOf(BASELINE), "The historical record to compare the game with."),
    Field("regions", ListOf(REGION), "The campaign's own map polygons."),
    Field("flags", ListOf(SET_FLAG), "Flags set at the start."),
))


FILE = Record("campaign_file", "Any file of a campaign folder.", tuple(
    dataclasses.replace(f, required=False, doc=f.doc + " Required in campaign.yaml.")
    for f in HEADER.fields if f.required) + tuple(
    f for f in HEADER.fields if not f.required) + SECTIONS.fields)
"""What the loader reads from every file; it then checks that only campaign.yaml has a
header, with all the header's required keys."""


def json_schema() -> JsonSchema:
    """The JSON Schema (draft 2020-12) of a campaign file: header keys and/or list sections."""
    defs: JsonSchema = {}
    body = FILE.object_schema(defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Collective Security campaign file",
        "description": ("A file of a campaign folder. campaign.yaml holds the header ("
                        + ", ".join(f.name for f in HEADER.fields if f.required)
                        + " are required there) and may include other files; every file may "
                        "hold the list sections."),
        "type": "object",
        "properties": body["properties"],
        "additionalProperties": False,
        # a file with any header key is campaign.yaml, which needs the whole header
        "dependentRequired": {f.name: [g.name for g in HEADER.fields if g.required and g is not f]
                              for f in HEADER.fields},
        "$defs": dict(sorted(defs.items())),
    }

"""A small campaign built in code, so that the UI tests do not depend on the bundled campaigns'
balance: five nations, the League (unanimity) and the UN (Security Council with a veto), one
crisis that starts at once, one event with a choice for the player."""

from __future__ import annotations

from game.engine.calendar import month
from game.engine.model import (
    BaselineEntry,
    BodyDef,
    Campaign,
    ChangeCredibility,
    ChangeRelation,
    Choice,
    ChoiceOption,
    CrisisDef,
    CrisisEnded,
    DateFrom,
    EventDef,
    NationDef,
    Objective,
    OrgDef,
    Span,
    StartCrisis,
    Threshold,
)


def nation(code, name, mil, eco, orient, *, playable=False, colour=None, lonlat=None, **kw):
    return NationDef(code=code, name=name, military=mil, economy=eco, will=60, legitimacy=60,
                     stability=60, orientation=orient, playable=playable, colour=colour,
                     capital_lonlat=lonlat, **kw)


def mini_campaign() -> Campaign:
    objectives = (
        Objective("stop", "Stop the invasion of Ethiopia.", CrisisEnded("abyssinia", "withdrawal"),
                  30),
        Objective("peace", "Keep the League credible.", DateFrom(month(1935, 1)), 10),
        Objective("late", "Still stand at the end.", DateFrom(month(1936, 6)), 10),
    )
    nations = (
        nation("GBR", "United Kingdom", 70, 75, 20, playable=True, colour=(200, 60, 60),
               lonlat=(-0.1, 51.5), capital="London", personality="multilateralist",
               briefing="An empire at peace, a navy at Suez, voters who remember the Somme.",
               objectives=objectives, controls=("suez",)),
        nation("FRA", "France", 65, 60, 25, playable=True, colour=(60, 90, 200),
               lonlat=(2.3, 48.9), capital="Paris", personality="hawk",
               briefing="Security first; Germany is the real danger.", objectives=objectives),
        nation("ITA", "Italy", 50, 40, 75, playable=True, colour=(40, 150, 60),
               lonlat=(12.5, 41.9), capital="Roma", personality="opportunist",
               briefing="A place in the sun.", objectives=(
                   Objective("empire", "Conquer Ethiopia.", CrisisEnded("abyssinia", "conquest"), 30),
                   Objective("a", "Hold on.", DateFrom(month(1935, 1)), 10),
                   Objective("b", "Hold on longer.", DateFrom(month(1936, 1)), 10))),
        nation("ETH", "Ethiopia", 10, 5, 10, colour=(200, 170, 60), lonlat=(38.7, 9.0),
               capital="Addis Ababa"),
        nation("USA", "United States", 60, 90, 20, colour=(90, 90, 160), lonlat=(-77, 38.9),
               personality="isolationist"),
        nation("SOV", "Soviet Union", 60, 40, 60, colour=(160, 40, 40), lonlat=(37.6, 55.8),
               personality="opportunist"),
    )
    league = OrgDef(
        id="league", name="League of Nations", kind="universal", credibility=55,
        members=tuple(Span(c) for c in ("GBR", "FRA", "ITA", "ETH", "SOV")),
        bodies=(BodyDef("council", "League Council", "unanimity",
                        seats=(Span("GBR", permanent=True), Span("FRA", permanent=True),
                               Span("ITA", permanent=True), Span("SOV"))),
                BodyDef("assembly", "League Assembly", "unanimity")))
    un = OrgDef(
        id="un", name="United Nations", kind="universal", credibility=60,
        members=tuple(Span(c) for c in ("GBR", "FRA", "ITA", "ETH", "USA", "SOV")),
        bodies=(BodyDef("council", "Security Council", "security_council",
                        seats=(Span("USA", permanent=True), Span("GBR", permanent=True),
                               Span("FRA", permanent=True), Span("SOV", permanent=True),
                               Span("ITA"), Span("ETH")),
                        thresholds=(Threshold(month(1934, 1), 6, 4),), binding=True),
                BodyDef("assembly", "General Assembly", "assembly",
                        emergency_from=month(1934, 1))))
    crisis = CrisisDef(
        id="abyssinia", name="The Abyssinian crisis", kind="interstate_aggression",
        aggressor="ITA", victims=("ETH",), org="league", stage=1, clarity=70, resolve=70,
        stake=70, article=15, location=(39.5, 9.0), chokepoint="suez",
        description="Italy masses troops in Eritrea.",
        levers=("Oil sanctions would bite.",), historical_outcome="conquest")
    start = EventDef(id="walwal", title="Clash at Walwal", text="Shots at an oasis.",
                     trigger=DateFrom(month(1935, 1)), effects=(StartCrisis("abyssinia"),),
                     choice=Choice("GBR", "Italy asks for a free hand.", (
                         ChoiceOption("refuse", "Refuse", (ChangeRelation("GBR", "ITA", -10),),
                                      explain="Relations with Italy worsen."),
                         ChoiceOption("accept", "Accept quietly",
                                      (ChangeCredibility("league", -10),),
                                      explain="The League's credibility suffers."))))
    return Campaign(
        id="mini", name="A small test campaign", description="Five nations, one crisis.",
        start=month(1935, 1), end=month(1936, 12), turn_months=3, base_map="world_1930",
        nations=nations, organisations=(league, un), crises=(crisis,), events=(start,),
        baseline=(BaselineEntry(month(1935, 10), "Italy invades Ethiopia.", "abyssinia"),
                  BaselineEntry(month(1936, 5), "Addis Ababa falls.", "abyssinia", "conquest")),
        tension=40, period="1935-1936")

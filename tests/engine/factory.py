"""A small campaign built in Python, so engine tests do not depend on the YAML loader."""

from __future__ import annotations

from dataclasses import replace

from game.engine import model as m
from game.engine.calendar import month, parse_date


def nation(code, name, mil, eco, *, orient=20, pers="multilateralist",
           ideology="liberal_democracy", bloc="west", lonlat=(0.0, 50.0), **kw):
    return m.NationDef(code, name, mil, eco, 60, 60, 60, orient, ideology=ideology, bloc=bloc,
                       personality=pers, capital_lonlat=lonlat, **kw)


def span(code, start=None, end=None, permanent=False):
    return m.Span(code, parse_date(start) if start else None, parse_date(end) if end else None,
                  permanent)


NATIONS = (
    nation("GBR", "United Kingdom", 70, 80, lonlat=(-0.1, 51.5), controls=("suez",),
           playable=True, briefing="b",
           objectives=(m.Objective("peace", "Keep the peace", m.TensionIs("<", 60), 10),)),
    nation("FRA", "France", 65, 60, lonlat=(2.3, 48.9)),
    nation("ITA", "Italy", 45, 35, orient=75, pers="opportunist", ideology="fascist",
           bloc="revisionist", lonlat=(12.5, 41.9), oil_dependence=85,
           claims=(m.Claim("albania", "ALB", "Albania", 40, ("albania",)),)),
    nation("JPN", "Japan", 55, 45, orient=65, pers="hawk", ideology="militarist", bloc="revisionist",
           lonlat=(139.7, 35.7)),
    nation("ETH", "Ethiopia", 10, 5, ideology="monarchy", bloc="none", lonlat=(38.7, 9.0),
           territory=("ethiopia",)),
    nation("CHN", "China", 30, 20, ideology="nationalist", bloc="none", lonlat=(118.8, 32.1)),
    nation("USA", "United States", 80, 100, pers="isolationist", lonlat=(-77.0, 38.9)),
    nation("SOV", "Soviet Union", 70, 45, orient=50, ideology="communist", bloc="east",
           lonlat=(37.6, 55.8)),
    nation("NOR", "Norway", 8, 15, lonlat=(10.7, 59.9)),
    nation("ALB", "Albania", 4, 3, ideology="monarchy", bloc="none", lonlat=(19.8, 41.3),
           territory=("albania",)),
    nation("EGY", "Egypt", 10, 10, bloc="none", ideology="monarchy", lonlat=(31.2, 30.0)),
    nation("CRO", "Croatia", 10, 10, lonlat=(16.0, 45.8), exists_from=month(1936, 1)),
)

LEAGUE = m.OrgDef(
    "league", "League of Nations", "universal",
    members=tuple(span(c) for c in ("GBR", "FRA", "ITA", "JPN", "ETH", "CHN", "NOR", "ALB",
                                    "EGY")) + (span("SOV", "1934-09"),),
    bodies=(
        m.BodyDef("council", "League Council", "unanimity",
                  seats=(span("GBR", permanent=True), span("FRA", permanent=True),
                         span("ITA", permanent=True), span("JPN", permanent=True),
                         span("CHN"), span("NOR"), span("SOV", "1934-09", permanent=True))),
        m.BodyDef("assembly", "League Assembly", "unanimity"),
    ),
    credibility=60,
)

UN = m.OrgDef(
    "un", "United Nations", "universal",
    members=tuple(span(c) for c in ("GBR", "FRA", "USA", "SOV", "CHN", "NOR", "EGY", "ETH")),
    bodies=(
        m.BodyDef("council", "Security Council", "security_council",
                  seats=(span("USA", permanent=True), span("SOV", permanent=True),
                         span("GBR", permanent=True), span("FRA", permanent=True),
                         span("CHN", permanent=True), span("NOR"), span("EGY")),
                  thresholds=(m.Threshold(month(1930, 1), 11, 4),
                              m.Threshold(month(1966, 1), 15, 5)),
                  binding=True),
        m.BodyDef("assembly", "General Assembly", "assembly", emergency_from=month(1930, 1)),
    ),
    credibility=55,
)

CRISES = (
    m.CrisisDef("abyssinia", "The Abyssinian crisis", "interstate_aggression", "ITA", ("ETH",),
                org="league", stage=2, clarity=75, resolve=70, stake=70, chokepoint="suez",
                region=("ethiopia",), location=(39.5, 9.0), historical_outcome="conquest"),
    m.CrisisDef("manchuria", "The Mukden incident", "interstate_aggression", "JPN", ("CHN",),
                org="league", stage=2, clarity=45, resolve=70, stake=70, article=11,
                location=(123.4, 41.8)),
)

EVENTS = (
    m.EventDef("start", "War in East Africa", "Italy moves.", trigger=m.DateFrom(month(1930, 1)),
               effects=(m.StartCrisis("abyssinia"), m.StartCrisis("manchuria")), window=0),
)
"""Dated with no window, and the campaign without fortune: the engine's tests pin the rules
on the figures given (tests/engine/test_fortune.py draws them)."""


def campaign(**changes) -> m.Campaign:
    base = m.Campaign(
        id="factory", name="Factory", description="Engine test campaign.",
        start=month(1930, 1), end=month(1937, 10), turn_months=3, base_map="world_1930",
        nations=NATIONS, organisations=(LEAGUE, UN), crises=CRISES, events=EVENTS,
        chokepoints=(m.Chokepoint("suez", "Suez Canal", "GBR"),),
        treaties=(m.TreatyDef("guarantee", "FRA", "ALB"),), fortune=0,
    )
    return replace(base, **changes)

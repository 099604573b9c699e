"""The fortunes of history (game/engine/fortune.py, issue 15: "none is certain"): each crisis's
opening resolve, stake and clarity and each dated start are drawn once a game, within the
bounds the campaign declares, from the game's seed alone, and hidden from every seat."""

from collections import Counter
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.content import load_campaign
from game.engine import fortune, new_game, state_hash, view
from game.engine import model as m
from game.engine.calendar import month
from game.engine.view import visible_events
from game.session.session import Session

from .factory import campaign
from .helpers import printed_under_hash_seeds

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini_campaign"
SCRIPT = (
    "from game.content import load_campaign\n"
    "from game.session.session import Session\n"
    "from game.engine import state_hash\n"
    "s = Session(load_campaign('tests/fixtures/mini_campaign').campaign, seed=7)\n"
    "s.play_out(6)\n"
    "print(state_hash(s.state))\n"
)


def mini() -> m.Campaign:
    loaded = load_campaign(MINI).campaign
    assert loaded is not None
    return loaded


def fixed(c: m.Campaign) -> m.Campaign:
    """``c`` with every fortune and every window 0."""
    return replace(c, fortune=0, crises=tuple(replace(d, fortune=0) for d in c.crises),
                   events=tuple(replace(e, window=0) for e in c.events))


def dated_start(window: int | None = None) -> m.Campaign:
    """The factory campaign whose crises start on a date with this window."""
    start = replace(campaign().events[0], trigger=m.DateFrom(month(1931, 1)), window=window)
    return campaign(events=(start,))


def test_same_seed_same_fortunes_under_different_hash_seeds():
    """The draws depend on the seed alone: two PYTHONHASHSEED values, one state hash."""
    local = Session(mini(), seed=7)
    local.play_out(6)
    assert printed_under_hash_seeds(SCRIPT, ("0", "31337")) == {state_hash(local.state)}


def test_other_seeds_draw_other_fortunes():
    """The fortunes vary between games: a crisis's opening figures are not the same in every
    seed."""
    c = campaign(fortune=10)
    drawn = {tuple(getattr(new_game(c, seed).crises["abyssinia"], f) for f in fortune.FIGURES)
             for seed in range(1, 30)}
    assert len(drawn) > 10


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**9), spread=st.integers(0, m.MAX_FORTUNE))
def test_drawn_figures_stay_within_the_spread(seed, spread):
    """Each opening figure is the campaign's within the spread, and within 0-100."""
    c = campaign(fortune=spread)
    state = new_game(c, seed)
    for d in c.crises:
        for figure in fortune.FIGURES:
            value, given_value = getattr(state.crises[d.id], figure), getattr(d, figure)
            assert 0 <= value <= 100
            assert abs(value - given_value) <= spread


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**9), window=st.integers(0, m.MAX_WINDOW))
def test_a_shift_stays_within_the_window(seed, window):
    """An event's dates move by at most its window, in whole turns."""
    event = replace(dated_start().events[0], window=window)
    assert abs(fortune.shift_of(seed, replace(campaign(), events=(event,)), event)) <= window


def test_the_given_figure_is_the_most_likely():
    """Fortune is a spread around history, not noise: over many games the figure the campaign
    gives is drawn more often than any other, and the ends of the spread the least."""
    c = campaign(fortune=3)
    counts = Counter(new_game(c, seed).crises["abyssinia"].resolve - 70 for seed in range(400))
    assert counts.most_common(1)[0][0] == 0
    assert counts[3] < counts[1] and counts[-3] < counts[-1]


def test_fortune_zero_gives_the_game_without_the_rule(monkeypatch):
    """Every fortune and window at 0 plays exactly the game the rules played before
    fortunes: the same state hash as with the draws switched off."""
    c = fixed(mini())
    plain = Session(c, seed=3)
    plain.play_out(8)
    monkeypatch.setattr(fortune, "cast", lambda ctx: None)
    monkeypatch.setattr(fortune, "trigger", lambda seed, camp, event: event.trigger)
    off = Session(c, seed=3)
    off.play_out(8)
    assert state_hash(plain.state) == state_hash(off.state)
    assert not [e for e in plain.chronicle if str(e.get("purpose", "")).startswith("fortune")]


def test_a_crisis_fortune_overrides_the_campaigns():
    """A crisis's own fortune wins over the campaign's: 0 keeps its figures as given."""
    crises = (replace(campaign().crises[0], fortune=0), campaign().crises[1])
    c = campaign(fortune=20, crises=crises)
    for seed in range(1, 20):
        state = new_game(c, seed)
        a = state.crises["abyssinia"]
        assert (a.resolve, a.stake, a.clarity) == (70, 70, 75)
    assert len({new_game(c, seed).crises["manchuria"].resolve for seed in range(1, 20)}) > 1


def test_a_dated_start_has_a_window_by_default_and_other_events_none():
    """A dated event that starts a crisis may come a turn early or late unless it says
    otherwise; an event that starts nothing, or starts a crisis on no date, keeps its time."""
    start = dated_start().events[0]
    assert fortune.window_of(start) == m.START_WINDOW
    assert fortune.window_of(replace(start, window=3)) == 3
    assert fortune.window_of(replace(start, effects=(m.ChangeTension(5),))) == 0
    assert fortune.window_of(replace(start, trigger=m.FlagSet("war"))) == 0


def test_a_dated_start_comes_when_its_shift_says():
    """The crisis starts in the turn of its date moved by the drawn shift: earlier, on time
    or later (the real date is the mode)."""
    c = dated_start(window=2)
    seen = set()
    for seed in range(1, 60):
        shift = fortune.shift_of(seed, c, c.events[0])
        session = Session(c, seed=seed)
        while session.state.crises["abyssinia"].started is None:
            session.play_out(1)
        assert session.state.crises["abyssinia"].started == month(1931, 1) + 3 * shift
        seen.add(shift)
    assert seen == {-2, -1, 0, 1, 2}


def test_a_crisis_does_not_start_before_its_aggressor_exists():
    """fortune.floor: a dated start may come sooner than in history, but not before its
    aggressor exists (``exists_from``): drawn early, the crisis would open and end at once
    as if the aggressor were gone. Precedent: the Congo's crisis could not open before
    Katanga's secession (July 1960)."""
    nations = tuple(replace(d, exists_from=month(1931, 1)) if d.code == "ITA" else d
                    for d in campaign().nations)
    c = replace(dated_start(window=2), nations=nations)
    shifts = set()
    for seed in range(1, 60):
        shifts.add(fortune.shift_of(seed, c, c.events[0]))
        session = Session(c, seed=seed)
        while session.state.crises["abyssinia"].started is None:
            session.play_out(1)
        assert session.state.crises["abyssinia"].started >= month(1931, 1)
        assert session.state.crises["abyssinia"].outcome is None
    assert shifts == {0, 1, 2}


def test_the_draws_are_hidden_from_every_seat():
    """No seat reads a fortune draw: they are recorded for the chronicle's dice, hidden like
    every draw, and a view holds no seed to draw them again (a crisis's figures stay as public
    as they always were)."""
    state = Session(dated_start(), seed=4).state
    events = Session(dated_start(), seed=4).chronicle
    draws = [e for e in events if str(e.get("purpose", "")).startswith("fortune:")]
    assert draws and all(e.visible_to == () for e in draws)
    for code in state.nations:
        assert not [e for e in visible_events(draws, code)]
        assert view(state, code).facts.seed == 0

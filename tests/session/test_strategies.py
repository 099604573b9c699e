"""Strategy players for the tables of issue 14: they play within the rules and the view."""

from pathlib import Path

import pytest

from game.balance import strategies as st
from game.balance.games import load, play
from game.balance.pool import stream
from game.balance.table import Table, load_all, render_campaign, run, tasks
from game.engine import Action, parse_action
from game.engine.calendar import parse_date
from game.engine.orders.prevention import SIGN_OF
from game.session.session import Session

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"
SCRIPTED = {"passive": st.passive, "random": st.random_orders,
            "security": st.collective_security, "appeasement": st.appeasement,
            "interest": st.national_interest, "prevention": st.prevention,
            "reaction": st.reaction, "prevreact": st.prevention_then_reaction}
R2P = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "r2p_1992"


@pytest.fixture(scope="module")
def mini():
    return load(MINI)


def _spy(choose, seen):
    def spy(v, me, key):
        action = choose(v, me, key)
        seen.append((v, me, action))
        return action
    return spy


@pytest.mark.parametrize("name", sorted(SCRIPTED))
def test_scripted_players_see_only_their_view_and_keep_the_rules(mini, name):
    """A human sees only its nation's view: no other nation's ballots before the count, its
    pending decisions or its ledger; and every move it picks is legal."""
    seen = []
    player = st.ViewPlayer(_spy(SCRIPTED[name], seen))
    play(mini, 2, {"ALD": player})
    assert seen and player.refused == 0
    for v, me, _ in seen:
        assert all(n == me for res in v.resolutions.values() for n, _ in res.ballots)
        assert set(v.choices) <= {me}
        assert all(c.nation == me for c in v.ledger)


def test_passive_only_ends_abstains_and_takes_first_answers(mini):
    seen = []
    play(mini, 1, {"BRV": st.ViewPlayer(_spy(st.passive, seen))})
    verbs = {a.verb for _, _, a in seen}
    assert verbs <= {"end", "vote", "choose"} and "end" in verbs
    assert all(a.args[1] == "abstain" for _, _, a in seen if a.verb == "vote")


def test_collective_security_tables_measures_against_aggressors(mini):
    seen = []
    play(mini, 1, {"ALD": st.ViewPlayer(_spy(st.collective_security, seen))})
    tabled = [a for _, _, a in seen if a.verb == "table"]
    assert tabled and all(a.args[1] in st.CRISIS_KINDS_OF_RESOLUTION for a in tabled)


def _orders_until(camp, nation: str, choose, until: str) -> list[tuple[str, Action]]:
    """(Rwanda's phase then, order) for each order ``choose`` gives ``nation`` in an otherwise
    all-AI game of seed 1 until ``until``; every move it picks is legal."""
    session, given = Session(camp, 1), []
    player = st.ViewPlayer(choose)
    while session.state.month < parse_date(until):
        now = session.state.waiting_for()[0]
        if now != nation:
            session.submit(session.ai_action(now))
            continue
        rwanda = session.state.crises["rwanda_1993"]
        action = player(session.state, now)
        if action.verb not in ("end", "vote", "choose"):
            given.append(("active" if rwanda.active else rwanda.phase, action))
        session.submit(action)
    assert player.refused == 0
    return given


@pytest.fixture(scope="module")
def r2p():
    return load(R2P)


def test_prevention_acts_on_rwanda_before_the_killing_and_not_after(r2p):
    """Early prevention (issue 19): while Rwanda is latent the player mediates, aids,
    presses Kigali and tables the inquiry or preventive deployment; nothing once it is
    active."""
    given = _orders_until(r2p, "CAN", st.prevention, "1995-01")
    latent = {a.verb for phase, a in given if phase == "latent"}
    assert {"mediate", "stabilise", "dissuade"} <= latent
    assert all(phase == "latent" or a.args[-1] != "rwanda_1993" for phase, a in given)


def test_prevention_pays_only_for_cuts_that_bite(r2p):
    """The prevention doctrine spends its capital where an order still lowers a sign (issue
    19: it mediated every turn in a Rwanda whose grievances stood at 0-5 for fifteen years,
    and spent three times the capital reaction spent): no preventive order on a sign it sees
    at QUIET or below, and no draft tabled while the same one waits on an agenda or was
    given this phase in another body (it tabled every arms embargo on Rwanda in the Assembly
    and the Council at once, paying twice)."""
    seen = []
    _orders_until(r2p, "CAN", _spy(st.prevention, seen), "1997-01")
    given = [(v, a) for v, _, a in seen if a.verb in SIGN_OF]
    assert given
    assert all(getattr(v.crises[a.args[0]], SIGN_OF[a.verb]) > st.QUIET for v, a in given)
    for v, _, a in seen:
        if a.verb == "table":
            assert not any(r.kind == a.args[1] and r.subject == a.args[2]
                           and r.param("type") == a.params().get("type", "")
                           for r in v.resolutions.values() if r.status == "tabled")
            assert not any(g.verb == "table" and g.args[1:3] == a.args[1:3]
                           and g.params() == a.params() for g in map(parse_action, v.orders))


def test_reaction_waits_for_the_killing_then_tables_measures(r2p):
    """Reaction only (issue 19): no order on Rwanda while it is latent; once the killing has
    begun, measures tabled on it."""
    given = _orders_until(r2p, "CAN", st.reaction, "1995-01")
    on_rwanda = [(phase, a) for phase, a in given if "rwanda_1993" in a.args]
    assert all(phase == "active" for phase, _ in on_rwanda)
    assert any(a.verb == "table" for _, a in on_rwanda)


def test_prevention_then_reaction_prevents_while_latent_and_reacts_once_violent(r2p):
    """Prevention then reaction (issue 19, the doctrine of the 2001 ICISS report: the
    responsibility to prevent first, to react when prevention fails): preventive orders only
    on latent crises, measures tabled on crises whose violence has begun (Somalia's, never
    latent), and no preventive order once a crisis is active."""
    seen = []
    _orders_until(r2p, "CAN", _spy(st.prevention_then_reaction, seen), "1995-01")
    preventive = [v.crises[a.args[0]].phase for v, _, a in seen if a.verb in SIGN_OF]
    assert preventive and set(preventive) == {"latent"}
    assert any(a.verb == "table" and v.crises[a.args[2]].active for v, _, a in seen
               if a.verb == "table" and a.args[2] in v.crises)


def test_the_normal_ai_as_a_player_is_the_all_ai_game(mini):
    """The AI column for 'normal' comes from all-AI games: the AI player must play exactly as
    the session's AI does."""
    assert play(mini, 4, {"CAS": st.AIPlayer("normal")}).scores == play(mini, 4).scores


def test_strategies_are_deterministic(mini):
    """Same seed, same strategy, same game: the random player's die is seeded too."""
    a = play(mini, 5, {"BRV": st.ViewPlayer(st.random_orders)})
    b = play(mini, 5, {"BRV": st.ViewPlayer(st.random_orders)})
    assert (a.scores, a.objectives, a.votes) == (b.scores, b.objectives, b.votes)


def test_table_is_the_same_whatever_the_number_of_jobs():
    folders = [str(MINI)]
    load_all(folders)
    work = tasks(folders, ["passive", "normal"], [1, 2])
    tables = []
    for jobs in (1, 2):
        table = Table()
        for outcome in stream(run, work, jobs, load_all, (folders,)):
            table.add(outcome)
        tables.append(table)
    assert dict(tables[0].cells) == dict(tables[1].cells)
    text = "\n".join(render_campaign(tables[0], str(MINI), ["passive", "normal"]))
    assert "over 2 seeds" in text and "passive never all" in text


def test_goals_say_which_hold_per_nation():
    """The goal summary reads the medians per nation: a passive game meeting every objective
    fails 'passive never all'; a hard AI below a doctrine fails 'hard>=doctrines'."""
    folder = str(MINI)
    load_all([folder])
    table = Table()
    plan = {"passive": (10, 0), "random": (12, 0), "easy": (20, 1), "normal": (30, 2),
            "hard": (40, 2), "security": (50, 2), "appeasement": (5, 0), "interest": (25, 1)}
    for code in ("ALD", "BRV", "CAS"):
        for sid, (score, met) in plan.items():
            table.cells[(folder, code, sid)] = {1: (score, met), 2: (score, met)}
    table.cells[(folder, "BRV", "passive")][2] = (10, 3)
    lines = render_campaign(table, folder, list(plan))
    goals = lines[next(i for i, line in enumerate(lines) if "goals" in line):]
    rows = {line.split()[0]: line.split()[1:5] for line in goals
            if line.split() and line.split()[0] in ("ALD", "BRV", "CAS")}
    assert rows["ALD"] == ["yes", "yes", "yes", "NO"]
    assert rows["BRV"] == ["yes", "yes", "NO", "NO"]
    assert "  no single doctrine best for every nation: NO" in lines

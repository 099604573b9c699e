"""Difficulty as strength (issue 14): the AI plans for its own final score over a horizon that
grows with difficulty (``game.ai.planning``), and spends the diplomatic capital that would
fade on the orders that pay; the easy AI plays for the moment."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.planning import Outlook
from game.ai.policy import GENERAL_WAR, Mind, plan
from game.engine import new_game, parse_action
from game.engine.orders.turn import END_SCORE
from game.engine.view import view

from tests.engine import factory
from tests.engine.factory import campaign
from tests.engine.helpers import carry_out


def with_objectives(code: str, *objectives) -> object:
    """A new game of the factory campaign in which ``code`` holds only ``objectives``."""
    nations = tuple(replace(n, objectives=objectives) if n.code == code else n
                    for n in factory.NATIONS)
    return new_game(campaign(nations=nations), seed=1)


def worth(state, nation: str, text: str, difficulty: str) -> float:
    """What the order ``text`` does for ``nation``'s final score, as its AI at ``difficulty``
    sees it (0 when it sees nothing)."""
    found = Outlook(Mind(view(state, nation), difficulty)).worth(parse_action(text))
    return found[0] if found else 0.0


def poorer(state, code: str, by: int):
    """``state`` with ``code``'s economy ``by`` below where it started."""
    state = state.copy()
    n = state.nations[code]
    state.nations = {**state.nations, code: replace(n, economy=n.economy - by)}
    return state


def test_the_horizon_grows_with_difficulty():
    """An objective counted at the campaign's end (an economy of 85 for Britain) pulls the
    hard AI, which plans to the end, towards investing more than the normal AI, which looks
    eight turns ahead, and the normal more than the easy AI, which looks one turn ahead."""
    solvent = factory.m.Objective("solvent", "A solvent empire",
                                  factory.m.StatIs("GBR", "economy", ">=", 85), 20)
    state = with_objectives("GBR", solvent)
    easy, normal, hard = (worth(state, "GBR", "GBR invest", d)
                          for d in ("easy", "normal", "hard"))
    assert 0 <= easy < normal < hard


def test_an_economy_below_its_start_is_worth_rebuilding():
    """The score counts the economy a nation lost by the end: with no objective about it, the
    hard AI still values an investment that wins back lost economy, and not one far above its
    start, beyond any shock it foresees (growth at home pays only through the objectives)."""
    state = with_objectives("GBR")
    assert worth(poorer(state, "GBR", -60), "GBR", "GBR invest", "hard") == 0
    assert worth(poorer(state, "GBR", 10), "GBR", "GBR invest", "hard") > 0


def test_a_far_sighted_planner_keeps_a_buffer():
    """The end of a figure is less certain the further ahead one looks (``planning.DRIFT``):
    with its economy just above its objective's threshold, the hard AI, which plans to the
    campaign's end, still values an investment as a buffer against the shocks to come, where
    the easy AI, which looks one turn ahead, sees the objective met. Italy's economy, well
    above its objective in 1934, fell below it under the war and sanctions of 1935-36."""
    solvent = factory.m.Objective("solvent", "A solvent empire",
                                  factory.m.StatIs("GBR", "economy", ">=", 85), 20)
    state = poorer(with_objectives("GBR", solvent), "GBR", -15)  # 95: room left below 100
    assert worth(state, "GBR", "GBR invest", "easy") == 0
    assert worth(state, "GBR", "GBR invest", "hard") > 0


def test_rallying_counts_will_on_average():
    """Will counts in the score on its average over the campaign, and a rally fades as opinion
    settles: the hard AI, which sees it last to the end, values it; the easy AI, which sees
    one turn of it, hardly at all."""
    state = with_objectives("GBR")
    easy, hard = (worth(state, "GBR", "GBR rally", d) for d in ("easy", "hard"))
    assert 0 <= easy < hard


def test_aid_counts_what_it_costs_at_home():
    """Aid costs the giver economy: once its economy is below its start, the hard AI counts
    the loss against the aid."""
    state = poorer(with_objectives("GBR"), "GBR", 10)
    assert worth(state, "GBR", "GBR aid ETH", "hard") < 0


def test_courting_serves_an_objective_about_relations():
    """France's 'Latin sister' objective in the League campaign (relations with Italy at 20 or
    better): courting Italy is worth more to France's hard AI when it holds the objective, and
    nothing without it."""
    sister = factory.m.Objective("sister", "Latin sister",
                                 factory.m.RelationIs("FRA", "ITA", ">=", 20), 15)
    assert worth(with_objectives("FRA", sister), "FRA", "FRA improve ITA", "hard") > 0
    assert worth(with_objectives("FRA"), "FRA", "FRA improve ITA", "hard") == 0


def test_a_measure_serves_an_objective_on_the_crisis_end():
    """An objective that wants a crisis stopped (Abyssinia not conquered) makes tabling its
    next measure worth more to the hard AI; one that wants the same crisis to end in conquest
    makes it worth less than nothing."""
    stopped = factory.m.Objective("stopped", "Abyssinia checked", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    won = factory.m.Objective("won", "Abyssinia taken",
                              factory.m.CrisisEnded("abyssinia", "conquest"), 20)
    order = "GBR table league.council condemn abyssinia"
    plain = worth(with_objectives("GBR"), "GBR", order, "hard")
    assert worth(with_objectives("GBR", stopped), "GBR", order, "hard") > plain
    assert worth(with_objectives("GBR", won), "GBR", order, "hard") < 0


def test_no_credit_is_planned_for_measures_against_ones_own_side():
    """The AI plans for the score as it is paid (``credit.creditable``): Japan, Italy's
    partner in the revisionist bloc, sees no credit in tabling a measure on Abyssinia, where
    Norway, holding the same objective, sees some."""
    peace = factory.m.Objective("peace", "Keep the peace", factory.m.TensionIs("<", 60), 20)
    nations = tuple(replace(n, objectives=(peace,)) if n.code in ("JPN", "NOR") else n
                    for n in factory.NATIONS)
    state = new_game(campaign(nations=nations), seed=1)
    assert worth(state, "NOR", "NOR table league.council condemn abyssinia", "hard") > 0
    assert worth(state, "JPN", "JPN table league.council condemn abyssinia", "hard") == 0


@pytest.mark.parametrize("difficulty, budgets", [("easy", False), ("normal", True),
                                                 ("hard", True)])
def test_capital_that_would_fade_is_spent_on_orders_that_pay(difficulty, budgets):
    """Half of the capital left unspent fades at the turn's end: the normal and hard AIs spend
    what they need not keep on the orders that pay over their horizon (here a rally, which
    counts in the average of will), while the easy AI leaves it to fade."""
    state = with_objectives("NOR")
    state = state.copy()
    state.nations = {**state.nations, "NOR": replace(state.nations["NOR"], capital=15,
                                                     economy=40, military=40)}
    verbs = [c.action.verb for c in plan(view(state, "NOR"), key=1, difficulty=difficulty)]
    assert ("rally" in verbs) is budgets


def test_spare_capital_goes_only_to_investments_and_courting():
    """Spare capital buys only orders at home and courting, each once a turn: a measure or a
    pledge is given only when worth more than ending the turn, never twice (two pledges in one
    turn were refused by the rules as 'already ordered this turn')."""
    from game.ai.planning import SPARE_ORDERS
    from game.engine.orders import key_of

    state = with_objectives("GBR")
    state = state.copy()
    state.nations = {**state.nations, "GBR": replace(state.nations["GBR"], capital=15)}
    mind = Mind(view(state, "GBR"), "hard")
    chosen = [c.action for c in plan(view(state, "GBR"), key=1, difficulty="hard")]
    keys = [key_of(a) for a in chosen if a.verb != "end"]
    assert len(keys) == len(set(keys))
    spared = [a for a in chosen if a.verb not in ("end",)
              and mind.score(a)[0] <= END_SCORE]
    assert all(a.verb in SPARE_ORDERS for a in spared)


def test_a_demand_is_weighed_by_the_end_it_brings():
    """A granted demand ends its crisis in a concession (``orders.demands``): the planner
    weighs it against the objectives on that end. Germany's objective was Austria taken, not a
    bargain over it (the Anschluss of March 1938 was a march in, not a deal): a demand in a
    crisis whose conquest an objective wants is worth less than nothing; one whose any end an
    objective wants is worth something."""
    taken = factory.m.Objective("taken", "Abyssinia taken",
                                factory.m.CrisisEnded("abyssinia", "conquest"), 20)
    ended = factory.m.Objective("ended", "Abyssinia settled somehow",
                                factory.m.CrisisEnded("abyssinia"), 20)
    order = "ITA demand abyssinia"
    assert worth(with_objectives("ITA", taken), "ITA", order, "hard") < 0
    assert worth(with_objectives("ITA", ended), "ITA", order, "hard") > 0


def with_will(state, code: str, will: int):
    """``state`` with ``code``'s will at ``will``."""
    state = state.copy()
    state.nations = {**state.nations, code: replace(state.nations[code], will=will)}
    return state


def test_a_rally_buys_only_the_will_still_to_win():
    """Will stops at 100 (``state.clamp``): the planner counts only what a rally can still
    raise it by, so the normal AI does not spend its spare capital rallying a public already
    wholly behind it. Britain's National Government won its landslide of 1931 without
    campaigning for a mandate it already had."""
    state = with_objectives("GBR")
    low, near, full = (worth(with_will(state, "GBR", w), "GBR", "GBR rally", "normal")
                       for w in (45, 96, 100))
    assert low > near > full == 0
    full_state = with_will(state, "GBR", 100)
    full_state.nations = {**full_state.nations,
                          "GBR": replace(full_state.nations["GBR"], capital=15)}
    chosen = [c.action.verb for c in plan(view(full_state, "GBR"), key=1, difficulty="normal")]
    assert "rally" not in chosen


def test_the_normal_ai_reads_its_aims_in_a_demand():
    """A government knows what its own aims mean (``planning.READS_AIMS``): the normal AI, as
    the hard one, weighs a demand against an objective that wants the crisis won, not
    bargained over (Hitler wanted Austria annexed in 1938, not a concession over it); the easy
    AI plays for the moment and does not."""
    taken = factory.m.Objective("taken", "Abyssinia taken",
                                factory.m.CrisisEnded("abyssinia", "conquest"), 20)
    state = with_objectives("ITA", taken)
    order = "ITA demand abyssinia"
    assert worth(state, "ITA", order, "normal") < 0
    assert worth(state, "ITA", order, "easy") == 0


def test_an_objective_on_a_flag_set_by_a_crisis_end_is_read_as_that_end():
    """The League campaign's 'Anschluss' flag is set by the event that follows Austria's crisis
    ended in conquest: the planner reads Germany's objective on the flag as that end."""
    from pathlib import Path

    from game.ai.planning import flag_endings
    from game.content.loader import load_campaign

    league = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "league_1920"
    camp = load_campaign(league).campaign
    assert camp is not None
    assert flag_endings(camp)["anschluss"] == factory.m.CrisisEnded("ger_austria", "conquest")


def test_pressure_on_the_aggressor_serves_an_objective_on_the_crisis_end():
    """A mobilisation or a threat takes resolve off the aggressor (``Outlook.pressure``): the
    planner weighs the objectives on the crisis's end by how far that brings the aggressor's
    urge to press on, as this nation guesses it, towards backing down. The American threat
    and the aircraft in the air made Haiti's junta step down in September 1994."""
    stopped = factory.m.Objective("stopped", "Abyssinia checked", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    won = factory.m.Objective("won", "Abyssinia taken",
                              factory.m.CrisisEnded("abyssinia", "conquest"), 20)
    for order in ("GBR mobilise abyssinia", "GBR threaten ITA abyssinia escalate mobilise"):
        assert worth(with_objectives("GBR"), "GBR", order, "hard") == 0
        assert worth(with_objectives("GBR", stopped), "GBR", order, "hard") > 0
        assert worth(with_objectives("GBR", won), "GBR", order, "hard") < 0


def with_legitimacy(state, code: str, legitimacy: int):
    """``state`` with ``code``'s legitimacy at ``legitimacy``."""
    state = state.copy()
    state.nations = {**state.nations, code: replace(state.nations[code], legitimacy=legitimacy)}
    return state


def test_an_escalation_is_weighed_by_the_legitimacy_it_costs():
    """Each step up a crisis's ladder costs the aggressor legitimacy
    (``crises.escalation_legitimacy``), as the escalate order expects it
    (``Order.consequences``); the planner weighs that price against the objectives that need
    legitimacy (``Outlook.priced``): dear to a government near its objective's threshold,
    nothing to one far above it or without such an objective. Nehru's India, which wanted to
    be heard as the world's peacemaker, held back over Goa from 1947 until December 1961."""
    from game.engine.crises import escalation_legitimacy
    from game.engine.orders import ORDERS

    state = with_objectives("ITA", factory.m.Objective(
        "peacemaker", "Standing", factory.m.StatIs("ITA", "legitimacy", ">=", 55), 20))
    order = parse_action("ITA escalate abyssinia")
    price = [e for e in ORDERS["escalate"].consequences(state, order)
             if e.who == "ITA" and e.what == "legitimacy"]
    assert [e.delta for e in price] == [-escalation_legitimacy(state.crises["abyssinia"])]
    near, far = (worth(with_legitimacy(state, "ITA", x), "ITA", order.text(), "normal")
                 for x in (60, 95))
    assert near < far <= 0
    assert worth(with_legitimacy(with_objectives("ITA"), "ITA", 60), "ITA", order.text(),
                 "normal") > near


def test_a_peers_red_line_is_weighed_by_the_general_war_it_makes_the_aggressor_fear():
    """Iran, 1946 (Stalin withdrew under American pressure, fearing a war with the United
    States): a peer's mobilisation or red line takes the aggressor's resolve and, beside it,
    brings the fear of a general war (``Mind.dread_added``), which the planner weighs with the
    blow; a power already on the brink adds no new fear, and with the world calm there is
    none to add (nor over a government's own people: Rwanda, 1994, in test_bluffs)."""
    stopped = factory.m.Objective("stopped", "Abyssinia checked", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    state = with_objectives("USA", stopped)
    tense, calm = state.copy(), state.copy()
    tense.tension, calm.tension = 90, 0
    c = tense.crises["abyssinia"]
    italy = Mind(view(tense, "ITA"), "hard")
    assert italy.dread_added("USA", c) == GENERAL_WAR * italy.peer_fear("USA", c) > 0
    assert Mind(view(calm, "ITA"), "hard").dread_added("USA", c) == 0
    for order in ("USA mobilise abyssinia", "USA threaten ITA abyssinia escalate mobilise"):
        assert worth(tense, "USA", order, "hard") > worth(calm, "USA", order, "hard") >= 0
    on_alert, _ = carry_out(tense, "USA mobilise abyssinia")
    italy = Mind(view(on_alert, "ITA"), "hard")
    assert italy.dread_added("USA", on_alert.crises["abyssinia"]) == 0


def test_a_mobilisation_or_a_red_line_is_weighed_by_the_force_the_aggressor_then_faces():
    """Cuba, October 1962: the quarantine and the forces put on alert weighed on Khrushchev
    by the war they made ready, not only by any resolve the quarantine took. A mobilisation
    adds the army's force to the deterrence the aggressor reads (``Mind.alert_added``), and a
    red line on a line that holding on would cross its deterrent (``Mind.line_added``); the
    planner weighs both with the blow (``Outlook.pressure``). An army already on alert adds
    nothing more, and a line against the next escalation does not push the aggressor back
    (at war, where holding on gains ground: ``military.holding_lines``)."""
    stopped = factory.m.Objective("stopped", "Abyssinia checked", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    state = at_stage(with_objectives("GBR", stopped), "abyssinia", 3)
    c = state.crises["abyssinia"]
    italy = Mind(view(state, "ITA"), "hard")
    assert italy.alert_added("GBR", c) > 0
    assert italy.line_added("GBR", "ITA", c, "advance", "mobilise") > 0
    assert italy.line_added("GBR", "ITA", c, "escalate", "mobilise") == 0
    on_alert, _ = carry_out(state, "GBR mobilise abyssinia")
    assert Mind(view(on_alert, "ITA"), "hard").alert_added(
        "GBR", on_alert.crises["abyssinia"]) == 0
    weighed = {order: worth(state, "GBR", order, "hard")
               for order in ("GBR mobilise abyssinia",
                             "GBR threaten ITA abyssinia advance mobilise")}
    with pytest.MonkeyPatch.context() as patch:  # the same planner blind to the force faced
        patch.setattr(Mind, "alert_added", lambda *_: 0.0)
        patch.setattr(Mind, "line_added", lambda *_: 0.0)
        for order, value in weighed.items():
            assert value > worth(state, "GBR", order, "hard") >= 0


def test_an_objective_that_a_nation_stand_is_read_as_one_against_its_conquest():
    """France's eastern allies (1920-39) stood or fell with the crises that threatened them:
    a government that wants a nation to stand reads that aim as one against the conquest of
    every crisis that would overrun it (``planning.overrun_endings``), and so weighs the
    pressure on that crisis's aggressor; the easy AI, which does not read its aims, does
    not."""
    standing = factory.m.Objective("standing", "Ethiopia stands", factory.m.Exists("ETH"), 20)
    state = with_objectives("GBR", standing)
    order = "GBR mobilise abyssinia"
    assert worth(state, "GBR", order, "normal") > 0 == worth(with_objectives("GBR"), "GBR",
                                                                order, "normal")
    assert worth(state, "GBR", order, "easy") == worth(with_objectives("GBR"), "GBR", order,
                                                        "easy")


def test_an_intervention_is_weighed_by_the_aims_it_serves_and_what_it_costs():
    """Britain and France, which had let Austria and Czechoslovakia go, went to war for Poland
    in September 1939: a planner weighs going to war in a crisis by the force the aggressor
    then faces, the objectives on the crisis's end, the credit for it and what the fighting
    costs at home (``Outlook.intervention``): worth more with an objective on the crisis
    than without, where only its price is left."""
    stopped = factory.m.Objective("stopped", "Abyssinia checked", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    order = "GBR intervene abyssinia"
    assert worth(with_objectives("GBR", stopped), "GBR", order, "hard") > 0 \
        > worth(with_objectives("GBR"), "GBR", order, "hard")
    assert Mind(view(with_objectives("GBR"), "ITA"), "hard").alert_added(
        "GBR", with_objectives("GBR").crises["abyssinia"], "intervening") > 0


def at_stage(state, crisis: str, stage: int):
    """``state`` with ``crisis`` at ``stage``."""
    state = state.copy()
    state.crises = {**state.crises, crisis: replace(state.crises[crisis], stage=stage)}
    return state


def test_backing_down_is_weighed_by_the_end_it_seals():
    """An aggressor that backs down from the brink ends its crisis at the turn's end
    (``crises.climb``: a withdrawal here); the planner weighs the objectives on that end
    (``Outlook.sealed``): one that wants the crisis won loses the chance it had while the end
    was open, one that wants it not to end in conquest is met, each weighed whole (the end
    is decided this turn, within any horizon); a step down from war seals nothing. Only the
    hard AI weighs it (``planning.SEALS``). Khrushchev let
    his Berlin ultimatum of November 1958 lapse rather than sign away the claim."""
    taken = factory.m.Objective("taken", "Abyssinia taken",
                                factory.m.CrisisEnded("abyssinia", "conquest"), 20)
    spared = factory.m.Objective("spared", "Abyssinia not taken", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    order = "ITA backdown abyssinia"
    brink = at_stage(with_objectives("ITA", taken), "abyssinia", 1)
    assert worth(brink, "ITA", order, "hard") < 0
    assert worth(brink, "ITA", order, "normal") == worth(brink, "ITA", order, "easy") == 0
    assert worth(at_stage(with_objectives("ITA", spared), "abyssinia", 1), "ITA", order,
                 "hard") > 0
    assert worth(at_stage(with_objectives("ITA", taken), "abyssinia", 3), "ITA", order,
                 "hard") == 0


def holding(state, crisis: str, stage: int, progress: int):
    """``state`` with ``crisis`` at ``stage`` and its aggressor holding ``progress``."""
    state = at_stage(state, crisis, stage)
    state.crises = {**state.crises,
                    crisis: replace(state.crises[crisis], progress=progress)}
    return state


def test_the_normal_ai_weighs_the_end_a_back_down_seals_on_ground_it_holds():
    """Rule: where the aggressor holds ground won at war, the normal AI too weighs the end a
    back-down seals (``planning.HOLDS_GROUND``, ``Outlook.sealed``): there the step decides
    whether the ground is handed back (a withdrawal, with no truce in force) or kept on the
    truce lines (an armistice); where it holds none (a blockade) only the hard AI weighs it,
    and the easy AI never does. Precedent: Palestine, 1948-49 - the Arab armies held their
    lines through the Council's truces and signed the armistices of Rhodes on them, Egypt
    keeping Gaza."""
    kept = factory.m.Objective("kept", "No withdrawal from Abyssinia", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "withdrawal")), 20)
    order = "ITA backdown abyssinia"
    held = holding(with_objectives("ITA", kept), "abyssinia", 1, 30)
    assert worth(held, "ITA", order, "normal") == worth(held, "ITA", order, "hard") < 0
    assert worth(held, "ITA", order, "easy") == 0
    bare = holding(with_objectives("ITA", kept), "abyssinia", 1, 0)
    assert worth(bare, "ITA", order, "normal") == 0 > worth(bare, "ITA", order, "hard")


def test_a_war_the_aggressor_cannot_withstand_is_priced_for_its_length():
    """An intervention's running cost (units, will and upkeep a turn) counts for the turns
    the war is expected to last, not for the whole span the AI counts running costs over
    (``policy.HORIZON``): each turn of the fighting brings the aggressor the intervention's
    share of the way to backing down (``Outlook.war_turns``), for the AI that reckons a
    war's length (``policy.RECKONS_WARS``: the hard one). So the hard AI, which counts
    costs furthest ahead, no longer prices a short war as a long one and stays out of a war
    its aims call for; the normal AI counts its whole horizon as before. The coalition's war
    on Iraq in 1991 lasted six weeks, not the years its opponents had feared."""
    from game.ai.policy import HORIZON
    from game.engine.orders import ORDERS

    state = with_objectives("GBR")
    order = parse_action("GBR intervene abyssinia")

    def valued() -> dict[str, float]:
        return {d: ORDERS["intervene"].value(Mind(view(state, "GBR"), d), order)[0]
                for d in ("normal", "hard")}
    short = valued()
    assert 1 <= Mind(view(state, "GBR"), "hard").war_turns(order) < HORIZON["normal"]
    assert Mind(view(state, "GBR"), "normal").war_turns(order) is None
    assert short["hard"] > short["normal"]
    with pytest.MonkeyPatch.context() as patch:  # an aggressor the force would not move
        patch.setattr(Outlook, "way", lambda *_: 0.0)
        endless = valued()
    assert endless["hard"] < endless["normal"] == short["normal"]


def test_a_back_down_for_the_end_it_seals_is_not_undone_by_a_walk_out():
    """Rule: a plan that backs down for the end the step seals (``Outlook.sealed``) drops
    any other order of the same phase that would change that end (``Outlook.unseals``,
    ``policy._keeping_the_seal``): here a walk-out of the only universal body it sits in,
    after which the aggressor is no longer a state the truce binds (``crises.armistice``)
    and its back-down would hand the ground back instead of signing on the truce lines.
    Precedent: Japan, which had given notice to leave the League in March 1933, signed the
    Tanggu Truce on the lines its army held in May 1933; in traced all-AI games Egypt backed
    down under the Council's truce in Palestine and walked out of the United Nations in the
    same turn, turning the armistice into a withdrawal."""
    from game.ai.policy import Choice, _keeping_the_seal
    from game.engine.state import Measure

    kept = factory.m.Objective("kept", "No withdrawal from Abyssinia", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "withdrawal")), 20)
    state = holding(with_objectives("ITA", kept), "abyssinia", 1, 30)
    c = state.crises["abyssinia"]
    state.crises["abyssinia"] = replace(c, measures=(Measure("ceasefire", "league", "R1", 0, True),))
    state.nations["ETH"] = replace(state.nations["ETH"], military=90)
    mind = Mind(view(state, "ITA"), "normal")
    backdown, walk_out, invest = (parse_action(t) for t in (
        "ITA backdown abyssinia", "ITA leave league", "ITA invest"))
    assert worth(state, "ITA", "ITA backdown abyssinia", "normal") > 0
    assert mind.outlook().unseals("abyssinia", walk_out)
    assert not mind.outlook().unseals("abyssinia", invest)
    chosen = [Choice(a, 20.0, ()) for a in (backdown, walk_out, invest)]
    assert [c.action for c in _keeping_the_seal(mind, chosen)] == [backdown, invest]

"""The AI weighs what its orders cost it (issue 14): the trade sanctions give up, the upkeep
of an army kept mobilised, the losses of a pledge; it free-rides where others carry the load,
defects from sanctions that hurt, leaves an emergency call to one caller, and its difficulty
is how far it looks ahead, never what it may see."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.policy import CROWD, YES_ABOVE, Mind, ballot_of, plan
from game.engine import new_game, parse_action
from game.engine.legal import why_not
from game.engine.orders import ORDERS
from game.engine.orders.turn import END_SCORE
from game.engine.state import Measure, Mission, Resolution, Treaty
from game.engine.view import view

from tests.engine.factory import campaign
from tests.engine.helpers import carry_out, vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def value(state, nation: str, text: str, difficulty: str = "hard") -> tuple[float, list[str]]:
    """What ``nation``'s AI at ``difficulty`` thinks of the order ``text`` (no noise)."""
    action = parse_action(text)
    return ORDERS[action.verb].value(Mind(view(state, nation), difficulty), action)


def at_odds(state):
    """``state`` with France at odds with Italy (the rival bloc's adversary): a national
    reason to mobilise over Abyssinia (orders/military.interest)."""
    state = state.copy()
    state.relations = {**state.relations, ("FRA", "ITA"): -20}
    return state


def with_nation(state, code: str, **changes):
    """``state`` with one nation's figures changed."""
    state = state.copy()
    state.nations = {**state.nations, code: replace(state.nations[code], **changes)}
    return state


def test_trade_with_the_aggressor_holds_back_a_vote_for_sanctions(state):
    """Austria, Hungary and Albania, whose trade ran through Italy, dissented from the League's
    measures against it (October 1935): the more a nation trades with the aggressor, the less
    it wants sanctions, and it says so."""
    draft = Resolution("draft", "league", "council", "GBR", "sanctions", "abyssinia",
                       (("type", "economic"),), 0)
    before, _ = Mind(view(state, "FRA"), "hard").weigh(draft)
    richer = with_nation(state, "ITA", economy=90)  # a larger Italian market to lose
    after, terms = Mind(view(richer, "FRA"), "hard").weigh(draft)
    assert after < before
    assert any("economy a turn in trade" in why for _, why in terms)


def test_tabling_sanctions_counts_their_cost_over_the_horizon(state):
    """Tabling sanctions weighs the trade they cost the sponsor every turn they last; the
    myopic easy AI counts one turn of it, the normal AI several."""
    state, vote = vote_on(state, "GBR table league.council condemn abyssinia", {},
                          default="yes")
    assert vote.get("status") == "adopted"  # sanctions are the next step of the ladder
    text = "FRA table league.council sanctions abyssinia type=economic"
    easy, _ = value(state, "FRA", text, "easy")
    normal, reasons = value(state, "FRA", text, "normal")
    lost = Mind(view(state, "FRA"), "normal").trade_cost(state.crises["abyssinia"], "economic")
    assert lost > 1
    assert normal < easy
    assert any("economy a turn in trade" in r for r in reasons)


def test_a_second_bodys_sanctions_of_a_kind_already_applied_cost_nothing_more(state):
    """Overlapping sanctions, as the AI prices them (``Mind.trade_cost`` reading
    ``measures.regimes``): a nation already applying one body's embargo of a kind gives up no
    more trade under a second body's embargo of the same kind, and leaving only one of them
    saves it none. The Community's members, enforcing its embargo on Yugoslavia from November
    1991, lost nothing more when Resolution 757 (May 1992) made it the Council's."""
    c = state.crises["abyssinia"]
    mind = Mind(view(state, "FRA"), "normal")
    alone = mind.trade_cost(c, "economic")
    assert alone >= 1
    league = Measure("sanctions", "league", "R1", 0, True, (("type", "economic"),))
    c = replace(c, measures=(league,))
    assert mind.trade_cost(c, "economic") == 0  # the Council's draft, of the same kind
    assert mind.trade_cost(c, "economic", without=league) == alone  # only this one in force
    assert mind.trade_cost(c, "arms") > 0  # another kind is another trade given up


def test_a_sanctioning_nation_defects_once_the_sanctions_hurt(state):
    """Britain and France, whose economies the Depression and the Italian trade lost had
    weakened, led the League in lifting the sanctions on Italy (July 1936): once a supporter's
    economy is below where it started and the sanctions cost it a point a turn, it wants them
    lifted, for that reason."""
    state, vote = vote_on(state, "GBR table league.council sanctions abyssinia type=economic",
                          {}, default="yes")
    rid = vote.get("resolution")
    lift = Resolution("?", "league", "council", "FRA", "lift", rid, (), state.turn)
    start = state.campaign.nation("FRA").economy
    calm, _ = Mind(view(with_nation(state, "FRA", economy=start), "FRA"), "hard").lifting(lift)
    poorer = with_nation(state, "FRA", economy=start - 10)
    hurt, reasons = Mind(view(poorer, "FRA"), "hard").lifting(lift)
    assert hurt >= calm + 15
    assert any(r.startswith("the sanctions cost us") for r in reasons)


def test_demobilise_stands_an_army_down(state):
    """An army put on alert can be stood down: the upkeep stops, and the aggressor takes
    heart. It can only be ordered while mobilised."""
    assert why_not(state, parse_action("FRA demobilise abyssinia")) is not None
    state, _ = carry_out(state, "FRA mobilise abyssinia")
    assert "abyssinia" in state.nations["FRA"].mobilised
    resolve = state.crises["abyssinia"].resolve
    assert why_not(state, parse_action("FRA demobilise abyssinia")) is None
    state, _ = carry_out(state, "FRA demobilise abyssinia")
    assert "abyssinia" not in state.nations["FRA"].mobilised
    assert state.crises["abyssinia"].resolve > resolve


def test_the_ai_stands_down_when_the_army_costs_more_than_it_is_worth(state):
    """France kept its army on the defensive and cut its costs through the 1930s: an AI
    mobilised over a distant crisis stands down once its economy is strained, but not the turn
    after it chose to mobilise (no call-up and stand-down every other turn)."""
    state, _ = carry_out(at_odds(state), "FRA mobilise abyssinia")
    text = "FRA demobilise abyssinia"
    at_ease, _ = value(state, "FRA", text)
    mobilise, _ = value(state, "FRA", "FRA mobilise abyssinia")
    assert at_ease < -mobilise  # hysteresis: less keen to stand down than to call up
    strained = with_nation(state, "FRA", economy=state.campaign.nation("FRA").economy - 30)
    worn, reasons = value(strained, "FRA", text)
    assert worn > END_SCORE > at_ease
    assert any("below where it started" in r for r in reasons)


def test_an_alert_that_no_longer_moves_the_aggressor_is_stood_down(state):
    """Rule: an alert that adds nothing to the deterrence an aggressor fears (its maker
    already counted there by a guarantee) weighs the crisis only as far as the resolve it
    holds back moves the aggressor (``military.alert_share``). Britain, a guarantor at
    Locarno, stood its army down after 1918 and rearmed only from 1935-36: over an aggressor
    bent on war, the AI on such an alert stands down though its economy is whole, while an
    alert that adds to what the aggressor fears is kept."""
    from game.engine.orders.military import alert_share

    state = at_odds(state)
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], resolve=100, stake=100)
    bound = state.copy()
    bound.treaties = (*bound.treaties, Treaty("guarantee", "FRA", "ETH", 0))
    text = "FRA demobilise abyssinia"
    counted, _ = value(carry_out(state, "FRA mobilise abyssinia")[0], "FRA", text)
    bound, _ = carry_out(bound, "FRA mobilise abyssinia")
    assert alert_share(Mind(view(bound, "FRA"), "hard"), bound, bound.crises["abyssinia"]) < 0.5
    futile, reasons = value(bound, "FRA", text)
    assert futile > END_SCORE > counted
    assert any("hardly move" in r for r in reasons)


def test_mobilising_counts_its_upkeep(state):
    """An army kept mobilised costs economy every turn: the valuation says so, and the
    further the AI looks ahead the more it weighs."""
    state = at_odds(state)
    easy, reasons = value(state, "FRA", "FRA mobilise abyssinia", "easy")
    hard, _ = value(state, "FRA", "FRA mobilise abyssinia", "hard")
    assert hard < easy
    assert any("costs 2 economy a turn" in r for r in reasons)  # France's army of 65


def _mission(state, pledged: int):
    """``state`` with a League observer mission in Abyssinia holding ``pledged`` units."""
    state = state.copy()
    mission = Mission("M1", "league", "abyssinia", "observe", "R1", state.month - 3,
                      (("NOR", pledged),) if pledged else ())
    state.missions = {**state.missions, "M1": mission}
    return state


def test_a_nation_free_rides_on_a_mission_that_has_its_troops(state):
    """Korea, July 1950 (Res 84): with a unified command under the United States carrying the
    fight, most members sent little or nothing. A mission already at strength is worth less to
    join, and the AI says others carry the load."""
    short, _ = value(_mission(state, 0), "FRA", "FRA pledge troops M1")
    full, reasons = value(_mission(state, 40), "FRA", "FRA pledge troops M1")
    assert full <= short - 20
    assert any("others carry the load" in r for r in reasons)


def test_a_pledge_weighs_its_losses_and_upkeep(state):
    """Belgium withdrew from Rwanda after ten of its soldiers were killed (1994): a pledge to
    a mission in a crisis that is fighting weighs the units it would lose and its upkeep, the
    more as the fighting grows."""
    calm, _ = value(_mission(state, 0), "FRA", "FRA pledge troops M1")
    war = _mission(state, 0)
    war.crises = {**war.crises, "abyssinia": replace(war.crises["abyssinia"], stage=4)}
    fighting, reasons = value(war, "FRA", "FRA pledge troops M1")
    concern_gain = 2 * 8  # two stages more of concern
    assert fighting < calm + concern_gain
    assert any("units a turn" in r for r in reasons)


def _vetoed(state):
    """The Security Council's draft on Manchuria, vetoed by the Soviet Union."""
    state, vote = vote_on(state, "GBR table un.council condemn manchuria", {"SOV": "no"},
                          default="yes")
    assert vote.get("status") == "vetoed"
    return state, vote.get("resolution")


def test_one_emergency_call_after_a_veto(state):
    """Hungary, November 1956: after the Soviet veto one motion (Res 120) called the emergency
    session. The vetoed draft's sponsor is the one expected to call it; every other member
    leaves it to the sponsor, so no call lapses behind another."""
    state, rid = _vetoed(state)
    callers = [c.action.nation for n in sorted(state.orgs["un"].members)
               if n in state.nations and state.nations[n].exists
               for c in plan(view(state, n), 1, "hard") if c.action.verb == "emergency"]
    assert set(callers) <= {"GBR"}
    waiting, reasons = value(state, "FRA", f"FRA emergency {rid}")
    assert waiting < END_SCORE
    assert "United Kingdom will call the session" in reasons


def test_hard_reads_the_forecast_before_tabling(state):
    """Hard looks one step ahead: a draft the vote forecast says would fail (Japan's no under
    the League Council's unanimity) is worth less to it than to the normal AI, which tables
    it and spends its capital for nothing."""
    text = "GBR table league.council condemn abyssinia"
    normal, _ = value(state, "GBR", text, "normal")
    hard, reasons = value(state, "GBR", text, "hard")
    assert hard < END_SCORE < normal
    assert "the forecast says it would fail" in reasons


def test_a_nation_with_little_at_stake_votes_with_the_majority(state):
    """The Lytton report, February 1933: 42 for, Japan alone against, Siam abstaining — those
    with little at stake followed the lead. The United States, lukewarm on condemning Japan
    (an abstention on its merits), votes yes once it reads that the draft passes anyway."""
    draft = Resolution("draft", "un", "council", "GBR", "condemn", "manchuria", (), 0)
    plain, _ = Mind(view(state, "USA"), "hard", plain=True).weigh(draft)
    ballot, reasons = Mind(view(state, "USA"), "hard").ballot(draft)
    assert ballot_of(plain, True) == "abstain"
    assert ballot == "yes"
    assert "it will pass: we side with the majority" in reasons


def test_a_nation_free_rides_on_sanctions_that_pass_without_it(state):
    """Sanctions that bind only their supporters cost only those who vote for them: a member
    that trades with the target and has little at stake lets others pay when the draft passes
    without it (the Abyssinian sanctions, applied unevenly by the members, 1935-36)."""
    state = state.copy()
    league = state.orgs["league"]
    state.orgs = {**state.orgs, "league": replace(  # Japan away: the Council can agree
        league, members=tuple(m for m in league.members if m != "JPN"))}
    state.crises = {**state.crises, "abyssinia": replace(state.crises["abyssinia"], article=15)}
    draft = Resolution("draft", "league", "council", "GBR", "sanctions", "abyssinia",
                       (("type", "economic"),), 0)
    mind = Mind(view(state, "FRA"), "hard")
    assert mind.trade_cost(state.crises["abyssinia"], "economic") >= 1
    assert mind._crowd(draft, state.crises["abyssinia"], YES_ABOVE) == (
        -CROWD, "it passes without us: others can pay for it")


def test_hard_works_for_the_figures_its_objectives_need():
    """Difficulty as strength: the hard AI reads its own objectives (Britain's 'solvent empire'
    in the League campaign needs an economy of 50) and invests to reach or keep the figure one
    needs; the normal AI does not look at its score."""
    from tests.engine import factory

    solvent = factory.m.Objective("solvent", "A solvent empire",
                                  factory.m.StatIs("GBR", "economy", ">=", 85), 20)
    nations = tuple(replace(n, objectives=(solvent,)) if n.code == "GBR" else n
                    for n in factory.NATIONS)
    state = new_game(campaign(nations=nations), seed=1)
    normal, _ = value(state, "GBR", "GBR invest", "normal")
    hard, reasons = value(state, "GBR", "GBR invest", "hard")
    assert hard >= normal + 10
    assert "our objective (A solvent empire) needs economy of 85" in reasons


def test_hard_takes_the_part_its_objectives_need(state):
    """Britain's 'Abyssinia checked' objective in the League campaign needs its own part in
    the crisis: the hard AI that holds such an objective is keener to pledge troops to the
    crisis's mission than the same AI without it, until it has taken part."""
    from tests.engine import factory

    checked = factory.m.Objective("checked", "Abyssinia checked",
                                  factory.m.Contributed("GBR", "abyssinia"), 20)
    nations = tuple(replace(n, objectives=(checked,)) if n.code == "GBR" else n
                    for n in factory.NATIONS)
    keen = _mission(new_game(campaign(nations=nations), seed=1), 0)
    plain, _ = value(_mission(state, 0), "GBR", "GBR pledge troops M1")
    wanted, reasons = value(keen, "GBR", "GBR pledge troops M1")
    assert wanted == pytest.approx(plain + 10)
    assert "our objective (Abyssinia checked) needs our part in it" in reasons
    pledged, unheld = _mission(keen, 0), _mission(state, 0)
    for taken in (pledged, unheld):
        taken.missions = {"M1": replace(taken.missions["M1"], pledges=(("GBR", 5),))}
    after, reasons = value(pledged, "GBR", "GBR pledge troops M1")
    assert "our objective (Abyssinia checked) needs our part in it" not in reasons
    assert after == pytest.approx(value(unheld, "GBR", "GBR pledge troops M1")[0])


def test_a_draft_that_just_failed_is_not_tabled_again_at_once():
    """The Chaco War, 1932-35: the League's appeals failed session after session while the
    fighting went on. A member does not table again, in the next sessions, the same draft the
    same body has just rejected: the votes have not changed, and each failure costs the body
    credibility. After ``RETRY_TURNS`` it may try again."""
    from game.engine.orders.organisations import RETRY_TURNS

    state = new_game(campaign(), seed=1)
    draft = "GBR table league.council condemn manchuria"
    state, vote = vote_on(state, draft, {"JPN": "no"}, default="yes")
    assert vote.get("status") == "failed"
    value, reasons = ORDERS["table"].value(Mind(view(state, "GBR"), "hard"),
                                          parse_action(draft))
    assert value <= -50 and "failed at the last sessions" in reasons[0]
    later = state.copy()
    later.turn += RETRY_TURNS + 1
    value, reasons = ORDERS["table"].value(Mind(view(later, "GBR"), "hard"), parse_action(draft))
    assert not any("failed at the last sessions" in r for r in reasons)


def test_a_government_usually_answers_an_event_as_its_interests_say_but_not_always():
    """An event's choice is drawn with odds of the options' weights squared on normal (by the
    weights on easy; hard takes the heaviest): the course a government's interests favour is
    the likely one, not a certain one. Britain left Corfu to the Conference of Ambassadors in
    September 1923, but Cecil pressed for the Council to judge, and it might have."""
    from game.ai.policy import _weighted_answer
    from game.engine import model as m
    from game.engine.actions import act

    options = (m.ChoiceOption("ambassadors", "Let the Ambassadors settle it", (), ai_weight=70),
               m.ChoiceOption("council", "The Council must judge", (), ai_weight=30))
    event = m.EventDef("corfu", "Who judges Corfu?", choice=m.Choice("GBR", "?", options))
    state = new_game(campaign(events=(event,)), seed=1)
    answers = [act("GBR", "choose", "corfu", o.id) for o in options]

    def share(difficulty: str) -> float:
        picks = [_weighted_answer(state, "GBR", "corfu", answers, difficulty, key).action
                 for key in range(1000)]
        return picks.count(answers[1]) / len(picks)

    assert share("hard") == 0
    assert 0.1 < share("normal") < 0.22 < share("easy") < 0.4  # 9/58 and 3/10 expected


def _talks(truce: int, fight: int):
    """Italy offered talks over Abyssinia: a truce that calms the war, or fighting on, with the
    author's odds ``truce`` and ``fight``; the options and the game they are offered in."""
    from game.engine import model as m

    options = (m.ChoiceOption("truce", "Accept the truce",
                              (m.ChangeResolve("abyssinia", -25),
                               m.AdvanceCrisis("abyssinia", -1)), ai_weight=truce),
               m.ChoiceOption("fight", "Fight on", (m.ChangeResolve("abyssinia", 15),),
                              ai_weight=fight))
    event = m.EventDef("talks", "Talks", choice=m.Choice("ITA", "?", options))
    return options, new_game(campaign(events=(*campaign().events, event)), seed=1)


def test_an_event_is_answered_by_how_the_war_stands_not_by_the_authors_odds():
    """An event's choice is valued by its effects (game/ai/answers.py): an aggressor takes a
    truce that calms its crisis when pressing on no longer pays, and refuses it while it is
    winning, whatever the author's odds. Belgrade accepted Brioni (July 1991) when its army
    could not hold Slovenia; Pale refused Vance-Owen (May 1993) while it held most of Bosnia."""
    from game.ai.answers import option_value
    from game.ai.policy import _weighted_answer
    from game.engine.actions import act

    options, state = _talks(50, 50)
    answers = [act("ITA", "choose", "talks", o.id) for o in options]

    def answer(resolve: int, stake: int, difficulty: str = "hard") -> str:
        s = state.copy()
        s.crises = {**s.crises, "abyssinia": replace(s.crises["abyssinia"], resolve=resolve,
                                                     stake=stake, stage=3)}
        mind = Mind(view(s, "ITA"), difficulty)
        truce, fight = (option_value(mind, o)[0] for o in options)
        assert (truce > fight) == (resolve < 50)
        return _weighted_answer(s, "ITA", "talks", answers, difficulty, 1, mind).action.args[1]

    assert answer(95, 95) == "fight"  # winning: the truce is refused
    assert answer(5, 5) == "truce"  # beaten: the truce is taken
    # the easy AI answers by the author's odds alone, whatever the war
    easy = {answer(r, r, "easy") for r in (5, 95)}
    assert easy == {_weighted_answer(state, "ITA", "talks", answers, "easy", 1).action.args[1]}


def test_an_answer_is_weighed_by_its_effects_wherever_it_is_weighed():
    """One concept, one place (issue 14): the order ``choose``'s valuation (what the AI says
    when asked why it would answer) and the national-interest strategy read an event's option
    by its effects (``answers.option_value``) as the AI's own answer does, not by the author's
    ``ai_weight`` alone. Belgrade accepted Brioni (July 1991) when its army could not hold
    Slovenia, though it had refused every truce while it was winning."""
    from game.ai.answers import option_value
    from game.balance.strategies import national_interest
    from game.engine.actions import act

    options, state = _talks(40, 60)
    for resolve, wanted in ((5, "truce"), (95, "fight")):
        s = state.copy()
        s.crises = {**s.crises, "abyssinia": replace(s.crises["abyssinia"], resolve=resolve,
                                                     stake=resolve, stage=3)}
        s.choices = {**s.choices, "ITA": ("talks",)}
        mind = Mind(view(s, "ITA"), "hard")
        worth = {o.id: option_value(mind, o) for o in options}
        for o in options:
            valued, reasons = ORDERS["choose"].value(mind, act("ITA", "choose", "talks", o.id))
            assert valued == 100.0 + o.ai_weight + worth[o.id][0]
            assert reasons == [o.label, worth[o.id][1]]
        assert national_interest(view(s, "ITA"), "ITA", 1) == act("ITA", "choose", "talks",
                                                                  wanted)

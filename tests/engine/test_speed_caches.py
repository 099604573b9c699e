"""The engine's and the AI's speed-ups are caches only: each cached or shortcut answer equals
the one worked out afresh, after every kind of action an all-AI game takes."""

import functools
from dataclasses import replace

import pytest

from game.ai.policy import Mind, idle, plan
from game.engine import IllegalAction, apply, play, view
from game.engine.actions import parse_action
from game.engine.bodies import is_absent, seated
from game.engine.context import Ctx
from game.engine.credit import Part, part, parts
from game.engine.legal import options
from game.engine.scoring import averages
from game.engine.orders import ORDERS
from game.engine.state import DICTS, pair, renewed, to_plain
from game.engine.view import ViewMemo
from game.session.session import Planner, Session, secret_key

from .factory import campaign
from .helpers import carry_out, do


def test_one_nations_part_equals_its_entry_among_every_nations_parts():
    """``part`` (read for one nation) gives what ``parts`` (every nation at once) gives, for
    every nation and crisis, at the end of every turn of a game with votes and missions."""
    session = Session(campaign(), seed=4)
    took_part = 0
    while not session.over and session.state.turn < 12:
        session.play_out(1)
        s = session.state
        every = parts(s, sorted(s.crises))
        for crisis in sorted(s.crises):
            for nation in s.nations:
                got = part(s, nation, crisis)
                assert got == every.get((nation, crisis), Part(crisis))
                took_part += got.took_part
    assert took_part > 0


def test_states_share_relations_until_an_action_changes_one():
    """A copied state shares the relations with its source; the first change made through a
    ``Ctx`` gives the changed state its own, and the source keeps what it had."""
    s = Session(campaign(), seed=1).state
    copy = s.copy()
    assert copy.relations is s.relations
    before = dict(s.relations)
    Ctx(copy).relate("GBR", "FRA", 5)
    assert copy.relations is not s.relations and s.relations == before
    assert copy.relation("GBR", "FRA") == before[pair("GBR", "FRA")] + 5


def test_an_order_that_moves_relations_leaves_the_earlier_state_as_it_was():
    """Carrying out a courting changes the relation in the new state only."""
    s = Session(campaign(), seed=1).state
    before = to_plain(s)
    after, _ = carry_out(s, "GBR improve FRA")
    assert after.relation("GBR", "FRA") != s.relation("GBR", "FRA")
    assert to_plain(s) == before


def test_the_planner_plans_what_a_fresh_view_and_mind_plan_after_every_action():
    """The planner's shared view memo and a mind's remembered judgements (other nations'
    minds, trade shares, orders left unscored) change nothing: after every action of two
    all-AI games, every waiting nation's plan equals the one made on a view built afresh."""
    for difficulty in ("normal", "hard"):
        session = Session(campaign(), seed=6, difficulty=difficulty)
        planner = Planner(difficulty)
        steps = 0
        while not session.over and session.state.turn < 5:
            s = session.state
            for nation in s.waiting_for():
                memoised = planner._plan(s, nation)
                fresh = plan(view(s, nation, ViewMemo()), secret_key(s, nation), difficulty)
                assert memoised == fresh
            session.submit(session.ai_action(s.waiting_for()[0]))
            steps += 1
        assert steps > 20


def test_a_minds_guess_of_another_equals_a_fresh_one():
    """``Mind.of`` keeps one guessed mind per nation and view, shared by every mind of the
    view (``plain_mind``): its judgements equal a fresh mind's."""
    session = Session(campaign(), seed=2)
    session.play_out(3)
    v = view(session.state, "GBR")
    mind = Mind(v, "normal")
    for other in v.nations:
        for c in v.crises.values():
            assert mind.of(other).concern(c) == Mind(v, "hard", judge=other,
                                                     plain=True).concern(c)
        assert mind.of(other) is mind.of(other) is Mind(v, "hard").of(other)


def test_an_order_given_is_barred_for_the_rest_of_the_turn():
    """The capital and once-a-turn check takes a shortcut while nothing has been ordered;
    once an order is given, it is still barred as already ordered."""
    s = Session(campaign(), seed=1).state
    invest = parse_action("GBR invest")
    assert dict(options(s, "GBR"))[invest] is None
    after, _ = do(s, "GBR invest")
    assert dict(options(after, "GBR"))[invest] == "already ordered this turn"


def test_one_memo_shared_by_two_games_gives_each_its_own_archive():
    """The memo filters only the records added to an archive since a nation's last view; an
    archive that does not continue the last one seen (another game) is filtered afresh."""
    games = [Session(campaign(), seed=seed) for seed in (3, 8)]
    memo = ViewMemo()
    for _ in range(6):
        for session in games:
            session.play_out(1)
            for nation in (None, "GBR", "ITA"):
                memoised = view(session.state, nation, memo).facts
                assert to_plain(memoised) == to_plain(view(session.state, nation).facts)
    assert all(session.state.archive for session in games)


def test_the_ais_short_enumeration_keeps_every_order_its_plan_could_give():
    """``policy._enumerated`` skips the verbs the AI never gives unasked, the tablings on
    nations (never relevant to it) and, listing lean, the lobbying offers its ceiling always
    rules out: after every action of an all-AI game, the orders that survive the plan's
    filters are the same whether it enumerates every legal order or only these, and a nation
    whose commitment is called still sees every verb."""
    from game.ai.policy import _enumerated, _relevant
    from game.ai.stances import forbids
    from game.engine.commitments import promised
    from game.engine.legal import legal_actions
    from game.engine.orders import ORDERS
    from game.engine.orders.base import unwanted
    from game.engine.orders.organisations import _offers_futile, offer_of

    for seed in (3, 7):
        session = Session(campaign(), seed=seed)
        checked = 0
        while not session.over and session.state.turn < 6:
            s = session.state
            for nation in s.waiting_for() if s.phase != "voting" else ():
                relevant, among = _relevant(view(s, nation), nation)
                every = legal_actions(s, nation, among)
                short = _enumerated(s, nation, among)
                owed = set(promised(s, nation, every))
                kept = [{a for a in actions if a.verb in ("end", "choose") or relevant(a)
                         and not forbids(s, a)
                         and (ORDERS[a.verb].value is not unwanted or a in owed)
                         and not (a.verb == "lobby" and offer_of(a) != "none"
                                  and _offers_futile(nation, s.resolutions[a.args[1]]))}
                        for actions in (short, every)]
                assert kept[0] == kept[1] and set(short) <= set(every)
                checked += 1
            session.submit(session.ai_action(s.waiting_for()[0]))
        assert checked > 20


def test_a_latent_crisis_seen_through_the_memo_is_the_one_seen_afresh():
    """``ViewMemo.seen`` draws a latent crisis's fogged signs once per crisis record, viewer,
    turn and width of fog: through turns in which an inquiry clears the fog, every nation sees
    through a shared memo exactly what ``prevention.seen`` shows it."""
    from dataclasses import replace

    from game.engine import new_game, prevention

    from .helpers import next_turn
    from .test_prevention import latent_campaign

    state, memo = new_game(latent_campaign(), seed=4), ViewMemo()
    for turn in range(4):
        if turn == 2:
            state.crises["tinder"] = replace(state.crises["tinder"], inquiry=True)
        for nation in (None, *state.nations):
            for _ in range(2):
                assert (memo.seen(state, state.crises["tinder"], nation)
                        == prevention.seen(state, state.crises["tinder"], nation))
        state, _ = next_turn(state)
    assert memo._fogged


def test_trade_shares_shared_by_the_views_of_a_phase_equal_those_worked_out_afresh():
    """``ViewMemo.trade`` hands the views of one world a single ``Trade``: after every action
    of an all-AI game with sanctions, every nation's shares read through a view built with the
    game's memo equal ``measures.trade_shares`` on that view's own facts, and each share is
    what ``trade_share`` gives for that one partner."""
    from game.engine.measures import trade_share, trade_shares

    session = Session(campaign(), seed=6)
    memo = ViewMemo()
    shared = steps = 0
    while not session.over and session.state.turn < 6:
        s = session.state
        seen = [view(s, nation, memo) for nation in s.waiting_for()]
        shared += len({id(v.trade) for v in seen}) < len(seen)
        for v in seen[:2]:
            for nation in s.existing():
                shares = v.trade.shares(nation)
                assert shares == trade_shares(v.facts, nation)
                assert all(trade_share(s, nation, p) == share for p, share in shares.items())
        session.submit(session.ai_action(s.waiting_for()[0]))
        steps += 1
    assert steps > 20 and shared


def test_a_new_world_gets_new_trade_shares():
    """Once a relation or an economy changes, the memo's shares are worked out again."""
    s = Session(campaign(), seed=1).state
    memo = ViewMemo()
    before = view(s, "GBR", memo).trade
    assert view(s, "FRA", memo).trade is before
    courted, _ = carry_out(s, "GBR improve FRA")
    after = view(courted, "GBR", memo).trade
    assert after is not before
    assert after.shares("GBR") == trade_shares_of(courted, "GBR")


def trade_shares_of(state, nation):
    """The shares of ``nation``'s trade worked out on its own fresh view."""
    from game.engine.measures import trade_shares

    return trade_shares(view(state, nation).facts, nation)


def test_merits_kept_with_a_view_equal_merits_worked_out_afresh():
    """``merits`` is worked out once per view and draft: through an all-AI game, what it
    gives for every draft on an agenda equals a fresh count, and changing the dict it returns
    leaves the kept answer as it was."""
    from game.ai.policy import _merits, merits

    session = Session(campaign(), seed=3)
    compared = 0
    while not session.over and session.state.turn < 8:
        s = session.state
        for nation in s.waiting_for()[:3]:
            v = view(s, nation)
            for res in s.resolutions.values():
                first = merits(v, res)
                assert first == _merits(v, res) == merits(view(s, nation), res)
                first[nation] = "spoilt"
                assert merits(v, res) == _merits(v, res)
                compared += 1
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert compared > 10


def test_why_not_gives_what_the_priced_options_give_for_every_candidate():
    """``why_not`` prices only the action asked: for every candidate of every waiting nation,
    after every action of an all-AI game (capital spent, orders given), it gives the reason
    ``options`` gives that candidate, and an action no family makes is still refused."""
    from game.engine.legal import why_not

    session = Session(campaign(), seed=5)
    checked = 0
    while not session.over and session.state.turn < 4:
        s = session.state
        for nation in s.waiting_for():
            priced: dict = {}
            for a, reason in options(s, nation):
                priced.setdefault(a, reason)
            for a, reason in priced.items():
                assert why_not(s, a) == reason
                checked += 1
            assert why_not(s, parse_action(f"{nation} vote nowhere yes")) is not None
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert checked > 1000


def test_trade_shared_between_views_holds_only_public_facts():
    """The trade shares one view shares with others are worked out on the observer's view:
    no view can reach another viewer's secrets (its capital, its ballots) through them."""
    session = Session(campaign(), seed=2)
    session.play_out(2)
    s, memo = session.state, ViewMemo()
    for nation in s.waiting_for():
        shared = view(s, nation, memo).trade.facts
        assert to_plain(shared) == to_plain(view(s, None).facts)
        assert all(n.capital == 0 for n in shared.nations.values())


def test_a_renewed_record_equals_the_one_dataclasses_replace_makes():
    """``state.renewed`` (a record copied without its checked ``__init__``) gives what
    ``dataclasses.replace`` gives, for every kind of record the engine renews at speed, and
    refuses a field the record does not have, as ``replace`` does."""
    session = Session(campaign(), seed=2)
    session.play_out(4)
    s = session.state
    cases = [(n, {"capital": 0}) for n in s.nations.values()]
    cases += [(c, {"intent": "hold", "stage": c.stage + 1}) for c in s.crises.values()]
    cases += [(r, {"ballots": (), "sponsor": "X"}) for r in (*s.archive, *s.resolutions.values())]
    cases += [(m, {"pledges": ()}) for m in s.missions.values()]
    assert len(cases) > len(s.nations)
    for record, changes in cases:
        made = renewed(record, **changes)
        assert made == replace(record, **changes) and made is not record
        assert vars(made) == vars(replace(record, **changes))
        with pytest.raises(TypeError):
            renewed(record, no_such_field=1)


def test_a_views_state_owns_every_dict_it_holds():
    """A view's facts never share a dict of records with the state (``GameState.copy``
    leaves shared only those the view replaces at once): writing one leaves the state as
    it was."""
    s = Session(campaign(), seed=1).state
    v = view(s, sorted(s.nations)[0], ViewMemo()).facts
    for name in DICTS:
        assert getattr(v, name) is not getattr(s, name)


def test_a_bystanders_quick_plan_is_the_plan_its_view_gives():
    """``idle`` (the planner's shortcut that builds no view) reads only what the nation sees
    and gives the plan ``plan`` makes on a fresh view, for every waiting nation after every
    action of an all-AI game in which small states stand by."""
    session = Session(campaign(), seed=3)
    quick = 0
    while not session.over and session.state.turn < 6:
        s = session.state
        for nation in s.waiting_for():
            v = view(s, nation, ViewMemo())
            got = idle(s, nation)
            assert got == idle(v.facts, nation)
            if got is not None:
                quick += 1
                assert got == plan(v, secret_key(s, nation))
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert quick > 0


def test_a_draft_valued_with_the_ladder_kept_for_its_body_equals_one_valued_afresh():
    """``_value_table`` asks the forum and the ladder once per body and crisis for all the
    drafts of a plan: each draft's value equals the one a mind on a fresh view gives."""
    session = Session(campaign(), seed=5)
    valued = 0
    while not session.over and session.state.turn < 6:
        session.play_out(1)
        s = session.state
        for nation in ("GBR", "FRA", "ITA"):
            mind = Mind(view(s, nation, ViewMemo()), "normal")
            for a, why in options(s, nation):
                if a.verb == "table" and why is None:
                    fresh = Mind(view(s, nation, ViewMemo()), "normal")
                    assert ORDERS["table"].value(mind, a) == ORDERS["table"].value(fresh, a)
                    valued += 1
    assert valued > 0


def test_ballots_owed_are_the_seats_present_that_have_not_voted():
    """``ballots_owed`` and the voting phase's ``waiting_for`` (worked out per draft with set
    operations) give what the rule says, after every ballot of an all-AI game: every tabled
    draft on which the nation sits, is not away (``is_absent``) and has not voted."""
    session = Session(campaign(), seed=2)
    checked = 0
    while not session.over and session.state.turn < 8:
        s = session.state
        if s.phase == "voting":
            owed = {}
            for nation in s.nations:
                owed[nation] = [r.id for r in s.resolutions.values() if r.status == "tabled"
                                and nation in seated(s, r.org, r.body)
                                and not is_absent(s, nation, r.org, r.body)
                                and nation not in dict(r.ballots)]
                assert s.ballots_owed(nation) == owed[nation]
            assert s.waiting_for() == tuple(n for n, rec in s.nations.items() if rec.exists
                                            and n not in s.done and owed[n])
            checked += 1
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert checked > 0


def test_who_acts_next_is_the_first_nation_waiting_in_every_phase():
    """``next_to_act``, which stops at the first nation waiting, names ``waiting_for``'s
    first in every phase of an all-AI game (orders, debate, voting), and nobody at its end."""
    session = Session(campaign(), seed=2)
    phases = set()
    while not session.over and session.state.turn < 6:
        s = session.state
        assert s.next_to_act() == s.waiting_for()[0]
        phases.add(s.phase)
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert phases == {"orders", "debate", "voting"}
    session.play_out()
    assert session.state.next_to_act() is None and session.state.waiting_for() == ()


def test_an_action_the_planner_checked_on_an_earlier_state_is_checked_again():
    """The engine skips its legality check only for the action the planner has just found
    legal on the very state it is applied to (``Planner.vetted``): submitted again once the
    world has moved on, the same action is refused."""
    session = Session(campaign(), seed=1)
    nation = session.state.next_to_act()
    assert nation is not None
    action = session.ai_action(nation)
    checked, vetted = session.planner.vetted
    assert checked is session.state and vetted == action
    session.submit(action)
    if action.verb != "end":
        session.submit(parse_action(f"{nation} end"))
    with pytest.raises(IllegalAction):
        session.submit(action)


def test_who_acts_next_as_play_finds_it_is_who_waits_first_on_the_new_state():
    """``play`` names the nation that must act next whenever it found one on its way (so the
    session need not ask again), and that nation is ``next_to_act`` of the state it gives, in
    every phase of an all-AI game; ``apply`` gives the same states."""
    session = Session(campaign(), seed=2)
    named, given = set(), []
    while not session.over and session.state.turn < 6:
        s = session.state
        action = session.ai_action(s.next_to_act())
        after, _, waiting = play(s, action)
        if waiting is not None:
            assert waiting == after.next_to_act()
            named.add(after.phase)
        session.state = after
        given.append(action)
    assert named == {"orders", "debate", "voting"}
    s = Session(session.campaign, session.seed).state
    for action in given:
        s, _ = apply(s, action)
    assert to_plain(s) == to_plain(session.state)


def test_averages_summed_once_equal_averages_summed_afresh():
    """``scoring.averages`` adds to the totals it kept only the snapshots past them, while they
    are the very snapshots of the history asked about: two games of one campaign played turn
    about, and a state whose history is rebuilt, get what a fresh sum over the whole history
    gives."""
    games = [Session(campaign(), seed=seed) for seed in (1, 2)]
    for _ in range(6):
        for game in games:
            game.play_out(1)
            for stat in ("will", "legitimacy"):
                assert averages(game.state, stat) == fresh_averages(game.state, stat)
    s = games[0].state.copy()
    s.history = tuple(replace(h, will=tuple((c, w + 1) for c, w in h.will)) for h in s.history)
    assert averages(s, "will") == fresh_averages(s, "will")


def fresh_averages(state, stat):
    """Each nation's mean ``stat`` over every snapshot and this turn, summed from nothing."""
    rows = [getattr(h, stat) for h in state.history]
    if not state.history or state.history[-1].month != state.month:
        rows.append(tuple((c, n.stat(stat)) for c, n in state.nations.items() if n.exists))
    seen = {}
    for row in rows:
        for code, value in row:
            seen.setdefault(code, []).append(value)
    return {code: sum(values) / len(values) for code, values in seen.items()}


def test_an_aggressors_urge_read_from_the_shared_public_view_equals_each_seats_own_guess():
    """``Mind.urge_of`` works an aggressor's urge to press on out once on the public facts,
    shared by the views of every state of a phase alike in them (``ViewMemo.public``): after
    every action of an all-AI game with crises, every waiting seat's guess read there equals
    ``pressing`` of its own guess of the aggressor on its own view, and the seats of one phase
    share one public view."""
    for seed in (2, 6):
        session = Session(campaign(), seed=seed)
        memo = ViewMemo()
        compared = shared = 0
        while not session.over and session.state.turn < 6:
            s = session.state
            seen = [view(s, nation, memo) for nation in s.waiting_for()]
            shared += len({id(v.public()) for v in seen}) < len(seen)
            for v in seen[:3]:
                mind = Mind(v, "normal")
                for c in v.crises.values():
                    if c.active:
                        assert mind.urge_of(c.id) == mind.of(c.aggressor).pressing(c)[0]
                        compared += 1
            session.submit(session.ai_action(s.waiting_for()[0]))
        assert compared > 20 and shared


def test_a_public_view_is_shared_only_while_the_public_facts_stay_the_same():
    """An order given (its capital paid, a secret) and the end of a nation's phase leave the
    shared public view as it is; the orders carried out (a relation changed) make a new one."""
    s = Session(campaign(), seed=1).state
    memo = ViewMemo()
    before = view(s, "GBR", memo).public()
    assert before.nation is None and before.facts.nations["GBR"].capital == 0
    ended, _ = do(s, "GBR invest", "GBR end")
    assert ended.nations["GBR"].capital < s.nations["GBR"].capital
    assert view(ended, "FRA", memo).public() is before
    courted, _ = carry_out(s, "GBR improve FRA")
    after = view(courted, "FRA", memo).public()
    assert after is not before and after.facts.relation("GBR", "FRA") == courted.relation(
        "GBR", "FRA")


def test_a_planned_view_is_freed_without_the_garbage_collector():
    """A view the planner is done with leaves no cycle behind (its minds kept in ``derived``
    hold it; a mind's outlook holds the mind weakly): reference counting frees it and what it
    holds at once, with the cycle collector off, after plans of every phase of a few turns."""
    import gc
    import weakref

    session = Session(campaign(), seed=3)
    planner = Planner("hard")
    freed = 0
    enabled = gc.isenabled()
    gc.disable()
    try:
        while not session.over and session.state.turn < 4:
            s = session.state
            nation = s.waiting_for()[0]
            if idle(s, nation) is None:
                v = view(s, nation, planner.memo)
                mind = Mind(v, "hard")
                mind.outlook()
                plan(v, secret_key(s, nation), "hard")
                v.derived.forget()
                gone = weakref.ref(v), weakref.ref(mind)
                del v, mind
                assert all(ref() is None for ref in gone)
                freed += 1
            session.submit(session.ai_action(nation))
    finally:
        if enabled:
            gc.enable()
    assert freed > 10


def test_a_powers_resolve_to_fight_read_from_the_public_view_equals_each_seats_own_guess():
    """``Mind.resolve_to_fight`` is worked out once on the public facts, shared by every seat
    of a phase: after every action of all-AI games with crises, each waiting seat's answer
    equals the worth of an intervention to its own guess of that power on its own view."""
    from game.ai.policy import BLUFF_FLOOR, BLUFF_SPAN
    from game.engine.actions import act
    from game.engine.orders.turn import END_SCORE

    compared = 0
    for seed in (2, 6):
        session = Session(campaign(), seed=seed)
        memo = ViewMemo()
        while not session.over and session.state.turn < 6:
            s = session.state
            for nation in s.waiting_for()[:3]:
                v = view(s, nation, memo)
                mind = Mind(v, "normal")
                for c in v.crises.values():
                    if not c.active:
                        continue
                    for power in sorted(v.nations):
                        own, _ = ORDERS["intervene"].value(
                            Mind(v, "hard", judge=power, plain=True),
                            act(power, "intervene", c.id))
                        assert mind.resolve_to_fight(power, c) == min(
                            1.0, max(BLUFF_FLOOR, 1 + (own - END_SCORE) / BLUFF_SPAN))
                        compared += 1
            session.submit(session.ai_action(s.waiting_for()[0]))
    assert compared > 100


def test_a_stand_down_leaves_the_consensus_alert_share_reads_once():
    """``alert_share`` reads the consensus once for the state with a mobilisation and the
    state without it: standing an army down moves no member's view, so the deterrence
    worked out with the consensus given equals the deterrence worked out afresh."""
    from game.engine.crises import feared
    from game.engine.gauges import consensus
    from game.engine.orders.base import applied
    from game.engine.orders.military import _demobilise

    session = Session(campaign(), seed=4)
    checked = 0
    while not session.over and session.state.turn < 12:
        session.play_out(1)
        s = session.state
        for code, n in s.nations.items():
            for cid in n.mobilised:
                down = parse_action(f"{code} demobilise {cid}")
                after = applied(s, lambda ctx, down=down: _demobilise(ctx, down))
                agreed = consensus(s, s.crises[cid], explain=False)
                assert consensus(after, after.crises[cid], explain=False) == agreed
                assert (feared(after, after.crises[cid], agreed)
                        == feared(after, after.crises[cid]))
                checked += 1
    assert checked > 0


def test_the_gauges_an_aggressor_reads_once_per_phase_equal_gauges_read_afresh():
    """``Mind._gauged`` reads who is engaged in a crisis and the gauges its aggressor believes
    there once on the public view, for every seat of a phase (``alert_added`` weighs each
    seat's alert and intervention against them, ``pressing`` reads them too): after every
    action of an all-AI game with crises, they equal the engagements and gauges worked out
    afresh on the seat's own view, and each alert's worth equals the one weighed on a view
    that shares nothing."""
    from game.engine.gauges import engagements, gauges

    session = Session(campaign(), seed=2)
    memo = ViewMemo()
    compared = 0
    while not session.over and session.state.turn < 4:
        s = session.state
        v = view(s, s.waiting_for()[0], memo)
        for c in v.crises.values():
            if not c.active:
                continue
            them = Mind(v, "normal").of(c.aggressor)
            believed = functools.partial(lambda mind, c, who, how: mind.credence(who, how, c),
                                         them, c)
            fresh = gauges(v.facts, c, believed, explain=False)
            worth = {(n, how): them.alert_added(n, c, how) for n in sorted(v.nations)[:6]
                     for how in ("mobilised", "intervening")}
            assert them._gauged(c) == (engagements(v.facts, c), fresh)
            alone = Mind(view(s, v.nation), "normal").of(c.aggressor)  # its own public view
            assert worth == {(n, how): alone.alert_added(n, alone.s.crises[c.id], how)
                             for n, how in worth}
            compared += 1
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert compared > 10


def test_the_lean_listing_is_the_legal_orders_less_the_offers_on_others_drafts():
    """``legal_actions`` with ``lean`` (the AI's listing) gives, after every action of an
    all-AI game with debates and a war, the orders the full listing finds legal, in the same
    order, less the lobbying offers on drafts not the lister's own and the aid to a nation
    that is no victim: those whose ``Order.ceiling`` is always ``FUTILE`` (``_lobby_futile``,
    ``diplomacy._aid_ceiling``), which the planner would drop unvalued."""
    from game.engine.legal import legal_actions

    session = Session(campaign(), seed=4)
    dropped = debates = aid = 0
    while not session.over and session.state.turn < 8:
        s = session.state
        victims = {v for c in s.crises.values() if c.active for v in c.victims}
        for nation in s.waiting_for():
            full = legal_actions(s, nation)
            kept = [a for a in full if not (
                a.verb == "lobby" and len(a.args) > 2
                and nation not in (s.resolutions[a.args[1]].sponsor,
                                   *s.resolutions[a.args[1]].cosponsors))
                and not (a.verb == "aid" and a.args[0] not in victims)]
            assert legal_actions(s, nation, lean=True) == kept
            dropped += len(full) - len(kept)
            aid += sum(a.verb == "aid" for a in kept)
        debates += s.phase == "debate"
        session.submit(session.ai_action(s.waiting_for()[0]))
    assert debates and dropped and aid


def _states(seed: int, turns: int):
    """The state at the start of each of an all-AI game's first ``turns`` turns."""
    session = Session(campaign(), seed=seed)
    while not session.over and session.state.turn < turns:
        yield session.state
        session.play_out(1)


def _under_sanctions(seed: int = 6, turns: int = 8):
    """Each state of an all-AI game's first ``turns`` turns with each active crisis under
    sanctions in it."""
    for s in _states(seed, turns):
        yield from ((s, c) for c in s.crises.values()
                    if c.active and any(m.kind == "sanctions" for m in c.measures))


def _costs_afresh(state, c) -> dict[str, float]:
    """Each sanctioner's cost of ``c``'s sanctions from ``trade_share`` worked out afresh."""
    from game.engine.measures import (MAX_TRADE_LOSS, TRADE_LOST, economies, sanction_costs,
                                      trade_share)

    kinds = [m.param("type", "economic") for m in c.measures if m.kind == "sanctions"]
    return {n: min(MAX_TRADE_LOSS, 100 * trade_share(state, n, c.aggressor, economies(
        state)) * sum(TRADE_LOST[k] for k in kinds) / 4) for n in sanction_costs(state, c)}


def test_sanction_costs_kept_by_world_equal_costs_worked_out_afresh():
    """``measures.sanction_costs`` reads each sanctioner's whole trade where an earlier state
    of the same world summed it (``measures._Trade``), whole or with the weights of a few
    changed relations worked out again: through an all-AI game with sanctions, on each
    state and on copies whose relations an intervention without authority would move (one
    nation with every other, as ``military._intervene`` does), read in turn with the kept
    rows warm, every cost equals the share ``trade_share`` gives worked out afresh."""
    from game.engine.measures import sanction_costs

    priced = 0
    for s, c in _under_sanctions():
        moved = []
        for nation in s.existing()[:3]:
            copy = s.copy()
            ctx = Ctx(copy)
            for other in copy.existing():
                ctx.relate(nation, other, -3)
            moved.append(copy)
        for state in (s, *moved, s, *reversed(moved)):
            got = sanction_costs(state, c)
            assert got == _costs_afresh(state, c)
            priced += len(got)
    assert priced > 50


def test_whether_one_nation_pays_a_sanction_is_whether_it_is_among_its_payers():
    """``gauges.pays``, asked of one nation, answers whether it is one of ``gauges.payers``:
    for every nation and every sanction in force through an all-AI game with sanctions,
    binding or not, with members the aggressor is a close friend of moved above the line."""
    from game.engine.gauges import payers, pays

    session = Session(campaign(), seed=6)
    answers = set()
    while not session.over and session.state.turn < 8:
        s = session.state
        for c in s.crises.values():
            for m in [m for m in c.measures if m.kind == "sanctions"]:
                friendly = s.copy()
                for other in s.existing()[::3]:
                    Ctx(friendly).relate(other, c.aggressor, 60)
                for state in (s, friendly):
                    paying = payers(state, c, m)
                    for nation in state.nations:
                        answers.add((m.binding, pays(state, nation, c, m)))
                        assert pays(state, nation, c, m) == (nation in paying)
        session.play_out(1)
    assert answers == {(True, True), (True, False)} or len(answers) == 4


def test_relations_compared_side_by_side_differ_where_a_lookup_of_every_pair_does():
    """``measures._differing`` compares two states' relations side by side when they hold the
    same pairs in the same order: through an all-AI game, each state against the one before
    and against copies whose relations an intervention would move (one nation with every
    other) or that gained a pair, the pairs it finds are those a lookup of every pair finds,
    in the same order, both ways round."""
    from game.engine.measures import _differing

    def looked_up(relations, other):
        out = [p for p, value in relations.items() if other.get(p) != value]
        return out + [p for p in other if p not in relations]

    session = Session(campaign(), seed=6)
    before = session.state
    compared = 0
    while not session.over and session.state.turn < 6:
        s = session.state
        moved = s.copy()
        ctx = Ctx(moved)
        for other in moved.existing()[1:]:
            ctx.relate(moved.existing()[0], other, -3)
        grown = s.copy()
        grown.relations = {**s.relations, ("AAA", "ZZZ"): 5}
        for a, b in ((s, before), (s, moved), (moved, s), (s, grown), (grown, s), (s, s)):
            assert _differing(a.relations, b.relations) == looked_up(a.relations, b.relations)
            compared += bool(looked_up(a.relations, b.relations))
        before = s
        session.play_out(1)
    assert compared > 10


def test_changes_read_from_the_pairs_an_order_set_equal_changes_read_from_every_pair():
    """A preview compares only the relations its order set (``Ctx.related``,
    ``base.applied_noting``): for every legal order of every nation on the states of an
    all-AI game, what ``changes`` finds from those pairs equals what it finds reading every
    pair of the two states."""
    from game.engine.legal import legal_actions
    from game.engine.orders.base import applied_noting, changes

    def carry(order, a, ctx):
        order.effect(ctx, a)

    related = 0
    for s in _states(6, 4):
        for nation in s.existing():
            for a in legal_actions(s, nation):
                order = ORDERS[a.verb]
                after, pairs = applied_noting(s, functools.partial(carry, order, a))
                assert changes(s, after, related=pairs) == changes(s, after)
                related += bool(pairs)
    assert related > 20


def test_the_strongest_lobbyist_found_by_weight_is_the_heaviest_of_every_lobbyist():
    """A forecast asks who wants a draft enough to lobby for it only of the heaviest members
    first (``forecast._Lobbyists``): for every seat of every draft an all-AI game's nations
    may table, the weight it finds is the largest ``lobby_weight`` among all the members
    (but the viewer and the seat) whose support reaches ``LOBBY_SUPPORT``."""
    from game.ai.forecast import LOBBY_SUPPORT, _Lobbyists, draft_of
    from game.ai.policy import lobby_weight, plain_mind
    from game.engine.legal import legal_actions

    found = 0
    for s in _states(3, 4):
        for nation in ("GBR", "FRA", "ITA"):
            v = view(s, nation)
            for a in legal_actions(s, nation):
                if a.verb != "table":
                    continue
                res = draft_of(a)
                members = [m for m in s.orgs[res.org].members if m != nation and m in s.nations]
                lobbyists = _Lobbyists(v, res)
                for seat in seated(s, res.org, res.body):
                    weights = [lobby_weight(v.facts, m, res.org) for m in members if m != seat
                               and plain_mind(v, m).weigh(res)[0] >= LOBBY_SUPPORT]
                    assert lobbyists.strongest(seat) == (max(weights) if weights else None)
                    found += bool(weights)
    assert found > 20


def test_an_interventions_price_to_the_intervener_equals_its_share_of_the_whole_estimate():
    """A planner prices its own intervention from the intervener's stats alone
    (``Order.expect_own``): for every intervention open to any nation on the states of an
    all-AI game, they are the intervener's entries of the whole estimate, in the same order."""
    from game.engine.legal import legal_actions

    priced = 0
    for s in _states(6, 8):
        for nation in s.existing():
            for a in legal_actions(s, nation):
                if ORDERS[a.verb].expect_own is None:
                    continue
                whole = ORDERS[a.verb].consequences(s, a)
                own = ORDERS[a.verb].consequences(s, a, own=True)
                assert own == tuple(e for e in whole if e.who == nation and e.what not in (
                    "relation", "tension", "credibility", "budget", "resolve", "pressure"))
                priced += bool(own)
    assert priced > 5


def test_sanction_costs_in_a_new_world_read_from_the_last_one_equal_costs_worked_out_afresh():
    """A new world of the same nations (economies changed: a turn's, or the sanctioned
    target's in a preview of a crisis's turn) reads the last world's rows with the partners
    whose economy or relation moved weighed again (``measures._Trade.of``): on the states of
    an all-AI game with sanctions and on copies with a few economies and relations changed,
    read one after another, every cost equals the share ``trade_share`` gives afresh."""
    from game.engine.measures import economies, sanction_costs

    priced = 0
    for s, c in _under_sanctions():
        for cut, (nation, *_) in enumerate([(c.aggressor,), *economies(s)[:3]], start=1):
            copy = s.copy()
            ctx = Ctx(copy)
            ctx.adjust(nation, "economy", -cut, "test")
            if nation != c.aggressor:
                ctx.relate(nation, c.aggressor, -5)
            got = sanction_costs(copy, c)
            assert got == _costs_afresh(copy, c)
            priced += len(got)
    assert priced > 50

"""Prevention as rules (issue 19): a latent stage with warning signs and a risk of outbreak,
preventive orders that work only before the violence, a preventive deployment renewed by
vote, and signs seen through a fog that looking clears; each rule with its precedent."""

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from game.engine import legal_actions, new_game, view
from game.engine import model as m
from game.engine import prevention
from game.engine.calendar import month
from game.engine.context import Ctx
from game.engine.legal import options
from game.engine.state import Mission

from .factory import CRISES, UN, campaign
from .helpers import carry_out, cast, do, end_orders, next_turn, veto_renewal, vote_on
from .test_properties import SETTINGS, play_checking_ranges

COUNCIL_POWERS = (*m.BodyDef("x", "x", "majority").powers, "preventive_deployment")
"""A Security Council that may deploy to prevent (UNPREDEP, 1992-99)."""
QUIET = m.Latent(grievances=50, propaganda=50, arms=50, fragility=50, risk=0)
"""Signs at 50 and no chance of outbreak: the rules on the signs alone."""


def latent_campaign(latent=QUIET, start=None, powers=COUNCIL_POWERS):
    """The factory world with a latent genocide in Ethiopia (its own state the perpetrator)
    before a Council that may deploy to prevent; ``start`` an event that starts it then."""
    council, assembly = UN.bodies
    un = replace(UN, bodies=(replace(council, powers=powers), assembly))
    tinder = m.CrisisDef("tinder", "The tinder in Ethiopia", "genocide", "ETH", ("ETH",),
                         org="un", stage=2, clarity=60, resolve=60, location=(38.7, 9.0),
                         latent=latent)
    events = () if start is None else (
        m.EventDef("start", "Killings", "They begin.", trigger=m.DateFrom(start),
                   effects=(m.StartCrisis("tinder"),)),)
    return campaign(organisations=(campaign().organisations[0], un), crises=(*CRISES, tinder),
                    events=events)


def test_a_latent_crisis_shows_rising_signs_before_any_violence():
    """Prevent, the latent stage (Rwanda, 1993-94: the hate radio, the arms caches and the
    militias were reported months before April 1994): a crisis with latent settings exists
    before it begins; its warning signs rise while nobody acts toward the level the world
    sets (here a government less stable than 50), and it is not active."""
    state = new_game(latent_campaign(), seed=4)
    c = state.crises["tinder"]
    assert c.phase == "latent" and not c.active and prevention.is_latent(state, c)
    assert prevention.signs(c) == {"grievances": 50, "propaganda": 50, "arms": 50,
                                   "fragility": 50}
    for _ in range(4):
        state, _ = next_turn(state)
    c = state.crises["tinder"]
    assert not c.active and c.phase == "latent"
    assert sum(prevention.signs(c).values()) > 4 * 50


def test_signs_settle_at_the_level_the_world_sets():
    """Prevent, the level of the signs (Rwanda, 1990-94: the grievances, the hate and the
    arms grew as far as the regime's weakness and the war let them, not without end): left
    alone, each sign drifts toward ``levels`` and stays near it instead of rising for ever."""
    state = new_game(latent_campaign(), seed=4)
    for _ in range(30):
        state, _ = next_turn(state)
    c = state.crises["tinder"]
    level = prevention.levels(state, c)
    for sign, value in prevention.signs(c).items():
        assert abs(value - level[sign]) <= 2 * prevention.NOISE + 100 // prevention.RETURN
        assert value < 100


def test_the_signs_feed_one_another():
    """Prevent, the causes feed one another (Rwanda, 1993: the hate radio RTLM fed on the
    grievances, and the militias armed where it preached): each sign's level is blended
    with the others (``FEED``), so all signs brought down lower every level."""
    state = new_game(latent_campaign(), seed=4)
    high = prevention.levels(state, state.crises["tinder"])
    state.crises["tinder"] = replace(state.crises["tinder"], grievances=20, propaganda=20,
                                     arms=20, fragility=20)
    low = prevention.levels(state, state.crises["tinder"])
    for sign in high:
        assert low[sign] == high[sign] - prevention.FEED * 30


def test_early_prevention_holds_for_a_while():
    """Prevent, what prevention lowers climbs back slowly (Macedonia, 1993-99: mediation,
    aid and UNPREDEP's watch kept the country calm for years after the first efforts, while
    its own causes stayed): grievances mediated down climb back by a tenth of their gap to
    their level a turn, so four turns after the last mediation they are still well below it."""
    state = new_game(latent_campaign(), seed=4)
    for _ in range(3):
        state, _ = carry_out(state, "NOR mediate tinder", "GBR mediate tinder")
        state, _ = cast(state, {})
    lowest = state.crises["tinder"].grievances
    for _ in range(4):
        state, _ = next_turn(state)
    c = state.crises["tinder"]
    level = prevention.levels(state, c)["grievances"]
    assert c.grievances <= lowest + (level - lowest) / 2
    assert c.grievances < level - 10


def test_unheeded_warnings_break_out_into_the_ordinary_crisis():
    """Prevent, outbreak: each turn a seeded draw against the outbreak risk; a crisis that
    breaks out becomes the ordinary active crisis at its campaign's stage."""
    state = new_game(latent_campaign(replace(QUIET, risk=100)), seed=4)
    assert prevention.outbreak_risk(state, state.crises["tinder"]) == 100
    state, events = next_turn(state)
    c = state.crises["tinder"]
    assert c.active and c.phase == "" and c.stage == 2 and c.started == state.campaign.start
    assert any("go unheeded" in e.text for e in events)
    assert prevention.outbreak_risk(state, c) == 0


def test_signs_wait_for_their_month():
    """A latent crisis whose signs begin to show later is not yet open to prevention."""
    state = new_game(latent_campaign(replace(QUIET, since=month(1931, 1))), seed=4)
    c = state.crises["tinder"]
    assert not prevention.is_latent(state, c)
    assert not any(a.verb == "mediate" for a in legal_actions(state, "GBR"))


def test_mediation_lowers_grievances_cheaply_and_only_before_the_violence():
    """Prevent, mediation (Kenya, 2008: Kofi Annan's mediation ended the post-election
    killing within weeks): a nation's mediation costs 2 diplomatic capital and lowers the
    grievances; once the crisis has broken out the order is gone."""
    state = new_game(latent_campaign(), seed=4)
    capital = state.nations["NOR"].capital
    state, _ = do(state, "NOR mediate tinder")
    assert state.nations["NOR"].capital == capital - 2
    state, _ = end_orders(state)
    noise = prevention.NOISE + 100 // prevention.RETURN
    assert state.crises["tinder"].grievances <= 50 - prevention.MEDIATION + noise
    started = new_game(latent_campaign(replace(QUIET, risk=100)), seed=4)
    started, _ = next_turn(started)
    assert not any(a.verb in ("mediate", "stabilise", "dissuade")
                   for a in legal_actions(started, "NOR"))


def test_aid_buys_influence_and_pressure_costs_it():
    """Prevent, targeted aid and pressure (Burundi, 1990s-2000s: donors' money steadied a
    fragile government; pressure on hate media cost the pressing states its goodwill):
    aid lowers fragility and costs the donor economy while its relations with the government
    rise; pressure lowers propaganda and its relations fall; a party cannot give them."""
    state = new_game(latent_campaign(), seed=4)
    economy = state.nations["GBR"].economy
    state, _ = carry_out(state, "GBR stabilise tinder", "FRA dissuade tinder")
    c = state.crises["tinder"]
    noise = prevention.NOISE + 100 // prevention.RETURN
    assert c.fragility <= 50 - prevention.AID + noise
    assert c.propaganda <= 50 - prevention.PRESSURE + noise
    assert state.relation("GBR", "ETH") >= prevention.AID_RELATION
    assert state.relation("FRA", "ETH") <= prevention.PRESSURE_RELATION + 2
    assert state.nations["GBR"].economy < economy
    reasons = {a.verb: r for a, r in options(state, "ETH") if a.verb == "mediate"}
    assert reasons["mediate"] == "a party cannot prevent its own crisis"


def test_mediators_crowd_one_another():
    """Prevent, crowding (Burundi/Kenya 2008: one lead mediator, Annan, with the others behind
    him): two nations mediating in the same turn lower the grievances by one mediation, not
    two."""
    alone = new_game(latent_campaign(), seed=4)
    alone, _ = carry_out(alone, "NOR mediate tinder")
    crowded = new_game(latent_campaign(), seed=4)
    crowded, _ = carry_out(crowded, "NOR mediate tinder", "GBR mediate tinder")
    assert crowded.crises["tinder"].grievances == alone.crises["tinder"].grievances


def test_steady_prevention_defuses_the_crisis():
    """Prevent, defused (Macedonia, 1992-99: the violence that the Balkans expected did not
    come while the preventive force served): signs brought to an average of 20 or less defuse
    the crisis; a later event cannot start it."""
    low = m.Latent(grievances=24, propaganda=24, arms=10, fragility=24, risk=0)
    state = new_game(latent_campaign(low, start=month(1931, 1)), seed=4)
    for _ in range(3):
        if state.crises["tinder"].phase != "latent":
            break
        state, _ = carry_out(state, "NOR mediate tinder", "GBR stabilise tinder",
                             "FRA dissuade tinder")
        state, _ = cast(state, {})
    assert state.crises["tinder"].phase == "defused"
    for _ in range(6):
        state, _ = next_turn(state)
    assert not state.crises["tinder"].active


def test_a_preventive_deployment_cuts_the_outbreak_risk():
    """Prevent, preventive deployment (UNPREDEP in Macedonia, 1995-99: about a thousand
    troops on the borders, and the war next door did not spread): the Council deploys a
    mission before the violence; with the troops it needs the outbreak risk falls by 60%,
    with fewer by 25%."""
    latent = replace(QUIET, risk=20)
    state = new_game(latent_campaign(latent), seed=4)
    state, vote = vote_on(state, "GBR table un.council preventive_deployment tinder", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    (mid,) = [k for k, mm in state.missions.items() if mm.mandate == m.PREVENT]
    c = state.crises["tinder"]
    unguarded = latent.risk * sum(prevention.signs(c).values()) / 4 / 50
    assert prevention.outbreak_risk(state, c) == round(unguarded * (1 - prevention.THIN_CUT))
    state.missions[mid] = replace(state.missions[mid], pledges=(("NOR", prevention.NEED),))
    assert prevention.outbreak_risk(state, c) == round(unguarded * (1 - prevention.DEPLOY_CUT))


def test_a_manned_preventive_mission_turns_the_arms_flows_down():
    """Prevent, border watch (UNPREDEP patrolled Macedonia's northern and western borders and
    reported the arms that crossed them): while a preventive mission holds its troops the arms
    flows drift down toward half their level instead of rising."""
    state = new_game(latent_campaign(), seed=4)
    state.missions["M1"] = Mission("M1", "un", "tinder", m.PREVENT, "R0", state.month,
                                   pledges=(("NOR", prevention.NEED),), until=state.month + 6)
    for _ in range(3):
        state, _ = next_turn(state)
    assert state.crises["tinder"].arms < 50


def test_a_preventive_mission_can_be_vetoed_away():
    """Prevent, mandates (China's veto of UNPREDEP's renewal, 25 February 1999): the
    preventive mandate comes back to a vote and a permanent member's veto sends the mission
    home, its measure with it."""
    state = new_game(latent_campaign(), seed=4)
    state, _ = vote_on(state, "GBR table un.council preventive_deployment tinder", {},
                       default="yes")
    (mid,) = [k for k, mm in state.missions.items() if mm.mandate == m.PREVENT]
    state, renewal = veto_renewal(state, mid)
    assert renewal.kind == "preventive_deployment"
    assert state.missions[mid].status == "ended"
    assert not state.crises["tinder"].has_measure("preventive_deployment")
    assert state.crises["tinder"].phase == "latent"


def test_a_preventive_deployment_needs_the_power_and_the_latent_stage():
    """Only a body given the power may deploy to prevent, and only while the crisis is
    latent."""
    tabled = [a.text() for a in legal_actions(new_game(latent_campaign(), seed=4), "GBR")]
    assert "GBR table un.council preventive_deployment tinder" in tabled
    plain = new_game(latent_campaign(powers=COUNCIL_POWERS[:-1]), seed=4)
    assert not any("preventive_deployment" in a.text() for a in legal_actions(plain, "GBR"))
    broke = new_game(latent_campaign(replace(QUIET, risk=100)), seed=4)
    broke, _ = next_turn(broke)
    assert not any("preventive_deployment" in a.text() for a in legal_actions(broke, "GBR"))


def test_outbreak_fails_the_preventive_mission():
    """A crisis that breaks out despite a preventive mission ends it as failed and costs its
    organisation credibility."""
    state = new_game(latent_campaign(m.Latent(100, 100, 100, 100, risk=100)), seed=4)
    state.missions["M1"] = Mission("M1", "un", "tinder", m.PREVENT, "R0", state.month,
                                   until=state.month + 6)
    credibility = state.orgs["un"].credibility
    state, _ = next_turn(state)
    assert state.crises["tinder"].active
    assert state.missions["M1"].status == "failed"
    assert state.orgs["un"].credibility < credibility


def test_signs_are_seen_through_a_fog_that_looking_clears():
    """Prevent, early warning (Rwanda, January 1994: Dallaire's cable on the arms caches was
    read by few): the government sees its own signs; a weak nation with no ties sees them off
    by a seeded error; an inquiry or a mission on the ground clears much of the fog for all,
    and the same viewer sees the same fog within a turn."""
    state = new_game(latent_campaign(), seed=4)
    c = state.crises["tinder"]
    assert view(state, "ETH").crises["tinder"] == c
    assert prevention.fog_of(state, c, "NOR") > prevention.fog_of(state, c, "USA")
    seen = view(state, "NOR").crises["tinder"]
    assert seen == view(state, "NOR").crises["tinder"]
    assert all(abs(seen_v - true_v) <= prevention.fog_of(state, c, "NOR")
               for seen_v, true_v in zip(prevention.signs(seen).values(),
                                         prevention.signs(c).values()))
    looked = replace(c, inquiry=3)
    assert prevention.fog_of(state, looked, "NOR") < prevention.fog_of(state, c, "NOR")


def test_the_ai_weighs_prevention_by_the_danger_it_sees():
    """AI: a preventive order is worth more to a nation the higher the outbreak risk it
    sees; at a high risk a multilateralist gives it rather than ending its turn."""
    from game.ai.policy import Mind
    from game.engine.actions import act
    from game.engine.orders import ORDERS
    from game.engine.orders.turn import END_SCORE

    calm = new_game(latent_campaign(replace(QUIET, risk=2)), seed=4)
    hot = new_game(latent_campaign(replace(QUIET, risk=40)), seed=4)
    a = act("NOR", "mediate", "tinder")
    low = ORDERS["mediate"].value(Mind(view(calm, "NOR")), a)[0]
    high = ORDERS["mediate"].value(Mind(view(hot, "NOR")), a)[0]
    assert high > low and high > END_SCORE


def test_the_crisis_panel_lines():
    """The panel shows a latent crisis's outbreak risk, its signs with their fog and the calm
    prevention has earned; a defused one says so."""
    state = new_game(latent_campaign(replace(QUIET, risk=10)), seed=4)
    c = state.crises["tinder"]
    lines = prevention.status_lines(state, c, 12)
    assert lines[0] == "Outbreak risk 10% a turn"
    assert lines[1] == ("Warning signs (±12): Grievances 50  Propaganda 50  Arms 50  "
                        "Fragility 50")
    assert prevention.status_lines(state, replace(c, calm=5), 0)[2] == (
        "Calm earned by prevention: every sign's level 5 lower")
    assert prevention.status_lines(state, replace(c, phase="defused"), 0) == [
        "Defused: the warning signs faded before the violence came"]


@SETTINGS
@given(seed=st.integers(0, 10_000),
       picks=st.lists(st.integers(0, 10_000), min_size=50, max_size=300))
def test_random_play_keeps_signs_and_risk_in_range(seed, picks):
    """Random legal play in a world with a latent crisis: the warning signs, as they are and
    as each nation sees them, and the outbreak risk stay within 0-100."""
    def in_range(state, nation):
        c = state.crises["tinder"]
        assert 0 <= prevention.outbreak_risk(state, c) <= 100
        for seen in (c, view(state, nation).crises["tinder"]):
            assert all(0 <= v <= 100 for v in prevention.signs(seen).values())

    play_checking_ranges(seed, picks, campaign=latent_campaign(m.Latent(risk=30)),
                         check=in_range)


def test_an_arms_embargo_before_the_violence_cuts_the_arms_flows_and_the_risk():
    """Prevent, the early embargo (Rwanda: resolution 918's arms embargo came in May 1994,
    after the genocide had begun; one voted in 1993 is the preventive counterfactual): arms
    sanctions may be voted on a latent crisis; while they stand the arms flows drift toward
    nothing and the outbreak risk is cut by ``EMBARGO_CUT``."""
    latent = m.Latent(grievances=50, propaganda=50, arms=50, fragility=50, risk=10)
    state = new_game(latent_campaign(latent), seed=4)
    offered = {a.text() for a in legal_actions(state, "GBR") if a.verb == "table"}
    assert "GBR table un.council sanctions tinder type=arms" in offered
    assert "GBR table un.council sanctions tinder type=economic" not in offered
    state, vote = vote_on(state, "GBR table un.council sanctions tinder type=arms", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    c = state.crises["tinder"]
    assert c.phase == "latent" and c.has_measure("arms")
    arms = c.arms
    for _ in range(2):
        state, _ = next_turn(state)
    c = state.crises["tinder"]
    assert c.arms < arms
    unguarded = latent.risk * sum(prevention.signs(c).values()) / 4 / 50
    assert prevention.outbreak_risk(state, c) == round(unguarded * (1 - prevention.EMBARGO_CUT))


def test_a_spark_does_not_catch_where_the_signs_were_brought_low():
    """Prevent, the spark (Kenya, 2008: mediated from its first weeks, the crisis stopped
    short of the mass killing its warning signs foretold): an event that would start a latent
    crisis does not when its signs average below SPARK - it stays latent; with the signs
    high it starts."""
    low = m.Latent(grievances=30, propaganda=30, arms=30, fragility=30, risk=0)
    state = new_game(latent_campaign(low, start=month(1930, 1)), seed=4)
    assert state.crises["tinder"].phase == "latent" and not state.crises["tinder"].active
    state = new_game(latent_campaign(start=month(1930, 1)), seed=4)
    assert state.crises["tinder"].active


def test_a_preventive_embargo_is_not_lifted_as_if_the_crisis_were_over():
    """Prevent, the embargo that stands (resolution 1160 put an arms embargo on Yugoslavia in
    March 1998, before the Kosovo war, and it stood until 2001): the AI counts 'the crisis is
    over' towards lifting a measure only once a crisis has ended, never while it is latent
    (the normal AI lifted every preventive embargo on Rwanda the turn after its vote)."""
    from game.ai.policy import Mind
    from game.engine.state import Resolution

    state = new_game(latent_campaign(), seed=4)
    state, vote = vote_on(state, "GBR table un.council sanctions tinder type=arms", {},
                          default="yes")
    lift = Resolution("?", "un", "council", "FRA", "lift", vote.get("resolution"), (),
                      state.turn)
    _, reasons = Mind(view(state, "FRA"), "hard").lifting(lift)
    assert not any("is over" in r for r in reasons)
    ended = state.copy()
    ended.crises = {**ended.crises, "tinder": replace(ended.crises["tinder"], phase="")}
    _, reasons = Mind(view(ended, "FRA"), "hard").lifting(lift)
    assert any("is over" in r for r in reasons)


def test_prevention_that_works_leaves_a_lasting_calm():
    """Prevent, the lasting calm (Macedonia, 1992-99: the inter-ethnic talks and UNPREDEP's
    patrols held off, year after year and at small cost, a war that reached every other
    neighbour): a preventive order earns ``CALM`` of its cut as calm, and every sign's level
    falls by the calm, so the causes ease and the signs settle lower without more orders."""
    state = new_game(latent_campaign(), seed=4)
    ctx = Ctx(state)
    prevention.mediate(ctx, "NOR", "tinder")
    c = state.crises["tinder"]
    assert c.calm == round(prevention.MEDIATION * prevention.CALM)
    calmed = prevention.levels(state, c)
    plain = prevention.levels(state, replace(c, calm=0))
    assert all(calmed[sign] == plain[sign] - c.calm for sign in plain)


def test_the_calm_wears_away_unless_a_mission_watches():
    """Prevent, the calm worn (Macedonia, 2001: two years after UNPREDEP's mandate lapsed, the
    insurgency it had held off came): the calm loses a tenth of itself a turn (a point at
    least), while a preventive mission with the troops it needs earns ``CALM_WATCH`` a turn."""
    state = new_game(latent_campaign(), seed=4)
    state.crises["tinder"] = replace(state.crises["tinder"], calm=20)
    state, _ = next_turn(state)
    assert state.crises["tinder"].calm == 20 - 20 // prevention.CALM_WEAR
    state.missions["M1"] = Mission("M1", "un", "tinder", m.PREVENT, "R0", state.month,
                                   pledges=(("NOR", prevention.NEED),), until=state.month + 6)
    state, _ = next_turn(state)
    assert state.crises["tinder"].calm == 18 - 1 + prevention.CALM_WATCH


def test_a_spark_that_does_not_catch_spends_the_calm():
    """Prevent, the calm tested (Kenya, 2013: the first elections after the mediated accord of
    2008 passed without the killing, but they strained the peace it had left): a spark that
    does not catch halves the calm."""
    low = m.Latent(grievances=30, propaganda=30, arms=30, fragility=30, risk=0)
    state = new_game(latent_campaign(low), seed=4)
    state.crises["tinder"] = replace(state.crises["tinder"], calm=21)
    ctx = Ctx(state)
    prevention.spark(ctx, "tinder")
    assert any("does not catch" in e.text for e in ctx.events)
    c = state.crises["tinder"]
    assert c.phase == "latent" and c.calm == 21 // prevention.CALM_SPARK

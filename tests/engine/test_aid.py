"""Cutting aid and credit to a host government that kills its own people (issue 19,
``orders/aid.py``): what it costs, when it may be given, what it does to the host's resolve
and its consent, and how the AI weighs it; each rule with its precedent, Jakarta 1999."""

from game.ai.policy import Mind
from game.engine import consent, new_game, parse_action, view
from game.engine import model as m
from game.engine.context import Ctx
from game.engine.legal import options
from game.engine.orders import ORDERS
from game.engine.orders import aid

from .factory import CRISES, NATIONS, campaign, nation
from .helpers import carry_out, do, next_turn

TIMOR = nation("TIM", "Timor", 2, 1, bloc="none", lonlat=(38.9, 9.2), territory=("timor",))
"""A people with land of its own that Ethiopia holds (East Timor in Indonesia, 1975-99)."""
REBELS = nation("REB", "Rebels", 4, 1, bloc="none", lonlat=(38.7, 9.0))
"""A people in arms inside Ethiopia (Libya's rebels, 2011)."""


def world(stage=2, resolve=80, victims=("TIM",)):
    """The factory world with Ethiopia's government killing ``victims``, at ``stage``."""
    host = m.CrisisDef("host", "The killings in Timor", "atrocities", "ETH", victims, org="un",
                       stage=stage, clarity=60, resolve=resolve, stake=40,
                       location=(38.9, 9.2))
    state = new_game(campaign(nations=(*NATIONS, TIMOR, REBELS), crises=(*CRISES, host),
                              events=()), seed=1)
    Ctx(state).start_crisis("host")
    return state


def cut(state, *nations):
    """Each of ``nations`` cuts its aid this turn, carried out at once (no turn passes)."""
    state, _ = do(state, *(f"{n} withhold host" for n in nations))
    state.orders = ()  # carried out here, not again at the phase's end
    ctx = Ctx(state)
    for n in nations:
        ORDERS["withhold"].effect(ctx, parse_action(f"{n} withhold host"))
    return state, ctx


def test_cutting_aid_breaks_the_hosts_resolve_at_a_price_in_public():
    """The IMF's money held back (Jakarta, September 1999: the IMF and the World Bank held
    back their loans and Washington cut its military ties): the host's resolve falls by the
    cutter's economic weight and its economy with the money; the cutter pays a point of
    economy in trade and contracts, its relations with the host and a point of capital, and
    the whole world reads it."""
    state = world()
    usa = state.nations["USA"]
    state, ctx = cut(state, "USA")
    c = state.crises["host"]
    assert c.resolve == 80 - aid.CUT_RESOLVE
    assert state.nations["ETH"].economy == 5 - aid.HELD_BACK
    assert state.nations["USA"].economy == usa.economy - aid.CUT_COST
    assert state.nations["USA"].capital == usa.capital - ORDERS["withhold"].cost
    assert state.relation("USA", "ETH") == aid.CUT_RELATION
    news = [e for e in ctx.events if "cuts its aid and credit to Ethiopia" in e.text]
    assert news and news[0].visible_to is None
    assert consent.withholding(state, c) == ["USA"]
    assert "aid cut by United States" in consent.status_line(state, c)


def test_only_a_weighty_economy_cuts_once_the_killing_has_begun_and_only_once():
    """Who can cut (the lenders of 1999 were the IMF's big shareholders, and they cut once the
    militias had burnt Dili, not before the ballot): a small economy's aid does not weigh, a
    party has none to cut, a cut waits for the killing (clashes), it is not given twice, and
    a crisis without a host government (a war between states) offers none."""
    state = world(stage=1)
    reasons = {a.nation: why for n in ("USA", "NOR", "ETH")
               for a, why in options(state, n) if a.verb == "withhold"}
    assert reasons["USA"].startswith("the killing has not begun")
    assert reasons["NOR"].startswith("the killing has not begun")
    state = world()
    reasons = {a.nation: why for n in ("USA", "NOR", "ETH")
               for a, why in options(state, n) if a.verb == "withhold"}
    assert reasons["USA"] is None
    assert reasons["NOR"].startswith("your money is too little")
    assert reasons["ETH"] == "a party cannot cut its own aid"
    state, _ = next_turn(cut(state, "USA")[0])
    again = [why for a, why in options(state, "USA") if a.verb == "withhold"]
    assert again == ["your aid is cut already"]
    assert all(a.args == ("host",) for a, _ in options(state, "USA") if a.verb == "withhold")


def test_the_cuts_of_one_turn_overlap_the_weightiest_first():
    """Overlapping money (1999: the IMF, the World Bank and the bilateral lenders all held
    back the same rescue of Indonesia's economy): of the cuts of one turn the weightiest
    counts in full and the next half, so two together take off less than the two alone but
    more than either."""
    state, _ = cut(world(), "GBR", "USA")
    together = 80 - state.crises["host"].resolve
    usa, gbr = aid.weight(state, "USA"), aid.weight(state, "GBR")
    assert together == usa + round(gbr / 2)
    assert max(usa, gbr) < together < usa + gbr


def test_a_permanent_member_that_cuts_its_aid_shields_the_host_no_more():
    """A friend turned (September 1999: Washington, Jakarta's friend since 1965, cut its
    military ties): a permanent member that stood by the host coerces it once it cuts its
    aid, and no longer shields it from consenting."""
    state = world()
    ctx = Ctx(state)
    ctx.relate("USA", "ETH", 70 - state.relation("USA", "ETH"))
    assert consent.protector(state, state.crises["host"]) == "USA"
    state, _ = cut(state, "USA")
    c = state.crises["host"]
    assert "USA" in consent.coercing(state, c)
    assert consent.protector(state, c) is None


def test_cuts_count_towards_the_hosts_consent():
    """Pressure without troops (Jakarta, 12 September 1999: Habibie accepted a force once the
    money stopped): aid cuts alone can bring the host's urge below the line, and it consents
    at the turn's end."""
    state, _ = next_turn(world(resolve=60))
    assert not consent.consented(state, state.crises["host"])
    state, _ = carry_out(world(resolve=60), "USA withhold host", "GBR withhold host",
                         "FRA withhold host")
    assert consent.consented(state, state.crises["host"])


def value(state, nation="GBR"):
    return ORDERS["withhold"].value(Mind(view(state, nation), "hard"),
                                    parse_action(f"{nation} withhold host"))


def test_the_ai_cuts_harder_when_the_cut_may_win_consent_and_not_for_a_regime_at_bay():
    """The AI's valuation: a cut that would bring a host that may consent below the line is
    worth ``CONSENT_PULL`` more (Jakarta, 1999); a regime at war with its own people in arms
    never consents, so the pull is gone (Libya, 2011), as it is once the host has consented,
    and a friend of the host values the cut less."""
    near, far = world(resolve=60), world(resolve=100)
    assert value(near)[0] - value(far)[0] == aid.CONSENT_PULL
    assert "the cut may win the host's consent to a force" in value(near)[1]
    besieged = world(resolve=60, victims=("REB",))
    assert "the cut may win the host's consent to a force" not in value(besieged)[1]
    consented = world(resolve=60)
    Ctx(consented).set_flag(consent.flag("host"))
    assert "the cut may win the host's consent to a force" not in value(consented)[1]
    friendly = world(resolve=60)
    Ctx(friendly).relate("GBR", "ETH", 60)
    assert value(friendly)[0] < value(near)[0]

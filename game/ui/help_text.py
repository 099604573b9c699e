"""The encyclopedia's articles (pygame_gui's HTML subset), written for this game."""

from __future__ import annotations

from game.engine import atrocities, norms, peacebuilding, prevention
from game.engine.model import PREVENT_NEED
from game.ui.keys import CONTROLS


def _p(*paras: str) -> str:
    return "<br><br>".join(paras)


ARTICLES: list[tuple[str, str]] = [
    ("Collective security", _p(
        "<b>All against any.</b> Collective security is a promise that every member makes to "
        "every other: none of us will attack another, and if one of us does, all the rest will "
        "stand together against it. The aggressor can be anyone — a neighbour, an ally, a great "
        "power — and the promise holds all the same.",
        "It is not the same thing as <b>collective defence</b>. An alliance such as NATO or the "
        "Warsaw Pact faces outward: its members defend one another against a threat from outside "
        "the bloc. A collective security body faces inward: the threat it exists to meet is one of "
        "its own members.",
        "This game is about the distance between that promise and what governments actually do "
        "when the bill arrives: the vote that would offend a trading partner, the sanctions that "
        "would cost jobs at home, the troops that voters do not want to send.")),
    ("Morgenthau's three conditions", _p(
        "Hans Morgenthau argued that collective security can only work when three things hold "
        "together. Every crisis in the game shows them as three gauges, and the aggressor reads "
        "them before it decides to press on or back down.",
        "<b>Preponderance</b> — the members who stand together can bring far more force to bear "
        "than the aggressor. It counts only the nations actually committed, weighted by their "
        "military strength and how close they are to the crisis.",
        "<b>Consensus</b> — the members see the order the same way and agree on who broke it. It "
        "falls when the crisis is unclear, when ideologies clash, when members vote against each "
        "other.",
        "<b>Commitment</b> — the members put the common defence before their own competing "
        "interests. It falls with low domestic will, with trade ties to the aggressor, with "
        "defections from sanctions.",
        "When all three are high, deterrence usually works and the aggressor stands down without a "
        "shot. When any one of them is missing, the promise is a bluff — and aggressors are good "
        "at calling bluffs.")),
    ("Who is the aggressor?", _p(
        "Every crisis has a <b>clarity</b>: how plain it is who attacked whom. A clear invasion "
        "unites votes; an incident in a disputed border zone, a civil war, or a coup splits them.",
        "A <b>commission of inquiry</b> (like the Lytton Commission sent to Manchuria in 1932) "
        "raises clarity over several turns. It also buys time — for both sides.")),
    ("The League Council", _p(
        "The League of Nations decided by <b>unanimity</b>: every member present and voting had "
        "to agree; abstentions did not block.",
        "<b>Article 11</b> covered any threat of war; under it the parties to the dispute voted "
        "like everyone else — so in October 1931 Japan's single vote stopped the Council from "
        "ordering it out of Manchuria. <b>Article 15</b> covered disputes submitted to the "
        "Council; under it the parties' votes were not counted. Choosing the article when you "
        "table a resolution can decide the outcome.",
        "The League's decisions were recommendations. Each member decided for itself whether to "
        "apply sanctions — and the United States never joined at all.")),
    ("The Security Council", _p(
        "The UN Security Council has 11 seats (15 from 1966). A substantive decision needs 7 votes "
        "(9 from 1966) and <b>no negative vote from a permanent member</b> — China, France, the "
        "Soviet Union (later Russia), the United Kingdom and the United States.",
        "An <b>abstention</b> or an <b>absence</b> is not a veto. In June 1950 the Soviet Union "
        "was boycotting the Council, and the resolutions on Korea passed.",
        "<b>Procedural</b> questions — such as referring a question to the General Assembly — "
        "cannot be vetoed.",
        "Security Council decisions under Chapter VII bind every member.")),
    ("Uniting for Peace", _p(
        "After November 1950 a question vetoed in the Security Council can be taken to an "
        "<b>emergency special session</b> of the General Assembly. There every member has one "
        "vote; a two-thirds majority can <i>recommend</i> measures — sanctions, a peacekeeping "
        "force — but cannot order anyone to take part.",
        "In the game: after a veto, the <b>Emergency session</b> button in the council chamber "
        "refers the question (a procedural vote that cannot be vetoed).")),
    ("Assemblies and regional bodies", _p(
        "The General Assembly decides by simple majority of those voting, and by two thirds on "
        "important questions: sanctions, peacekeeping, enforcement, admitting, suspending or "
        "expelling a member.",
        "Regional organisations — the OAS, the OAU, the European Community, the CSCE, NATO — act "
        "under their own rules (majority, two thirds or consensus). A regional body can enforce "
        "without Security Council authorisation, as NATO did over Kosovo in 1999, but it pays in "
        "legitimacy.")),
    ("Sanctions leak", _p(
        "Sanctions bite in proportion to the share of the target's economy that the participating "
        "members cover. Every non-member and every defector is a hole: the United States outside "
        "the League, oil left off the list against Italy in 1935, the Suez Canal left open.",
        "Oil sanctions hurt a state that imports its oil; closing a chokepoint on an aggressor's "
        "supply line presses hardest of all.")),
    ("Force and legitimacy", _p(
        "Force used without the collective's authority costs <b>legitimacy</b> and relations. "
        "Authorised force costs less, succeeds more often, and raises the organisation's "
        "credibility when it works.",
        "Peacekeeping mandates range from <b>observe</b> through <b>interpose</b> to "
        "<b>protect</b> civilians. A mission whose mandate outruns the troops behind it can fail "
        "— as the safe areas of Bosnia did in 1995.")),
    ("Domestic will", _p(
        "Every intervention is paid for at home. Casualties, cost and distance drain "
        "<b>will</b>; a visible threat or an atrocity raises it. A government with little will "
        "left cannot commit forces, whatever it voted in Geneva or New York.",
        "<b>Rally opinion</b> raises will; a war far away for a cause voters do not feel spends "
        "it fast.")),
    ("Credibility", _p(
        "Each organisation has a <b>credibility</b>. It rises when aggression is met and "
        "stopped, and falls when aggression goes unpunished, when members walk out, when vetoes "
        "paralyse it.",
        "Revisionist states read credibility. Low credibility invites the next aggression — "
        "Manchuria, then Abyssinia, then the Rhineland. This is how the League died. Your task is "
        "to tell that story differently.")),
    ("The responsibility to protect", _p(
        "From 1991 the crises are often inside states: civil war, ethnic cleansing, genocide, "
        "state failure, refugees crossing borders. They climb the same escalation ladder as "
        "any other and are met by the same bodies.",
        "The <b>responsibility to protect</b> gives the world three duties, and you can act on "
        "each: to <b>prevent</b> (before the violence), to <b>react</b> (while it lasts) and "
        "to <b>rebuild</b> (after it); the next three articles take them in turn.",
        "A commission sponsored by Canada reported in December 2001 that sovereignty is a "
        "responsibility: when a state will not or cannot protect its people from mass "
        "killing, the responsibility passes to others. In September 2005 the World Summit "
        "put a narrower text — action through the Security Council — into its outcome, "
        "which the General Assembly adopted.",
        "<b>In the game it is a vote.</b> The norm may be tabled in the General Assembly from "
        "the commission's report; it is an important question, so two thirds of those voting "
        "must say yes. Western and African states lean towards it; the Non-Aligned, Russia "
        "and China lean away, and a state killing its own people votes no. The World Summit "
        "event puts it on the agenda, which makes governments readier to vote for it; tabled "
        f"earlier it costs {norms.EARLY_COST} capital instead of 2 and needs lobbying to pass.",
        "<b>Before the vote</b> — Rwanda, 1994 — voting to act on a manifest failure earns "
        "nothing and refusing costs nothing. <b>After it</b> — Libya, 2011 — both count "
        "(see <i>React</i>). The crisis panel of an atrocity crisis shows whether the norm is "
        "endorsed, and since when.",
        "In the rules (docs/rules.md): 'The responsibility to protect as a vote'.")),
    ("Prevent", _p(
        "Some crises exist before a shot is fired: they are <b>latent</b>, and their crisis "
        "panel shows four warning signs — grievances, hate propaganda, arms flows, a fragile "
        "government — and the chance, each turn, that the violence breaks out.",
        "<b>Rwanda, 1993-94.</b> The signs were there for anyone who read them: a radio station "
        "calling for killing, militias trained and armed, and in January 1994 the UN force "
        "commander's cable on hidden arms caches and lists of Tutsi. He asked to seize the "
        "caches and was told not to. In the game you see the signs through a fog "
        f"(up to ±{prevention.MAX_FOG} points); an inquiry or a mission on the ground clears "
        "much of it.",
        "<b>Macedonia, 1995-99.</b> The UN's only preventive deployment watched the borders "
        "while the wars went on around it, and the violence did not come until after China "
        f"vetoed its renewal. Here a preventive mission with its {PREVENT_NEED} troops cuts the "
        f"outbreak risk by {round(prevention.DEPLOY_CUT * 100)}%, fewer troops by "
        f"{round(prevention.THIN_CUT * 100)}%; its mandate is renewed by vote, so a veto can "
        "end it.",
        "<b>Cheaper than reaction.</b> Mediation (grievances "
        f"−{prevention.MEDIATION}), targeted aid (fragility −{prevention.AID}) and pressure "
        f"on the government (propaganda −{prevention.PRESSURE}) cost a capital point or two. "
        "Signs drift toward a level the world sets, so what prevention lowers climbs back "
        "slowly. An <b>arms embargo</b> voted before the violence dries the arms flows up "
        "and cuts the outbreak risk by "
        f"{round(prevention.EMBARGO_CUT * 100)}%. Rwanda's embargo came in May 1994, weeks "
        f"into the genocide. Signs averaging {prevention.DEFUSED} or less defuse the crisis "
        "for good.",
        "In the rules (docs/rules.md): 'Prevention: the latent stage'.")),
    ("React", _p(
        "In an <b>atrocity</b> crisis a state kills its own people, or lets them be killed. "
        "While nobody acts — no measure, no mission, no intervention; against a genocide "
        "only soldiers on the ground or an intervention count — the killing grows: "
        f"{atrocities.ACCELERATION['genocide']}% a turn in a genocide, "
        f"{atrocities.ACCELERATION['atrocities']}% in other atrocities. When the peacekeepers "
        f"leave, it leaps by up to {atrocities.WITHDRAWAL_JUMP}%: the killers read the cut as "
        "a free hand. In April 1994 the Council cut its force in Rwanda to a token as the "
        "genocide began.",
        f"Past {atrocities.MANIFEST_DEAD} thousand dead the state has <b>manifestly failed to "
        f"protect</b> its people: it loses {atrocities.MANIFEST_LEGITIMACY} legitimacy, and "
        "the responsibility passes to the world. The measures that answer it are a protection "
        "mission, a no-fly zone, an authorisation of force and a referral to a criminal court.",
        "<b>Libya, March 2011.</b> Resolution 1973 cited the Libyan authorities' failure to "
        "protect and authorised all necessary measures; it passed 10-0 with five abstentions. "
        "Under an endorsed responsibility to protect, each member that votes for such a "
        f"measure gains {atrocities.AUTHORISED_LEGITIMACY} legitimacy; a no costs "
        f"{atrocities.REFUSED_LEGITIMACY}, a veto {atrocities.VETO_LEGITIMACY}.",
        "In the rules (docs/rules.md): 'Atrocities: react'.")),
    ("Rebuild", _p(
        "A crisis that ends in a settlement or a withdrawal is over but not yet at peace: "
        "each turn it may <b>relapse</b> into fighting. A <b>peacebuilding mission</b> — "
        "disarmament, elections, institutions — takes "
        f"{round(peacebuilding.MISSION_CUT * 100)}% off the relapse risk, and the money "
        f"pledged to it up to {round(peacebuilding.MAX_MONEY_CUT * 100)}% more. Influence "
        "follows money: donors win the parties' favour.",
        "<b>Sierra Leone, 1999-2005.</b> After Freetown was nearly lost in 2000, the UN force "
        "grew to the largest in the world, disarmed the fighters, secured the 2002 elections "
        "and handed over to a peacebuilding office. The war did not come back.",
        "<b>Haiti, 1994-2004.</b> The elected president was restored by force in 1994, but "
        "the missions that followed were small and short; ten years later the country was in "
        "armed revolt again and a new UN mission had to be sent.",
        "Enough quiet turns <b>consolidate</b> the peace: the mission completes and the "
        "organisation gains credibility. A relapse costs it credibility and raises tension.",
        "In the rules (docs/rules.md): 'Peacebuilding and relapse: rebuild'.")),
    ("Influence follows money", _p(
        "Contributions to an organisation's budget and its missions buy weight in its decisions. "
        "<b>Pledge money</b> to an organisation and its members listen more closely when you "
        "lobby them. Who pays shapes what peace looks like.")),
    ("A turn", _p(
        "<b>1. News</b> — scripted and systemic events; some ask you to choose.",
        "<b>2. Orders</b> — spend diplomatic capital on actions: bilateral (relations, threats, "
        "aid, treaties), multilateral (table a resolution, lobby, pledge), domestic (rally, "
        "rearm, invest) and military (mobilise, intervene). Rest the mouse on an order to see "
        "what it costs (capital, will, economy, now and every turn) and what it is expected to "
        "change; a draft's tooltip says what follows if it is adopted. Press <b>End turn</b> "
        "when done.",
        "<b>3. Sessions</b> — every body with items on its agenda votes. Ballots are secret until "
        "all are in; then the tally is shown seat by seat, with any veto.",
        "<b>4. Resolution</b> — measures act: sanctions, missions, deterrence, force.",
        "<b>5. Crisis dynamics</b> — each crisis climbs or descends its ladder (tension, "
        "incidents, clashes, war, total war), or ends: withdrawal, settlement, conquest or a "
        "frozen conflict.",
        "<b>6. Consequences</b> — will, legitimacy, credibility, tension and scores move; the "
        "game saves itself. The <b>turn summary</b> at the start of your next turn says what "
        "changed and why; <b>T</b> shows it again.")),
    ("Winning", _p(
        "Each nation has its own <b>objectives</b>, shown when you choose it and in the end "
        "report. There is also a shared score for the order itself: crises stopped, tension kept "
        "low, credibility kept high. The end report sets your world beside what happened.")),
    ("Controls", "<br>".join(f"<b>{k}</b> — {v}" for k, v in CONTROLS)
     + "<br><br>Every frequent action has a key; hover a button to see it. Nothing needs a "
       "double-click."),
]

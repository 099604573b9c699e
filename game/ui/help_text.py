"""The encyclopedia's articles (pygame_gui's HTML subset), written for this game."""

from __future__ import annotations

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
    ("New threats", _p(
        "From 1991 the crises are often inside states: civil war, ethnic cleansing, genocide, "
        "state failure, refugees crossing borders. They are crises like any other: they climb "
        "the same escalation ladder and can be met by the same bodies.",
        "The <b>responsibility to protect</b> has three stages, and you can act in each: "
        "<b>prevention</b> (mediation, observers, aid), <b>reaction</b> (sanctions, protection, "
        "enforcement) and <b>rebuilding</b> (peacekeeping after a settlement).")),
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

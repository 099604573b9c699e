"""Decision rules, one test per rule, each naming the precedent it encodes."""

from game.engine.voting import decide

P5 = frozenset({"USA", "SOV", "GBR", "FRA", "CHN"})


def test_league_unanimity_one_no_blocks():
    """League Council, unanimity under Article 11: Japan's lone vote against the October 1931
    resolution on Manchuria (13 to 1) meant the Council could not act."""
    ballots = {f"M{i}": "yes" for i in range(13)} | {"JPN": "no"}
    d = decide("unanimity", ballots)
    assert not d.adopted and "JPN" in d.reason


def test_league_article_15_excludes_parties():
    """League Covenant Article 15: the parties' votes are not counted (Mosul, December 1925,
    adopted with Turkey excluded; the Lytton report, February 1933, 42 to 1 with Japan's vote
    left out)."""
    ballots = {f"M{i}": "yes" for i in range(42)} | {"JPN": "no"}
    d = decide("unanimity", ballots, excluded=frozenset({"JPN", "CHN"}))
    assert d.adopted


def test_league_abstention_does_not_break_unanimity():
    """League practice: abstaining members did not block (the USSR's expulsion in December
    1939 passed with several Council members abstaining)."""
    d = decide("unanimity", {"GBR": "yes", "FRA": "yes", "CHN": "abstain", "GRE": "abstain"})
    assert d.adopted


def test_security_council_permanent_no_is_a_veto():
    """UN Charter Art. 27(3): a permanent member's no defeats a substantive question (the
    Soviet veto on Hungary, 4 November 1956, 9 to 1)."""
    ballots = {f"E{i}": "yes" for i in range(6)} | {"USA": "yes", "GBR": "yes", "FRA": "yes",
                                                    "SOV": "no", "CHN": "yes"}
    d = decide("security_council", ballots, permanent=P5, votes_needed=7)
    assert not d.adopted and d.vetoed_by == ("SOV",)


def test_security_council_absence_is_not_a_veto():
    """Korea, 27 June 1950: Resolution 83 passed 7 to 1 while the USSR boycotted the Council;
    an absent permanent member does not veto."""
    ballots = {"USA": "yes", "GBR": "yes", "FRA": "yes", "CHN": "yes", "SOV": "absent",
               "CUB": "yes", "ECU": "yes", "NOR": "yes", "YUG": "no", "EGY": "abstain",
               "IND": "abstain"}
    d = decide("security_council", ballots, permanent=P5, votes_needed=7)
    assert d.adopted and not d.vetoed_by


def test_security_council_abstention_is_not_a_veto():
    """Kosovo, 10 June 1999: Resolution 1244 passed 14 to 0 with China abstaining."""
    ballots = {f"E{i}": "yes" for i in range(10)} | {"USA": "yes", "GBR": "yes", "FRA": "yes",
                                                     "SOV": "yes", "CHN": "abstain"}
    d = decide("security_council", ballots, permanent=P5, votes_needed=9)
    assert d.adopted


def test_security_council_needs_the_threshold():
    """Charter Art. 27 (1945): seven of eleven votes; from 1966, nine of fifteen."""
    six = {f"E{i}": "yes" for i in range(6)} | {f"A{i}": "abstain" for i in range(5)}
    assert not decide("security_council", six, permanent=P5, votes_needed=7).adopted
    eight = {f"E{i}": "yes" for i in range(8)} | {f"A{i}": "abstain" for i in range(7)}
    assert not decide("security_council", eight, permanent=P5, votes_needed=9).adopted


def test_procedural_questions_cannot_be_vetoed():
    """Charter Art. 27(2): Resolution 119 (31 October 1956) sent Suez to an emergency session
    of the Assembly 7 to 2, Britain and France voting no."""
    ballots = {"USA": "yes", "SOV": "yes", "CHN": "yes", "GBR": "no", "FRA": "no",
               "E1": "yes", "E2": "yes", "E3": "yes", "E4": "yes", "E5": "abstain",
               "E6": "abstain"}
    d = decide("security_council", ballots, permanent=P5, votes_needed=7, procedural=True)
    assert d.adopted and not d.vetoed_by


def test_assembly_simple_majority():
    """Charter Art. 18(3): other questions by a majority of those present and voting."""
    assert decide("assembly", {"A": "yes", "B": "yes", "C": "no", "D": "abstain"}).adopted
    assert not decide("assembly", {"A": "yes", "B": "no"}).adopted


def test_assembly_two_thirds_for_important_questions():
    """Charter Art. 18(2): important questions (measures, admission, expulsion) need two thirds
    of those present and voting — the Uniting for Peace sessions recommended measures by two
    thirds (Suez, 2 November 1956: 64 to 5)."""
    ballots = {f"Y{i}": "yes" for i in range(64)} | {f"N{i}": "no" for i in range(5)}
    assert decide("assembly", ballots, important=True).adopted
    short = {f"Y{i}": "yes" for i in range(6)} | {f"N{i}": "no" for i in range(4)}
    assert not decide("assembly", short, important=True).adopted


def test_nato_consensus():
    """NATO decides by consensus: one ally's objection stops a decision (Greece and others
    doubted, but none blocked, the 1999 air campaign)."""
    assert decide("consensus", {"USA": "yes", "GRE": "abstain", "ITA": "yes"}).adopted
    assert not decide("consensus", {"USA": "yes", "GRE": "no"}).adopted


def test_oas_two_thirds():
    """The Rio Treaty and the OAS decide by two thirds (the October 1962 quarantine of Cuba
    was endorsed 19 to 0)."""
    assert decide("two_thirds", {f"Y{i}": "yes" for i in range(19)}).adopted
    assert not decide("two_thirds", {"A": "yes", "B": "no"}).adopted

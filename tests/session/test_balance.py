"""The balance tool: seeded all-AI games on a pool, tallied, printed and drawn."""

import io
from collections import Counter
from pathlib import Path

import pytest

from game.balance import report
from game.balance.batch import measure
from game.balance.games import load, play
from game.balance.pool import Progress
from game.balance.tally import historical
from game.balance.text import choices, outcomes
from game.cli import main
from game.engine.calendar import month
from game.session.session import Session

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture(scope="module")
def mini():
    return load(MINI)


@pytest.fixture(scope="module")
def tallied(mini):
    return measure(mini, range(1, 5), jobs=1, progress=False)


def test_same_figures_whatever_the_number_of_jobs(mini, tallied):
    """Games end in any order on a pool; the tally of the same seeds must not change."""
    in_process, _, _ = tallied
    pooled, _, finished = measure(mini, range(1, 5), jobs=2, progress=False)
    assert finished
    assert pooled.figures() == in_process.figures()


def test_a_measured_game_is_the_game_the_session_plays(mini):
    """The tool measures the real game: its scores are those of Session.play_out."""
    session = Session(mini, 3)
    session.play_out()
    result = play(mini, 3)
    assert dict(result.scores) == {c: session.state.score(c) for c, _ in result.scores}


def test_every_vote_of_the_chronicle_is_tallied(mini, tallied):
    """Key votes are read from the game's vote events: none lost, none counted twice."""
    tally, _, _ = tallied
    events = 0
    for seed in range(1, 5):
        session = Session(mini, seed)
        session.play_out()
        events += sum(e.kind == "vote" for e in session.chronicle)
    assert sum(v.tabled for v in tally.votes.values()) == events
    assert sum(sum(v.status.values()) for v in tally.votes.values()) == events


def test_every_answer_to_an_event_is_tallied(mini, tallied):
    """Issue 15: how events' choices were answered is read from the game's choice events
    (mini campaign: Bravia's ultimatum asks Aldoria to stand by Helvan or look away) —
    per event, nation and option, none lost, none counted twice, and printed in one line."""
    tally, _, _ = tallied
    answers: Counter = Counter()
    games: Counter = Counter()
    for seed in range(1, 5):
        session = Session(mini, seed)
        session.play_out()
        chosen = [(str(e.get("event")), str(e.get("nation")), str(e.get("option")))
                  for e in session.chronicle if e.kind == "choice"]
        answers.update(chosen)
        games.update({(event, nation) for event, nation, _ in chosen})
    assert answers, "the mini campaign asks a choice in seeds 1-4"
    assert {(e, n, o): k for (e, n), c in tally.choices.items()
            for o, k in c.answers.items()} == dict(answers)
    assert {k: c.games for k, c in tally.choices.items()} == dict(games)
    line = next(x for x in choices(tally) if "helvan_ultimatum" in x)
    c = tally.choices["helvan_ultimatum", "ALD"]
    assert f"stand_firm {c.answers['stand_firm']}, appease {c.answers['appease']}" in line


def test_history_is_read_from_the_baseline():
    """A crisis's historical start is its first baseline entry, its end the one with an
    outcome (league_1920: Aland brought before the Council 1920-07, settled 1921-06)."""
    history = historical(load("league_1920"))
    assert history["aland"] == (month(1920, 7), month(1921, 6), "settlement")


def test_report_page_has_every_section(tmp_path, tallied):
    """--report writes one self-contained page: outcomes, dates, votes, choices, nations,
    run time."""
    tally, wall, _ = tallied
    path = report.write(tmp_path / "out", tally, wall, 1)
    page = path.read_text(encoding="utf-8")
    for section in ("outcomes", "dates", "votes", "choices", "nations", "time"):
        assert f"id='{section}'" in page
    assert "<svg" in page and "http" not in page.split("<body>")[1]
    assert "The Helvan crisis" in page


def test_command_prints_the_summary_and_writes_the_report(tmp_path, capsys):
    code = main(["balance", str(MINI), "--games", "2", "--jobs", "1", "--report",
                 str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    for heading in ("How crises end", "When crises start and end", "Key votes", "Choices",
                    "Playable nations", "Run time"):
        assert heading in out
    assert (tmp_path / report.FILE).is_file()


def test_unknown_campaign_is_a_message_and_exit_2(capsys):
    """A mistyped campaign gets a sentence naming the built-in ids, not a traceback."""
    assert main(["balance", "no_such_campaign"]) == 2
    err = capsys.readouterr().err
    assert "no campaign 'no_such_campaign'" in err and "league_1920" in err


def test_campaign_with_errors_lists_them_and_exits_2(capsys):
    broken = Path(__file__).resolve().parents[1] / "content" / "fixtures" / "missing_refs"
    assert main(["balance", str(broken), "--games", "1"]) == 2
    assert "unknown nation 'ITA'" in capsys.readouterr().err


def test_games_must_be_positive(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["balance", "league_1920", "--games", "0"])
    assert stop.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_progress_off_a_terminal_is_one_plain_line_per_tenth():
    """Redirected to a file or CI log, the progress bar writes ten lines, no carriage
    returns."""
    out = io.StringIO()
    bar = Progress(40, out=out)
    for _ in range(40):
        bar.step()
    bar.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 10 and "\r" not in out.getvalue()
    assert lines[-1].startswith("[" + "#" * Progress.WIDTH + "] 40/40 games")


def test_a_liberation_is_tallied_and_printed(tallied):
    """The mini campaign liberates Helvan after a conquest in seeds 1, 3 and 4 of 1-4: the
    tally counts those endings as liberations, and the printed table has a liberation
    column."""
    tally, _, _ = tallied
    assert tally.share("helvan_crisis", "liberation") == 0.75
    assert "liberation" in outcomes(tally)[1]

def test_the_outcome_table_gives_relapse_rates(mini):
    """Rebuild (issue 19): the outcome table counts, per crisis with a peacebuilding phase,
    the games in which it ended and reignited, as a share of the games; '-' for the others."""
    from dataclasses import replace

    from game.balance.games import GameResult
    from game.balance.tally import Tally
    from game.balance.text import outcomes

    from game.engine.model import Peacebuilding

    first, second = mini.crises[:2]
    camp = replace(mini, crises=(replace(first, peacebuilding=Peacebuilding()), second))
    tally = Tally(camp)
    ended = ((first.id, "settlement", mini.start, mini.start),
             (second.id, "settlement", mini.start, mini.start))
    base = GameResult(1, 0.0, ended, (), (), (), 0, 0)
    tally.add(replace(base, relapsed=(first.id,)))
    tally.add(replace(base, seed=2))
    assert tally.relapse_rate(first.id) == 0.5
    assert tally.relapse_rate(second.id) is None  # no peacebuilding phase: it cannot relapse
    assert tally.figures()["relapsed"] == {first.id: 1}
    rows = outcomes(tally)
    assert "relapsed" in rows[1]
    assert rows[2].split()[-2] == "50%" and rows[3].split()[-2] == "-"

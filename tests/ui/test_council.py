"""The council chamber, headless: drafting a resolution with a posted click, voting on it,
the results of the count with the AI's reasons, and screenshots at two window sizes; the
drafting list's labels and length, a layout that holds still while ballots are cast, a seat
ring that shows only the view chosen, and a ballot on every seat."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.content.loader import load_campaign
from game.engine.actions import parse_action
from game.session.paths import BUILTIN_CAMPAIGNS
from game.session.session import Seat, Session
from game.ui.app import App
from game.ui.controller import GameController
from game.ui.council_model import draft_label
from game.ui.scenes.council import CouncilScene
from shots import SHOTS

from .driver import press
from .test_council_model import play_to_veto, vetoing_session


def make(mini, tmp_path, size=(1280, 720), scale=None, nation="ALD"):
    ctl = GameController(Session(mini, seed=3, seats=(Seat(nation, "Ann"),)))
    app = App(size=size, config_dir=tmp_path, save_dir=tmp_path)
    if scale is not None:
        app.settings.ui_scale = scale
        app.refresh_theme()
    return app, ctl


def close(app) -> None:
    """Close a window: the fonts cached for it die with pygame."""
    from game.ui import fonts

    app.shutdown()
    fonts.font.cache_clear()


def click(app, scene, widget) -> None:
    """Bring ``widget`` into view (when it is in the scrolling column), then press and release
    the mouse on its centre."""
    inside = widget.ui_container is scene.scroll.get_container()
    if inside:
        scene.reveal(widget)
        app.tick()
    pos = widget.rect.center
    assert not inside or scene.scroll.rect.collidepoint(pos)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.tick()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    app.tick()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.tick()
    app.tick()


def labels_text(scene) -> str:
    """Every label's text in the chamber's scrolling column, one line each."""
    box = scene.scroll.get_container()
    return "\n".join(getattr(e, "text", "") for e in box.elements)


def end_debate(ctl, nation: str = "ALD") -> None:
    """After the turn's orders: end the debate for ``nation`` when it has one, as a player
    who does not lobby would, and let the AI end theirs; the vote follows."""
    if ctl.session.state.phase == "debate" and nation in ctl.session.state.waiting_for():
        ok, why = ctl.submit(f"{nation} end")
        assert ok, why
    ctl.finish_ai()


def shot(app, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.draw()
    pygame.image.save(app.screen, str(SHOTS / name))


def draft_vote_count(app, ctl, tag: str):
    """Table an item by clicking, end orders, vote Yes by clicking, let the count run."""
    scene = CouncilScene(app, ctl)
    app.push(scene)
    app.tick()
    assert scene.body == "un.security_council"
    shot(app, f"council_drafting_{tag}.png")
    key = "table ALD table un.security_council expel GOT"
    assert key not in scene.widgets  # GOT is no aggressor now: behind the membership entry
    click(app, scene, scene.widgets["membership"])
    assert key in scene.widgets, sorted(k for k in scene.widgets if k.startswith("table"))[:5]
    click(app, scene, scene.widgets[key])
    # the draft is queued with the turn's orders: on the agenda only when they are carried out
    assert "ALD table un.security_council expel GOT" in ctl.session.state.orders
    assert "goes on the agenda when the turn's orders are carried out" in scene.status
    assert not any(r.sponsor == "ALD" for r in ctl.session.state.resolutions.values())
    assert "Tabled this turn: Security Council: Expel: Gotia" in labels_text(scene)
    shot(app, f"council_tabled_{tag}.png")
    # tabling twice in a body is barred: greyed out with the reason
    other = scene.widgets["table ALD table un.security_council expel DUN"]
    assert not other.is_enabled
    assert "already ordered this turn" in (other.tool_tip_text or "")
    ok, why = ctl.submit("ALD end")
    assert ok, why
    ctl.finish_ai()
    tabled = [r for r in ctl.session.state.resolutions.values()
              if r.sponsor == "ALD" and r.kind == "expel" and r.subject == "GOT"]
    assert tabled, scene.status
    rid = tabled[0].id
    # the debate before the vote: the chamber offers to end it
    assert ctl.session.state.phase == "debate"
    app.tick()
    assert f"item {rid}" in scene.widgets  # the agenda shows it now
    click(app, scene, scene.widgets["end debate"])
    assert scene.status == "You have ended the debate: the vote follows."
    ctl.finish_ai()
    assert ctl.session.state.phase == "voting"
    assert rid in ctl.session.state.ballots_owed("ALD")
    app.tick()  # the scene notices the new phase and rebuilds
    assert f"vote {rid} yes" in scene.widgets
    # nobody else's ballot is shown before the count
    assert len(ctl.session.state.resolutions[rid].ballots) > 0  # the AI members have voted...
    seats, _res = scene.seats()
    assert all(s.ballot is None for s in seats)  # ...but their ballots are not shown
    shot(app, f"council_voting_{tag}.png")
    click(app, scene, scene.widgets[f"vote {rid} yes"])
    assert ctl.session.state.resolution(rid).ballot("ALD") == "yes"
    seats, _res = scene.seats()
    assert [s.ballot for s in seats if s.code == "ALD"] == ["yes"]
    if ctl.session.state.resolution(rid).status == "tabled":  # not counted yet: the rest stay secret
        assert all(s.ballot is None for s in seats if s.code != "ALD")
    return scene, rid


def test_council_drafting_voting_results(mini, tmp_path):
    app, ctl = make(mini, tmp_path)
    scene, rid = draft_vote_count(app, ctl, "1280x720")
    # the rest of the ballots and the count
    for other in ctl.session.state.ballots_owed("ALD"):
        ctl.submit(f"ALD vote {other} abstain")
    ctl.finish_ai()
    app.tick()
    res = ctl.session.state.resolution(rid)
    assert res.status != "tabled"
    app.pop(scene)
    results = CouncilScene(app, ctl, results=True)
    app.push(results)
    app.tick()
    assert results.focus is not None
    seats, shown = results.seats()
    assert shown.status != "tabled"
    assert any(s.ballot for s in seats if s.code != "ALD")
    assert any(s.reason for s in seats if s.code != "ALD")  # the AI's reasons, for tooltips
    shot(app, "council_results_1280x720.png")
    # Esc closes the chamber
    press(app, pygame.K_ESCAPE)
    assert results not in app.stack
    close(app)


def test_council_large_window_and_scale(mini, tmp_path):
    app, ctl = make(mini, tmp_path, size=(1920, 1080))
    draft_vote_count(app, ctl, "1920x1080")
    close(app)
    app, ctl = make(mini, tmp_path, size=(1280, 720), scale=200)
    scene = CouncilScene(app, ctl)
    app.push(scene)
    app.tick()
    shot(app, "council_drafting_1280x720_scale200.png")
    # every button's text fits (elided, full text in the tooltip)
    for key, b in scene.widgets.items():
        f = getattr(b, "font", None)
        if f is not None and hasattr(b, "text"):
            assert f.size(b.text)[0] <= b.rect.w, key
    close(app)


def test_veto_offers_uniting_for_peace(tmp_path):
    """After a veto in the Security Council the results name the veto and offer Uniting for
    Peace (Res 377 A(V), November 1950: an emergency session when the Council fails to act).
    Played to it: Aldoria tables condemnations of every active crisis in the Council and votes
    for them; Bravia, a permanent member, votes against until a draft that had the votes is
    vetoed."""
    from game.engine import options

    ctl = vetoing_session(tmp_path)
    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path)
    vetoed = play_to_veto(ctl)
    assert vetoed.vetoed_by == ("BRV",)
    assert any(a.verb == "emergency" and a.args[0] == vetoed.id and why is None
               for a, why in options(ctl.session.state, "ALD"))
    scene = CouncilScene(app, ctl, results=True, body="un.security_council")
    app.push(scene)
    app.tick()
    seats, shown = scene.seats()
    assert [s.code for s in seats if s.veto] == ["BRV"]
    button = scene.widgets[f"emergency {vetoed.id}"]
    assert button.is_enabled
    shot(app, "council_veto_1280x720.png")
    click(app, scene, button)
    assert any(a.verb == "emergency" and a.args[0] == vetoed.id and why
               for a, why in options(ctl.session.state, "ALD"))  # asked for: now barred
    # an assembly: seats in rows; PgDn moves between the bodies' tabs
    scene.show_body("un.general_assembly")
    app.tick()
    assert scene.body == "un.general_assembly"
    shot(app, "council_assembly_1280x720.png")
    press(app, pygame.K_PAGEDOWN)
    assert scene.body != "un.general_assembly"
    close(app)


def in_crisis(mini, tmp_path, size=(1280, 720)):
    """The mini campaign two turns in, when Bravia's ultimatum has opened the Helvan crisis
    (a League crisis under Article 11); the player's pending decisions answered, nobody's
    orders given yet."""
    app, ctl = make(mini, tmp_path, size=size)
    ctl.session.play_out(2)
    st = ctl.session.state
    for event in st.choices.get("ALD", ()):
        ctl.submit(f"ALD choose {event} {st.campaign.event(event).choice.options[0].id}")
    assert ctl.session.state.crises["helvan_crisis"].active and ctl.session.state.phase == "orders"
    return app, ctl


def drafts(scene) -> dict[str, object]:
    """The drafting buttons by their action."""
    return {key[len("table "):]: b for key, b in scene.widgets.items()
            if key.startswith("table ")}


def test_drafts_read_whole_and_distinct(mini, tmp_path):
    """Each draft's button shows its measure, target and article or chapter in full at
    1280x720 and 1920x1080, and no two drafts of one crisis read the same (issue 13: two
    'Condemn the aggressor: The ... q...' buttons, Article 11 and 15, told apart only by
    their tooltips)."""
    for size in ((1280, 720), (1920, 1080)):
        app, ctl = in_crisis(mini, tmp_path, size=size)
        for body in ("league.council", "un.security_council"):
            scene = CouncilScene(app, ctl, body=body)
            app.push(scene)
            app.tick()
            bdef = mini.org(body.split(".")[0]).body(body.split(".")[1])
            by_crisis: dict[str, list[str]] = {}
            for text, b in drafts(scene).items():
                action = parse_action(text)
                assert b.text == draft_label(ctl.session.state, bdef, action), (size, b.text)
                assert b.font.size(b.text)[0] <= b.rect.w, (size, b.text)
                by_crisis.setdefault(action.args[2], []).append(b.text)
            for crisis, texts in by_crisis.items():
                assert len(texts) == len(set(texts)), (size, crisis, texts)
            if body == "league.council":
                condemn = sorted(b.text for t, b in drafts(scene).items()
                                 if " condemn helvan_crisis" in t)
                assert condemn == ["Condemn Bravia · Art. 11", "Condemn Bravia · Art. 15"]
            app.pop(scene)
        close(app)


def test_membership_questions_wait_behind_one_entry(mini, tmp_path):
    """Admit / suspend / expel motions that no crisis calls for sit behind one entry below
    the crisis measures; expelling an aggressor is offered with its crisis (issue 13: some
    fifty 'Expel: X' buttons filled the list)."""
    app, ctl = in_crisis(mini, tmp_path)
    scene = CouncilScene(app, ctl, body="un.security_council")
    app.push(scene)
    app.tick()
    shown = [parse_action(t) for t in drafts(scene)]
    members = [a for a in shown if a.args[1] in ("admit", "suspend", "expel")]
    aggressors = {c.aggressor for c in ctl.session.state.crises.values() if c.active}
    assert members and all(a.args[2] in aggressors for a in members)
    entry = scene.widgets["membership"]
    assert all(b.rect.bottom <= entry.rect.top for b in drafts(scene).values())
    click(app, scene, entry)
    opened = [parse_action(t) for t in drafts(scene)]
    assert len(opened) > len(shown)
    assert {a.args[2] for a in opened if a.args[1] == "expel"} >= {"DUN", "GOT"}
    click(app, scene, scene.widgets["membership"])
    assert len(drafts(scene)) == len(shown)
    close(app)


def test_drafting_list_scrolls_to_its_last_row(mini, tmp_path):
    """Scrolled to the end, the column shows its last row whole, at both window sizes and
    with every membership question open (issue 13: the bottom rows were cut off)."""
    for size in ((1280, 720), (1920, 1080)):
        app, ctl = in_crisis(mini, tmp_path, size=size)
        scene = CouncilScene(app, ctl, body="un.security_council")
        scene.membership_open = True
        app.push(scene)
        app.tick()
        bar = scene.scroll.vert_scroll_bar
        if bar is not None:
            bar.set_scroll_from_start_percentage(1.0)
            scene.manager.update(0.0)
        app.tick()
        last = max(drafts(scene).values(), key=lambda b: b.rect.bottom)
        assert scene.scroll.rect.top <= last.rect.top
        assert last.rect.bottom <= scene.scroll.rect.bottom, size
        shot(app, f"council_drafting_end_{size[0]}x{size[1]}.png")
        close(app)


def test_casting_a_ballot_keeps_the_next_items_place(mini, tmp_path):
    """Voting on one item leaves the next item's ballot buttons where they were, so a
    second click lands on them (issue 13: they jumped about 13 px)."""
    app, ctl = in_crisis(mini, tmp_path)
    ok, why = ctl.submit("ALD table un.security_council condemn helvan_crisis")
    assert ok, why
    ctl.session.submit("CAS table un.security_council inquiry helvan_crisis")
    ctl.submit("ALD end")
    ctl.finish_ai()
    end_debate(ctl)
    owed = [rid for rid in ctl.session.state.ballots_owed("ALD")
            if ctl.session.state.resolutions[rid].body == "security_council"]
    assert len(owed) >= 2, owed
    scene = CouncilScene(app, ctl, body="un.security_council")
    app.push(scene)
    app.tick()
    first, second = owed[0], owed[1]
    before = pygame.Rect(scene.widgets[f"vote {second} yes"].rect)
    relative = scene.widgets[f"vote {second} yes"].get_relative_rect()
    click(app, scene, scene.widgets[f"vote {first} yes"])
    assert ctl.session.state.resolution(first).ballot("ALD") == "yes"
    assert f"vote {first} yes" not in scene.widgets  # cast: its row now says so
    after = scene.widgets[f"vote {second} yes"]
    assert after.get_relative_rect() == relative
    assert pygame.Rect(after.rect) == before
    shot(app, "council_ballot_open_1280x720.png")
    click(app, scene, after)
    assert ctl.session.state.resolution(second).ballot("ALD") == "yes"
    close(app)


def test_open_ballot_shows_only_this_session(mini, tmp_path):
    """With the chamber left open through a count and a new ballot, the seat ring shows the
    results after the count, then only the new item (no one's ballot but the player's, and
    no 'Adopted') once the next ballot opens; the results stay in their own view."""
    app, ctl = in_crisis(mini, tmp_path)
    scene = CouncilScene(app, ctl, body="league.council")
    app.push(scene)
    app.tick()
    assert ctl.submit("ALD table league.council condemn helvan_crisis")[0]
    assert ctl.submit("ALD end")[0]
    ctl.finish_ai()
    end_debate(ctl)
    app.tick()
    for rid in ctl.session.state.ballots_owed("ALD"):
        ctl.submit(f"ALD vote {rid} yes")
    ctl.finish_ai()
    app.tick()
    assert ctl.session.state.phase == "orders"
    assert scene.results  # the count just happened: its results
    seats, res = scene.seats()
    assert res.status != "tabled" and all(s.ballot for s in seats)
    assert ctl.submit("ALD table league.council inquiry helvan_crisis")[0]
    assert ctl.submit("ALD end")[0]
    ctl.finish_ai()
    end_debate(ctl)
    app.tick()
    assert ctl.session.state.phase == "voting"
    assert not scene.results
    seats, res = scene.seats()
    assert res.status == "tabled" and res.kind == "inquiry"
    assert all(s.ballot in (None, "absent") for s in seats)
    shot(app, "council_new_ballot_1280x720.png")
    click(app, scene, scene.widgets["view results"])
    seats, res = scene.seats()
    assert scene.results and res.status != "tabled"
    close(app)


def counted(campaign_dir: str, nation: str, draft: str, turns: int):
    """A bundled campaign played ``turns`` turns, then ``draft`` tabled, voted on and counted."""
    campaign = load_campaign(BUILTIN_CAMPAIGNS / campaign_dir).campaign
    ctl = GameController(Session(campaign, seed=3, seats=(Seat(nation, "Ann"),)))
    if turns:
        ctl.session.play_out(turns)
    ctl.finish_ai()
    ok, why = ctl.submit(f"{nation} {draft}")
    assert ok or why == "already on the agenda", why  # an AI member may have tabled it first
    ctl.submit(f"{nation} end")
    ctl.finish_ai()
    end_debate(ctl, nation)
    for rid in ctl.session.state.ballots_owed(nation):
        ctl.submit(f"{nation} vote {rid} yes")
    ctl.finish_ai()
    return ctl


def test_the_count_comes_while_the_player_waits_in_the_chamber(mini, tmp_path):
    """The other members debate and vote while the player stays in the chamber: ending the
    debate (E) and casting the last ballot (Y) there brings the count and its results without
    leaving (the chamber sat on 'Voting is open' until closed, seen in the tutorial)."""
    app, ctl = in_crisis(mini, tmp_path)
    scene = CouncilScene(app, ctl, body="league.council")
    app.push(scene)
    app.tick()
    ctl.finish_ai()  # the others' orders, given while the player was on the main screen
    assert ctl.submit("ALD table league.council condemn helvan_crisis")[0]
    assert ctl.submit("ALD end")[0]

    def until(done) -> None:  # frames as the window draws them; the bound stops a stuck loop
        for _ in range(5000):
            if done():
                return
            app.tick(0.05)
        raise AssertionError("the chamber never got there")

    until(lambda: ctl.session.state.phase == "debate" and not ctl.ai_busy())
    press(app, pygame.K_e)
    until(lambda: ctl.session.state.phase == "voting" and not ctl.ai_busy())
    assert app.top is scene and ctl.session.state.ballots_owed("ALD")
    while ctl.session.state.ballots_owed("ALD"):
        press(app, pygame.K_y)
    until(lambda: ctl.session.state.phase == "orders")
    app.tick()
    assert app.top is scene and scene.results
    assert scene.status.startswith("Your ballot on ") and "secret" not in scene.status
    seats, res = scene.seats()
    assert res.status != "tabled" and res.kind == "condemn"
    app.draw()
    tips = [tip for _, tip in scene.tips.regions if ". Vote: " in tip]
    reasons = [tip.split(". ", 2)[2] for tip in tips if tip.count(". ") >= 2]
    assert tips and reasons and all(r[0].isupper() and r.endswith(".") for r in reasons), tips
    close(app)


def test_at_the_count_the_debates_news_is_past(mini, tmp_path):
    """The count (a new turn) clears 'You have ended the debate: the vote follows.' from the
    chamber's status line (it stayed under the results, seen as India, off the Council, in
    1946); a ballot's line stays (the test above)."""
    app, ctl = in_crisis(mini, tmp_path)
    scene = CouncilScene(app, ctl, body="league.council")
    app.push(scene)
    app.tick()
    chronicle, turn, _, log = scene._signature()
    scene.status = "You have ended the debate: the vote follows."
    scene._follow((chronicle, turn + 1, "orders", log))
    assert scene.status == ""
    close(app)


def test_every_seat_shows_its_ballot(tmp_path):
    """Every seat of a counted vote shows a ballot: the League Council of September 1920
    seen in January 1921, when China had taken Greece's seat (issue 13: nine seats, eight
    ballots, China's bare), and the Security Council's eleven seats."""
    cases = (("league_1920", "GBR", "table league.council condemn aland", 2, 8),
             ("un_1945", "USA", "table un.council condemn iran_1946", 0, 11))
    for campaign_dir, nation, draft, turns, n in cases:
        ctl = counted(campaign_dir, nation, draft, turns)
        app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path)
        scene = CouncilScene(app, ctl, results=True)
        app.push(scene)
        app.tick()
        seats, res = scene.seats()
        assert res.status != "tabled"
        assert len(seats) == n == len(res.ballots)
        assert sorted(s.code for s in seats) == sorted(code for code, _ in res.ballots)
        assert all(s.ballot for s in seats), [s.code for s in seats if not s.ballot]
        if campaign_dir == "league_1920":
            assert "GRE" in [s.code for s in seats] and "CHN" not in [s.code for s in seats]
        shot(app, f"council_results_{campaign_dir}_1280x720.png")
        close(app)


def test_a_partys_seat_shows_no_counted_ballot():
    """Covenant Article 15: the parties' votes are not counted, so the ring leaves a party's
    seat unfilled and unlabelled as a ballot, where a counted No is red (Valdoria's red No seat
    beside a forecast of 'Yes 3' read as four to one, seen in the tutorial's chamber)."""
    from game.ui.council_model import SeatShown
    from game.ui.theme import load_theme
    from game.ui.widgets.council import draw_seats

    pygame.font.init()
    theme = load_theme()
    surface = pygame.Surface((600, 400))
    surface.fill(theme.c("bg"))
    seats = [SeatShown("AAA", "Party", ballot="no", excluded=True),
             SeatShown("BBB", "Member", ballot="no")]
    party, member = draw_seats(surface, theme, (0, 0, 600, 400), seats,
                               lambda code: pygame.Color("white"))
    assert surface.get_at((party.centerx, party.centery + party.h // 4)).rgb == \
        theme.c("panel_hi").rgb
    assert surface.get_at((member.centerx, member.centery + member.h // 4)).rgb == \
        theme.c("no").rgb

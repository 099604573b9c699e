"""The save format: every version ever written still loads, and bad files say what is wrong.

Run ``python -m tests.session.test_saves_format`` to write the fixture of the current format
version when it is bumped (see docs/saves.md).
"""

import json
from pathlib import Path

import pytest

from game.engine import state_hash
from game.session import savefile
from game.session.restore import resume
from game.session.savefile import RULES_SINCE, VERSION, SaveError, document, encode, parse
from game.session.session import Seat, Session
from tests.engine.factory import campaign

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_path(version: int) -> Path:
    return FIXTURES / f"save-v{version}.json"


def played(turns: int = 3, seed: int = 5) -> Session:
    session = Session(campaign(), seed, (Seat("GBR", "Ann"),))
    session.play_out(turns)
    return session


def test_every_format_version_has_a_fixture():
    """Bumping VERSION without keeping a save of the new format here fails this test."""
    missing = [v for v in range(1, VERSION + 1) if not fixture_path(v).is_file()]
    assert not missing, f"no fixture for format {missing}: run python -m {__name__}"


@pytest.mark.parametrize("version", range(RULES_SINCE, VERSION + 1))
def test_fixture_of_every_version_loads_and_resumes(version):
    """A save from any format written under today's rules loads, from its snapshot. A change
    to the shape of the game state fails here too: it needs a new format version and a
    migration."""
    save = parse(fixture_path(version).read_bytes())
    assert save.version == version
    session = resume(save, campaign())
    assert state_hash(session.state) == save.state_hash
    assert session.seats == (Seat("GBR", "Ann"),)


@pytest.mark.parametrize("version", range(1, RULES_SINCE))
def test_save_from_before_the_rule_change_is_refused_naming_its_version(version):
    """Saves written under older rules (formats 1-18: orders at once, no red lines, no
    atrocity dynamics or peacebuilding, no memory of losses, red lines and troops without a
    national price, fixed fortunes, unpaid prevention, no air cover, armies on alert at a flat
    price, measures that outlived their crisis, hostages taken on a date, no power entering a
    war beside an aggressor, wars between outside powers ended without talks, sanctions of one
    kind counted twice, talks of a fixed length, safe areas without a light guard, a crisis
    begun before its aggressor, reserves kept home, fronts frozen under biting sanctions, spent
    warnings' alerts read as bluffs, blockades free to hold, the initiative always the
    aggressor's)
    would replay as another game: they are refused with a message
    naming their format, the version that wrote them and what the rules have gained since -
    never a crash, never a silently different game."""
    with pytest.raises(SaveError, match=rf"^This save was made in format {version} by "
                                        r"Collective Security 0\.1\.0, under older rules \(") as e:
        parse(fixture_path(version).read_bytes())
    assert "a blockade cost its maker nothing" in str(e.value)


def test_document_fields():
    session = played()
    doc = json.loads(encode(document(session, "builtin:factory", "Before Munich")))
    assert doc["format"] == "collective-security-save" and doc["version"] == VERSION
    assert doc["campaign"] == {"id": "factory", "name": "Factory", "content_hash": "",
                               "source": "builtin:factory"}
    assert doc["log"] == session.log and doc["seed"] == 5 and doc["difficulty"] == "normal"
    assert doc["seats"] == [{"nation": "GBR", "name": "Ann", "password": ""}]
    assert doc["snapshot"]["hash"] == state_hash(session.state)
    assert doc["snapshot"]["turn"] == session.state.turn == doc["meta"]["turn"]
    meta = doc["meta"]
    assert meta["date_text"] == "Oct 1930" and meta["nations"] == ["GBR"]
    assert meta["label"] == "Before Munich" and meta["saved_at"][:2] == "20"


def test_saved_text_is_readable():
    """Short lines, and one event of the chronicle a line, however long its text."""
    text = encode(document(played(), "builtin:factory")).decode()
    assert text.startswith('{\n "format": "collective-security-save",\n "version": ')
    events = text.split('"chronicle": [\n', 1)[1].split("\n ],", 1)[0].splitlines()
    assert all(line.startswith('  ["') and line.endswith(("],", "]")) for line in events)
    rest = set(text.splitlines()) - set(events)
    assert max(len(line) for line in rest) < 200


@pytest.mark.parametrize("data", [
    b"PNG\x89 not json", b"[1, 2, 3]", b'{"format": "something-else", "version": 1}',
    "\u00e9t\u00e9".encode("latin-1"), b'{"name": "a campaign"',
])
def test_foreign_files(data):
    with pytest.raises(SaveError, match="^This file is not a Collective Security save$"):
        parse(data)


def test_truncated_save_names_the_byte():
    data = encode(document(played(), "builtin:factory"))
    for cut in (40, len(data) // 2, len(data) - 5):
        with pytest.raises(SaveError, match=rf"^The save is damaged \(truncated at byte {cut}\)$"):
            parse(data[:cut])


def test_empty_file():
    with pytest.raises(SaveError, match="damaged .the file is empty"):
        parse(b"  \n")


def test_newer_format_is_refused_with_both_versions():
    doc = document(played(), "builtin:factory")
    doc["version"] = VERSION + 2
    with pytest.raises(SaveError, match=rf"newer version \(format {VERSION + 2}; this game "
                                        rf"reads up to {VERSION}\)"):
        parse(encode(doc))


def test_older_format_is_migrated(monkeypatch):
    """The migration framework: pretend the current format is VERSION + 1, with a migration
    from VERSION that renames a field; the old fixture then loads through it."""
    def rename_label(doc):
        doc["meta"]["label"] = "migrated " + doc["meta"].pop("title", doc["meta"]["label"])
        return doc

    monkeypatch.setattr(savefile, "VERSION", VERSION + 1)
    monkeypatch.setitem(savefile.MIGRATIONS, VERSION, rename_label)
    save = parse(fixture_path(VERSION).read_bytes())
    assert save.version == VERSION and save.label.startswith("migrated ")


def test_format_without_a_migration_says_so(monkeypatch):
    monkeypatch.setattr(savefile, "VERSION", VERSION + 1)
    with pytest.raises(SaveError, match=f"format {VERSION}, which this version of the game can "
                                        "no longer read"):
        parse(fixture_path(VERSION).read_bytes())


def test_wrong_type_names_the_field():
    doc = document(played(), "builtin:factory")
    doc["snapshot"]["turn"] = "3"
    with pytest.raises(SaveError, match=r"damaged \(snapshot.turn is missing or not a whole"):
        parse(encode(doc))


def test_edited_history_is_detected():
    doc = document(played(), "builtin:factory")
    doc["log"][0] = "GBR end"
    with pytest.raises(SaveError, match="action history does not match its checksum"):
        parse(encode(doc))


def mid_phase() -> Session:
    """A game saved while an AI nation is halfway through its orders."""
    session = played()
    while not session.plans():
        session.submit(session.ai_action(session.ai_waiting()[0]))
    return session


def test_current_fixture_keeps_chronicle_and_plans():
    save = parse(fixture_path(VERSION).read_bytes())
    session = resume(save, campaign())
    assert save.chronicle and session.chronicle == list(save.chronicle)
    assert save.plans and session.plans() == save.plans


def test_edited_chronicle_is_detected():
    doc = document(played(), "builtin:factory")
    doc["chronicle"][3][3] = "Nothing happened."
    with pytest.raises(SaveError, match="chronicle does not match its checksum"):
        parse(encode(doc))


@pytest.mark.parametrize("plans, why", [
    ({"GBR": ["GBR"]}, "a planned action is not an action"),
    ({"GBR": ["FRA end"]}, "holds an action of another nation"),
    ({"GBR": "GBR end"}, "snapshot.plans.GBR is missing or not a list"),
])
def test_bad_plans_are_damage(plans, why):
    doc = document(played(), "builtin:factory")
    doc["snapshot"]["plans"] = plans
    with pytest.raises(SaveError, match=why):
        parse(encode(doc))


def write_fixture() -> Path:
    """The fixture of the current format: a short hot-seat game of the factory campaign,
    saved mid-phase so that it holds an AI plan."""
    path = fixture_path(VERSION)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(encode(document(mid_phase(), "builtin:factory", "Fixture")))
    return path


if __name__ == "__main__":
    target = fixture_path(VERSION)
    print(f"{target} exists; delete it first to rewrite it" if target.exists()
          else f"wrote {write_fixture()}")

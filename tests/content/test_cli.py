"""The command line, run as players and authors run it: `python -m game ...`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from game import cli
from game.content.schema import json_schema

from .helpers import HEADER, MINI, REPO, nations, write


def run(*args: str, cwd=None, home=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if home is not None:
        env["COLLECTIVE_SECURITY_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, cwd=cwd or REPO, env=env)


def test_validate_clean_campaign_exits_0():
    done = run("validate", str(MINI))
    assert (done.returncode, done.stdout) == (0, "1 campaign checked: 0 errors, 0 warnings\n")


def test_validate_accepts_the_campaign_yaml_itself():
    assert run("validate", str(MINI / "campaign.yaml")).returncode == 0


def test_validate_errors_exit_1_sorted_with_a_summary(tmp_path):
    text = HEADER + nations("ALD").replace("will: 50", "will: lots")
    text += "    stabilty: 4\nrelations:\n  - {a: ALD, b: ITA, value: 1}\n"
    write(tmp_path / "bad", {"campaign.yaml": text})
    done = run("validate", "bad", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        os.path.join("bad", "campaign.yaml") + ":14:11: error: expected a whole number from 0 to "
        "100, got 'lots'",
        os.path.join("bad", "campaign.yaml") + ":24:5: error: unknown key 'stabilty' in a nation "
        "(hint: did you mean 'stability'?)",
        os.path.join("bad", "campaign.yaml") + ":26:17: error: unknown nation 'ITA'",
        "1 campaign checked: 3 errors, 0 warnings",
    ]


def test_warnings_pass_unless_strict(tmp_path):
    folder = write(tmp_path / "warn", {"campaign.yaml": HEADER + nations("ALD")
                                       + "baseline:\n  - {date: 1920-01, text: Long ago}\n"})
    assert run("validate", str(folder)).returncode == 0
    strict = run("validate", "--strict", str(folder))
    assert strict.returncode == 1
    assert "error: 1920-01 is outside the campaign" in strict.stdout


@pytest.mark.parametrize("path", ["does/not/exist", "game"])
def test_unreadable_path_exits_2(path):
    done = run("validate", path, str(MINI))
    assert done.returncode == 2
    assert done.stdout.startswith(path)


def test_schema_to_stdout_and_to_a_file(tmp_path):
    assert json.loads(run("schema").stdout) == json_schema()
    assert run("schema", "-o", str(tmp_path / "s.json")).returncode == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8")) == json_schema()


def test_new_campaign_in_the_user_folder(tmp_path):
    done = run("new-campaign", "My First War", "--era", "1936", home=tmp_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "campaigns" / "my_first_war"
    assert "europe_1938" in (folder / "campaign.yaml").read_text(encoding="utf-8")
    assert run("validate", str(folder)).stdout.endswith("0 errors, 0 warnings\n")
    again = run("new-campaign", "My First War", home=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_play_without_the_window_module_says_so(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "game.ui.app", None)
    assert cli.main(["play"]) == 1
    assert "cannot open the game window: the module 'game.ui.app' is missing" in \
        capsys.readouterr().err


def test_play_is_the_default(monkeypatch):
    seen = []
    fake = type(sys)("game.ui.app")
    fake.main = lambda args: seen.append(args) or 0
    monkeypatch.setitem(sys.modules, "game.ui.app", fake)
    monkeypatch.setattr("game.ui.app", fake, raising=False)
    assert cli.main([]) == 0 and len(seen) == 1


def test_simulate_hands_over_to_the_session(monkeypatch):
    seen = []
    fake = type(sys)("game.session.simulate")
    fake.main = lambda path, seed, turns: seen.append((path, seed, turns)) or 0
    monkeypatch.setitem(sys.modules, "game.session.simulate", fake)
    monkeypatch.setattr("game.session.simulate", fake, raising=False)
    assert cli.main(["simulate", str(MINI), "--seed", "7", "--turns", "3"]) == 0
    assert seen == [(str(MINI), 7, 3)]

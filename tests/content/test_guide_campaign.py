"""The Falklands/Malvinas campaign in tests/fixtures/guide_campaign (issue 17).

It was written from the authoring guide alone (README.md, docs/authoring.md,
docs/campaign-format.md, docs/ai.md, docs/rules.md, docs/balance.md, docs/maps.md and the
commands' --help), by someone who had not written the other campaigns, with the newer
features: decisions, variables, delayed and repeating events, conditions on a resolution, a
nation's vote and a chokepoint, `liberate`, `across_sea`, stances, `stays_in` and a regional
body with `reach_km`. Its author meant: the islands fall at once, then are liberated in most
all-AI games and stay Argentine in some; the Security Council adopts resolution 502 (no
veto); the OAS never adopts a measure against Argentina. These tests run the commands an
author runs (`validate`, `balance`), so they check the guide's promise, not an internal API.
"""

from __future__ import annotations

import os
import subprocess
import sys

from .helpers import REPO

GUIDE = REPO / "tests" / "fixtures" / "guide_campaign"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, cwd=REPO, env=env, check=False)


def endings(balance_output: str) -> dict[str, dict[str, int]]:
    """The 'How crises end' table of `balance`: crisis -> outcome -> percent of games."""
    lines = balance_output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("How crises end"))
    header = lines[start + 1].split()[1:]
    table = {}
    for line in lines[start + 2:]:
        if not line.strip():
            break
        crisis, *cells = line.split()
        table[crisis] = {column: int(cell.rstrip("%")) for column, cell in zip(header, cells)
                         if cell.endswith("%")}
    return table


def test_guide_campaign_validates_clean_and_strict():
    """The campaign has no error or warning, also when --deep reasons over its triggers
    (events that can never fire, flags nothing reads, idle playable nations)."""
    done = run("validate", "--strict", "--deep", "--games", "0", str(GUIDE))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.endswith("1 campaign checked: 0 errors, 0 warnings\n")


def test_guide_campaign_plays_out_as_its_author_meant():
    """Over ten all-AI games the islands are liberated most often (the author's intention;
    50 games gave 78% liberation, 22% conquest), their occupation ends in withdrawal as
    often, and the OAS adopts nothing against Argentina while the Security Council adopts
    the condemnation (resolution 502) in every game."""
    done = run("balance", str(GUIDE), "--games", "10", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    table = endings(done.stdout)
    islands = table["falklands"]
    assert max(islands, key=islands.get) == "liberation"
    assert islands["liberation"] >= 60 and islands["conquest"] > 0
    assert sum(islands[k] for k in ("withdrawal", "settlement", "open", "never")) == 0
    assert table["occupation"]["withdrawal"] == islands["liberation"]
    votes = [line.split() for line in done.stdout.splitlines()]
    council_condemn = next(v for v in votes if v[:2] == ["condemn", "un.council"])
    assert council_condemn[3:5] == ["10", "10"]
    assert all(v[4] == "0" for v in votes if len(v) > 4 and v[1] == "oas.rio_meeting")

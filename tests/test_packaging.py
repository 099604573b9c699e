"""Packaging: the lock file covers every dependency, and an installed wheel is a whole game.

The wheel test builds the project as a player's ``pip install .`` or pipx would, installs it
into a fresh virtual environment that sees this one's packages (so nothing is downloaded), and
runs the installed command from a folder with no source checkout in sight.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
LOCK = REPO / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def _locked() -> dict[str, tuple[set[str], int]]:
    """Each locked package: its pinned versions (one per Python range) and how many hashes."""
    found: dict[str, tuple[set[str], int]] = {}
    name = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            name = canonicalize_name(match[1])
            versions, hashes = found.get(name, (set(), 0))
            found[name] = (versions | {match[2]}, hashes)
        elif name and line.strip().startswith("--hash=sha256:"):
            versions, hashes = found[name]
            found[name] = (versions, hashes + 1)
    return found


def _declared() -> list[Requirement]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    names = (data["project"]["dependencies"] + data["build-system"]["requires"]
             + [r for group in data["project"]["optional-dependencies"].values() for r in group]
             + [r for group in data["dependency-groups"].values() for r in group])
    return [Requirement(r) for r in names]


def test_every_declared_dependency_is_locked_with_hashes():
    """A fresh machine installs exact, hash-checked versions of every runtime, test and build
    dependency, and those versions still satisfy what pyproject.toml asks for."""
    locked = _locked()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in locked, f"{req.name} is not in requirements.lock: run `make lock`"
        versions, hashes = locked[name]
        assert hashes >= len(versions), f"{req.name} has no hash in requirements.lock"
        assert all(req.specifier.contains(v) for v in versions), (
            f"requirements.lock pins {req.name} {sorted(versions)}, pyproject.toml asks for "
            f"{req.specifier}: run `make lock`")


def test_every_locked_package_has_a_hash():
    """pip --require-hashes refuses the whole lock if any one pin lacks a hash."""
    assert all(hashes for _, hashes in _locked().values())


def test_the_makefile_installs_from_the_lock():
    """`make play` and `make test` reinstall when the lock or pyproject.toml changes, and take
    nothing from the index that the lock does not pin."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^\$\(STAMP\): \$\(LOCK\) pyproject\.toml$", makefile, re.M)
    assert "--require-hashes -r $(LOCK)" in makefile
    assert "--no-build-isolation --no-deps -e ." in makefile


def _installed_wheel(tmp: Path) -> tuple[Path, Path]:
    """A fresh virtual environment holding the built wheel: its python and its command."""
    # Built from a copy: setuptools leaves build/ behind, whose stale files a wheel would ship.
    source = tmp / "source"
    shutil.copytree(REPO / "game", source / "game",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, source / name)
    wheels = tmp / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                            "--no-build-isolation", "--wheel-dir", str(wheels), str(source)],
                           capture_output=True, text=True, cwd=tmp, timeout=120)
    assert built.returncode == 0, ("no wheel (`make test` installs the locked setuptools):\n"
                                   + built.stderr[-2000:])
    env_dir = tmp / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    scripts = Path(sysconfig.get_path("scripts", vars={"base": str(env_dir)}))
    python = scripts / Path(sys.executable).name
    site = Path(sysconfig.get_path("purelib", vars={"base": str(env_dir)}))
    # This environment's packages (numpy, pygame, ...) without a download. A path in a .pth
    # file is not itself scanned for .pth files, so an editable install of the checkout there
    # stays inactive.
    here = sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")})
    (site / "test_deps.pth").write_text("\n".join(here) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", "--no-index", str(next(wheels.glob("*.whl")))],
                   check=True, capture_output=True, timeout=120)
    return python, scripts / "collective-security"


def test_an_installed_wheel_plays_and_lists_its_built_in_campaigns(tmp_path):
    """`pip install .` or pipx gives a whole game: the built-in campaigns, fonts, themes, base
    maps and schema ship inside the package, and the installed command finds them with no
    source checkout anywhere near."""
    python, command = _installed_wheel(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(COLLECTIVE_SECURITY_HOME=str(tmp_path / "home"), PYGAME_HIDE_SUPPORT_PROMPT="1",
               SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")

    def run(*args: str) -> str:
        done = subprocess.run([*args], capture_output=True, text=True, cwd=tmp_path, env=env,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        return done.stdout

    found = run(str(python), "-c", INSPECT).splitlines()
    package = Path(found[0])
    assert package.is_relative_to(tmp_path / "env"), "the checkout was imported, not the wheel"
    assert set(_data_files(REPO / "game")) <= set(_data_files(package))
    builtin = sorted(p.name for p in (REPO / "game" / "campaigns").iterdir())
    assert found[1:] == [" ".join(builtin), "fonts themes maps schema"]

    chronicle = run(str(command), "simulate", "league_1920", "--turns", "3", "--seed", "2")
    assert chronicle.startswith("The League of Nations")
    report = run(str(command), "validate", *(str(package / "campaigns" / b) for b in builtin))
    assert report.splitlines()[-1] == f"{len(builtin)} campaigns checked: 0 errors, 0 warnings"


def _data_files(package: Path) -> list[str]:
    """The package's data files (campaigns, assets, schema), relative to it."""
    return [p.relative_to(package).as_posix() for folder in ("campaigns", "assets", "schema")
            for p in (package / folder).rglob("*") if p.is_file()]


INSPECT = """
from pathlib import Path
import game
from game.content.library import list_campaigns
from game.session.paths import BUILTIN_CAMPAIGNS
from game.mapdata.basemap import available_maps, load_base_map
from game.ui import fonts, theme

print(Path(game.__file__).parent)
print(" ".join(e.id for e in list_campaigns(user_dirs=[]) if e.ok))
ok = [Path(fonts.regular_path()).is_file() and Path(fonts.bold_path()).is_file(),
      "standard" in theme.available() and theme.load_theme("standard", 100, (1280, 720)),
      available_maps() and all(load_base_map(m) for m in available_maps()),
      (BUILTIN_CAMPAIGNS.parent / "schema" / "campaign.schema.json").is_file()]
print(" ".join(name for name, good in zip(["fonts", "themes", "maps", "schema"], ok) if good))
"""

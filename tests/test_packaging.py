"""Packaging: the lock file covers every dependency, and an installed wheel is a whole game.

The wheel test builds the project as a player's ``pip install .`` or pipx would, installs it
into a fresh virtual environment that sees this one's packages (so nothing is downloaded), and
runs the installed command from a folder with no source checkout in sight.
"""

from __future__ import annotations

import os
import re
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
    wheels = tmp / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(wheels), str(REPO)],
                   check=True, capture_output=True, cwd=tmp, timeout=120)
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

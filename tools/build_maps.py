"""Build the game's base maps from the raw map data.

    python tools/build_maps.py                      # every map into game/assets/maps/
    python tools/build_maps.py --only europe_1994   # one map
    python tools/build_maps.py --write-docs         # also refresh the id table in docs/maps.md
    python tools/build_maps.py --table              # also print the id table

Raw data (never copied into the repository) is found with --raw, by default
../shared/data/maps relative to the repository root. The output is reproducible: the same
raw data gives the same bytes. See docs/maps.md for the pipeline and the feature ids.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from maplib import assets  # noqa: E402

DOCS_BEGIN = "<!-- BEGIN FEATURE TABLE (tools/build_maps.py --write-docs) -->"
DOCS_END = "<!-- END FEATURE TABLE -->"


def build_one(raw: Path, out: Path, map_id: str, verbose: bool) -> dict:
    spec = assets.SPECS[map_id]
    t0 = time.perf_counter()
    arrays, meta, log = assets.build(raw, spec)
    path = out / f"{map_id}.npz"
    assets.write_npz(path, arrays)
    n_pts = int(arrays["arcs_fine_delta"].shape[0]), int(arrays["arcs_coarse_delta"].shape[0])
    print(
        f"{map_id}: {len(meta['features'])} features, {len(meta['cities'])} cities, "
        f"{len(arrays['arc_sides'])} arcs, {n_pts[0]}/{n_pts[1]} points (fine/coarse), "
        f"{path.stat().st_size / 1024:.0f} KiB, {time.perf_counter() - t0:.1f} s"
    )
    if verbose:
        for line in log:
            print(f"    {line}")
    return meta


def feature_table(metas: list[dict]) -> str:
    """Markdown: per map, every feature id with its name and owner."""
    lines = []
    for meta in metas:
        lines.append(f"### {meta['id']}\n")
        lines.append("| id | name | owner | flags |")
        lines.append("|---|---|---|---|")
        for f in meta["features"]:
            owner = "" if f["owner"] == f["id"] else f["owner"]
            lines.append(f"| `{f['id']}` | {f['name']} | {owner} | {' '.join(f['flags'])} |")
        if meta["groups"]:
            lines.append("")
            for gid, members in meta["groups"].items():
                lines.append(f"- group `{gid}` = {', '.join(f'`{m}`' for m in members)}")
        lines.append("")
    return "\n".join(lines)


def _built_meta(path: Path) -> dict:
    with np.load(path) as z:
        return json.loads(z["meta"].tobytes().decode("utf-8"))


def write_docs(doc: Path, table: str) -> None:
    text = doc.read_text(encoding="utf-8")
    head, rest = text.split(DOCS_BEGIN, 1)
    _, tail = rest.split(DOCS_END, 1)
    doc.write_text(f"{head}{DOCS_BEGIN}\n\n{table}\n{DOCS_END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=REPO / ".." / "shared" / "data" / "maps",
                    help="raw map data folder (default: ../shared/data/maps from the repo root)")
    ap.add_argument("--out", type=Path, default=REPO / "game" / "assets" / "maps",
                    help="output folder")
    ap.add_argument("--only", nargs="*", choices=sorted(assets.SPECS), help="maps to build")
    ap.add_argument("--quiet", action="store_true", help="do not print the build log")
    ap.add_argument("--write-docs", action="store_true",
                    help="rewrite the feature id table in docs/maps.md")
    ap.add_argument("--table", action="store_true", help="print the feature id table")
    ap.add_argument("--docs-only", action="store_true",
                    help="only rewrite the table in docs/maps.md, from the built assets")
    args = ap.parse_args(argv)
    if args.docs_only:
        metas = [_built_meta(args.out / f"{m}.npz") for m in sorted(assets.SPECS)]
        write_docs(REPO / "docs" / "maps.md", feature_table(metas))
        return 0
    raw = args.raw.resolve()
    if not (raw / "historical-basemaps").is_dir():
        ap.error(f"no raw map data in {raw} (use --raw)")
    args.out.mkdir(parents=True, exist_ok=True)
    metas = [build_one(raw, args.out, m, not args.quiet) for m in (args.only or sorted(assets.SPECS))]
    if args.table:
        print(feature_table(metas))
    if args.write_docs:
        write_docs(REPO / "docs" / "maps.md", feature_table(metas))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`collective-security maps`: the ids an author writes in `territory`, read from a base map.

A campaign names the land a nation holds by the base map's feature ids; the ids are the features' names made plain (`bosnia_and_herzegovina`). This
lists them with what an author needs to pick one: its name, who owned it in the map's year,
where it lies, and its note (why it is drawn as it is). Only the maps' metadata is read, no
geometry, so it answers at once.
"""

from __future__ import annotations

from game.content.scaffold import ScaffoldError, describe_maps, nearest_map


def describe_features(map_id: str, grep: str | None = None) -> str:
    """Every feature and group of ``map_id`` as aligned lines (those whose id, name or owner
    holds ``grep``, case-insensitive)."""
    from game.mapdata import available_maps
    from game.mapdata.basemap import _meta

    known = available_maps()
    if map_id not in known:
        hint = f" did you mean '{near}'?" if (near := nearest_map(map_id, known)) else ""
        raise ScaffoldError(f"no base map '{map_id}';{hint} the built-in ones:\n{describe_maps()}")
    meta = _meta(map_id)
    needle = (grep or "").lower()

    def wanted(*texts: str) -> bool:
        return not needle or any(needle in t.lower() for t in texts)

    rows = []
    for f in sorted(meta["features"], key=lambda f: f["id"]):
        if wanted(f["id"], f["name"], f["owner_name"]):
            owner = "" if f["owner"] == f["id"] else f" (of {f['owner_name']})"
            rows.append((f["id"], f["name"] + owner, "%.2f, %.2f" % tuple(f["lonlat"]), f["note"]))
    wide = [max((len(r[k]) for r in rows), default=0) for k in (0, 1)]
    lines = [f"{map_id}: {meta['title']}",
             f"{'feature id':<{wide[0]}}  {'name':<{wide[1]}}  lon, lat"]
    for ident, name, where, note in rows:
        lines.append(f"{ident:<{wide[0]}}  {name:<{wide[1]}}  {where}")
        if note:
            lines.append(f"{'':<{wide[0]}}  note: {note}")
    groups = [(g, m) for g, m in sorted(meta["groups"].items()) if wanted(g, *m)]
    if groups:
        lines.append("groups the map draws as one country (list their members in territory):")
        lines.extend(f"  {g}: {', '.join(m)}" for g, m in groups)
    if not rows and not groups:
        lines.append(f"nothing matches '{grep}'")
    return "\n".join(lines)

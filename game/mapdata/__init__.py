"""Built-in base maps: real borders per era, projected, simplified and ready to draw.

    from game.mapdata import load_base_map, compose
    m = load_base_map("europe_1994")
    m.features["kosovo"].owner                      # "serbia"
    fry = compose(m, {"fry": ["serbia", "montenegro", "kosovo", "vojvodina"]})["fry"]
    x, y = m.project(18.4, 43.85)                  # Sarajevo, in the map's kilometres

Pure numpy, no pygame. The assets are built by tools/build_maps.py (see docs/maps.md).
"""

from .basemap import (
    LODS,
    BaseMap,
    City,
    Composite,
    Feature,
    MapDataError,
    available_maps,
    compose,
    feature_ids,
    group_ids,
    load_base_map,
    map_title,
)
from .projection import EUROPE_LCC, WORLD_EQUAL_EARTH, Projection

__all__ = [
    "EUROPE_LCC",
    "LODS",
    "WORLD_EQUAL_EARTH",
    "BaseMap",
    "City",
    "Composite",
    "Feature",
    "MapDataError",
    "Projection",
    "available_maps",
    "compose",
    "feature_ids",
    "group_ids",
    "load_base_map",
    "map_title",
]

"""The projections: known points, round trips, and the serialised form campaigns rely on."""

import math

import numpy as np
import pytest

from game.mapdata.projection import EUROPE_LCC, WORLD_EQUAL_EARTH, Projection


def test_lcc_centre_is_the_origin():
    x, y = EUROPE_LCC.forward(20.0, 45.0)
    assert abs(float(x)) < 1e-9 and abs(float(y)) < 1e-9


def test_lcc_keeps_scale_on_the_standard_parallels():
    """Conformal with true scale on 30N and 60N: one degree of longitude measures
    R * cos(lat) * pi / 180 there."""
    for lat in (30.0, 60.0):
        x0, _ = EUROPE_LCC.forward(19.5, lat)
        x1, _ = EUROPE_LCC.forward(20.5, lat)
        expected = 6371.0 * math.cos(math.radians(lat)) * math.pi / 180
        assert float(x1 - x0) == pytest.approx(expected, rel=1e-4)


def test_lcc_north_is_up_and_east_is_right():
    _, y_south = EUROPE_LCC.forward(20.0, 40.0)
    _, y_north = EUROPE_LCC.forward(20.0, 50.0)
    x_west, _ = EUROPE_LCC.forward(10.0, 45.0)
    x_east, _ = EUROPE_LCC.forward(30.0, 45.0)
    assert y_north > y_south and x_east > x_west


def test_equal_earth_known_values():
    """Equal Earth's published extent: the equator spans +-2.7066 R, the pole sits at 1.3173 R."""
    x, _ = WORLD_EQUAL_EARTH.forward(180.0, 0.0)
    _, y = WORLD_EQUAL_EARTH.forward(0.0, 90.0)
    assert float(x) / 6371.0 == pytest.approx(2.7066, abs=1e-4)
    assert float(y) / 6371.0 == pytest.approx(1.3173, abs=1e-4)


def test_equal_earth_preserves_area():
    """Two 10-degree cells at different latitudes keep the ratio of their true areas."""

    def cell_area(lat0):
        lon = np.array([0.0, 10.0, 10.0, 0.0])
        lat = np.array([lat0, lat0, lat0 + 10, lat0 + 10])
        x, y = WORLD_EQUAL_EARTH.forward(lon, lat)
        return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))

    true_ratio = (math.sin(math.radians(70)) - math.sin(math.radians(60))) / math.sin(math.radians(10))
    assert cell_area(60) / cell_area(0) == pytest.approx(true_ratio, rel=2e-3)


@pytest.mark.parametrize("proj", [EUROPE_LCC, WORLD_EQUAL_EARTH], ids=["lcc", "equal_earth"])
def test_round_trip(proj):
    rng = np.random.default_rng(7)
    lon = rng.uniform(-179, 179, 500) if proj.kind == "equal_earth" else rng.uniform(-30, 70, 500)
    lat = rng.uniform(-80, 84, 500) if proj.kind == "equal_earth" else rng.uniform(20, 80, 500)
    back_lon, back_lat = proj.inverse(*proj.forward(lon, lat))
    assert np.abs(back_lon - lon).max() < 1e-7
    assert np.abs(back_lat - lat).max() < 1e-7


def test_serialised_parameters_give_the_same_projection():
    for proj in (EUROPE_LCC, WORLD_EQUAL_EARTH):
        again = Projection.from_dict(proj.to_dict())
        assert again == proj


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        Projection("mercator", lon0=0.0)

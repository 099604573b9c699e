"""Dates in campaign files are real calendar dates: each month's length, leap years included."""

from __future__ import annotations

import pytest

from game.engine.calendar import month, parse_date


@pytest.mark.parametrize("text", ["1930-01-31", "1930-04-30", "1932-02-29", "2000-02-29",
                                  "1930-02-28", "1931-09", "1931"])
def test_real_dates_are_accepted(text):
    assert parse_date(text) == month(int(text[:4]), int(text[5:7] or 1))


@pytest.mark.parametrize("text, days", [("1930-02-31", 28), ("1930-02-29", 28),
                                        ("1900-02-29", 28), ("1930-04-31", 30),
                                        ("1930-06-00", 30)])
def test_days_a_month_does_not_have_are_refused(text, days):
    """1900 was no leap year (a century not divisible by 400); April has 30 days."""
    with pytest.raises(ValueError, match=rf"which has {days} days"):
        parse_date(text)

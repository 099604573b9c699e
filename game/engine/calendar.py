"""Dates as whole months, so turn arithmetic is integer and exact.

A month value is ``year * 12 + (month - 1)``; days are kept only for display text.
"""

from __future__ import annotations

import calendar
import re

MONTH_NAMES = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def month(year: int, mon: int = 1) -> int:
    """The month value of ``year``-``mon``."""
    return year * 12 + (mon - 1)


def parse_date(text: str) -> int:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into a month value.

    Raises ValueError with a readable message; the content loader turns it into a
    file:line:col problem.
    """
    m = _DATE.match(str(text).strip())
    if not m:
        raise ValueError(f"expected a date like 1931-09 or 1931-09-18, got {text!r}")
    year, mon, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if not 1 <= mon <= 12:
        raise ValueError(f"month {mon} is not between 1 and 12 in {text!r}")
    days = calendar.monthrange(year, mon)[1]  # leap years included
    if not 1 <= day <= days:
        raise ValueError(f"day {day} is not a day of {MONTH_NAMES[mon - 1]} {year}, which has "
                         f"{days} days, in {text!r}")
    return month(year, mon)


def year_of(value: int) -> int:
    return value // 12


def format_month(value: int) -> str:
    """``Oct 1931``."""
    return f"{MONTH_NAMES[value % 12]} {value // 12}"


def iso_month(value: int) -> str:
    """``1931-10``: the text form used in saves and YAML."""
    return f"{value // 12:04d}-{value % 12 + 1:02d}"

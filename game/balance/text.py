"""The tally as plain text: what `collective-security balance` prints."""

from __future__ import annotations

from collections import Counter

from game.content.validate import norm_flags
from game.engine.calendar import iso_month
from game.engine.norms import NORMS

from .games import ENDINGS
from .tally import STATUSES, Tally, historical, median, median_low


def summary(t: Tally, wall: float, jobs: int) -> list[str]:
    c = t.campaign
    seeds = sorted(t.seeds)
    out = [f"{c.name} ({c.id}): {t.games} games, seeds {seeds[0]}-{seeds[-1]}, the AI "
           f"playing every nation; {c.turns} turns of {c.turn_months} months "
           f"({iso_month(c.start)} to {iso_month(c.end)})" if seeds else f"{c.name}: no games"]
    if not t.games:
        return out
    endorsed = norms(t)
    answered = choices(t)
    out += ["", *outcomes(t), "", *dates(t), *([""] + endorsed if endorsed else []), "",
            *votes(t), *([""] + answered if answered else []), "", *nations(t), "",
            *timing(t, wall, jobs)]
    return out


def outcomes(t: Tally) -> list[str]:
    history = historical(t.campaign)
    width = max([len(cid) for cid in t.crisis_ids()] + [6])
    head = "".join(f"{e[:10]:>11}" for e in ENDINGS)
    out = ["How crises end (share of games; relapsed: ended, then reignited)",
           f"  {'crisis':<{width}}{head}   relapsed  history"]
    for cid in t.crisis_ids():
        row = "".join(f"{_pct(t.share(cid, e)):>11}" for e in ENDINGS)
        rate = t.relapse_rate(cid)
        out.append(f"  {cid:<{width}}{row}{'-' if rate is None else _pct(rate):>11}  "
                   f"{history.get(cid, (None, None, None))[2] or '-'}")
    return out


def dates(t: Tally) -> list[str]:
    history = historical(t.campaign)
    width = max([len(cid) for cid in t.crisis_ids()] + [6])
    out = ["When crises start and end (median  earliest..latest, beside history)",
           f"  {'crisis':<{width}}  {'start':<27}{'hist.':<10}{'end':<27}hist."]
    for cid in t.crisis_ids():
        h = history.get(cid, (None, None, None))
        out.append(f"  {cid:<{width}}  {span(t.starts[cid]):<27}{_month(h[0]):<10}"
                   f"{span(t.ends[cid]):<27}{_month(h[1])}")
    return out


def norms(t: Tally) -> list[str]:
    """How often each norm a body may endorse was endorsed, and when (median, range)."""
    if not norm_flags(t.campaign) and not t.norms:
        return []
    out = ["Norms endorsed (share of games; median  earliest..latest)"]
    for norm in sorted(NORMS):
        months = t.norms.get(norm, Counter())
        share = sum(months.values()) / t.games if t.games else 0.0
        out.append(f"  {norm:<8}{_pct(share):>6}  {span(months)}")
    return out


def span(months: Counter[int]) -> str:
    low = median_low(months)
    if low is None:  # no month counted
        return "-"
    return f"{iso_month(low)}  {iso_month(min(months))}..{iso_month(max(months))}"


def votes(t: Tally) -> list[str]:
    out = ["Key votes (every resolution put to a vote, over all games: how often it was tabled,",
           "in how many games, and what became of it)"]
    if not t.votes:
        return out + ["  none"]
    crises = {cid: i for i, cid in enumerate(t.crisis_ids())}
    keys = sorted(t.votes, key=lambda k: (crises.get(k[0], len(crises)), k))
    width = max(len(k[2]) for k in keys) + 2
    body_width = max(len(k[1]) for k in keys) + 2
    out.append(f"    {'kind':<{width}}{'body':<{body_width}}{'tabled':>7}{'games':>7}"
               + "".join(f"{s:>12}" for s in STATUSES) + "  vetoed by")
    current = None
    for key in keys:
        crisis, body, kind = key
        if crisis != current:
            current = crisis
            out.append(f"  {crisis or '(membership and procedure)'}")
        v = t.votes[key]
        by = ", ".join(f"{n} {k}" for n, k in sorted(v.vetoed_by.items(), key=lambda x: -x[1]))
        out.append(f"    {kind:<{width}}{body:<{body_width}}{v.tabled:>7}{v.games:>7}"
                   + "".join(f"{v.status[s]:>12}" for s in STATUSES) + f"  {by}")
    return out


def choices(t: Tally) -> list[str]:
    """How each event's choice was answered: per event and nation asked, the times each
    option was taken over all games; nothing for a campaign whose events ask no choice."""
    if not t.choices and not any(e.choice for e in t.campaign.events):
        return []
    out = ["Choices (each event that asks a nation to decide: the nation, in how many games it",
           "was asked, how often it took each option)"]
    if not t.choices:
        return out + ["  none asked"]
    keys = t.choice_keys()
    width = max(len(e) for e, _ in keys) + 2
    for event, nation in keys:
        c = t.choices[event, nation]
        taken = ", ".join(f"{o} {c.answers[o]}" for o in t.options(event))
        out.append(f"  {event:<{width}}{nation:<5}{c.games:>4} game{'s' * (c.games != 1)}: {taken}")
    return out


def nations(t: Tally) -> list[str]:
    out = ["Playable nations (AI-played): score median [range], objectives met (share of games)"]
    for d in t.campaign.nations:
        if not d.playable:
            continue
        scores = t.scores[d.code]
        counts = t.met_count[d.code]
        all_met = counts[len(d.objectives)]
        out.append(f"  {d.code} {d.name}: score {_num(median(scores))} "
                   f"[{min(scores)}-{max(scores)}]; objectives met median "
                   f"{_num(median(counts))}/{len(d.objectives)}, all of them in "
                   f"{_pct(all_met / t.games)}")
        for obj in d.objectives:
            out.append(f"      {obj.id:<28}{obj.points:>4} pts  met in "
                       f"{_pct(t.met[d.code][obj.id] / t.games):>5}")
    if t.nation_turns:
        out.append(f"  AI nation-turns begun with diplomatic capital at its cap: "
                   f"{_pct(t.capped / t.nation_turns)}")
    return out


def timing(t: Tally, wall: float, jobs: int) -> list[str]:
    rate = t.games / wall if wall else 0.0
    return ["Run time",
            (f"  {t.games} games in {wall:.1f} s wall time on {jobs} "
             f"process{'es' * (jobs != 1)}: {rate:.2f} games/s"),
            (f"  one game: mean {t.seconds / t.games:.2f} s, slowest {t.slowest:.2f} s "
             f"(CPU time in its process)"),
            (f"  the games used {t.seconds:.0f} s of CPU, {_pct(busy(t, wall, jobs))} of "
             f"{jobs} x wall time (less: other programs shared the cores, or start-up)")]


def busy(t: Tally, wall: float, jobs: int) -> float:
    """The share of the processes' wall time spent playing: near 100% unless other programs
    took the cores (or the pool was waiting), so it tells how far to trust the wall time."""
    return t.seconds / (wall * jobs) if wall else 0.0


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:g}"


def _month(m: int | None) -> str:
    return "-" if m is None else iso_month(m)

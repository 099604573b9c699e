"""The tally as one self-contained HTML page with charts (``balance --report DIR``)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from game.engine.calendar import iso_month

from . import svg
from .games import ENDINGS
from .tally import STATUSES, Tally, historical, median, median_low
from .text import busy, span

COLOURS = {"withdrawal": "#2e7d32", "settlement": "#66a05a", "concession": "#b59a3c",
           "conquest": "#c62828", "frozen": "#6d8fb3", "liberation": "#1565c0",
           "open": "#e0a030", "never": "#b0b0b0"}
STATUS_COLOURS = {"adopted": "#2e7d32", "recommended": "#66a05a", "failed": "#9e9e9e",
                  "vetoed": "#c62828"}
OPTION_COLOURS = ("#3a6ea5", "#d9822b", "#66a05a", "#8e5ea2", "#c62828", "#9e9e9e")
"""An event's options, in the order the campaign lists them (cycled past six)."""
FILE = "balance.html"

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222;
       padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { padding: 2px 10px 2px 0; text-align: left; vertical-align: middle; }
td.n, th.n { text-align: right; }
.legend span { display: inline-block; margin-right: 1em; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px;
            vertical-align: -1px; }
.note { color: #555; max-width: 60em; }
.nation { display: inline-block; vertical-align: top; width: 520px; margin: 0 1em 1.5em 0; }
.sub { color: #666; font-size: .9em; }
"""


def write(folder: str | Path, t: Tally, wall: float, jobs: int) -> Path:
    """Write the page into ``folder`` (made if missing) and return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE
    path.write_text(page(t, wall, jobs), encoding="utf-8")
    return path


def page(t: Tally, wall: float, jobs: int) -> str:
    c = t.campaign
    seeds = sorted(t.seeds)
    title = f"Balance of {c.name}: {t.games} games"
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
             f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             f"<p class='note'>{escape(c.name)} ({escape(c.id)}), {iso_month(c.start)} to "
             f"{iso_month(c.end)}: {t.games} games with seeds {seeds[0] if seeds else '-'} to "
             f"{seeds[-1] if seeds else '-'}, the built-in AI (normal) playing every nation. "
             f"Hover over a chart for its figures.</p>"]
    if t.games:
        parts += [outcomes(t), dates(t), votes(t), choices(t), nations(t),
                  timing(t, wall, jobs)]
    parts.append("</body></html>")
    return "\n".join(parts)


def _legend(colours: dict[str, str], names: dict[str, str] | None = None) -> str:
    names = names or {}
    return "<p class='legend'>" + "".join(
        f"<span><i style='background:{c}'></i>{escape(names.get(k, k))}</span>"
        for k, c in colours.items()) + "</p>"


def outcomes(t: Tally) -> str:
    history = historical(t.campaign)
    names = t.crisis_names()
    rows = []
    for cid in t.crisis_ids():
        parts = [(e, t.share(cid, e), COLOURS[e]) for e in ENDINGS]
        hist = history.get(cid, (None, None, None))[2]
        chip = (f"<i style='background:{COLOURS.get(hist, '#fff')};display:inline-block;"
                f"width:10px;height:10px'></i> {escape(hist)}" if hist else "-")
        rows.append(f"<tr><td>{escape(names.get(cid, cid))}<div class='sub'>{escape(cid)}</div>"
                    f"</td><td>{svg.stacked_bar(parts)}</td>"
                    f"<td>{_relapses(t, cid)}</td><td>{chip}</td></tr>")
    return ("<h2 id='outcomes'>How crises end</h2><p class='note'>The share of games in which "
            "each crisis ended in each way, beside how it ended in history. <em>Open</em>: "
            "still running when the campaign ended; <em>never started</em>: its trigger did "
            "not fire in that game. <em>Relapsed</em>: the share of games in which it ended in "
            "a settlement or withdrawal and reignited in its peacebuilding phase (-: it has "
            "none).</p>"
            + _legend(COLOURS, {"never": "never started"})
            + "<table><tr><th>crisis</th><th>games</th><th>relapsed</th><th>history</th></tr>"
            + "".join(rows) + "</table>")


def _relapses(t: Tally, cid: str) -> str:
    rate = t.relapse_rate(cid)
    return "-" if rate is None else f"{round(100 * rate)}%"


def dates(t: Tally) -> str:
    history = historical(t.campaign)
    names = t.crisis_names()
    rows, table = [], []
    for cid in t.crisis_ids():
        h = history.get(cid, (None, None, None))
        row = {"label": names.get(cid, cid)[:30], "history": h[:2],
               "history_text": tuple(iso_month(m) if m is not None else "-" for m in h[:2])}
        for key, months in (("starts", t.starts[cid]), ("ends", t.ends[cid])):
            if months:
                row[key] = (min(months), median_low(months), max(months))
                row[key + "_text"] = span(months)
        rows.append(row)
        table.append(f"<tr><td>{escape(names.get(cid, cid))}</td>"
                     f"<td>{escape(span(t.starts[cid]))}</td><td>{row['history_text'][0]}</td>"
                     f"<td>{escape(span(t.ends[cid]))}</td><td>{row['history_text'][1]}</td>"
                     "</tr>")
    legend = _legend({"start dates": "#3a6ea5", "end dates": "#d9822b"})
    return ("<h2 id='dates'>When crises start and end</h2><p class='note'>For each crisis, the "
            "range of months in which it started (upper bar) and ended (lower bar) over the "
            "games, the median a tick; the diamonds mark the historical dates from the "
            "campaign's baseline.</p>" + legend
            + svg.timeline(rows, t.campaign.start, t.campaign.end)
            + "<table><tr><th>crisis</th><th>start: median, earliest..latest</th>"
            "<th>history</th><th>end: median, earliest..latest</th><th>history</th></tr>"
            + "".join(table) + "</table>")


def votes(t: Tally) -> str:
    names = t.crisis_names()
    order = {cid: i for i, cid in enumerate(t.crisis_ids())}
    keys = sorted(t.votes, key=lambda k: (order.get(k[0], len(order)), k))
    rows, current = [], None
    for key in keys:
        crisis, body, kind = key
        if crisis != current:
            current = crisis
            heading = names.get(crisis, crisis) or "membership and procedure"
            rows.append(f"<tr><th colspan='6'>{escape(heading)}</th></tr>")
        v = t.votes[key]
        parts = [(s, v.status[s] / v.tabled, STATUS_COLOURS[s]) for s in STATUSES]
        by = ", ".join(f"{n} {k}" for n, k in sorted(v.vetoed_by.items(), key=lambda x: -x[1]))
        rows.append(f"<tr><td>{escape(kind.replace('_', ' '))}</td><td>{escape(body)}</td>"
                    f"<td class='n'>{v.tabled}</td><td class='n'>{v.games}</td>"
                    f"<td>{svg.stacked_bar(parts, 240, 14)}</td><td>{escape(by) or '-'}</td></tr>")
    return ("<h2 id='votes'>Key votes</h2><p class='note'>Every resolution put to a vote, by "
            "crisis, kind and body: how often it was tabled over all games, in how many games "
            "at least once, what became of it, and who vetoed it (a veto by several permanent "
            "members counts for each).</p>" + _legend(STATUS_COLOURS)
            + "<table><tr><th>kind</th><th>body</th><th class='n'>tabled</th>"
            "<th class='n'>games</th><th>result</th><th>vetoed by</th></tr>"
            + "".join(rows) + "</table>")


def choices(t: Tally) -> str:
    titles = {e.id: e.title for e in t.campaign.events}
    rows = []
    for event, nation in t.choice_keys():
        c = t.choices[event, nation]
        total = sum(c.answers.values())
        options = t.options(event)
        parts = [(o, c.answers[o] / total, OPTION_COLOURS[i % len(OPTION_COLOURS)])
                 for i, o in enumerate(options)]
        taken = ", ".join(f"{o.replace('_', ' ')} {c.answers[o]}" for o in options)
        rows.append(f"<tr><td>{escape(titles.get(event, event))}<div class='sub'>"
                    f"{escape(event)}</div></td><td>{escape(nation)}</td>"
                    f"<td class='n'>{c.games}</td><td>{svg.stacked_bar(parts, 240, 14)}</td>"
                    f"<td>{escape(taken)}</td></tr>")
    table = ("<table><tr><th>event</th><th>nation</th><th class='n'>games</th><th>answers"
             "</th><th>options taken</th></tr>" + "".join(rows) + "</table>"
             if rows else "<p>No event asked a choice in these games.</p>")
    return ("<h2 id='choices'>Choices</h2><p class='note'>Each event that asks a nation to "
            "decide: the nation asked, in how many games it answered, and how often it took "
            "each option over all games (the bar's colours follow the options in the order "
            "the campaign lists them).</p>" + table)


def nations(t: Tally) -> str:
    blocks = []
    for d in t.campaign.nations:
        if not d.playable:
            continue
        scores = t.scores[d.code]
        mid = median(scores)
        assert mid is not None, f"{d.code} has no scores"  # every game scores every nation
        rows = "".join(
            f"<tr><td>{escape(o.id.replace('_', ' '))}</td><td class='n'>{o.points}</td>"
            f"<td>{svg.stacked_bar([('met', t.met[d.code][o.id] / t.games, '#2e7d32')], 160, 12)}"
            f"</td></tr>" for o in d.objectives)
        counts = t.met_count[d.code]
        everything = counts[len(d.objectives)] / t.games
        blocks.append(
            f"<div class='nation'><h3>{escape(d.name)} ({escape(d.code)})</h3>"
            f"<p>score median <b>{mid:g}</b>, range {min(scores)} to {max(scores)}; all "
            f"{len(d.objectives)} objectives met in {everything:.0%} of games</p>"
            + svg.histogram(scores, marks={"median": mid})
            + f"<table><tr><th>objective</th><th class='n'>points</th><th>met</th></tr>{rows}"
            "</table></div>")
    cap = (f"<p>AI nation-turns begun with diplomatic capital at its cap: "
           f"{t.capped / t.nation_turns:.0%}</p>" if t.nation_turns else "")
    return ("<h2 id='nations'>Playable nations</h2><p class='note'>Each playable nation's final "
            "score over the games (the AI playing it) and how often it met each objective.</p>"
            + "".join(blocks) + cap)


def timing(t: Tally, wall: float, jobs: int) -> str:
    rate = t.games / wall if wall else 0.0
    return (f"<h2 id='time'>Run time</h2><p>{t.games} games in {wall:.1f} s of wall time on "
            f"{jobs} process{'es' * (jobs != 1)}: {rate:.2f} games per second. One game took "
            f"{t.seconds / t.games:.2f} s of CPU time on average, the slowest "
            f"{t.slowest:.2f} s. The games used {busy(t, wall, jobs):.0%} of the processes' "
            "wall time (less when other programs shared the machine).</p>")

"""The side panel: the selected nation (its figures, relations, treaties) or the selected
crisis (its ladder, facts, measures, missions, red lines and gauges; a latent crisis's warning
signs), each line with its tooltip. Drawn from the seat's view into a picture kept until the
view or the selection changes."""

from __future__ import annotations

import pygame

from game.engine import atrocities, consent, norms, peacebuilding, prevention
from game.engine.commitments import DUE, status_line
from game.engine.crises import WAR_WEARY, hopeful, talking
from game.engine.measures import court_words
from game.engine.model import ATROCITY_KINDS, PEACEBUILD
from game.engine.orders.demands import demand_line
from game.engine.orders.military import AUTHORITY_WORDS
from game.engine.wording import the_org
from game.ui.map_modes import nation_colour, stage_name
from game.ui.panels.base import Panel, Signal
from game.ui.widgets.draw import Tips, bar, text, wrapped
from game.ui.widgets.gauges import draw_gauges

DEMAND_TIP = ("The aggressor's public demand. Granted when those who grant hold most of the "
              "force the nations asked could bring to the crisis: the crisis ends by concession "
              "and the aggressor's appetite grows. Otherwise refused: it must fight or back "
              "down.")
STAT_NAMES = (("military", "Military"), ("economy", "Economy"), ("will", "Domestic will"),
              ("legitimacy", "Legitimacy"), ("stability", "Stability"),
              ("orientation", "Orientation"))
STAT_TIPS = {
    "military": "Relative armed strength.",
    "economy": "Economic weight: what sanctions by or against this nation are worth.",
    "will": "Domestic political will for foreign commitments. Below 40 no forces can be sent.",
    "legitimacy": "Standing in the eyes of others: lost by unauthorised force and broken "
                  "promises.",
    "stability": "Internal stability.",
    "orientation": "0 defends the status quo ... 100 seeks to overturn it by force.",
}


def mission_lines(view, crisis_id: str) -> str:
    """The crisis's active missions as the seat knows them: each mission's strength is
    public, who sent the troops is not, so only the seat's own share is named."""
    parts = []
    for m in view.missions.values():
        if m.crisis != crisis_id or m.status != "active" or m.mandate == PEACEBUILD:
            continue  # a peacebuilding mission has its own line (_render_r2p)
        own = sum(n for who, n in m.pledges if who == view.nation)
        parts.append(f"mission {m.id} ({m.mandate}), {m.strength} units"
                     + (f", {own} of them yours" if own else ""))
    return "; ".join(parts)


TALKS_TIP = (
    "Outside powers fight on both sides and neither can throw the other back: an offer to "
    "stop does not end this war but opens talks while the armies fight on. The side still "
    "stronger at the front hopes the next battle buys a better line and holds out; the "
    "armistice is signed on a front that has held once one of its powers can no longer bear "
    f"the war (its will below {WAR_WEARY}; Korea, 1951-53).")


def war_lines(view, c) -> list[tuple[str, str]]:
    """Lines (text, tooltip) on the powers at war in ``c`` beyond its parties: those fighting
    beside the aggressor, and a war that ends at the table with how long its front has held
    and who holds out (``crises.talking``, ``crises.hopeful``, all public)."""
    lines = []
    if c.backers:
        names = ", ".join(view.campaign.nation(n).name for n in c.backers)
        lines.append((f"Fighting beside the aggressor: {names}",
                      "Powers that entered the war on the aggressor's side: their armies add "
                      "to its attack and count against the collective's gauges."))
    if c.active and talking(view.facts, c):
        held = c.calm_turns * view.campaign.turn_months
        side = ", ".join(f"{view.campaign.nation(n).name} (will {view.facts.nations[n].will})"
                         for n in hopeful(view.facts, c))
        lines.append((f"Armistice talks: the front has held {held} months", TALKS_TIP))
        lines.append((f"Holding out: {side or 'no one'}", TALKS_TIP))
    return lines


def stat_tip(s, code: str, stat: str) -> str:
    """A stat's meaning and its recent causes, as far as the seat may know them: the causes
    (the ledger) of other nations' changes are theirs alone."""
    value = getattr(s.nations[code], stat)
    label = dict(STAT_NAMES).get(stat, stat)
    lines = [f"{label} {value}. {STAT_TIPS.get(stat, '')}"]
    recent = [c for c in (*s.last_ledger, *s.ledger) if c.nation == code and c.stat == stat]
    if recent:
        lines.append("Recent causes:")
        for c in recent[-8:]:
            lines.append(f"  {c.delta:+d}  {c.cause}")
    elif code != s.nation:
        lines.append("What moved it is known to its own government only.")
    else:
        lines.append("No change lately.")
    return "\n".join(lines)


class SidePanel(Panel):
    """The nation or crisis tab's contents, under the tab buttons (owned by the scene)."""

    def __init__(self, rect, theme, briefing_w: int):
        super().__init__(rect)
        self.theme = theme
        self.briefing_w = briefing_w
        """Room kept in the own nation's header row for the Briefing button."""
        self.tips = Tips()
        """Tooltips of the drawn lines, in the panel's own coordinates."""
        self.image: pygame.Surface | None = None
        self._sig: Signal | None = None

    @property
    def sig(self) -> Signal:
        """The signal being drawn (``refresh`` sets it before anything is drawn)."""
        assert self._sig is not None, "refresh the panel first"
        return self._sig

    def key(self, signal: Signal) -> object:
        return (signal.revision, signal.player, signal.nation, signal.crisis, signal.tab)

    def draw(self, surface: pygame.Surface) -> None:
        if self.image is not None:
            surface.blit(self.image, self.rect)

    def refresh(self, signal: Signal) -> None:
        self._sig = signal
        t = self.theme
        surf = pygame.Surface(self.rect.size).convert()
        surf.fill(t.c("panel"))
        self.tips.clear()
        if self.sig.tab == "crisis":
            self._render_crisis(surf)
        else:
            self._render_nation(surf)
        self.image = surf

    def _render_nation(self, surf) -> None:
        t = self.theme
        u = t.u
        s = self.sig.view
        code = self.sig.nation or self.sig.player
        W = surf.get_width()
        pad = u(10)
        if not code or code not in s.nations:
            wrapped(surf, t, "Click a nation on the map.", (pad, pad, W - 2 * pad, u(40)))
            return
        d = s.campaign.nation(code)
        n = s.nations[code]
        p = self.sig.player
        y = pad
        pygame.draw.rect(surf, nation_colour(d), (pad, y + u(3), u(14), u(14)))
        who = " (you)" if code == p else (" (human)" if code in self.sig.humans else "")
        room = W - 2 * pad - u(20) - (self.briefing_w + u(8) if code == p else 0)
        text(surf, t, d.name + who, (pad + u(20), y), size=16, bold=True, width=room)
        y += u(22)
        sub = f"{d.personality} · {s.ideology(code).replace('_', ' ')}"
        if not n.exists:
            sub = "no longer exists as a state"
        text(surf, t, sub, (pad, y), size=12, colour=t.c("text_dim"), width=W - 2 * pad)
        y += u(20)
        label_w = u(96)
        for key, label in STAT_NAMES:
            v = getattr(n, key)
            text(surf, t, label, (pad, y), size=12, width=label_w - u(4))
            colour = t.ramp(v) if key == "orientation" else t.good_bad(v)
            bar(surf, t, (pad + label_w, y + u(4), W - 2 * pad - label_w - u(34), u(10)), v,
                colour)
            text(surf, t, str(v), (W - pad, y), size=12, bold=True, align="right")
            self.tips.add(pygame.Rect(0, y, W, u(18)), stat_tip(s, code, key))
            y += u(19)
        y += u(4)
        if p and code != p:
            rel = s.relation(p, code)
            text(surf, t, f"Relations with you: {rel:+d}", (pad, y), size=13, bold=True,
                 colour=t.good_bad((rel + 100) / 2), width=W - 2 * pad)
            self.tips.add(pygame.Rect(0, y, W, u(18)),
                                "-100 hostile ... +100 close. Improve, aid and treaties raise "
                                "it; threats, denunciations and votes against lower it.")
            y += u(20)
        else:
            others = sorted((s.relation(code, c), c) for c in s.existing() if c != code)
            # a friend is above 0 and a rival below: 'Closest: Spain +0' names no one
            for label, picked in (("Closest", [o for o in others[::-1] if o[0] > 0][:3]),
                                  ("Coldest", [o for o in others if o[0] < 0][:2])):
                if picked:
                    names = ", ".join(f"{s.campaign.nation(c).name} {v:+d}" for v, c in picked)
                    y += wrapped(surf, t, f"{label}: {names}", (pad, y, W - 2 * pad, u(34)),
                                 size=12)
        treaties = s.treaties_of(code)
        if treaties:
            tx = "; ".join(f"{tr.kind.replace('_', ' ')} with "
                           f"{s.campaign.nation(tr.b if tr.a == code else tr.a).name}"
                           for tr in treaties)
            y += wrapped(surf, t, f"Treaties: {tx}", (pad, y, W - 2 * pad, u(50)), size=12)
        orgs = [s.campaign.org(o).name for o, os_ in s.orgs.items() if code in os_.members]
        if orgs:
            y += wrapped(surf, t, "Member of: " + ", ".join(orgs), (pad, y, W - 2 * pad, u(50)),
                         size=12)
        if d.claims and code == p:
            y += wrapped(surf, t, "Claims: " + ", ".join(c.name for c in d.claims),
                         (pad, y, W - 2 * pad, u(34)), size=12, colour=t.c("text_dim"))

    def _render_crisis(self, surf) -> None:
        t = self.theme
        u = t.u
        s = self.sig.view
        W, H = surf.get_size()
        pad = u(10)
        c = s.crises.get(self.sig.crisis) if self.sig.crisis else None
        if c is None:
            active = [x for x in s.crises.values() if x.active]
            msg = ("No crisis is active." if not active else
                   "Click a crisis marker on the map, or press Tab.")
            wrapped(surf, t, msg, (pad, pad, W - 2 * pad, u(40)))
            return
        y = pad
        text(surf, t, c.name, (pad, y), size=16, bold=True, width=W - 2 * pad)
        y += u(22)
        status = f"{c.kind.replace('_', ' ')}" + (f" — ended: {c.outcome}" if c.outcome else "")
        if c.phase in ("latent", "defused"):
            status += " — not begun" if c.phase == "latent" else " — defused"
        text(surf, t, status, (pad, y), size=12, colour=t.c("text_dim"), width=W - 2 * pad)
        corner = y
        y += u(18)
        if c.phase in ("latent", "defused"):
            self._render_latent(surf, s, c, y)
            return
        # the ladder
        bw = (W - 2 * pad - 4 * u(3)) // 5
        for i in range(5):
            r = pygame.Rect(pad + i * (bw + u(3)), y, bw, u(16))
            colour = t.stage(i) if i <= c.stage else t.c("bg2")
            pygame.draw.rect(surf, colour, r, border_radius=u(3))
            if i == c.stage:
                pygame.draw.rect(surf, t.c("text"), r, 2, border_radius=u(3))
            self.tips.add(r, f"Stage {i}: {stage_name(i)}")
        y += u(18)
        where = "Stage at its end" if c.outcome else "Stage"
        text(surf, t, f"{where}: {stage_name(c.stage)}", (pad, y), size=12, width=W - 2 * pad)
        y += u(18)
        agg = s.campaign.nation(c.aggressor).name
        vic = ", ".join(s.campaign.nation(v).name for v in c.victims)
        y += wrapped(surf, t, f"{agg} against {vic}", (pad, y, W - 2 * pad, u(34)), size=13,
                     bold=True)
        facts = (f"Clarity {c.clarity} · Dead {c.casualties}k · Displaced {c.refugees}k · "
                 f"Gains {c.progress}%")
        y += wrapped(surf, t, facts, (pad, y, W - 2 * pad, u(34)), size=12)
        self.tips.add(pygame.Rect(0, y - u(34), W, u(34)),
                            "Clarity: how plain it is who attacked (inquiries raise it). "
                            "Casualties and refugees in thousands. Gains: the aggressor's "
                            "progress on the ground; at 100% the victim is overrun.")
        if c.measures:
            ms = "; ".join((f"referral to {court_words(m)}" if m.kind == "refer_to_court"
                            else m.kind.replace('_', ' '))
                           + (f" ({m.param('type')})" if m.param('type') else "")
                           + f" by {the_org(s.campaign, m.org)}" for m in c.measures)
            y += wrapped(surf, t, "In force: " + ms, (pad, y, W - 2 * pad, u(50)), size=12,
                         colour=t.c("info"))
        y += self._render_r2p(surf, s, c, y)
        if c.interveners:
            iv = ", ".join(f"{s.campaign.nation(n).name} ({AUTHORITY_WORDS[a]})"
                           for n, a in c.interveners)
            y += wrapped(surf, t, "Intervening: " + iv, (pad, y, W - 2 * pad, u(50)), size=12)
        for line, tip in war_lines(s, c):
            top = y
            y += wrapped(surf, t, line, (pad, y, W - 2 * pad, u(50)), size=12)  # two lines
            self.tips.add(pygame.Rect(0, top, W, y - top), tip)
        missions = mission_lines(s, c.id)
        if missions:
            y += wrapped(surf, t, "Peacekeepers: " + missions, (pad, y, W - 2 * pad, u(34)),
                         size=12)
        demand = demand_line(s.facts, c.id)
        if demand:
            top = y
            y += wrapped(surf, t, demand, (pad, y, W - 2 * pad, u(50)), size=12,
                         colour=t.c("warn"))
            self.tips.add(pygame.Rect(0, top, W, y - top), DEMAND_TIP)
        y += self._render_red_lines(surf, s, c.id, y, corner)
        y += u(4)
        if c.active and y + u(96) <= H:
            from game.engine import gauges

            draw_gauges(surf, t, pygame.Rect(pad, y, W - 2 * pad, u(100)), gauges(s.facts, c),
                        tips=self.tips)

    LATENT_TIP = (
        "A latent crisis: the violence has not begun. Its warning signs drift toward a "
        "level the world sets and each turn it may break out; the higher the signs, the "
        "likelier. Mediation lowers grievances, targeted aid fragility, pressure on the "
        "government propaganda, and what they lower climbs back slowly; a preventive "
        "deployment voted by a council cuts the risk while it serves. The ± is how "
        "far off your reading may be: an inquiry or a mission on the ground sharpens it.")
    SIGN_TIPS = {
        "grievances": "Grievances: what the groups hold against each other (mediation lowers "
                      "them).",
        "propaganda": "Hate propaganda (pressure on the government lowers it).",
        "arms": "Arms flows (an arms embargo on the government turns them down).",
        "fragility": "How fragile the government is (targeted aid lowers it).",
    }

    def _render_latent(self, surf, s, c, y: int) -> None:
        """A latent crisis: who against whom, the outbreak risk, and a bar per warning sign
        as this nation sees it, with the band its reading may be off by; or defused."""
        t, u = self.theme, self.theme.u
        W = surf.get_width()
        pad = u(10)
        agg = s.campaign.nation(c.aggressor).name
        vic = ", ".join(s.campaign.nation(v).name for v in c.victims)
        who = (f"The government of {agg}" if c.victims == (c.aggressor,)
               else f"{agg} against {vic}")
        y += wrapped(surf, t, who, (pad, y, W - 2 * pad, u(34)), size=13, bold=True)
        fog = prevention.fog_of(s, c, self.sig.player)
        lines = prevention.status_lines(s, c, fog)
        if not lines:
            wrapped(surf, t, "No warning signs yet.", (pad, y, W - 2 * pad, u(20)), size=12,
                    colour=t.c("text_dim"))
            return
        risk = prevention.outbreak_risk(s, c)
        colour = "good" if c.phase == "defused" else "warn" if risk >= 15 else "info"
        top = y
        y += wrapped(surf, t, lines[0], (pad, y, W - 2 * pad, u(34)), size=12,
                     colour=t.c(colour), bold=colour == "warn")
        self.tips.add(pygame.Rect(0, top, W, y - top), self.LATENT_TIP)
        if c.phase == "defused":
            return
        label_w = u(78)
        for sign, value in prevention.signs(c).items():
            row = pygame.Rect(pad + label_w, y + u(3), W - 2 * pad - label_w - u(30), u(10))
            text(surf, t, sign.capitalize(), (pad, y), size=12, width=label_w)
            bar(surf, t, row, value, t.good_bad(100 - value))
            if fog:
                lo = row.x + row.w * max(0, value - fog) // 100
                hi = row.x + row.w * min(100, value + fog) // 100
                pygame.draw.line(surf, t.c("text_dim"), (lo, row.bottom + u(2)),
                                 (hi, row.bottom + u(2)), 2)
            text(surf, t, str(value), (row.right + u(6), y), size=12, width=u(26))
            self.tips.add(pygame.Rect(0, y, W, u(18)),
                                self.SIGN_TIPS[sign] + (f" Your reading may be off by up to "
                                                        f"{fog}." if fog else ""))
            y += u(18)
        for line in lines[2:]:
            y += wrapped(surf, t, line, (pad, y, W - 2 * pad, u(34)), size=12,
                         colour=t.c("info"))
        wrapped(surf, t, "Fog: ±" + str(fog) + " (an inquiry or a mission on the ground "
                "sharpens it)" if fog else "You see these signs clearly.",
                (pad, y + u(2), W - 2 * pad, u(34)), size=11, colour=t.c("text_dim"))

    R2P_TIPS = (
        "Atrocities: while nobody acts (no measure, mission or intervention) the killing grows "
        "every turn; it leaps when peacekeepers are withdrawn or cut. Once the dead pass "
        f"{atrocities.MANIFEST_DEAD}k the state has manifestly failed to protect its people: "
        "voting for an authorised measure (a mission, force, a no-fly zone, a referral) earns "
        "legitimacy once the responsibility to protect is endorsed, and voting it down costs "
        "legitimacy.",
        "Peacebuilding: after a settlement or withdrawal the crisis may reignite each turn. "
        "A peacebuilding mission (disarmament, elections, institutions) lowers the risk, the "
        "money pledged to it lowers it more; its mandate is renewed by vote. Enough quiet turns "
        "consolidate the peace.",
        "The responsibility to protect: a norm put to the General Assembly's vote (two thirds "
        "of those voting; the 2005 World Summit puts it on the agenda). Once endorsed, those "
        "who vote for authorised action on a manifest failure gain "
        f"{atrocities.AUTHORISED_LEGITIMACY} legitimacy; a no costs "
        f"{atrocities.REFUSED_LEGITIMACY}, a veto {atrocities.VETO_LEGITIMACY}.",
        "Host consent: a government killing its own people lets no force in until the "
        "pressure on it (armies mobilised, threats, sanctions, aid cut off) breaks its urge to "
        "go on; then the nearest power mobilised with the force for it leads a force in, and "
        "a host holding another people's land gives it up. A permanent member that stands by "
        "it and does not coerce it shields it; a regime at war with a people in arms inside "
        "its borders never consents.")

    def _render_r2p(self, surf, s, c, y: int) -> int:
        """The atrocity lines (killing, the manifest-failure mark, the standing of the
        responsibility to protect) and the peacebuilding line (phase, mission and money,
        relapse risk), each with its tooltip. Returns the height."""
        t, u = self.theme, self.theme.u
        W = surf.get_width()
        pad, top = u(10), y
        peace = "good" if c.phase == "consolidated" else "warn" if c.relapses else "info"
        lines = [(atrocities.status_line(c), "warn" if c.failure else "text", self.R2P_TIPS[0])]
        if c.kind in ATROCITY_KINDS and norms.in_play(s):
            lines.append((norms.status_line(s), "good" if norms.endorsed(s) else "text_dim",
                          self.R2P_TIPS[2]))
        lines.append((consent.status_line(s, c), "good" if consent.consented(s, c) else "text",
                      self.R2P_TIPS[3]))
        lines += [(line, peace, self.R2P_TIPS[1]) for line in peacebuilding.status_lines(s, c)]
        for line, colour, tip in lines:
            if line:
                h = wrapped(surf, t, line, (pad, y, W - 2 * pad, u(50)), size=12,
                            colour=t.c(colour), bold=colour == "warn")
                self.tips.add(pygame.Rect(0, y, W, h), tip)
                y += h
        return y - top

    RED_LINES_SHOWN = 3
    """Red lines listed on the crisis panel before the rest are counted (the gauges need room)."""

    def _render_red_lines(self, surf, s, crisis_id: str, y: int, corner: int) -> int:
        """One line per commitment over the crisis not yet judged (a crossed one first, in the
        warning colour), as many as leave room for the gauges, the rest counted; with no room
        (large UI scales), only their number at the right of the line at ``corner``. Every
        one is in the tooltip. Returns the height used."""
        t, u = self.theme, self.theme.u
        W, H = surf.get_size()
        pad = u(10)
        held = [k for k in s.commitments if k.crisis == crisis_id
                and k.status in ("standing", "called")]
        if not held:
            return 0
        held.sort(key=lambda k: k.status != "called")
        tip = (f"Commitments: threats with a red line. When the aggressor crosses one, its maker "
               f"has {DUE} turns to act as it promised, or it loses legitimacy and the world "
               "remembers.\n" + "\n".join(status_line(s, k) for k in held))
        crossed = any(k.status == "called" for k in held)
        room = (H - y - u(100)) // u(15) - 2  # lines above the gauges, less header and count
        if room < 1:
            r = text(surf, t, f"Red lines: {len(held)}", (W - pad, corner), size=12, bold=True,
                     colour=t.c("warn") if crossed else t.c("text"), align="right")
            self.tips.add(r, tip)
            return 0
        shown = min(len(held), self.RED_LINES_SHOWN, room)
        top = y
        text(surf, t, f"Red lines ({len(held)}):", (pad, y), size=11, bold=True, width=W - 2 * pad)
        y += u(15)
        for k in held[:shown]:
            text(surf, t, status_line(s, k), (pad, y), size=11, width=W - 2 * pad,
                 colour=t.c("warn") if k.status == "called" else t.c("text"))
            y += u(15)
        if len(held) > shown:
            text(surf, t, f"…and {len(held) - shown} more (point here to read them).", (pad, y),
                 size=11, colour=t.c("text_dim"), width=W - 2 * pad)
            y += u(15)
        self.tips.add(pygame.Rect(0, top, W, y - top), tip)
        return y - top

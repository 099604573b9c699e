"""Short sound cues, synthesised with numpy when first needed (no sound files to ship).

Cues: ``vote`` (a ballot is cast), ``pass`` (a resolution adopted), ``fail`` (rejected),
``veto`` (a permanent member's no), ``crisis`` (a new crisis or escalation), ``turn`` (a new
turn), ``click``. With no audio device, or ``pygame.error`` anywhere, everything is silent.
Synthesis (numpy import + a few arrays) is deferred until after the main menu is drawn.
"""

from __future__ import annotations

import pygame

RATE = 22050


class Sound:
    def __init__(self, volume: int = 70):
        self.volume = volume
        self.available = False
        self._cues: dict[str, "pygame.mixer.Sound"] = {}
        self._ready = False
        self.played: list[str] = []
        """Every cue asked for, in order (the tests read it; kept short)."""

    def init(self) -> None:
        """Open the mixer and build the cues; silent on any failure. Safe to call twice."""
        if self._ready:
            return
        self._ready = True
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=RATE, size=-16, channels=1, buffer=512)
            init = pygame.mixer.get_init()
            if not init:
                return
            rate, _fmt, channels = init
            for name, wave in _synthesise(rate).items():
                self._cues[name] = _make_sound(wave, channels)
            self.available = True
            self.set_volume(self.volume)
        except (pygame.error, ImportError, ValueError, OSError):
            self.available = False
            self._cues.clear()

    def set_volume(self, volume: int) -> None:
        self.volume = max(0, min(100, int(volume)))
        for s in self._cues.values():
            try:
                s.set_volume(self.volume / 100.0)
            except pygame.error:
                pass

    def play(self, cue: str) -> None:
        self.played.append(cue)
        del self.played[:-50]
        if not self.available or self.volume <= 0:
            return
        snd = self._cues.get(cue)
        if snd is None:
            return
        try:
            snd.play()
        except pygame.error:
            pass


def _make_sound(wave, channels: int):
    import numpy as np

    data = (np.clip(wave, -1.0, 1.0) * 32000).astype(np.int16)
    if channels > 1:
        data = np.repeat(data[:, None], channels, axis=1)
    return pygame.sndarray.make_sound(np.ascontiguousarray(data))


def _synthesise(rate: int) -> dict:
    import numpy as np

    def tone(freq, dur, decay=6.0, harmonics=(1.0,), attack=0.005):
        t = np.arange(int(rate * dur)) / rate
        w = sum(a * np.sin(2 * np.pi * freq * (i + 1) * t) for i, a in enumerate(harmonics))
        env = np.exp(-decay * t) * np.minimum(1.0, t / attack)
        return w * env / max(1.0, sum(harmonics))

    def seq(*parts, gap=0.02):
        silence = np.zeros(int(rate * gap))
        out = []
        for p in parts:
            out.extend([p, silence])
        return np.concatenate(out)

    noise = np.random.default_rng(1).standard_normal(int(rate * 0.12))
    knock = noise * np.exp(-np.arange(noise.size) / rate * 45) * 0.5 + tone(110, 0.12, 30)
    return {
        "click": tone(880, 0.05, 60) * 0.4,
        "vote": tone(660, 0.12, 25, (1.0, 0.3)) * 0.6,
        "pass": seq(tone(523, 0.14, 12, (1, .3)), tone(659, 0.14, 12, (1, .3)),
                    tone(784, 0.3, 7, (1, .3))) * 0.6,
        "fail": seq(tone(392, 0.16, 10, (1, .4)), tone(330, 0.3, 7, (1, .4))) * 0.6,
        "veto": seq(knock, knock * 1.2, gap=0.06),
        "crisis": seq(tone(440, 0.18, 4, (1, .5, .25)), tone(415, 0.18, 4, (1, .5, .25)),
                      tone(440, 0.18, 4, (1, .5, .25)), tone(415, 0.3, 4, (1, .5, .25))) * 0.5,
        "turn": seq(tone(587, 0.12, 14), tone(880, 0.25, 8)) * 0.4,
    }

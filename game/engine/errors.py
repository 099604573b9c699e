"""Typed rejections: what was refused and why, never a bare exception."""

from __future__ import annotations


class EngineError(Exception):
    """Base of every error the engine raises on purpose."""


class IllegalAction(EngineError):
    """An action that ``legal_actions`` would not offer now."""

    def __init__(self, action: object, reason: str):
        super().__init__(f"{action}: {reason}")
        self.action = action
        self.reason = reason


class BadActionText(EngineError):
    """Text that does not parse as an action."""

    def __init__(self, text: str, reason: str):
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason

"""AI nations: utility-based, deterministic, explainable."""

from .policy import Choice, decide, explain

__all__ = ["Choice", "decide", "explain"]

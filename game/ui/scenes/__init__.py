"""The game's screens, as scenes on one stack (see base.py and game/ui/app.py)."""

"""The main screen's panels: each owns a region of the window, reads the seat's view and
redraws only when the change signal touches what it shows (see base.py)."""

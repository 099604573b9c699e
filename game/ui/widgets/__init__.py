"""Drawing helpers and composite widgets for the scenes."""

"""`python -m game`: the same as the collective-security command."""

from game.cli import main

raise SystemExit(main())

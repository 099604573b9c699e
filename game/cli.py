"""The command line: play (the default), simulate, validate, schema, new-campaign, balance.

Heavy modules (pygame, the engine's session) are imported only by the command that needs them,
so validating a campaign stays quick and works without a display.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="collective-security",
        description="Collective Security: can nations keep the peace together?")
    parser.set_defaults(run=_play)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    play = commands.add_parser("play", help="open the game (the default)")
    play.add_argument("--campaign", help="open this campaign folder directly")
    play.add_argument("--nation", help="with --campaign: play this nation (its code)")
    play.add_argument("--seed", type=int, help="with --campaign: the game's random seed")
    play.add_argument("--size", help="window size, e.g. 1280x720")
    play.add_argument("--fullscreen", action="store_true", help="open full screen")
    play.add_argument("--scale", type=int, help="interface scale in percent (100-200)")
    play.set_defaults(run=_play)

    simulate = commands.add_parser("simulate", help="play a campaign with AI only and print "
                                   "its chronicle")
    simulate.add_argument("path", help="a campaign folder")
    simulate.add_argument("--seed", type=int, default=1)
    simulate.add_argument("--turns", type=int, help="stop after this many turns")
    simulate.set_defaults(run=_simulate)

    validate = commands.add_parser("validate", help="check campaigns and list every problem")
    validate.add_argument("paths", nargs="+", metavar="PATH",
                          help="a campaign folder or its campaign.yaml")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.set_defaults(run=_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of campaign files")
    schema.add_argument("-o", "--output", metavar="FILE", help="write it to FILE instead")
    schema.set_defaults(run=_schema)

    new = commands.add_parser("new-campaign", help="start a campaign from a commented example")
    new.add_argument("name", help="the campaign's title; its folder is named after it")
    new.add_argument("--era", type=int, help="a year: picks the nearest base map")
    new.add_argument("--dir", help="create it in this folder (default: your user campaigns)")
    new.set_defaults(run=_new_campaign)

    balance = commands.add_parser("balance", help="play many all-AI games and print how crises, "
                                  "votes and scores come out")
    importlib.import_module("game.balance.command").add_arguments(balance)
    return parser


def _play(args: argparse.Namespace) -> int:
    try:
        app = importlib.import_module("game.ui.app")
    except ModuleNotFoundError as exc:
        print(f"cannot open the game window: the module '{exc.name}' is missing "
              "(run `make play` to install everything)", file=sys.stderr)
        return EXIT_ERRORS
    return app.main(args) or EXIT_OK


def _simulate(args: argparse.Namespace) -> int:
    try:
        from game.session import simulate
    except ModuleNotFoundError as exc:
        print(f"cannot simulate: the module '{exc.name}' is missing", file=sys.stderr)
        return EXIT_ERRORS
    return simulate.main(args.path, args.seed, args.turns) or EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from game.content.loader import load_campaign
    from game.content.problems import ERROR, Problem

    problems: list[Problem] = []
    unreadable = False
    for path in args.paths:
        result = load_campaign(path)
        unreadable |= not result.readable
        problems.extend(result.problems)
    if args.strict:
        problems = [Problem(p.file, p.line, p.col, ERROR, p.message, p.hint) for p in problems]
    for problem in sorted(set(problems)):
        print(problem)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    count = len(args.paths)
    print(f"{count} campaign{'s' * (count != 1)} checked: {errors} error{'s' * (errors != 1)}, "
          f"{warnings} warning{'s' * (warnings != 1)}")
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_ERRORS if errors else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from game.content.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _new_campaign(args: argparse.Namespace) -> int:
    from game.content.scaffold import ScaffoldError, new_campaign

    try:
        folder = new_campaign(args.name, era=args.era, parent=args.dir)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    print(f"created {folder}")
    print(f"check it with: collective-security validate {folder}")
    return EXIT_OK

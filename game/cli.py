"""The command line: play (the default), simulate, validate, schema, new-campaign, paths,
balance.

Heavy modules (pygame, the engine's session) are imported only by the command that needs them,
so validating a campaign stays quick and works without a display. ``play``'s arguments are all
checked before a window opens: a mistake there is one clear line and exit status 2, as for any
other bad argument, never a traceback or a silent main menu.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import re
import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
EXIT_USAGE = 2
"""A bad command-line argument, as argparse itself exits for one."""
MIN_SCALE, MAX_SCALE = 100, 200


class BadArgument(Exception):
    """A command-line argument that names nothing usable; the message says what to give."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except BadArgument as exc:
        print(f"collective-security {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="collective-security",
        description="Collective Security: can nations keep the peace together?")
    parser.set_defaults(run=_play, command="play", campaign=None, nation=None, seed=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    play = commands.add_parser("play", help="open the game (the default)")
    play.add_argument("--campaign", help="open this campaign directly: a campaign folder "
                      "anywhere, or the name of a built-in or user campaign (e.g. league_1920)")
    play.add_argument("--nation", help="with --campaign: play this nation (its code, e.g. GBR)")
    play.add_argument("--seed", type=int, help="with --campaign: the game's random seed")
    play.add_argument("--size", type=_size, help="window size, e.g. 1280x720")
    play.add_argument("--fullscreen", action="store_true", help="open full screen")
    play.add_argument("--scale", type=_scale,
                      help=f"interface scale in percent ({MIN_SCALE}-{MAX_SCALE})")
    play.set_defaults(run=_play, command="play")

    simulate = commands.add_parser("simulate", help="play a campaign with AI only and print "
                                   "its chronicle")
    simulate.add_argument("path", help="a campaign folder, or a built-in or user campaign's "
                          "name (e.g. league_1920)")
    simulate.add_argument("--seed", type=int, default=1)
    simulate.add_argument("--turns", type=int, help="stop after this many turns")
    simulate.set_defaults(run=_simulate, command="simulate")

    validate = commands.add_parser("validate", help="check campaigns and list every problem")
    validate.add_argument("paths", nargs="+", metavar="PATH",
                          help="a campaign folder or its campaign.yaml, or a built-in or user "
                          "campaign's name")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument("--deep", action="store_true",
                          help="also find what the campaign will never do: events that cannot "
                          "fire, crises never started, flags nothing reads, idle playable "
                          "nations; plays a few all-AI games to see it")
    validate.add_argument("--games", type=_games, default=None, metavar="N",
                          help="with --deep: how many all-AI games to play (default 5; 0 "
                          "reasons over the triggers only)")
    validate.set_defaults(run=_validate, command="validate")

    schema = commands.add_parser("schema", help="print the JSON Schema of campaign files")
    schema.add_argument("-o", "--output", metavar="FILE", help="write it to FILE instead")
    schema.set_defaults(run=_schema, command="schema")

    new = commands.add_parser("new-campaign", help="start a campaign from a commented example",
                              formatter_class=_BaseMapsHelp, epilog=_BaseMapsHelp.EPILOG)
    new.add_argument("name", help="the campaign's title; its folder is named after it")
    new.add_argument("--era", type=int, help="the year it starts: picks the base map of the "
                     "nearest year (Europe's unless --map world): 1990 gives europe_1990")
    new.add_argument("--map", help="world (the whole world) or europe (Europe, the "
                     "Mediterranean and the Middle East in detail, the default), or a base "
                     "map's id such as world_1960 (listed below)")
    new.add_argument("--dir", help="create it in this folder (default: your user campaigns)")
    new.set_defaults(run=_new_campaign, command="new-campaign")

    maps = commands.add_parser("maps", help="list the built-in base maps, or one map's "
                               "feature ids for a nation's territory")
    maps.add_argument("map", nargs="?", help="a base map's id, e.g. europe_1994")
    maps.add_argument("--grep", metavar="TEXT", help="only the features whose id, name or "
                      "owner holds TEXT (e.g. --grep bosnia)")
    maps.set_defaults(run=_maps, command="maps")

    paths = commands.add_parser("paths", help="print where your campaigns and saves are kept")
    paths.set_defaults(run=_paths, command="paths")

    balance = commands.add_parser("balance", help="play many all-AI games and print how crises, "
                                  "votes and scores come out")
    importlib.import_module("game.balance.command").add_arguments(balance)
    balance.set_defaults(command="balance")
    return parser


class _BaseMapsHelp(argparse.RawDescriptionHelpFormatter):
    """new-campaign's --help ends with every built-in base map and its title, read only when
    the help is shown (so no other command pays for loading the content and map modules)."""

    EPILOG = "@BASE_MAPS@"

    def add_text(self, text: str | None) -> None:
        if text == self.EPILOG:
            from game.content.scaffold import describe_maps

            text = f"built-in base maps (--map):\n{describe_maps()}"
        super().add_text(text)


def _size(text: str) -> str:
    """``--size``: WIDTHxHEIGHT in pixels."""
    if not re.fullmatch(r"[1-9]\d*[xX][1-9]\d*", text.strip()):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1280x720, got {text!r}")
    return text.strip()


def _scale(text: str) -> int:
    """``--scale``: a whole percentage the interface supports."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not MIN_SCALE <= value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from {MIN_SCALE} to {MAX_SCALE}, got {text!r}")
    return value


def _campaign_path(text: str) -> str:
    """What a campaign argument names: the folder (or campaign.yaml) as given, or else the
    built-in or user campaign folder of that name; BadArgument when it names nothing."""
    if not text.strip():
        raise BadArgument("give a campaign folder or a campaign's name (e.g. league_1920), "
                          "not an empty string")
    from game.session.paths import builtin_campaign_ids, named_campaign

    if Path(text).exists():
        return text  # whatever it is, loading it says what is wrong with it
    folder = named_campaign(text)
    if folder is None:
        raise BadArgument(f"no campaign folder {text!r}; the built-in campaigns are "
                          f"{', '.join(builtin_campaign_ids())}")
    return str(folder)


def _playable_campaign(text: str):
    """The loaded campaign ``--campaign`` names, or BadArgument after listing its problems."""
    from game.content.loader import load_campaign

    path = _campaign_path(text)
    result = load_campaign(path)
    if result.campaign is not None:
        return result.campaign
    if not result.readable:
        raise BadArgument(f"cannot play {text!r}: {result.problems[0].message}")
    for problem in result.problems:
        print(problem, file=sys.stderr)
    errors = len(result.errors)
    raise BadArgument(f"the campaign in {text!r} cannot be played: {errors} "
                      f"error{'s' * (errors != 1)} above (check it with: collective-security "
                      f"validate {path})")


def _playable_nation(campaign, text: str) -> str:
    """The code of the nation ``--nation`` names (any letter case), which must be playable."""
    codes = [n.code for n in campaign.nations]
    playable = [n.code for n in campaign.nations if n.playable]
    listed = f"the playable nations are {', '.join(sorted(playable))}"
    matches = [text] if text in codes else [c for c in codes if c.casefold() == text.casefold()]
    if len(matches) != 1:
        swapped = [c for c in sorted(playable) if sorted(c.upper()) == sorted(text.upper())]
        close = swapped or difflib.get_close_matches(text.upper(), sorted(playable), n=1)
        guess = f"did you mean {close[0]}? " if close else ""
        raise BadArgument(f"{campaign.name} has no nation {text!r}; {guess}{listed}")
    nation = campaign.nation(matches[0])
    if not nation.playable:
        raise BadArgument(f"{nation.code} ({nation.name}) cannot be played in {campaign.name}; "
                          f"{listed}")
    return nation.code


def _check_play(args: argparse.Namespace) -> None:
    """Resolve ``--campaign`` to its folder and ``--nation`` to its code, or BadArgument."""
    if args.campaign is None:
        if args.nation is not None or args.seed is not None:
            raise BadArgument("--nation and --seed need --campaign (e.g. --campaign league_1920)")
        return
    campaign = _playable_campaign(args.campaign)
    args.campaign = str(Path(campaign.src.file).resolve().parent)
    if args.nation is not None:
        args.nation = _playable_nation(campaign, args.nation)


def _play(args: argparse.Namespace) -> int:
    _check_play(args)
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
    return simulate.main(_campaign_path(args.path), args.seed, args.turns) or EXIT_OK


def _games(text: str) -> int:
    """``--games``: a count of all-AI games, 0 to 100."""
    if not text.isdigit() or int(text) > 100:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 100, got {text!r}")
    return int(text)


def _validate(args: argparse.Namespace) -> int:
    from game.content.loader import load_campaign
    from game.content.problems import ERROR, Problem
    from game.session.paths import named_campaign

    if args.games is not None and not args.deep:
        raise BadArgument("--games needs --deep")
    problems: list[Problem] = []
    unreadable = False
    for path in args.paths:
        if not Path(path).exists():  # a built-in or user campaign's name, as simulate takes
            path = str(named_campaign(path) or path)
        result = load_campaign(path)
        unreadable |= not result.readable
        problems.extend(result.problems)
        if args.deep:
            problems.extend(_deep(path, result, args.games))
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


def _deep(path: str, result, games: int | None) -> list:
    """The linter's warnings for one loaded campaign, with a line saying what the games did;
    nothing but a note when the campaign has errors (they come first)."""
    from game.content.lint import DEEP_GAMES, lint, play
    from game.content.problems import Problems, shown_path

    path = shown_path(path)
    if result.campaign is None:
        if result.readable:
            print(f"{path}: --deep skipped: fix the errors first", file=sys.stderr)
        return []
    campaign = result.campaign
    played = play(campaign, DEEP_GAMES if games is None else games)
    found = Problems()
    lint(campaign, found, played)
    if played.games:
        events = sum(1 for e in campaign.events if played.fired[e.id])
        crises = sum(1 for c in campaign.crises if played.started[c.id])
        print(f"{path}: {played.games} all-AI game{'s' * (played.games != 1)} "
              f"({played.seed_range()}): {events} of {len(campaign.events)} events fired, "
              f"{crises} of {len(campaign.crises)} crises started")
    return found.items


def _schema(args: argparse.Namespace) -> int:
    from game.content.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _new_campaign(args: argparse.Namespace) -> int:
    from game.content.scaffold import (WINDOWS, ScaffoldError, choose_map, describe_maps,
                                       new_campaign)
    from game.mapdata import map_title

    try:
        folder = new_campaign(args.name, era=args.era, parent=args.dir, base_map=args.map)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    chosen = choose_map(args.era, args.map)[0]
    print(f"created {folder}")
    print(f"its base map is {chosen}, {map_title(chosen)}: {WINDOWS[chosen.rpartition('_')[0]]}")
    print("every built-in base map (change base_map in campaign.yaml to use another):")
    print(describe_maps())
    print(f"check it with: collective-security validate {folder}")
    return EXIT_OK


def _maps(args: argparse.Namespace) -> int:
    from game.content.map_listing import describe_features
    from game.content.scaffold import ScaffoldError, describe_maps

    if args.map is None:
        print("built-in base maps (base_map in campaign.yaml; see one's features with "
              "collective-security maps MAP):")
        print(describe_maps())
        return EXIT_OK
    try:
        print(describe_features(args.map.strip().lower(), args.grep))
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


def _paths(args: argparse.Namespace) -> int:
    from game.session.paths import HOME_ENV, data_dir, saves_dir, user_campaigns_dir

    print(f"your campaigns: {user_campaigns_dir()}")
    print(f"your saves:     {saves_dir()}")
    print(f"(both under {data_dir()}; set {HOME_ENV} to use another folder)")
    return EXIT_OK

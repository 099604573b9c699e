"""The game's screens, as scenes on one stack (see base.py and game/ui/app.py).

Scenes are known to each other and to the app by name only: ``app.push("council", ctl)``
looks the name up in ``SCENES`` and imports the scene's module then, so the screens do not
import each other (tests/ui/test_import_graph.py keeps game/ui free of import cycles) and
the main menu comes up without loading the screens behind it.
"""

SCENES = {
    "campaign_select": "game.ui.scenes.campaign_select:CampaignSelect",
    "charts": "game.ui.scenes.charts:ChartsScene",
    "choice": "game.ui.scenes.event_dialog:ChoiceDialog",
    "council": "game.ui.scenes.council:CouncilScene",
    "dialog": "game.ui.scenes.dialog:Dialog",
    "end_report": "game.ui.scenes.end_report:EndReport",
    "game": "game.ui.scenes.game_scene:GameScene",
    "handover": "game.ui.scenes.handover:HandoverScene",
    "help": "game.ui.scenes.help_scene:HelpScene",
    "hotseat_setup": "game.ui.scenes.hotseat_setup:HotseatSetup",
    "main_menu": "game.ui.scenes.main_menu:MainMenu",
    "nation_select": "game.ui.scenes.nation_select:NationSelect",
    "save_load": "game.ui.scenes.save_load:SaveLoad",
    "settings": "game.ui.scenes.settings_scene:SettingsScene",
    "tutorial": "game.ui.scenes.tutorial:TutorialOverlay",
}
"""Each scene's name (its class's ``name``) to where its class is: ``module:Class``."""

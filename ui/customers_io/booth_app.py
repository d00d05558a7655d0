"""`python main.py booth`: sign in, then the booth capture window full screen."""

from __future__ import annotations


def run_booth(args, argv: list[str]) -> int:
    from app.database import open_services
    from app.i18n import install_translators, resolve_language
    from app.settings import Settings
    from ui import crash
    from ui.application import Session, create_qapplication
    from ui.context import UiContext
    from ui.customers_io.booth_window import BoothWindow

    app = create_qapplication(argv)
    crash.install(enabled=True)
    settings = Settings()
    install_translators(args.lang or resolve_language(settings.get("language")))
    services = open_services(args.db, create=True)  # a new booth laptop starts empty
    session = Session(app, services, settings)
    actor = session.sign_in()
    if actor is None:
        return 0
    session.ctx = UiContext(services=services, actor=actor, settings=settings, bus=session.bus)
    window = BoothWindow(session.ctx)
    session.window = window  # the idle lock covers it; a failed unlock closes it
    window.showFullScreen()
    code = app.exec()
    services.db.dispose()
    return code

"""quotecheck: quote attribution and verification service.

`create_app()` builds the Flask application; nothing is built at import time.
"""
from __future__ import annotations

import logging
import os

from flask import Flask

from .config import DEFAULTS, default_database, from_environment

log = logging.getLogger("quotecheck")


def create_app(test_config: dict | None = None, overrides: dict | None = None) -> Flask:
    """Build the application: settings, store, service, API, web page.

    Settings come from the defaults, then the instance folder's `config.py` and the environment
    (both skipped when `test_config` is given, so tests are hermetic), then `overrides` (flags).
    """
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(DEFAULTS)
    app.config.update(
        API_TITLE="quotecheck",
        API_VERSION="1.0",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="/docs",
        OPENAPI_SWAGGER_UI_URL="/docs/assets/",
        JSON_SORT_KEYS=False,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.update(from_environment())
    else:
        app.config.update(test_config)
    app.config.update(overrides or {})
    from .api.body import SafeJSONProvider

    app.json = SafeJSONProvider(app)
    app.json.sort_keys = False
    if not app.config["DATABASE"]:
        app.config["DATABASE"] = default_database()
        os.makedirs(os.path.dirname(app.config["DATABASE"]), exist_ok=True)

    from .api import errors, routes
    from .core.errors import SettingError
    from .core.evidence import Thresholds
    from .extensions import init_extensions
    from .services import QuoteService
    from .store import open_store

    try:
        thresholds = Thresholds(strong=float(app.config["SUPPORT_STRONG"]),
                                substantial=float(app.config["SUPPORT_SUBSTANTIAL"]))
    except ValueError as exc:
        raise SettingError(f"QUOTECHECK_SUPPORT_STRONG / QUOTECHECK_SUPPORT_SUBSTANTIAL: {exc}") from exc
    store = open_store(app.config["DATABASE"], sqlite_synchronous=app.config["SQLITE_SYNCHRONOUS"])
    service = QuoteService(store, sync_interval=app.config["SYNC_INTERVAL"], thresholds=thresholds)
    app.extensions["quotecheck"] = service

    api = errors.ProblemApi(app)
    app.extensions["quotecheck.api"] = api
    api.register_blueprint(routes.api)
    api.register_blueprint(routes.health)
    errors.register_error_handlers(app)
    init_extensions(app)

    from . import web

    app.register_blueprint(web.bp)

    if app.config["SEEDS"] and service.is_empty():
        from .seeds import load_seeds

        loaded = load_seeds(service, app.config["SEEDS"])
        log.info("loaded %d seed articles from %s", loaded, app.config["SEEDS"])
    return app

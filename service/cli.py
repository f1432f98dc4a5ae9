"""The `quotecheck` command: serve | ingest | verify | watch | migrate | export | bench."""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from datetime import date

from .config import default_database, from_environment, is_loopback
from .core.errors import QuotecheckError
from .store import is_postgres_url

BENCHES = ("matching", "import", "extraction", "load", "stores", "startup", "paraphrase")


class CommandError(Exception):
    """A command could not do what it was asked; the message says why (printed, exit status 1)."""


def _settings(args) -> dict:
    """Environment settings with the command's flags on top (flags win), the database resolved and checked."""
    settings = from_environment()
    if getattr(args, "database", None):
        settings["DATABASE"] = args.database
    if getattr(args, "host", None):
        settings["HOST"] = args.host
    settings["DATABASE"] = _database(settings.get("DATABASE"))
    return settings


def _database(named: str | None) -> str:
    """The database a command uses: the one named (flag or QUOTECHECK_DATABASE), else the default file.

    A named SQLite file must be in an existing folder: a typo must not quietly create a new, empty
    database (loaded with the seeds) and answer from it.
    """
    if not named:
        path = default_database()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path
    if not is_postgres_url(named):
        folder = os.path.dirname(os.path.abspath(named))
        if not os.path.isdir(folder):
            raise CommandError(f"the folder of the database {named} does not exist ({folder}); "
                               "create it first or name another database")
    return named


def _iso_date(value: str) -> str:
    """An argparse type: a calendar date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _app(args, seeds: bool = True):
    """Build the application for a command (seeds are loaded only where the command serves or reads)."""
    from . import create_app

    overrides = _settings(args)
    if not seeds:
        overrides["SEEDS"] = ""
    return create_app(overrides=overrides)


def cmd_serve(args) -> int:
    """Serve the API and the web page with gunicorn."""
    from gunicorn.app.base import BaseApplication

    settings = _settings(args)
    host = args.host
    if not settings.get("API_KEYS") and not is_loopback(host):
        print(f"quotecheck: listening on {host} with no QUOTECHECK_API_KEYS: writes are refused "
              "(reads stay open). Set keys to allow writes.", file=sys.stderr)
    elif not settings.get("API_KEYS"):
        print("quotecheck: no write keys configured; writes are accepted because the server "
              f"listens on loopback ({host}) only.", file=sys.stderr)

    from .serving import answer_errors_as_problems, apply_limits

    answer_errors_as_problems()

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"[{host}]:{args.port}" if ":" in host else f"{host}:{args.port}")
            self.cfg.set("workers", args.workers)
            self.cfg.set("threads", args.threads)
            # Every request is bounded well under a second (docs/SECURITY.md); a worker stuck
            # far longer than that is restarted rather than left holding connections.
            self.cfg.set("timeout", 15)
            self.cfg.set("accesslog", None)
            apply_limits(self.cfg)

        def load(self):
            from . import create_app

            app = create_app(overrides=settings)
            app.extensions["quotecheck"].index  # noqa: B018 - load the matching index before taking requests
            return app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    print(f"quotecheck: serving on http://{host}:{args.port}/", file=sys.stderr)
    Server().run()
    return 0


def cmd_ingest(args) -> int:
    """Ingest article files and quote datasets, then refresh the index snapshot for a fast start."""
    from . import create_app
    from .ingest import MalformedInput, ingest_paths

    # An import is idempotent, so it runs without a disk sync per batch and syncs once at the end.
    app = create_app(overrides={**_settings(args), "SEEDS": "", "SQLITE_SYNCHRONOUS": "NORMAL"})
    service = app.extensions["quotecheck"]
    from .ingest.fetch import FetchSettings

    try:
        # stderr as it is now (not as it was when the module was imported): reports go there.
        summary = ingest_paths(service, args.paths, strict=args.strict, progress=True if args.progress else None,
                               out=sys.stderr, fetch_settings=FetchSettings.from_config(app.config))
    except MalformedInput as exc:
        print(f"quotecheck: stopped: {exc}", file=sys.stderr)
        return 1
    finally:
        service.store.checkpoint()
        service.index  # noqa: B018 - load or build, replaying what this run wrote
        service.save_index()
    if summary.skipped:
        print(f"quotecheck: {summary.skipped:,} file(s) or record(s) were skipped as missing, unsupported or "
              "malformed (listed above); the rest was imported", file=sys.stderr)
        return 1
    return 0


def cmd_verify(args) -> int:
    """Verify one quote from the command line and print the answer."""
    from .api.schemas import VerdictSchema
    from .services import VerifyRequest

    app = _app(args)
    with app.app_context():
        verdict = app.extensions["quotecheck"].verify(
            VerifyRequest(text=args.text, speaker=args.speaker, date=args.date, limit=args.limit))
        body = VerdictSchema().dump(verdict)
    if args.json:
        print(json.dumps(body, ensure_ascii=False, indent=2))
        return 0
    print(f"verdict: {body['verdict']}  wording: {body['wording']}  attribution: {body['attribution']}")
    if body["reasons"]:
        print(f"reasons: {', '.join(body['reasons'])}")
    for match in body["matches"][:1]:
        quote = match["quote"]
        speaker = quote.get("speaker") or {}
        source = (quote.get("sources") or [{}])[0]
        label = "credited here to" if body["verdict"] == "disputed" else "said by"
        print(f"{label}: {speaker.get('name')}" + (f" ({speaker['title']})" if speaker.get("title") else ""))
        for candidate in (match.get("evidence") or {}).get("speakers") or []:
            who = (candidate.get("speaker") or {}).get("name") or "nobody named"
            print(f"  candidate: {who}: support {candidate['support']:.2f}, {candidate['outlets']} outlet(s), "
                  f"since {candidate.get('earliest') or 'an unknown date'}")
        print(f"quote:   {quote['text']}")
        where = f"{source.get('title') or ''} {source.get('url') or ''} {source.get('published') or ''}"
        print(f"source:  {where}".rstrip())
        changes = [d for d in match["diff"] if d["op"] != "equal"]
        for d in changes:
            print(f"  {d['op']}: {d['original']!r} -> {d['submitted']!r}")
    return 0


def cmd_watch(args) -> int:
    """Follow feeds: ingest each new item's article, every --interval seconds (or once)."""
    import signal
    import threading

    from .ingest.feeds import FeedWatcher
    from .ingest.fetch import FetchSettings

    app = _app(args, seeds=False)
    service = app.extensions["quotecheck"]
    # One line per feed and per item on stderr as it is now, whatever the root logger does.
    watch_log = logging.getLogger("quotecheck.watch")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    watch_log.handlers[:] = [handler]
    watch_log.setLevel(logging.INFO)
    watch_log.propagate = False
    watcher = FeedWatcher(service, FetchSettings.from_config(app.config))
    try:
        if args.once:
            summary = watcher.run_once(args.feeds)
            print(f"quotecheck: {summary}", file=sys.stderr)
            return 1 if summary.feeds_failed or summary.failed else 0
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        with contextlib.suppress(KeyboardInterrupt):
            watcher.run(args.feeds, args.interval, stop)
        return 0
    finally:
        watch_log.handlers.remove(handler)
        watch_log.propagate = True
        service.close()


def cmd_migrate(args) -> int:
    """Create or upgrade the database schema."""
    from .store import open_store

    target = _settings(args)["DATABASE"]
    store = open_store(target)
    version = store.migrate()
    store.close()
    print(f"schema version {version}")
    return 0


def cmd_export(args) -> int:
    """Write every quote as JSON lines."""
    from .ingest import export_jsonl

    app = _app(args, seeds=False)
    out = open(args.output, "w", encoding="utf-8") if args.output and args.output != "-" else sys.stdout  # noqa: SIM115
    try:
        n = export_jsonl(app.extensions["quotecheck"], out)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"exported {n} quotes", file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    """Run a benchmark: matching (default), import, extraction, load, stores, startup or paraphrase."""
    import importlib

    module = {"matching": "benchmarks.matching", "import": "benchmarks.importing",
              "extraction": "benchmarks.extraction", "load": "benchmarks.load",
              "stores": "benchmarks.stores", "startup": "benchmarks.startup",
              "paraphrase": "benchmarks.paraphrase"}[args.which]
    rest = list(args.rest)
    if args.database:
        rest = ["--database", _database(args.database), *rest]
    result = importlib.import_module(module).main(rest)
    return result if isinstance(result, int) else 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = argparse.ArgumentParser(prog="quotecheck", description="Quote attribution and verification.")
    sub = parser.add_subparsers(dest="command", required=True)
    default = default_database().replace("%", "%%")  # (argparse formats help strings with %)

    def add(name, func, help_):
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--database", help="SQLite file path (its folder must exist) or postgresql:// URL; "
                       f"default: env QUOTECHECK_DATABASE, else {default}")
        p.set_defaults(func=func)
        return p

    p = add("serve", cmd_serve, "Serve the API and web page.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="gunicorn worker processes")
    p.add_argument("--threads", type=int, default=4, help="threads per worker")

    p = add("ingest", cmd_ingest, "Ingest articles (web page URLs, .html, .txt, .json, .jsonl) and quote datasets "
                                  "(Quotebank, JSONL, CSV).")
    p.add_argument("paths", nargs="+")
    p.add_argument("--strict", action="store_true", help="stop at the first malformed record")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")

    p = add("verify", cmd_verify, "Verify a quote.")
    p.add_argument("text")
    p.add_argument("--speaker")
    p.add_argument("--date", type=_iso_date, help="the date it was supposedly said, YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--json", action="store_true", help="print the full JSON answer")

    p = add("watch", cmd_watch, "Follow RSS/Atom feeds: ingest each new item's article, again and again.")
    p.add_argument("feeds", nargs="+", metavar="FEED_URL")
    p.add_argument("--interval", type=float, default=300.0, help="seconds between rounds (default 300)")
    p.add_argument("--once", action="store_true", help="one round, then exit (non-zero if anything failed)")

    add("migrate", cmd_migrate, "Create or upgrade the database schema.")

    p = add("export", cmd_export, "Export every quote as JSON lines.")
    p.add_argument("--output", "-o", default="-")

    p = add("bench", cmd_bench, "Run a benchmark (matching, import, extraction, load, stores, startup, paraphrase).")
    p.add_argument("which", nargs="?", choices=BENCHES, default="matching")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="options passed to the benchmark")
    return parser


def main(argv=None) -> int:
    """Entry point of the `quotecheck` command."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    try:
        return args.func(args) or 0
    except (CommandError, QuotecheckError, OSError) as exc:
        # (A store that cannot be reached or written, a full disk, a file that cannot be written.)
        print(f"quotecheck: {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

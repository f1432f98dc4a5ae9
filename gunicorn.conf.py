"""gunicorn settings for several workers: `gunicorn -c gunicorn.conf.py "service:create_app()"`.

Every worker is a full instance: its own connection pool and its own in-memory matching index,
kept current through the store's change log. Environment variables tune it without editing this file.
"""
import os
import tempfile

from service.cpu_quota import available_cpus
from service.serving import GUNICORN_LIMITS, answer_errors_as_problems

bind = os.environ.get("QUOTECHECK_BIND", "127.0.0.1:8000")

# Each worker holds a copy of the matching index (see docs/SCALING.md for memory per million
# quotes), so the default is the CPUs this container may use (its cgroup quota, not the host's
# core count) rather than gunicorn's usual 2 x CPU + 1.
workers = int(os.environ.get("QUOTECHECK_WORKERS") or available_cpus())
threads = int(os.environ.get("QUOTECHECK_THREADS", "4"))
worker_class = "gthread"

# The app is built in each worker, not once before forking: psycopg pools and the NOTIFY listener
# run threads, and threads do not survive a fork. The first worker to build the index saves a
# snapshot; the others (and every restart) load it instead of reading all quotes again.
preload_app = False

# Request limits above the app's own bounds, so the app answers (problem+json) wherever it can; what
# gunicorn still refuses itself is answered with problem+json too (service/serving.py, docs/SECURITY.md).
limit_request_line = GUNICORN_LIMITS["limit_request_line"]
limit_request_fields = GUNICORN_LIMITS["limit_request_fields"]
limit_request_field_size = GUNICORN_LIMITS["limit_request_field_size"]
answer_errors_as_problems()

timeout = int(os.environ.get("QUOTECHECK_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Requests are logged by the app itself (one structured line each, with a request id).
accesslog = None
errorlog = "-"
loglevel = os.environ.get("QUOTECHECK_LOG_LEVEL", "info")

# gunicorn's control socket (gunicornc) goes where this user may write: by default it would be
# under $HOME, which in the container is the read-only application folder.
control_socket = os.environ.get("QUOTECHECK_CONTROL_SOCKET") or os.path.join(
    os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir(), f"quotecheck-{os.getuid()}", "gunicorn.ctl")


def post_worker_init(worker):
    """Warm the worker before it takes requests: load (or build) the matching index now.

    The first verify is then not the slow one. Following other instances' writes (NOTIFY with
    the PostgreSQL store, polling otherwise) is set up by the service itself.
    """
    app = worker.wsgi
    service = app.extensions.get("quotecheck") if hasattr(app, "extensions") else None
    if service is not None:
        service.index  # noqa: B018 - reading it loads the index

# quotecheck: gunicorn serving the app factory, as a non-root user.
#   docker build -t quotecheck . && docker run -p 127.0.0.1:8000:8000 -e QUOTECHECK_API_KEYS=secret quotecheck
FROM python:3.11-slim

# No demo articles in production: QUOTECHECK_SEEDS=/app/seeds loads them into an empty database.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    QUOTECHECK_DATABASE=/data/quotecheck.sqlite3 \
    QUOTECHECK_SEEDS="" \
    QUOTECHECK_CONTROL_SOCKET=/run/quotecheck/gunicorn.ctl

WORKDIR /app
# Dependencies first, in a layer of their own from exact pins: a code change does not reinstall them.
COPY constraints.txt ./
RUN pip install --requirement constraints.txt

COPY pyproject.toml README.md gunicorn.conf.py ./
COPY service ./service
COPY benchmarks ./benchmarks
COPY seeds ./seeds
RUN pip install --no-deps --constraint constraints.txt . \
    && useradd --system --uid 10001 --home /app quotecheck \
    && mkdir -p /data /run/quotecheck \
    && chown quotecheck /data /run/quotecheck

USER quotecheck
VOLUME ["/data"]
EXPOSE 8000

# Listening on all addresses inside the container: set QUOTECHECK_API_KEYS, or writes are refused.
# Workers default to the container's CPU quota (QUOTECHECK_WORKERS overrides; see gunicorn.conf.py).
ENV QUOTECHECK_HOST=0.0.0.0 \
    QUOTECHECK_BIND=0.0.0.0:8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"

CMD ["gunicorn", "--config", "gunicorn.conf.py", "service:create_app()"]

# quotecheck: gunicorn serving the app factory, as a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    QUOTECHECK_DATABASE=/data/quotecheck.sqlite3 \
    QUOTECHECK_SEEDS=/app/seeds

WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
COPY benchmarks ./benchmarks
COPY seeds ./seeds
COPY gunicorn.conf.py ./
RUN pip install . \
    && useradd --system --uid 10001 --home /app quotecheck \
    && mkdir -p /data \
    && chown quotecheck /data

USER quotecheck
VOLUME ["/data"]
EXPOSE 8000

# Listening on all addresses inside the container: set QUOTECHECK_API_KEYS, or writes are refused.
ENV QUOTECHECK_HOST=0.0.0.0
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"

CMD ["gunicorn", "--config", "gunicorn.conf.py", "--bind", "0.0.0.0:8000", "service:create_app()"]

"""Reproducible measurements of quotecheck: matching, import, extraction, stores and HTTP."""

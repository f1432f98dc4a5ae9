"""Quotes and their speakers from article text, as a pipeline of small steps.

marks (pair the quotation marks) → paragraphs and sentences → tokens → attribution candidates (the clauses
around a quotation that name who speaks) → speaker resolution (surnames, pronouns and descriptions to the people
the article names) → records (the quotes kept, with speaker, date and confidence). `pipeline` runs the steps.
"""
from .pipeline import extract_quotes
from .resolution import personal_byline

__all__ = ["extract_quotes", "personal_byline"]

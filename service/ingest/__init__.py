"""Reading articles and quote datasets into the store, and writing the store back out."""
from service.ingest.article_txt import parse_article_text, read_article_txt
from service.ingest.articles_jsonl import read_articles_jsonl
from service.ingest.csv_records import read_csv_records
from service.ingest.export import export_jsonl, quote_as_dict
from service.ingest.formats import FORMATS, UnknownFormat, detect_format
from service.ingest.malformed import MalformedInput, MalformedRecord
from service.ingest.quotebank import read_quotebank
from service.ingest.records import read_quote_records
from service.ingest.runner import IngestSummary, ingest_paths

__all__ = [
    "FORMATS",
    "IngestSummary",
    "MalformedInput",
    "MalformedRecord",
    "UnknownFormat",
    "detect_format",
    "export_jsonl",
    "ingest_paths",
    "parse_article_text",
    "quote_as_dict",
    "read_article_txt",
    "read_articles_jsonl",
    "read_csv_records",
    "read_quote_records",
    "read_quotebank",
]

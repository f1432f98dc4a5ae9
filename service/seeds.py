"""The default corpus: seed articles loaded into an empty database at start."""
from __future__ import annotations

from pathlib import Path

from .ingest import read_article_txt


def seed_files(folder: str) -> list[Path]:
    """Return the seed article files of a folder, in name order."""
    root = Path(folder)
    return sorted(p for p in root.glob("*.txt") if p.is_file()) if root.is_dir() else []


def load_seeds(service, folder: str) -> int:
    """Ingest every seed article of a folder; return how many were new."""
    created = 0
    for path in seed_files(folder):
        _, _, new = service.add_article(read_article_txt(path))
        created += new
    return created

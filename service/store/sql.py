"""The SQL both stores share: one implementation of the repository over a DB-API connection.

Statements are written with `?` placeholders; the PostgreSQL store rewrites them to `%s`.
Each public write opens one transaction through `_transaction()`, which the concrete store provides.
"""
from __future__ import annotations

import abc
import errno
import hashlib
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from json.encoder import encode_basestring_ascii

from ..core import speakers as speaker_rules
from ..core.errors import StorageFull
from ..core.models import ArticleInput, ExtractedQuote, Occurrence, Quote, QuoteRecord, Source, Speaker
from .base import Article, Change, Page, Store
from .keys import text_key
from .sql_checks import ChecksSql
from .sql_feeds import FeedsSql

SPEAKER_CACHE_SIZE = 200_000  # speaker look-ups remembered across import batches

_QUOTE_COLUMNS = ("q.id, q.text, q.kind, q.date, q.context, q.first_seen, q.alternatives, "
                  "s.id, s.name, s.title, s.wikidata, q.confidence")
RECORD = "record"  # how a record's source credits its speaker: the record names it
_UNRESOLVED = object()  # a speaker not looked up yet (None means "no speaker")


DISK_FULL_DETAIL = "the database's disk is full; nothing of this write was stored"


def storage_full(exc: BaseException) -> StorageFull | None:
    """The StorageFull a failed write stands for when the disk (or the database's size limit) is full, else None.

    SQLite says "database or disk is full" (SQLITE_FULL, 13); PostgreSQL has SQLSTATE 53100 (disk_full);
    a file write says ENOSPC.
    """
    full = (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or getattr(exc, "sqlite_errorcode", None) == 13 \
        or getattr(exc, "sqlstate", None) == "53100" or "database or disk is full" in str(exc)
    return StorageFull(DISK_FULL_DETAIL) if full else None


def article_hash(text: str) -> str:
    """Identity of an article's exact text, for idempotent re-posts without a url."""
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _chunks(items: list, size: int):
    """Yield successive slices of a list (bounded IN lists)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _earlier(a: str | None, b: str | None) -> str | None:
    """Return the earlier of two ISO dates, ignoring a missing one."""
    if not a:
        return b or None
    if not b:
        return a
    return a if a <= b else b


def _text_keys(records: list[QuoteRecord]) -> list[int]:
    """Return the text_key of each record: the one it carries, or computed once per distinct text."""
    keys: list[int] = []
    computed: dict[str, int] = {}
    for r in records:
        key = getattr(r, "text_key", None)
        if key is None:
            key = computed.get(r.text)
            if key is None:
                key = computed[r.text] = text_key(r.text)
        keys.append(key)
    return keys


def _confidence(record: QuoteRecord) -> float:
    """How surely a record credits its speaker: what it says, else 1.0 (it names the speaker outright)."""
    return 1.0 if record.confidence is None else float(record.confidence)


def _alternatives_json(alternatives: list[tuple[str | None, float]]) -> str | None:
    """Return runner-up speakers as stored: what json.dumps gives, None when there are none."""
    if not alternatives:
        return None
    parts = []
    for name, probability in alternatives:
        # By hand for the usual (text, finite float) pairs, at a third of json.dumps's cost (this
        # runs for every new quote of an import). Anything else goes through json.dumps.
        if type(name) is not str or type(probability) is not float or not math.isfinite(probability):
            return json.dumps(alternatives)
        parts.append(f"[{encode_basestring_ascii(name)}, {probability!r}]")
    return f"[{', '.join(parts)}]"


class SqlStore(FeedsSql, ChecksSql, Store):
    """Repository logic over SQL; subclasses supply connections and transactions."""

    @contextmanager
    @abc.abstractmethod
    def _transaction(self):
        """Yield a cursor inside one transaction; commit on success, roll back on any error."""

    @contextmanager
    def _read(self):
        """Yield a cursor for reading (a transaction too, for a consistent view)."""
        with self._transaction() as cur:
            yield cur

    _identity: str | None = None
    _speakers_seen: dict[tuple, int] | None = None

    def identity(self) -> str:
        """This database's random identity, written once by a migration (`store_identity`)."""
        if self._identity is None:
            with self._read() as cur:
                cur.execute("SELECT id FROM store_identity LIMIT 1")
                self._identity = str(cur.fetchone()[0])
        return self._identity

    # -- articles -----------------------------------------------------------------------------

    def find_article(self, url, text):
        with self._read() as cur:
            row = self._find_article_row(cur, url, text)
            return self._article(cur, row) if row else None

    def _find_article_row(self, cur, url, text):
        if url:
            cur.execute("SELECT id, url, title, author, outlet, published, text FROM sources "
                        "WHERE url = ? AND is_article = 1", (url,))
            row = cur.fetchone()
            if row:
                return row
        cur.execute("SELECT id, url, title, author, outlet, published, text FROM sources "
                    "WHERE text_hash = ?", (article_hash(text),))
        return cur.fetchone()

    def _article(self, cur, row) -> Article:
        cur.execute("SELECT quote_id FROM occurrences WHERE source_id = ? ORDER BY start", (row[0],))
        ids = list(dict.fromkeys(r[0] for r in cur.fetchall()))
        return Article(Source(row[0], row[1], row[2], row[3], row[4], row[5]), row[6], ids)

    def add_article(self, article: ArticleInput, quotes: list[ExtractedQuote]):
        with self._transaction() as cur:
            existing = self._find_article_row(cur, article.url, article.text)
            if existing:
                return self._article(cur, existing), False
            cur.execute(
                "INSERT INTO sources (url, title, author, outlet, published, text, text_hash, is_article) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                (article.url, article.title, article.author, article.outlet, article.published,
                 article.text, article_hash(article.text)))
            source_id = cur.fetchone()[0]
            speakers: dict[tuple, int | None] = {}
            ids = []
            for eq in quotes:
                key = (eq.speaker, eq.title)
                if key not in speakers:
                    speakers[key] = self._speaker_id(cur, eq.speaker, eq.title, None) if eq.speaker else None
                quote_id = self._upsert_quote(cur, eq.text, speakers[key], eq.kind, eq.date or article.published,
                                              eq.context, article.published, None)
                parts = json.dumps([list(p) for p in eq.parts]) if len(eq.parts) > 1 else None
                cur.execute('INSERT INTO occurrences (quote_id, source_id, start, "end", cue, parts, confidence, '
                            "method) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            (quote_id, source_id, eq.start, eq.end, eq.cue, parts, eq.confidence, eq.method))
                ids.append(quote_id)
            source = Source(source_id, article.url, article.title, article.author, article.outlet, article.published)
            return Article(source, article.text, list(dict.fromkeys(ids))), True

    # -- quotes -------------------------------------------------------------------------------

    def add_quotes(self, records: list[QuoteRecord]) -> list[int]:
        # Set-based for bulk imports: a few statements per batch. The batch's quotes and sources
        # are looked up by key, and the missing ones inserted under ids reserved up front, so
        # nothing is looked up a second time to learn its id.
        keys = _text_keys(records)
        cache = self._speaker_cache()
        with self._transaction() as cur:
            speakers: dict[tuple, int | None] = {}
            identities = []
            for r, key in zip(records, keys):
                who = (r.speaker, r.title, r.wikidata)
                speaker_id = speakers.get(who, _UNRESOLVED)
                if speaker_id is _UNRESOLVED:
                    speaker_id = speakers[who] = cache.get(who) or (
                        self._speaker_id(cur, r.speaker, r.title, r.wikidata) if r.speaker else None)
                identities.append((key, speaker_id or 0))
            # Stored quotes: [id, date, first_seen, merged date, merged first_seen].
            known = self._existing_quotes(cur, {identity[0] for identity in identities})
            new: dict[tuple, list] = {}  # [id, text, key, speaker id, speaker key, kind, date, context, seen, alt,
            #                               confidence]
            for r, identity in zip(records, identities):
                published = r.source.published if r.source else None
                date, seen = r.date or published, _earlier(published, r.date)
                row = new.get(identity)
                if row is not None:
                    row[6], row[8] = _earlier(row[6], date), _earlier(row[8], seen)
                    continue
                row = known.get(identity)
                if row is not None:
                    row[3], row[4] = _earlier(row[3], date), _earlier(row[4], seen)
                    continue
                new[identity] = [None, r.text, identity[0], identity[1] or None, identity[1], r.kind, date,
                                 r.context, seen, _alternatives_json(r.alternatives), _confidence(r)]
            if new:
                ids = self._new_ids(cur, "quotes", len(new))
                for row, quote_id in zip(new.values(), ids):
                    row[0] = quote_id
                cur.executemany("INSERT INTO quotes (id, text, text_key, speaker_id, speaker_key, kind, date, "
                                "context, first_seen, alternatives, confidence) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                list(new.values()))
                cur.executemany("INSERT INTO changes (quote_id, op) VALUES (?, 'add')", [(i,) for i in ids])
            updates = [(row[3], row[4], row[0]) for row in known.values() if (row[3], row[4]) != (row[1], row[2])]
            if updates:
                cur.executemany("UPDATE quotes SET date = ?, first_seen = ? WHERE id = ?", updates)
            quote_ids = [(new.get(identity) or known[identity])[0] for identity in identities]
            links = self._link_sources(cur, records, quote_ids)
            if links:
                cur.executemany('INSERT INTO occurrences (quote_id, source_id, start, "end", cue, confidence, method) '
                                "VALUES (?, ?, NULL, NULL, NULL, ?, ?) ON CONFLICT DO NOTHING", links)
        # Only ids of a committed transaction may be remembered: a rolled-back speaker never existed.
        if len(cache) > SPEAKER_CACHE_SIZE:
            cache.clear()
        cache.update((k, v) for k, v in speakers.items() if v is not None)
        return quote_ids

    def _new_ids(self, cur, table: str, count: int) -> list[int]:
        """Reserve `count` ids of a table for rows this transaction is about to insert."""
        # The transaction holds the write lock, so nobody else can take the ids after the largest.
        cur.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
        first = cur.fetchone()[0] + 1
        return list(range(first, first + count))

    def _link_sources(self, cur, records: list[QuoteRecord], quote_ids: list[int]) -> list[tuple]:
        """Find or create each record's source; return the (quote id, source id, confidence, method) links to
        write."""
        urls = {r.source.url: r.source for r in records if r.source and r.source.url}
        sources = self._existing_sources(cur, set(urls))
        missing = [u for u in urls if u not in sources]
        if missing:
            ids = self._new_ids(cur, "sources", len(missing))
            sources.update(zip(missing, ids))
            cur.executemany("INSERT INTO sources (id, url, title, author, outlet, published, is_article) "
                            "VALUES (?, ?, ?, ?, ?, ?, 0)",
                            [(i, u, urls[u].title, urls[u].author, urls[u].outlet, urls[u].published)
                             for i, u in zip(ids, missing)])
        links = []
        for r, quote_id in zip(records, quote_ids):
            if r.source and r.source.url:
                links.append((quote_id, sources[r.source.url], _confidence(r), r.method or RECORD))
            elif r.source and r.source.title:
                links.append((quote_id, self._untitled_source(cur, r.source), _confidence(r), r.method or RECORD))
        return links

    def _existing_quotes(self, cur, keys: set[int]) -> dict[tuple, list]:
        """Stored quotes with any of these text keys: (key, speaker key) -> [id, date, seen, date, seen].

        The last two are working copies, so merged dates can be compared with the stored ones.
        """
        found = {}
        for chunk in _chunks(sorted(keys), 500):
            cur.execute(f"SELECT text_key, speaker_key, id, date, first_seen FROM quotes "
                        f"WHERE text_key IN ({','.join('?' * len(chunk))})", chunk)
            for key, skey, qid, date, seen in cur.fetchall():
                found[(key, skey)] = [qid, date, seen, date, seen]
        return found

    def _existing_sources(self, cur, urls: set[str]) -> dict:
        """Stored sources with any of these urls, keyed by url."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(urls), 500):
            cur.execute(f"SELECT url, id FROM sources WHERE url IN ({','.join('?' * len(chunk))})", chunk)
            found.update((url, sid) for url, sid in cur.fetchall())
        return found

    def _untitled_source(self, cur, source: Source) -> int:
        """Find or create a source known only by its title (no url)."""
        cur.execute("SELECT id FROM sources WHERE url IS NULL AND title = ? AND is_article = 0", (source.title,))
        row = cur.fetchone()
        if row:
            return row[0]
        cur.execute("INSERT INTO sources (url, title, author, outlet, published, is_article) "
                    "VALUES (NULL, ?, ?, ?, ?, 0) RETURNING id",
                    (source.title, source.author, source.outlet, source.published))
        return cur.fetchone()[0]

    def _speaker_cache(self) -> dict[tuple, int]:
        """Speaker ids already resolved by this store, by (name, title, wikidata) as written.

        Speakers are never deleted, so a remembered id stays valid for the life of the store.
        """
        cache = self._speakers_seen
        if cache is None:
            cache = self._speakers_seen = {}
        return cache

    def _upsert_quote(self, cur, text, speaker_id, kind, date, context, seen, alternatives) -> int:
        """Insert a quote or merge into the equal one (same words, same speaker); return its id."""
        key = text_key(text)
        cur.execute("SELECT id, date, first_seen FROM quotes WHERE text_key = ? AND speaker_key = ?",
                    (key, speaker_id or 0))
        row = cur.fetchone()
        if row:
            new_date, new_seen = _earlier(row[1], date), _earlier(row[2], seen)
            if (new_date, new_seen) != (row[1], row[2]):
                cur.execute("UPDATE quotes SET date = ?, first_seen = ? WHERE id = ?", (new_date, new_seen, row[0]))
            return row[0]
        cur.execute("INSERT INTO quotes (text, text_key, speaker_id, speaker_key, kind, date, context, first_seen, "
                    "alternatives) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (text, key, speaker_id, speaker_id or 0, kind, date, context, seen, alternatives))
        quote_id = cur.fetchone()[0]
        cur.execute("INSERT INTO changes (quote_id, op) VALUES (?, 'add')", (quote_id,))
        return quote_id

    def _speaker_id(self, cur, name: str, title: str | None, wikidata: str | None) -> int:
        """Link a speaker name to a stored speaker (by Wikidata id, then name rules) or create one."""
        name = speaker_rules.canonical_name(name) or name
        if wikidata:
            cur.execute("SELECT id FROM speakers WHERE wikidata = ?", (wikidata,))
            row = cur.fetchone()
            if row:
                self._add_aliases(cur, row[0], name, title)
                return row[0]
        key = speaker_rules.surname_key(name)
        cur.execute("SELECT id, name, title, wikidata FROM speakers WHERE surname_key = ?", (key,))
        rows = cur.fetchall()
        candidates = []
        for sid, sname, stitle, swd in rows:
            cur.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (sid,))
            candidates.append(Speaker(sname, sid, [a for (a,) in cur.fetchall()], stitle, swd))
        if wikidata:
            # A different Wikidata id is a different person, however alike the names.
            candidates = [c for c in candidates if not c.wikidata]
        chosen = speaker_rules.choose_speaker(name, title, candidates) if candidates else None
        if chosen is not None:
            if (title and not chosen.title) or (wikidata and not chosen.wikidata):
                cur.execute("UPDATE speakers SET title = COALESCE(title, ?), wikidata = COALESCE(wikidata, ?) "
                            "WHERE id = ?", (title, wikidata, chosen.id))
            fuller = speaker_rules.fuller_name(chosen.name, name)
            if fuller is not None:
                cur.execute("UPDATE speakers SET name = ? WHERE id = ?", (fuller, chosen.id))
            assert chosen.id is not None, "speakers read from the store have ids"
            self._add_aliases(cur, chosen.id, name, title)
            return chosen.id
        cur.execute("INSERT INTO speakers (name, title, wikidata, surname_key) VALUES (?, ?, ?, ?) RETURNING id",
                    (name, title, wikidata, key))
        sid = cur.fetchone()[0]
        self._add_aliases(cur, sid, name, title)
        return sid

    def _add_aliases(self, cur, speaker_id: int, name: str, title: str | None) -> None:
        """Record the forms this speaker was seen under."""
        forms = [name, *speaker_rules.aliases_for(name, title)]
        cur.executemany("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        [(speaker_id, f) for f in dict.fromkeys(forms) if f])

    def get_quotes(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        with self._read() as cur:
            found = {q.id: q for q in self._load_quotes(cur, ids)}
        return [found[i] for i in ids if i in found]

    def _load_quotes(self, cur, ids: list[int]) -> list[Quote]:
        """Fetch quotes by id with their speakers, aliases and sources."""
        marks = ",".join("?" * len(ids))
        cur.execute(f"SELECT {_QUOTE_COLUMNS} FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id "
                    f"WHERE q.id IN ({marks})", ids)
        quotes = {}
        speaker_ids = set()
        for row in cur.fetchall():
            speaker = Speaker(row[8], row[7], [], row[9], row[10]) if row[7] is not None else None
            if speaker:
                speaker_ids.add(speaker.id)
            quotes[row[0]] = Quote(text=row[1], speaker=speaker, kind=row[2], date=row[3], id=row[0],
                                   context=row[4], first_seen=row[5],
                                   alternatives=[tuple(a) for a in json.loads(row[6])] if row[6] else [],
                                   confidence=row[11])
        if not quotes:
            return []
        if speaker_ids:
            smarks = ",".join("?" * len(speaker_ids))
            cur.execute(f"SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN ({smarks}) "
                        "ORDER BY alias", list(speaker_ids))
            aliases: dict[int | None, list[str]] = {}
            for sid, alias in cur.fetchall():
                aliases.setdefault(sid, []).append(alias)
            for q in quotes.values():
                if q.speaker:
                    q.speaker.aliases = [a for a in aliases.get(q.speaker.id, []) if a != q.speaker.name]
        qmarks = ",".join("?" * len(quotes))
        cur.execute('SELECT o.quote_id, o.start, o."end", o.cue, o.parts, o.confidence, o.method, s.id, s.url, '
                    f"s.title, s.author, s.outlet, s.published FROM occurrences o JOIN sources s ON s.id = o.source_id "
                    f"WHERE o.quote_id IN ({qmarks}) ORDER BY s.published, s.id", list(quotes))
        for qid, start, end, cue, parts, confidence, method, *src in cur.fetchall():
            pieces = [tuple(p) for p in json.loads(parts)] if parts else []
            quotes[qid].sources.append(Occurrence(Source(*src), start, end, cue, pieces, confidence, method))
        return list(quotes.values())

    def list_quotes(self, speaker=None, q=None, date_from=None, date_to=None, page=1, page_size=20):
        where, params = [], []
        if speaker:
            where.append("q.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE LOWER(alias) = LOWER(?) "
                         "UNION SELECT id FROM speakers WHERE LOWER(name) = LOWER(?))")
            params += [speaker, speaker]
        if q:
            for word in q.split()[:10]:
                where.append("LOWER(q.text) LIKE ?")
                params.append("%" + word.lower().replace("%", "").replace("_", "") + "%")
        if date_from:
            where.append("COALESCE(q.date, q.first_seen) >= ?")
            params.append(date_from)
        if date_to:
            where.append("COALESCE(q.date, q.first_seen) <= ?")
            params.append(date_to)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        with self._read() as cur:
            cur.execute(f"SELECT COUNT(*) FROM quotes q {clause}", params)
            total = cur.fetchone()[0]
            cur.execute(f"SELECT q.id FROM quotes q {clause} ORDER BY q.id LIMIT ? OFFSET ?",
                        [*params, page_size, (page - 1) * page_size])
            ids = [r[0] for r in cur.fetchall()]
            found = {x.id: x for x in self._load_quotes(cur, ids)} if ids else {}
        return Page([found[i] for i in ids if i in found], total)

    # -- speakers and articles ----------------------------------------------------------------

    def list_speakers(self, q=None, page=1, page_size=20):
        where, params = "", []
        if q:
            where = "WHERE LOWER(s.name) LIKE ?"
            params = ["%" + q.lower() + "%"]
        with self._read() as cur:
            cur.execute(f"SELECT COUNT(*) FROM speakers s {where}", params)
            total = cur.fetchone()[0]
            cur.execute(f"SELECT s.id, s.name, s.title, s.wikidata, (SELECT COUNT(*) FROM quotes q "
                        f"WHERE q.speaker_id = s.id) FROM speakers s {where} ORDER BY s.name, s.id LIMIT ? OFFSET ?",
                        [*params, page_size, (page - 1) * page_size])
            items = [Speaker(r[1], r[0], [], r[2], r[3], r[4]) for r in cur.fetchall()]
            for sp in items:
                cur.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (sp.id,))
                sp.aliases = [a for (a,) in cur.fetchall() if a != sp.name]
        return Page(items, total)

    def get_speaker(self, speaker_id):
        with self._read() as cur:
            cur.execute("SELECT s.id, s.name, s.title, s.wikidata, (SELECT COUNT(*) FROM quotes q "
                        "WHERE q.speaker_id = s.id) FROM speakers s WHERE s.id = ?", (speaker_id,))
            r = cur.fetchone()
            if not r:
                return None
            cur.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,))
            return Speaker(r[1], r[0], [a for (a,) in cur.fetchall() if a != r[1]], r[2], r[3], r[4])

    def speaker_quote_ids(self, speaker_id: int, limit: int = 100) -> list[int]:
        """Return the ids of a speaker's quotes, newest first."""
        with self._read() as cur:
            cur.execute("SELECT id FROM quotes WHERE speaker_id = ? ORDER BY COALESCE(date, first_seen) DESC, id "
                        "LIMIT ?", (speaker_id, limit))
            return [r[0] for r in cur.fetchall()]

    def source_quote_ids(self, source_id: int, limit: int = 1000) -> list[int]:
        with self._read() as cur:
            cur.execute("SELECT quote_id FROM occurrences WHERE source_id = ? AND start IS NOT NULL "
                        "ORDER BY start LIMIT ?", (source_id, limit))
            return list(dict.fromkeys(r[0] for r in cur.fetchall()))

    def get_article(self, article_id):
        with self._read() as cur:
            cur.execute("SELECT id, url, title, author, outlet, published, text FROM sources "
                        "WHERE id = ? AND is_article = 1", (article_id,))
            row = cur.fetchone()
            return self._article(cur, row) if row else None

    # -- deletes ------------------------------------------------------------------------------

    def delete_quote(self, quote_id):
        with self._transaction() as cur:
            cur.execute("DELETE FROM quotes WHERE id = ? RETURNING id", (quote_id,))
            if cur.fetchone() is None:
                return False
            cur.execute("INSERT INTO changes (quote_id, op) VALUES (?, 'delete')", (quote_id,))
            return True

    def delete_article(self, article_id):
        with self._transaction() as cur:
            cur.execute("SELECT id FROM sources WHERE id = ? AND is_article = 1", (article_id,))
            if cur.fetchone() is None:
                return False
            cur.execute("SELECT DISTINCT quote_id FROM occurrences WHERE source_id = ?", (article_id,))
            quote_ids = [r[0] for r in cur.fetchall()]
            cur.execute("DELETE FROM occurrences WHERE source_id = ?", (article_id,))
            cur.execute("DELETE FROM sources WHERE id = ?", (article_id,))
            for qid in quote_ids:
                cur.execute("SELECT 1 FROM occurrences WHERE quote_id = ? LIMIT 1", (qid,))
                if cur.fetchone() is None:
                    cur.execute("DELETE FROM quotes WHERE id = ?", (qid,))
                    cur.execute("INSERT INTO changes (quote_id, op) VALUES (?, 'delete')", (qid,))
            return True

    # -- index feeding ------------------------------------------------------------------------

    def iter_quote_texts(self, batch=50_000):
        last = 0
        while True:
            with self._read() as cur:
                cur.execute("SELECT id, text FROM quotes WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
                rows = [(r[0], r[1]) for r in cur.fetchall()]
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def iter_quotes(self, batch=1000) -> Iterator[Quote]:
        last = 0
        while True:
            with self._read() as cur:
                cur.execute("SELECT id FROM quotes WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
                ids = [r[0] for r in cur.fetchall()]
                quotes = sorted(self._load_quotes(cur, ids), key=lambda q: q.id or 0) if ids else []
            if not ids:
                return
            yield from quotes
            last = ids[-1]

    def changes_since(self, seq, limit=10_000):
        with self._read() as cur:
            cur.execute("SELECT c.seq, c.quote_id, c.op, q.text FROM changes c LEFT JOIN quotes q ON q.id = c.quote_id "
                        "WHERE c.seq > ? ORDER BY c.seq LIMIT ?", (seq, limit))
            return [Change(r[0], r[1], r[2], r[3]) for r in cur.fetchall()]

    def change_marks(self, upto, count=16):
        with self._read() as cur:
            cur.execute("SELECT c.seq, c.quote_id, c.op, q.text FROM changes c LEFT JOIN quotes q ON q.id = c.quote_id "
                        "WHERE c.seq <= ? ORDER BY c.seq DESC LIMIT ?", (upto, count))
            return [(r[0], r[1], r[2], r[3]) for r in cur.fetchall()]

    def last_change(self):
        with self._read() as cur:
            cur.execute("SELECT COALESCE(MAX(seq), 0) FROM changes")
            return cur.fetchone()[0]

    def count_quotes(self):
        with self._read() as cur:
            cur.execute("SELECT COUNT(*) FROM quotes")
            return cur.fetchone()[0]

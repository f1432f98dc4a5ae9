-- Quotes, speakers, sources and where each quote stands in each source.
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT,
    wikidata TEXT,
    surname_key TEXT NOT NULL
);
CREATE INDEX speakers_surname_key ON speakers (surname_key);
CREATE UNIQUE INDEX speakers_wikidata ON speakers (wikidata) WHERE wikidata IS NOT NULL;

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_aliases_alias ON speaker_aliases (alias COLLATE NOCASE);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT,
    title TEXT,
    author TEXT,
    outlet TEXT,
    published TEXT,
    text TEXT,
    text_hash TEXT,
    is_article INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sources_url ON sources (url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX sources_text_hash ON sources (text_hash) WHERE text_hash IS NOT NULL;

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers (id),
    speaker_key INTEGER NOT NULL,  -- speaker_id, or 0 for an unknown speaker: part of the identity
    kind TEXT NOT NULL,
    date TEXT,
    context TEXT,
    first_seen TEXT,
    alternatives TEXT
);
CREATE UNIQUE INDEX quotes_identity ON quotes (text_hash, speaker_key);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE occurrences (
    quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    start INTEGER,
    "end" INTEGER,
    cue TEXT
);
CREATE UNIQUE INDEX occurrences_identity ON occurrences (quote_id, source_id, COALESCE(start, -1));
CREATE INDEX occurrences_source ON occurrences (source_id);

-- The change log in-memory indexes follow (other processes' writes, deletes included).
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    quote_id INTEGER NOT NULL,
    op TEXT NOT NULL
);

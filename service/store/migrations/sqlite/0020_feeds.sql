-- Feeds a watcher follows, with the validators of their last answer (a 304 saves reading them again),
-- and every item seen in them: what was read survives a restart, and a failed item waits for its retry.
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at REAL
);
-- status: new | claimed (a watcher is on it until due_at) | done | failed (retry at due_at) | abandoned
CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    link TEXT NOT NULL,
    title TEXT,
    status TEXT NOT NULL DEFAULT 'new',
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at REAL NOT NULL DEFAULT 0,
    last_error TEXT,
    article_id INTEGER,
    UNIQUE (feed_url, item_key)
);
CREATE INDEX feed_items_due ON feed_items (feed_url, status, due_at);

-- Shareable checks: a verify request and its answer as given, under an id derived from the request.
CREATE TABLE checks (
    id TEXT PRIMARY KEY,
    request TEXT NOT NULL,
    result TEXT NOT NULL,
    created TEXT NOT NULL
);

-- Where each piece of a quote split by its attribution stands (JSON list of [start, end]).
ALTER TABLE occurrences ADD COLUMN parts TEXT;

-- A random identity for this database file, written once: an index snapshot saved beside another database
-- at the same path (a file deleted and created again) is then never taken for this one's.
CREATE TABLE store_identity (id TEXT NOT NULL);
INSERT INTO store_identity (id) VALUES (lower(hex(randomblob(16))));

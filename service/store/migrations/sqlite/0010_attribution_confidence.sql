-- Every source credits its quote to a speaker with a confidence (0-1) and says how that attribution was
-- made: 'named', 'surname', ... (an extractor class, service/core/extract_confidence.py), 'dataset' (a
-- dataset's probability, Quotebank `probas`) or 'record' (a posted or imported record). A quote held by
-- no source keeps its record's confidence on the quote itself.
ALTER TABLE occurrences ADD COLUMN confidence REAL;
ALTER TABLE occurrences ADD COLUMN method TEXT;
ALTER TABLE quotes ADD COLUMN confidence REAL;
-- Sources stored before: the class value of how they were made. An article's quotes were extracted, class
-- unknown: the extractor's accuracy over all classes (CONFIDENCE['extracted']).
UPDATE occurrences SET method = 'extracted', confidence = 0.91
    WHERE source_id IN (SELECT id FROM sources WHERE is_article = 1);
-- A record with runner-up speakers came from a dataset's probabilities: what the runner-ups leave.
UPDATE occurrences SET method = 'dataset', confidence = (
        SELECT MAX(0.0, 1.0 - COALESCE((SELECT SUM(json_extract(a.value, '$[1]')) FROM json_each(q.alternatives) a),
                                        0.0))
        FROM quotes q WHERE q.id = occurrences.quote_id)
    WHERE method IS NULL AND quote_id IN (SELECT id FROM quotes WHERE alternatives IS NOT NULL);
-- Any other record named its speaker outright.
UPDATE occurrences SET method = 'record', confidence = 1.0 WHERE method IS NULL;
UPDATE quotes SET confidence = CASE WHEN alternatives IS NULL THEN 1.0 ELSE MAX(0.0, 1.0 - COALESCE(
        (SELECT SUM(json_extract(a.value, '$[1]')) FROM json_each(quotes.alternatives) a), 0.0)) END
    WHERE NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.quote_id = quotes.id);

-- Every source credits its quote to a speaker with a confidence (0-1) and says how that attribution was
-- made: 'named', 'surname', ... (an extractor class, service/core/extract_confidence.py), 'dataset' (a
-- dataset's probability, Quotebank `probas`) or 'record' (a posted or imported record). A quote held by
-- no source keeps its record's confidence on the quote itself.
ALTER TABLE occurrences ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE occurrences ADD COLUMN method TEXT;
ALTER TABLE quotes ADD COLUMN confidence DOUBLE PRECISION;
-- Sources stored before: the class value of how they were made. An article's quotes were extracted, class
-- unknown: the extractor's accuracy over all classes (CONFIDENCE['extracted']).
UPDATE occurrences SET method = 'extracted', confidence = 0.91
    WHERE source_id IN (SELECT id FROM sources WHERE is_article = 1);
-- A record with runner-up speakers came from a dataset's probabilities: what the runner-ups leave.
UPDATE occurrences o SET method = 'dataset', confidence = GREATEST(0.0, 1.0 - COALESCE(
        (SELECT SUM((a ->> 1)::double precision) FROM json_array_elements(q.alternatives::json) a), 0.0))
    FROM quotes q
    WHERE q.id = o.quote_id AND o.method IS NULL AND q.alternatives IS NOT NULL;
-- Any other record named its speaker outright.
UPDATE occurrences SET method = 'record', confidence = 1.0 WHERE method IS NULL;
UPDATE quotes q SET confidence = CASE WHEN q.alternatives IS NULL THEN 1.0 ELSE GREATEST(0.0, 1.0 - COALESCE(
        (SELECT SUM((a ->> 1)::double precision) FROM json_array_elements(q.alternatives::json) a), 0.0)) END
    WHERE NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.quote_id = q.id);

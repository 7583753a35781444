-- Views for dashboards (Metabase, Grafana, Superset): one row per fact, stable column names.
-- Numbers are cast to DOUBLE PRECISION so tools can chart them (the tables keep exact decimal text);
-- `time` is a UTC timestamp: the period start, else the publication date. A date claim ("disclosed on May 3")
-- has no numeric value here (its date is in the export's `value`). value_low / value_high are NULL when unbounded.
-- datetime() is SQLite's; the PostgreSQL backend defines a datetime(text) function returning a timestamp.
-- `sentence` is cut with substr, which counts code points: exact unless the text has characters outside the BMP.

CREATE VIEW v_claims AS
SELECT
    c.id AS claim_id,
    c.document_id AS document_id,
    d.source AS source,
    d.title AS title,
    d.outlet AS outlet,
    d.published AS published,
    datetime(COALESCE(c.period_start, d.published)) AS time,
    e.name AS subject,
    e.type AS subject_type,
    c.metric AS metric,
    c.metric_key AS metric_key,
    CASE WHEN c.unit_dimension = 'date' THEN NULL ELSE CAST(c.value AS DOUBLE PRECISION) END AS value,
    CASE WHEN c.unit_dimension = 'date' THEN NULL ELSE CAST(c.value_low AS DOUBLE PRECISION) END AS value_low,
    CASE WHEN c.unit_dimension = 'date' THEN NULL ELSE CAST(c.value_high AS DOUBLE PRECISION) END AS value_high,
    c.unit AS unit,
    c.qualifier AS qualifier,
    c.period_label AS period_label,
    c.period_start AS period_start,
    c.period_end AS period_end,
    c.attribution AS attribution,
    c.hedged AS hedged,
    c.confidence AS confidence,
    c.quote AS quote,
    substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN entities e ON e.id = c.subject_entity_id;

CREATE VIEW v_contradictions AS
SELECT
    x.id AS contradiction_id,
    x.kind AS kind,
    x.severity AS severity,
    x.score AS score,
    COALESCE(
        (SELECT r.status FROM review_decisions r WHERE r.fingerprint = x.fingerprint ORDER BY r.id DESC LIMIT 1),
        'open') AS status,
    x.explanation AS explanation,
    x.claim_key AS claim_key,
    COALESCE(a.time, b.time) AS time,
    a.claim_id AS a_claim_id,
    a.document_id AS a_document_id,
    a.source AS a_source,
    a.title AS a_title,
    a.outlet AS a_outlet,
    a.published AS a_published,
    a.subject AS a_subject,
    a.metric AS a_metric,
    a.value AS a_value,
    a.unit AS a_unit,
    a.qualifier AS a_qualifier,
    a.period_label AS a_period_label,
    a.attribution AS a_attribution,
    a.hedged AS a_hedged,
    a.quote AS a_quote,
    a.sentence AS a_sentence,
    b.claim_id AS b_claim_id,
    b.document_id AS b_document_id,
    b.source AS b_source,
    b.title AS b_title,
    b.outlet AS b_outlet,
    b.published AS b_published,
    b.subject AS b_subject,
    b.metric AS b_metric,
    b.value AS b_value,
    b.unit AS b_unit,
    b.qualifier AS b_qualifier,
    b.period_label AS b_period_label,
    b.attribution AS b_attribution,
    b.hedged AS b_hedged,
    b.quote AS b_quote,
    b.sentence AS b_sentence
FROM contradictions x
JOIN v_claims a ON a.claim_id = x.claim_a
JOIN v_claims b ON b.claim_id = x.claim_b;

CREATE VIEW v_entity_metric_series AS
SELECT
    v.subject AS subject,
    v.subject_type AS subject_type,
    v.metric_key AS metric_key,
    v.unit AS unit,
    v.period_label AS period_label,
    datetime(v.period_start) AS time,
    COUNT(*) AS claim_count,
    MIN(v.value) AS min_value,
    MAX(v.value) AS max_value,
    AVG(v.value) AS avg_value,
    COUNT(DISTINCT v.document_id) AS document_count
FROM v_claims v
WHERE v.unit <> 'date'
GROUP BY v.subject, v.subject_type, v.metric_key, v.unit, v.period_label, v.period_start;

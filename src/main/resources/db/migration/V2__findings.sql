-- sverka store, version 2: findings of the checks, and the user's dismissals of them.
-- A check run replaces a text's findings; dismissals are keyed by the finding's signature (a hash of
-- the check and the texts involved, not of pair numbers), so they survive re-runs and re-alignment.

CREATE TABLE findings (
    text_id      BIGINT NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    pair_number  INTEGER NOT NULL CHECK (pair_number >= 1),
    check_id     CHARACTER VARYING(64) NOT NULL,
    severity     CHARACTER VARYING(16) NOT NULL,
    message      CHARACTER VARYING NOT NULL,
    source_spans CHARACTER VARYING NOT NULL,  -- "start-end;start-end", half-open char offsets
    target_spans CHARACTER VARYING NOT NULL,
    signature    CHARACTER VARYING(128) NOT NULL,
    PRIMARY KEY (text_id, position)
);

CREATE TABLE dismissals (
    text_id      BIGINT NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
    signature    CHARACTER VARYING(128) NOT NULL,
    dismissed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (text_id, signature)
);

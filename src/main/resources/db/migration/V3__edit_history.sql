-- sverka store, version 3: each text's edit history, so that undo and redo survive a restart.
-- One row per edit in the order it was made (position from 0). Undone edits stay, marked undone, until a
-- new edit drops them. The change column holds one line written by the review package (a bead change
-- or a sentence-text change); the edit itself and its row are always written in the same transaction.

CREATE TABLE edits (
    text_id  BIGINT NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    change   CHARACTER VARYING NOT NULL,
    undone   BOOLEAN NOT NULL,
    made_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (text_id, position)
);

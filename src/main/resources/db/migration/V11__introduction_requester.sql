-- One row for each requester of PA introductions (the subject a PERSON or BROKER key names, or the key itself), on
-- which their requests queue: a request takes the row (an UPDATE of its time) before it counts the requester's
-- introductions of the last 24 hours and looks for one already open to the same PA, and holds it until it commits.
-- Without it, two requests at the same moment each counted nine and both became the tenth, or both found no open
-- introduction to a PA and both opened one.
CREATE TABLE introduction_requester (
    requester      VARCHAR(36) NOT NULL,
    last_asked_at  TIMESTAMP   NOT NULL,
    CONSTRAINT pk_introduction_requester PRIMARY KEY (requester)
);

-- A broker's answers to the new-request question pages, kept between pages until "Check your answers" makes the
-- request (then the draft is deleted). The answers are a JSON object of the form's fields; only its account reads it.
CREATE TABLE web_request_draft (
    id          VARCHAR(36)   NOT NULL,
    account_id  VARCHAR(36)   NOT NULL,
    answers     VARCHAR(8000) NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_web_request_draft PRIMARY KEY (id)
);
CREATE INDEX ix_web_request_draft_account ON web_request_draft (account_id, updated_at);

-- API keys (hash only) and the audit of changes.

CREATE TABLE api_key (
    id            VARCHAR(36)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    hint          VARCHAR(12)  NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    provider_id   VARCHAR(36),
    council_code  VARCHAR(9),
    subject_id    VARCHAR(36),
    label         VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(36),
    revoked_at    TIMESTAMP,
    last_used_at  TIMESTAMP,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (hash)
);

CREATE INDEX ix_api_key_provider ON api_key (provider_id);

CREATE TABLE audit_entry (
    id            VARCHAR(36)  NOT NULL,
    occurred_at   TIMESTAMP    NOT NULL,
    key_id        VARCHAR(36),
    actor         VARCHAR(100) NOT NULL,
    actor_role    VARCHAR(20),
    action        VARCHAR(60)  NOT NULL,
    target_type   VARCHAR(40)  NOT NULL,
    target_id     VARCHAR(64),
    outcome       VARCHAR(20)  NOT NULL,
    before_state  VARCHAR(32000),
    after_state   VARCHAR(32000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);

CREATE INDEX ix_audit_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_target ON audit_entry (target_id);
CREATE INDEX ix_audit_key ON audit_entry (key_id);

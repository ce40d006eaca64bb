-- People's accounts for the pages (web): an email address, a PBKDF2 password hash, and the same role and scope as
-- an API key (provider, council, subject), so that a signed-in person and a key are one authorisation model.
CREATE TABLE web_account (
    id             VARCHAR(36)  NOT NULL,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    provider_id    VARCHAR(36),
    council_code   VARCHAR(9),
    subject_id     VARCHAR(36),
    confirmed_at   TIMESTAMP,
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_web_account PRIMARY KEY (id),
    CONSTRAINT uq_web_account_email UNIQUE (email)
);

-- One-time links sent by email (confirm an address, reset a password): only the SHA-256 of the token is kept.
CREATE TABLE web_token (
    token_hash   VARCHAR(64) NOT NULL,
    account_id   VARCHAR(36) NOT NULL,
    purpose      VARCHAR(10) NOT NULL,
    expires_at   TIMESTAMP   NOT NULL,
    used_at      TIMESTAMP,
    CONSTRAINT pk_web_token PRIMARY KEY (token_hash)
);

-- Sessions, signed in or not yet: the cookie holds a random id, the row its SHA-256, the account (none before
-- sign-in) and the CSRF token every form carries. In the database, so that any instance can answer any request.
CREATE TABLE web_session (
    id_hash      VARCHAR(64) NOT NULL,
    account_id   VARCHAR(36),
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    expires_at   TIMESTAMP   NOT NULL,
    CONSTRAINT pk_web_session PRIMARY KEY (id_hash)
);
CREATE INDEX ix_web_session_expires ON web_session (expires_at);

-- Failed sign-ins by email address (the SHA-256 of it, whether or not an account has it, so that the limit tells
-- nobody which addresses have accounts): after too many in a row, sign-in is refused for a while.
CREATE TABLE web_sign_in_failure (
    email_hash    VARCHAR(64) NOT NULL,
    failures      INTEGER     NOT NULL,
    last_failed   TIMESTAMP   NOT NULL,
    locked_until  TIMESTAMP,
    CONSTRAINT pk_web_sign_in_failure PRIMARY KEY (email_hash)
);

-- The demo outbox: in demo mode every email the service sends is also kept here, for the demo outbox page.
CREATE TABLE web_outbox (
    id          VARCHAR(36)   NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    sent_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_web_outbox PRIMARY KEY (id)
);
CREATE INDEX ix_web_outbox_sent ON web_outbox (sent_at);

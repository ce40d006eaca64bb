-- CQC data in and kept in step: import jobs and their row errors, what CQC last said of each location, and alerts.

-- The register notes the overall rating a service's latest rating fell from (null: it did not fall), so that
-- search and matching can flag it.
ALTER TABLE care_service ADD COLUMN rating_fell_from VARCHAR(25);

CREATE TABLE cqc_import (
    id                  VARCHAR(36)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    source              VARCHAR(200),
    full_file           SMALLINT      NOT NULL,
    requested_by        VARCHAR(36),
    requested_at        TIMESTAMP     NOT NULL,
    started_at          TIMESTAMP,
    finished_at         TIMESTAMP,
    heartbeat_at        TIMESTAMP     NOT NULL,
    rows_total          INTEGER       NOT NULL,
    rows_done           INTEGER       NOT NULL,
    created             INTEGER       NOT NULL,
    updated             INTEGER       NOT NULL,
    unchanged           INTEGER       NOT NULL,
    deregistered        INTEGER       NOT NULL,
    skipped             INTEGER       NOT NULL,
    failed              INTEGER       NOT NULL,
    exact_postcodes     INTEGER       NOT NULL,
    district_postcodes  INTEGER       NOT NULL,
    providers_created   INTEGER       NOT NULL,
    alerts_raised       INTEGER       NOT NULL,
    not_found           INTEGER       NOT NULL,
    failure             VARCHAR(1000),
    CONSTRAINT pk_cqc_import PRIMARY KEY (id),
    CONSTRAINT ck_cqc_import_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
CREATE INDEX ix_cqc_import_requested ON cqc_import (requested_at);
CREATE INDEX ix_cqc_import_status ON cqc_import (status);

CREATE TABLE cqc_import_error (
    import_id    VARCHAR(36)  NOT NULL,
    seq          INTEGER      NOT NULL,
    line         INTEGER,
    location_id  VARCHAR(40),
    field        VARCHAR(60),
    message      VARCHAR(500) NOT NULL,
    CONSTRAINT pk_cqc_import_error PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_cqc_import_error_import FOREIGN KEY (import_id) REFERENCES cqc_import (id)
);

-- What CQC last said of a location this register follows: a fingerprint of the record per source (directory file
-- or API), so that an unchanged record is recognised without touching the register.
CREATE TABLE cqc_location (
    location_id       VARCHAR(20)  NOT NULL,
    service_id        VARCHAR(36),
    provider_id       VARCHAR(20),
    service_types     VARCHAR(300),
    last_check        DATE,
    local_authority   VARCHAR(100),
    registered        SMALLINT     NOT NULL,
    directory_print   VARCHAR(64),
    api_print         VARCHAR(64),
    last_import_id    VARCHAR(36)  NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    CONSTRAINT pk_cqc_location PRIMARY KEY (location_id)
);
CREATE INDEX ix_cqc_location_registered ON cqc_location (registered);

CREATE TABLE cqc_alert (
    id               VARCHAR(36)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    service_id       VARCHAR(36)  NOT NULL,
    cqc_location_id  VARCHAR(20)  NOT NULL,
    service_name     VARCHAR(200) NOT NULL,
    council_code     VARCHAR(9)   NOT NULL,
    rating_before    VARCHAR(25),
    rating_after     VARCHAR(25),
    detail           VARCHAR(300) NOT NULL,
    import_id        VARCHAR(36)  NOT NULL,
    raised_at        TIMESTAMP    NOT NULL,
    CONSTRAINT pk_cqc_alert PRIMARY KEY (id),
    CONSTRAINT ck_cqc_alert_kind CHECK (kind IN ('RATING_FELL', 'DEREGISTERED', 'DORMANT'))
);
CREATE INDEX ix_cqc_alert_council ON cqc_alert (council_code, raised_at);
CREATE INDEX ix_cqc_alert_service ON cqc_alert (service_id);

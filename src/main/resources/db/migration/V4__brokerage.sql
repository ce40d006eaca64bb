-- Brokerage: care-package requests, the offers sent for them, and what matching needs to follow the market.

-- When anything matching reads of a service last changed (register record, vacancy report, award): an index kept
-- in memory by each instance catches up from here, so several instances on one database stay in step.
ALTER TABLE care_service ADD COLUMN market_changed_at TIMESTAMP;
UPDATE care_service SET market_changed_at = updated_at;
CREATE INDEX ix_care_service_changed ON care_service (market_changed_at);

-- A vacancy history row is either a provider's REPORT or an AWARD that took capacity.
ALTER TABLE vacancy_history ADD COLUMN source VARCHAR(10) DEFAULT 'REPORT' NOT NULL;

CREATE TABLE care_package (
    id                   VARCHAR(36)      NOT NULL,
    version              BIGINT           NOT NULL,
    reference            VARCHAR(60),
    council_code         VARCHAR(9)       NOT NULL,
    requested_by         VARCHAR(36)      NOT NULL,
    requester_role       VARCHAR(20)      NOT NULL,
    kind                 VARCHAR(30)      NOT NULL,
    postcode             VARCHAR(8)       NOT NULL,
    district             VARCHAR(4)       NOT NULL,
    latitude             DOUBLE PRECISION NOT NULL,
    longitude            DOUBLE PRECISION NOT NULL,
    family_postcode      VARCHAR(8),
    family_latitude      DOUBLE PRECISION,
    family_longitude     DOUBLE PRECISION,
    start_date           DATE             NOT NULL,
    urgency              VARCHAR(20)      NOT NULL,
    specialisms          VARCHAR(400),
    line_type            VARCHAR(40),
    double_handed        SMALLINT         NOT NULL,
    carer_gender         VARCHAR(10),
    care_language        VARCHAR(60),
    faith_or_culture     VARCHAR(100),
    funding              VARCHAR(30)      NOT NULL,
    price_cap            DECIMAL(10,2),
    min_rating           VARCHAR(25)      NOT NULL,
    include_not_rated    SMALLINT         NOT NULL,
    max_distance_km      DOUBLE PRECISION NOT NULL,
    current_provider_id  VARCHAR(36),
    notes                VARCHAR(1000),
    status               VARCHAR(20)      NOT NULL,
    close_reason         VARCHAR(30),
    close_note           VARCHAR(500),
    created_at           TIMESTAMP        NOT NULL,
    first_offer_at       TIMESTAMP,
    closed_at            TIMESTAMP,
    awarded_offer_id     VARCHAR(36),
    CONSTRAINT pk_care_package PRIMARY KEY (id)
);

CREATE INDEX ix_care_package_council ON care_package (council_code, created_at);
CREATE INDEX ix_care_package_requester ON care_package (requested_by, created_at);

CREATE TABLE care_package_visit (
    package_id      VARCHAR(36) NOT NULL,
    visit_position  INTEGER     NOT NULL,
    time_band       VARCHAR(10) NOT NULL,
    days            VARCHAR(10) NOT NULL,
    hours_per_week  INTEGER     NOT NULL,
    CONSTRAINT pk_care_package_visit PRIMARY KEY (package_id, visit_position),
    CONSTRAINT fk_care_package_visit FOREIGN KEY (package_id) REFERENCES care_package (id),
    CONSTRAINT ck_care_package_visit_hours CHECK (hours_per_week > 0)
);

CREATE TABLE care_offer (
    id              VARCHAR(36)   NOT NULL,
    version         BIGINT        NOT NULL,
    package_id      VARCHAR(36)   NOT NULL,
    service_id      VARCHAR(36)   NOT NULL,
    provider_id     VARCHAR(36)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    score           DOUBLE PRECISION,
    sent_by         VARCHAR(36)   NOT NULL,
    sent_at         TIMESTAMP     NOT NULL,
    expires_at      TIMESTAMP     NOT NULL,
    responded_at    TIMESTAMP,
    price           DECIMAL(10,2),
    decline_reason  VARCHAR(30),
    note            VARCHAR(500),
    CONSTRAINT pk_care_offer PRIMARY KEY (id),
    CONSTRAINT uq_care_offer_service UNIQUE (package_id, service_id),
    CONSTRAINT fk_care_offer_package FOREIGN KEY (package_id) REFERENCES care_package (id),
    CONSTRAINT fk_care_offer_service FOREIGN KEY (service_id) REFERENCES care_service (id)
);

CREATE INDEX ix_care_offer_provider ON care_offer (provider_id, sent_at);

-- The provider register. Written once for both Derby and PostgreSQL: only types and syntax the two share.

CREATE TABLE provider (
    id                      VARCHAR(36)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    cqc_provider_id         VARCHAR(20),
    ownership               VARCHAR(20)  NOT NULL,
    companies_house_number  VARCHAR(8),
    charity_number          VARCHAR(12),
    phone                   VARCHAR(30),
    email                   VARCHAR(254),
    website                 VARCHAR(500),
    version                 BIGINT       NOT NULL,
    created_at              TIMESTAMP    NOT NULL,
    updated_at              TIMESTAMP    NOT NULL,
    CONSTRAINT pk_provider PRIMARY KEY (id),
    CONSTRAINT uq_provider_cqc_provider_id UNIQUE (cqc_provider_id)
);

CREATE INDEX ix_provider_name ON provider (name);

CREATE TABLE care_service (
    id                    VARCHAR(36)      NOT NULL,
    provider_id           VARCHAR(36)      NOT NULL,
    kind                  VARCHAR(30)      NOT NULL,
    cqc_location_id       VARCHAR(20),
    name                  VARCHAR(200)     NOT NULL,
    address_line1         VARCHAR(200)     NOT NULL,
    address_line2         VARCHAR(200),
    town                  VARCHAR(100),
    postcode              VARCHAR(8)       NOT NULL,
    district              VARCHAR(4)       NOT NULL,
    latitude              DOUBLE PRECISION NOT NULL,
    longitude             DOUBLE PRECISION NOT NULL,
    coordinate_precision  VARCHAR(20)      NOT NULL,
    council_code          VARCHAR(9)       NOT NULL,
    council_name          VARCHAR(100)     NOT NULL,
    status                VARCHAR(20)      NOT NULL,
    rating_overall        VARCHAR(25)      NOT NULL,
    rating_safe           VARCHAR(25)      NOT NULL,
    rating_effective      VARCHAR(25)      NOT NULL,
    rating_caring         VARCHAR(25)      NOT NULL,
    rating_responsive     VARCHAR(25)      NOT NULL,
    rating_well_led       VARCHAR(25)      NOT NULL,
    rating_report_date    DATE,
    capacity              INTEGER          NOT NULL,
    phone                 VARCHAR(30),
    email                 VARCHAR(254),
    website               VARCHAR(500),
    version               BIGINT           NOT NULL,
    created_at            TIMESTAMP        NOT NULL,
    updated_at            TIMESTAMP        NOT NULL,
    CONSTRAINT pk_care_service PRIMARY KEY (id),
    CONSTRAINT fk_care_service_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT uq_care_service_cqc_location_id UNIQUE (cqc_location_id),
    CONSTRAINT ck_care_service_capacity CHECK (capacity >= 0)
);

CREATE INDEX ix_care_service_provider ON care_service (provider_id);
CREATE INDEX ix_care_service_place ON care_service (latitude, longitude);
CREATE INDEX ix_care_service_council_kind ON care_service (council_code, kind);
CREATE INDEX ix_care_service_district ON care_service (district);
CREATE INDEX ix_care_service_name ON care_service (name);

CREATE TABLE care_service_specialism (
    service_id  VARCHAR(36) NOT NULL,
    specialism  VARCHAR(40) NOT NULL,
    CONSTRAINT pk_care_service_specialism PRIMARY KEY (service_id, specialism),
    CONSTRAINT fk_care_service_specialism_service FOREIGN KEY (service_id) REFERENCES care_service (id)
);

CREATE INDEX ix_care_service_specialism ON care_service_specialism (specialism);

CREATE TABLE care_service_rating_history (
    service_id          VARCHAR(36) NOT NULL,
    rating_overall      VARCHAR(25) NOT NULL,
    rating_safe         VARCHAR(25) NOT NULL,
    rating_effective    VARCHAR(25) NOT NULL,
    rating_caring       VARCHAR(25) NOT NULL,
    rating_responsive   VARCHAR(25) NOT NULL,
    rating_well_led     VARCHAR(25) NOT NULL,
    rating_report_date  DATE,
    replaced_at         TIMESTAMP   NOT NULL,
    CONSTRAINT fk_rating_history_service FOREIGN KEY (service_id) REFERENCES care_service (id)
);

CREATE INDEX ix_rating_history_service ON care_service_rating_history (service_id);

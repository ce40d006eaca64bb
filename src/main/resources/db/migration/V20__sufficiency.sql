-- Market sufficiency: imported population projections, the figures a commissioner enters (fee rates, Fair Cost of
-- Care medians, workforce, funded people by age), council-defined localities, market rating overrides and market
-- position statement editions (a published edition's rendered files are kept as they were published).

CREATE TABLE suff_population (
    area_code    VARCHAR(9)       NOT NULL,
    proj_year    INTEGER          NOT NULL,
    age          INTEGER          NOT NULL,
    area_name    VARCHAR(100)     NOT NULL,
    persons      DOUBLE PRECISION NOT NULL,
    source       VARCHAR(300)     NOT NULL,
    imported_at  TIMESTAMP        NOT NULL,
    CONSTRAINT pk_suff_population PRIMARY KEY (area_code, proj_year, age)
);

CREATE TABLE suff_reference (
    council_code VARCHAR(9)    NOT NULL,
    code         VARCHAR(60)   NOT NULL,
    figure       DECIMAL(14,4) NOT NULL,
    as_of        DATE          NOT NULL,
    source       VARCHAR(300)  NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    updated_by   VARCHAR(100),
    CONSTRAINT pk_suff_reference PRIMARY KEY (council_code, code)
);

CREATE TABLE suff_locality (
    council_code VARCHAR(9)    NOT NULL,
    name         VARCHAR(60)   NOT NULL,
    districts    VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_suff_locality PRIMARY KEY (council_code, name)
);

CREATE TABLE suff_rating (
    council_code VARCHAR(9)    NOT NULL,
    market       VARCHAR(30)   NOT NULL,
    dimension    VARCHAR(30)   NOT NULL,
    rating       VARCHAR(30)   NOT NULL,
    derived      VARCHAR(30)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    assessed_on  DATE          NOT NULL,
    set_by       VARCHAR(100),
    set_at       TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_suff_rating PRIMARY KEY (council_code, market, dimension)
);

CREATE TABLE suff_edition (
    id           VARCHAR(36)   NOT NULL,
    version      BIGINT        NOT NULL,
    council_code VARCHAR(9)    NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    narrative    VARCHAR(32000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    published_on DATE,
    published_at TIMESTAMP,
    CONSTRAINT pk_suff_edition PRIMARY KEY (id)
);
CREATE INDEX ix_suff_edition_council ON suff_edition (council_code, status);

CREATE TABLE suff_edition_file (
    edition_id   VARCHAR(36)    NOT NULL,
    name         VARCHAR(60)    NOT NULL,
    part         INTEGER        NOT NULL,
    content      VARCHAR(30000) NOT NULL,
    CONSTRAINT pk_suff_edition_file PRIMARY KEY (edition_id, name, part)
);

-- Personal assistants: profiles PAs keep themselves, and introductions between them and the people who employ them.

CREATE TABLE personal_assistant (
    id                     VARCHAR(36)      NOT NULL,
    version                BIGINT           NOT NULL,
    owner_id               VARCHAR(36)      NOT NULL,
    first_name             VARCHAR(40)      NOT NULL,
    last_initial           VARCHAR(1)       NOT NULL,
    postcode               VARCHAR(8),
    district               VARCHAR(4)       NOT NULL,
    latitude               DOUBLE PRECISION NOT NULL,
    longitude              DOUBLE PRECISION NOT NULL,
    coordinate_precision   VARCHAR(20)      NOT NULL,
    council_code           VARCHAR(9)       NOT NULL,
    travel_km              INTEGER          NOT NULL,
    travel_districts       VARCHAR(200),
    skills                 BIGINT           NOT NULL,
    qualifications         VARCHAR(1100),
    experience_years       INTEGER          NOT NULL,
    languages              VARCHAR(500),
    gender                 VARCHAR(10),
    interests              VARCHAR(300),
    rate_from              DECIMAL(6,2)     NOT NULL,
    rate_to                DECIMAL(6,2)     NOT NULL,
    available_from         DATE             NOT NULL,
    availability           INTEGER          NOT NULL,
    dbs_level              VARCHAR(40),
    dbs_certificate_date   DATE,
    dbs_update_service     SMALLINT         NOT NULL,
    right_to_work_checked  SMALLINT         NOT NULL,
    insurance_expiry       DATE,
    phone                  VARCHAR(20),
    email                  VARCHAR(254),
    listed                 SMALLINT         NOT NULL,
    verified_on            DATE,
    verified_by            VARCHAR(36),
    verification_note      VARCHAR(300),
    created_at             TIMESTAMP        NOT NULL,
    updated_at             TIMESTAMP        NOT NULL,
    CONSTRAINT pk_personal_assistant PRIMARY KEY (id),
    CONSTRAINT uq_personal_assistant_owner UNIQUE (owner_id),
    CONSTRAINT ck_personal_assistant_travel CHECK (travel_km BETWEEN 1 AND 50),
    CONSTRAINT ck_personal_assistant_rate CHECK (rate_from > 0 AND rate_to >= rate_from)
);

CREATE INDEX ix_personal_assistant_updated ON personal_assistant (updated_at);

CREATE TABLE assistant_introduction (
    id              VARCHAR(36)   NOT NULL,
    version         BIGINT        NOT NULL,
    assistant_id    VARCHAR(36)   NOT NULL,
    requested_by    VARCHAR(36)   NOT NULL,
    requester_role  VARCHAR(20)   NOT NULL,
    council_code    VARCHAR(9),
    district        VARCHAR(4)    NOT NULL,
    needs           BIGINT        NOT NULL,
    slots           INTEGER       NOT NULL,
    message         VARCHAR(1000) NOT NULL,
    contact_name    VARCHAR(80)   NOT NULL,
    contact_phone   VARCHAR(20),
    contact_email   VARCHAR(254),
    status          VARCHAR(20)   NOT NULL,
    answer          VARCHAR(500),
    created_at      TIMESTAMP     NOT NULL,
    answered_at     TIMESTAMP,
    CONSTRAINT pk_assistant_introduction PRIMARY KEY (id),
    CONSTRAINT fk_assistant_introduction_pa FOREIGN KEY (assistant_id) REFERENCES personal_assistant (id)
);

CREATE INDEX ix_introduction_requester ON assistant_introduction (requested_by, created_at);
CREATE INDEX ix_introduction_assistant ON assistant_introduction (assistant_id, created_at);
CREATE INDEX ix_introduction_status ON assistant_introduction (status);

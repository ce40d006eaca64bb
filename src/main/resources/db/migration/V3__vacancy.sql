-- Vacancies: the current report of each service, its lines, and the append-only history.
-- Flags are SMALLINT 0/1: EclipseLink writes booleans to Derby as integers, and SMALLINT reads the same in both databases.

CREATE TABLE vacancy_state (
    service_id            VARCHAR(36)   NOT NULL,
    version               BIGINT        NOT NULL,
    reported_at           TIMESTAMP     NOT NULL,
    reported_by           VARCHAR(36),
    accepting             SMALLINT      NOT NULL,
    not_accepting_reason  VARCHAR(200),
    weekly_fee            DECIMAL(10,2),
    double_handed_calls   SMALLINT      NOT NULL,
    room_features         VARCHAR(200),
    CONSTRAINT pk_vacancy_state PRIMARY KEY (service_id),
    CONSTRAINT fk_vacancy_state_service FOREIGN KEY (service_id) REFERENCES care_service (id)
);

CREATE TABLE vacancy_line (
    service_id     VARCHAR(36) NOT NULL,
    line_position  INTEGER     NOT NULL,
    line_kind      VARCHAR(20) NOT NULL,
    line_type      VARCHAR(40),
    district       VARCHAR(4),
    time_band      VARCHAR(10),
    days           VARCHAR(10),
    available      INTEGER     NOT NULL,
    held           INTEGER     NOT NULL,
    closed         INTEGER     NOT NULL,
    CONSTRAINT pk_vacancy_line PRIMARY KEY (service_id, line_position),
    CONSTRAINT fk_vacancy_line_state FOREIGN KEY (service_id) REFERENCES vacancy_state (service_id),
    CONSTRAINT ck_vacancy_line_counts CHECK (available >= 0 AND held >= 0 AND closed >= 0)
);

CREATE TABLE vacancy_history (
    id           VARCHAR(36)    NOT NULL,
    service_id   VARCHAR(36)    NOT NULL,
    version      BIGINT         NOT NULL,
    reported_at  TIMESTAMP      NOT NULL,
    reported_by  VARCHAR(36),
    capacity     INTEGER        NOT NULL,
    available    INTEGER        NOT NULL,
    held         INTEGER        NOT NULL,
    closed       INTEGER        NOT NULL,
    accepting    SMALLINT       NOT NULL,
    report       VARCHAR(32000) NOT NULL,
    CONSTRAINT pk_vacancy_history PRIMARY KEY (id),
    CONSTRAINT uq_vacancy_history_version UNIQUE (service_id, version),
    CONSTRAINT fk_vacancy_history_service FOREIGN KEY (service_id) REFERENCES care_service (id)
);

CREATE INDEX ix_vacancy_history_time ON vacancy_history (service_id, reported_at);

-- What the directory search needs of the current report, kept on the service by the vacancy capability.
ALTER TABLE care_service ADD COLUMN available_now INTEGER;
ALTER TABLE care_service ADD COLUMN available_types VARCHAR(300);
ALTER TABLE care_service ADD COLUMN accepting SMALLINT;
ALTER TABLE care_service ADD COLUMN vacancy_reported_at TIMESTAMP;
CREATE INDEX ix_care_service_vacancy ON care_service (available_now, vacancy_reported_at);

-- The "same-day" measure (五个当天: applied, accepted, approved and assigned on one day, product.md capability 2).
-- One row per granted application (or aid given first, LAL art. 44), written when intake publishes the grant and
-- completed when the first assigned provider accepts. Days are calendar days in China time, stored as dates so the
-- measure is one GROUP BY on either database. unit_path is the centre's path (data scope).
CREATE TABLE statistics_granted_application (
    application_id   BIGINT       PRIMARY KEY,
    number           VARCHAR(40)  NOT NULL,
    centre_id        BIGINT       NOT NULL,
    unit_path        VARCHAR(400) NOT NULL,
    region_code      VARCHAR(12)  NOT NULL,
    matter_code      VARCHAR(40)  NOT NULL,
    green_channel    BOOLEAN      NOT NULL,
    aid_first        BOOLEAN      NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_day     DATE         NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_day      DATE         NOT NULL,
    assigned_at      TIMESTAMP WITH TIME ZONE,
    assigned_day     DATE,
    accepted_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX statistics_granted_scope ON statistics_granted_application (unit_path, received_day);

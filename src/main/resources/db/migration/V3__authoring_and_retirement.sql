-- Who wrote each revision (seeds are "Boundary Lab"), and which vignettes are retired:
-- hidden from new attempts, kept with every revision for the reports made against them.
ALTER TABLE vignette_version ADD COLUMN author VARCHAR(120) DEFAULT 'Boundary Lab' NOT NULL;

CREATE TABLE vignette_retirement (
    vignette_id VARCHAR(100) PRIMARY KEY,
    retired_by  VARCHAR(64)  NOT NULL,
    retired_at  TIMESTAMP    NOT NULL
);

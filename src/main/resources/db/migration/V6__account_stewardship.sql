-- Who created an account (a supervisor manages the trainees they created or who are in their
-- sessions), and whether its holder must choose a new password at the next sign-in (after a reset).
ALTER TABLE user_account ADD COLUMN created_by BIGINT REFERENCES user_account (id);
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Who may publish a new version of a case: its author (the account that wrote version 1) or an
-- admin; a seed case (no author account) only an admin. Cases written before this column are
-- given the account whose display name wrote them, where exactly one staff account has that name.
ALTER TABLE vignette_version ADD COLUMN author_id BIGINT REFERENCES user_account (id);
UPDATE vignette_version SET author_id = (SELECT MIN(u.id) FROM user_account u
        WHERE u.display_name = vignette_version.author AND u.role <> 'TRAINEE')
    WHERE origin NOT LIKE 'seed:%'
      AND (SELECT COUNT(*) FROM user_account u WHERE u.display_name = vignette_version.author AND u.role <> 'TRAINEE') = 1;

-- A trainee may let their supervisors see their private practice (attempts outside any session,
-- on cases none of the supervisor's sessions assigned). Off unless the trainee turns it on.
ALTER TABLE user_account ADD COLUMN share_practice BOOLEAN DEFAULT FALSE NOT NULL;

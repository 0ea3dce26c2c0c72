-- Who created an account (a supervisor manages the trainees they created or who are in their
-- sessions), and whether its holder must choose a new password at the next sign-in (after a reset).
ALTER TABLE user_account ADD COLUMN created_by BIGINT REFERENCES user_account (id);
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Invites an admin can list and revoke: a public id that is not the code, and when it was revoked.
ALTER TABLE invites ADD COLUMN public_id TEXT;
ALTER TABLE invites ADD COLUMN revoked_at INTEGER;
CREATE UNIQUE INDEX invites_by_public_id ON invites (public_id);

-- Data rights and unattended rooms: what a room does while nobody is on duty, and how long its messages
-- are kept (NULL: the organisation's retention_days applies).
ALTER TABLE rooms ADD COLUMN unattended TEXT NOT NULL DEFAULT 'open' CHECK (unattended IN ('open', 'slow', 'lock'));
ALTER TABLE rooms ADD COLUMN retention_days INTEGER CHECK (retention_days IS NULL OR retention_days BETWEEN 1 AND 36500);

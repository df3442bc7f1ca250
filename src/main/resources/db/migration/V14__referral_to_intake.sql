-- A consultation may be referred to a centre's intake: the centre registers an application pre-filled from it.
-- The receiving centre sees and moves on referrals addressed to it (target_unit_path), as the referring unit does.
ALTER TABLE hotline_referral ADD COLUMN target_unit_path VARCHAR(400);
UPDATE hotline_referral SET target_unit_path = (SELECT u.unit_path FROM network_unit u WHERE u.id = hotline_referral.target_unit_id)
WHERE target_unit_id IS NOT NULL;
ALTER TABLE hotline_referral DROP CONSTRAINT hotline_referral_kind;
ALTER TABLE hotline_referral ADD CONSTRAINT hotline_referral_kind CHECK (
    (target_kind IN ('CENTRE', 'INTAKE') AND target_unit_id IS NOT NULL AND target_unit_path IS NOT NULL AND target_hotline IS NULL)
    OR (target_kind = 'HOTLINE' AND target_hotline IN ('12345', '12333', '12338') AND target_unit_id IS NULL));
CREATE INDEX hotline_referral_target ON hotline_referral (target_unit_path, status, due_at);

-- The referral an application was registered from, if any.
ALTER TABLE intake_application ADD COLUMN referral_id BIGINT;

-- The fifth "same day" (当天援助): the day aid began, taken as the day the provider signed the agreement with the
-- assisted person (casework's ENGAGE, the first move of the provider's own work on the case).
ALTER TABLE statistics_granted_application ADD COLUMN aided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE statistics_granted_application ADD COLUMN aided_day DATE;

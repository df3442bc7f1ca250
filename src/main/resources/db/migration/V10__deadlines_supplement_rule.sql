-- D5: the period given in the one-time notice to supplement materials (LAL art. 43 para. 2). The law sets no
-- figure [M]; 15 calendar days by default, which a region may change on the deadline-rules page.
INSERT INTO deadlines_rule (code, region_prefix, title, amount, unit, start_event, source) VALUES
('D5', '', '申请人按一次性告知补充材料或者作出说明', 15, 'CALENDAR_DAY', 'NOTICE_SERVED',
 '法律援助法第43条第2款（补充期限无全国统一规定，默认15日，可按地区调整）');

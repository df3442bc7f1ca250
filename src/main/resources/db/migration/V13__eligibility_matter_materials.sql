-- Materials a matter needs beyond the defaults every application needs (application form, identity document,
-- case materials). Regs2003 art. 17 lists "materials related to the matter"; which ones per matter is practice
-- and configurable [M]: a region adds its own rows with its division-code prefix.
CREATE TABLE eligibility_matter_material (
    matter_code   VARCHAR(40) NOT NULL,
    region_prefix VARCHAR(12) NOT NULL DEFAULT '',
    material_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (matter_code, region_prefix, material_code)
);

INSERT INTO eligibility_matter_material (matter_code, region_prefix, material_code) VALUES
('A24',   '', 'CRIMINAL_DOCUMENTS'),
('A29',   '', 'CRIMINAL_DOCUMENTS'),
('A33',   '', 'RETRIAL_DOCUMENTS'),
('A31.4', '', 'KINSHIP_PROOF'),
('A31.5', '', 'LABOUR_EVIDENCE'),
('A31.7', '', 'INJURY_EVIDENCE');

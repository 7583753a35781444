-- What a premium or discount compares (Claim.PremiumTo): the key of the price the claim's subject offers, and whose
-- price, under which key, on which day, it is measured against ("a premium of 27% to Brightwater's closing price on
-- Friday"). Null for every other claim.
ALTER TABLE claims ADD COLUMN premium_price_key TEXT;
ALTER TABLE claims ADD COLUMN premium_base_subject TEXT;
ALTER TABLE claims ADD COLUMN premium_base_subject_type TEXT;
ALTER TABLE claims ADD COLUMN premium_base_key TEXT;
ALTER TABLE claims ADD COLUMN premium_base_label TEXT;
ALTER TABLE claims ADD COLUMN premium_base_start TEXT;
ALTER TABLE claims ADD COLUMN premium_base_end TEXT;
ALTER TABLE claims ADD COLUMN premium_is_discount INTEGER;

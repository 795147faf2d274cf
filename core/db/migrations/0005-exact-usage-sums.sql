-- Daily usage sums that cannot overflow (core/numeric/quantity.h, QuantityParts): the whole
-- units of 10^4 records of 10^15 already passed the 64-bit quantity_whole of 0002, which wrapped
-- on SQLite and PostgreSQL alike. The sum is now kept in four parts, each growing by less than
-- 10^6 per record: quantity = (quantity_e12 x 10^12 + quantity_e6 x 10^6 + quantity_e0)
-- + quantity_micros / 10^6.
--
-- The rollups are a cache of usage_record: they are emptied here, the reports read the raw
-- records meanwhile, and the next import (or a change of business.timezone) rebuilds them.

DROP TABLE usage_daily;
CREATE TABLE usage_daily (
    channel_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    quantity_e12 BIGINT NOT NULL,
    quantity_e6 BIGINT NOT NULL,
    quantity_e0 BIGINT NOT NULL,
    quantity_micros BIGINT NOT NULL,
    records BIGINT NOT NULL,
    PRIMARY KEY (channel_id, product_id, day)
);
DELETE FROM usage_spanning;
DELETE FROM usage_activity;

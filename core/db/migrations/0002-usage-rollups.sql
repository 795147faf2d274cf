-- Pre-aggregated usage for the reports (core/report/usagerollup.h), kept in step with
-- usage_record by the importer in the same transaction, and rebuilt when business.timezone
-- changes. A day is a local day number (days since 1970-01-01) in business.timezone.

-- Records that lie within one business day, summed per channel, product and day.
CREATE TABLE usage_daily (
    channel_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    quantity_whole BIGINT NOT NULL,
    quantity_micros BIGINT NOT NULL,
    records BIGINT NOT NULL,
    PRIMARY KEY (channel_id, product_id, day)
);

-- Records that cross a business-day boundary, kept one by one for exact proration.
CREATE TABLE usage_spanning (
    usage_id BIGINT PRIMARY KEY,
    channel_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    start_at BIGINT NOT NULL,
    end_at BIGINT NOT NULL,
    quantity_whole BIGINT NOT NULL,
    quantity_micros BIGINT NOT NULL
);
CREATE INDEX usage_spanning_channel ON usage_spanning (channel_id, start_at);

-- The days of a month (bit d-1 for day d) on which an account used a product, for distinct
-- account counts. month = year * 12 + month - 1.
CREATE TABLE usage_activity (
    account_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    day_bits BIGINT NOT NULL,
    PRIMARY KEY (account_id, product_id, month)
);
-- Covering, so that counting the accounts of a range never reads the table.
CREATE INDEX usage_activity_channel ON usage_activity (channel_id, product_id, month, account_id,
    day_bits);

-- The data model: who sells to whom, what was used, at what rate, and the billing documents.
-- Instants are UTC milliseconds since the epoch (BIGINT); dates are ISO YYYY-MM-DD text.
-- Money is stored in minor units of its currency (BIGINT); usage quantities as a whole part and
-- millionths, so that SUM() stays exact on both databases (see core/numeric/quantity.h).
-- %ID% is expanded per database by Dialect::expandSchema().

CREATE TABLE billing_group (
    id %ID%,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE channel (
    id %ID%,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    billing_group_id BIGINT REFERENCES billing_group (id),
    currency TEXT NOT NULL
);
CREATE INDEX channel_billing_group ON channel (billing_group_id);

CREATE TABLE account (
    id %ID%,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    channel_id BIGINT NOT NULL REFERENCES channel (id)
);
CREATE INDEX account_channel ON account (channel_id);

CREATE TABLE product (
    id %ID%,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    uom TEXT NOT NULL
);

-- A utility rate: price per unit of a product in a currency, in effect from 00:00 of
-- effective_from in the business time zone. channel_id NULL is the default rate card.
CREATE TABLE rate (
    id %ID%,
    product_id BIGINT NOT NULL REFERENCES product (id),
    currency TEXT NOT NULL,
    rate TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    channel_id BIGINT REFERENCES channel (id)
);
CREATE INDEX rate_product ON rate (product_id, currency, effective_from);

CREATE TABLE usage_record (
    id %ID%,
    external_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    start_at BIGINT NOT NULL,
    end_at BIGINT NOT NULL,
    quantity_whole BIGINT NOT NULL,
    quantity_micros BIGINT NOT NULL,
    CHECK (end_at > start_at),
    CHECK (quantity_whole >= 0 AND quantity_micros >= 0 AND quantity_micros < 1000000)
);
CREATE INDEX usage_record_start ON usage_record (start_at);
CREATE INDEX usage_record_account ON usage_record (account_id, product_id);

CREATE TABLE account_statement (
    id %ID%,
    external_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    posted_at BIGINT NOT NULL,
    balance_forward BIGINT NOT NULL,
    payments BIGINT NOT NULL,
    credits BIGINT NOT NULL,
    new_charges BIGINT NOT NULL,
    net_balance BIGINT NOT NULL,
    currency TEXT NOT NULL
);
CREATE INDEX account_statement_posted ON account_statement (posted_at);

CREATE TABLE invoice (
    id %ID%,
    external_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    number TEXT NOT NULL,
    posted_at BIGINT NOT NULL,
    service_start TEXT NOT NULL,
    service_end TEXT NOT NULL,
    subtotal BIGINT NOT NULL,
    discount BIGINT NOT NULL,
    tax BIGINT NOT NULL,
    total BIGINT NOT NULL,
    currency TEXT NOT NULL
);
CREATE INDEX invoice_posted ON invoice (posted_at);

-- Lines of an invoice; amount and unit_price as exact decimal text.
CREATE TABLE invoice_item (
    id %ID%,
    external_id TEXT NOT NULL UNIQUE,
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    description TEXT NOT NULL,
    amount BIGINT NOT NULL,
    unit_price TEXT NOT NULL,
    chargeable_usage TEXT NOT NULL
);
CREATE INDEX invoice_item_invoice ON invoice_item (invoice_id);

CREATE TABLE payment (
    id %ID%,
    external_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    type TEXT NOT NULL CHECK (type IN ('PAYMENT', 'CREDIT')),
    created_at BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    reference TEXT NOT NULL,
    memo TEXT NOT NULL
);
CREATE INDEX payment_created ON payment (created_at);

CREATE TABLE payment_failure (
    id %ID%,
    external_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    created_at BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status_code TEXT NOT NULL,
    memo TEXT NOT NULL
);
CREATE INDEX payment_failure_created ON payment_failure (created_at);

-- Configuration shared by the GUI, the CLI and the export job (core/config/configuration.h).
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One run of the daily billing export for one business date.
CREATE TABLE export_run (
    id %ID%,
    business_date TEXT NOT NULL,
    run_trigger TEXT NOT NULL,
    triggered_by TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    status TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX export_run_date ON export_run (business_date);

-- What one run did for one channel.
CREATE TABLE export_run_channel (
    run_id BIGINT NOT NULL REFERENCES export_run (id),
    channel_id BIGINT NOT NULL REFERENCES channel (id),
    status TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, channel_id)
);

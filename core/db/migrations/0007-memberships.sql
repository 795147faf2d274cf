-- Effective-dated membership (core/report/membership.h): a channel's billing group and an
-- account's channel have a history. A row applies from 00:00 of effective_from (an ISO business
-- date) in the business time zone until the next row of the same channel or account.
-- effective_from '0001-01-01' means "from the beginning". channel.billing_group_id and
-- account.channel_id stay the membership in effect today (what the GUI's tree shows); the
-- importer keeps them in step with these tables. Independent of migration 0006.

CREATE TABLE channel_membership (
    channel_id BIGINT NOT NULL REFERENCES channel (id),
    billing_group_id BIGINT REFERENCES billing_group (id),
    effective_from TEXT NOT NULL,
    PRIMARY KEY (channel_id, effective_from)
);
CREATE INDEX channel_membership_group ON channel_membership (billing_group_id, channel_id);

CREATE TABLE account_membership (
    account_id BIGINT NOT NULL REFERENCES account (id),
    channel_id BIGINT NOT NULL REFERENCES channel (id),
    effective_from TEXT NOT NULL,
    PRIMARY KEY (account_id, effective_from)
);
CREATE INDEX account_membership_channel ON account_membership (channel_id, account_id);

INSERT INTO channel_membership (channel_id, billing_group_id, effective_from)
    SELECT id, billing_group_id, '0001-01-01' FROM channel;
INSERT INTO account_membership (account_id, channel_id, effective_from)
    SELECT id, channel_id, '0001-01-01' FROM account;

-- An account that moves within a month is active in two channels that month: the channel joins
-- the key of usage_activity. The rows so far have one channel each and are kept.
CREATE TABLE usage_activity_by_channel (
    account_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    day_bits BIGINT NOT NULL,
    PRIMARY KEY (account_id, product_id, month, channel_id)
);
INSERT INTO usage_activity_by_channel (account_id, product_id, month, channel_id, day_bits)
    SELECT account_id, product_id, month, channel_id, day_bits FROM usage_activity;
DROP TABLE usage_activity;
ALTER TABLE usage_activity_by_channel RENAME TO usage_activity;
CREATE INDEX usage_activity_channel ON usage_activity (channel_id, product_id, month, account_id,
    day_bits);

-- Phone numbers and IP addresses in auth_otp_codes.phone_key and auth_rate_events.bucket used to be
-- plain SHA-256 hashes. There are only about 10^10 mainland numbers, so anyone holding a copy of these
-- tables could hash them all and read every number back. From now on the server keys them with
-- HMAC-SHA-256 under AUTH_SECRET, which never enters the database.
--
-- Rows keyed the old way are dropped rather than converted: converting would need the clear numbers,
-- which we do not have. They are short-lived anyway — a code lasts 5 minutes, a rate-limit event at
-- most an hour — so the cost is that a code sent just before the upgrade must be asked for again, and
-- the rate-limit counts start afresh once. Keeping them would mix two keyings in one column, and an
-- old row would still give its phone number away. Sessions are untouched: their tokens are random,
-- and nobody is signed out.
delete from auth_otp_codes;
delete from auth_rate_events;

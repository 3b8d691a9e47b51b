-- Sign-in: SMS codes, sessions, and rate-limit events. Everything lives in the database because
-- several server processes answer the same users; nothing here may depend on one process's memory.

-- One row per code sent. Phones appear only as SHA-256 keys here: a request for a code does not make
-- anyone a user, so we keep no readable number for it.
create table auth_otp_codes (
  id uuid primary key default gen_random_uuid(),
  phone_key text not null,
  -- scrypt(salt, code): slow enough that guessing a 6-digit code from the hash outlasts its 5 minutes.
  code_hash text not null,
  -- Demo mode only: the code in clear, for GET /api/v1/dev/otp. Never written outside demo mode.
  demo_code text,
  attempts integer not null default 0,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index auth_otp_codes_phone_key_idx on auth_otp_codes (phone_key, created_at desc);
create index auth_otp_codes_expires_at_idx on auth_otp_codes (expires_at);

-- Bearer sessions. Only the SHA-256 of the token is stored: a copy of this table signs no one in.
create table auth_sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_seen_at timestamptz
);
create index auth_sessions_user_id_idx on auth_sessions (user_id);

-- Sliding-window rate limits: one row per counted request, kept until its window has passed.
create table auth_rate_events (
  id bigserial primary key,
  bucket text not null,
  at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index auth_rate_events_bucket_idx on auth_rate_events (bucket, at);
create index auth_rate_events_expires_at_idx on auth_rate_events (expires_at);

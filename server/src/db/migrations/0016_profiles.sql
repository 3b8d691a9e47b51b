-- A person's profile for policy matching (issue 14): only the facts eligibility needs (PersonFacts).
-- The ID number is never stored in plaintext: AES-256-GCM under PROFILE_KEY (`v1:<iv>:<tag>:<ct>`),
-- an HMAC under a key derived from AUTH_SECRET to find it and keep it to one account, and the last 4
-- characters for the masked display.
create table profiles (
  user_id                 uuid primary key references users (id) on delete cascade,
  real_name               text,
  birth_date              date,
  id_number_encrypted     text check (id_number_encrypted is null or id_number_encrypted like 'v1:%'),
  id_number_hash          text,
  id_number_last4         text,
  -- {"graduate": true, "veteran": false, ...}: absent keys are unanswered.
  groups                  jsonb not null default '{}'::jsonb,
  graduation_year         integer,
  household_region        text,
  residence_region        text,
  employment              text check (employment in ('employed','unemployed','self_employed','student')),
  -- business_started_known: the person answered (a date, or null = has not started a business).
  business_started_on     date,
  business_started_known  boolean not null default false,
  enrolled_in_course      boolean,
  updated_at              timestamptz not null default now(),
  check ((id_number_encrypted is null) = (id_number_hash is null) and (id_number_hash is null) = (id_number_last4 is null)),
  check (business_started_on is null or business_started_known)
);
create unique index profiles_id_number_hash on profiles (id_number_hash) where id_number_hash is not null;

-- Consent per purpose (PIPL): append-only; the current state is the latest row per user and purpose.
create table consents (
  -- Increasing: the latest row per purpose is the one with the highest id (two rows may share an instant).
  id              bigint generated always as identity primary key,
  user_id         uuid not null references users (id) on delete cascade,
  purpose         text not null check (purpose in ('policy_matching','id_number','wechat_push')),
  granted         boolean not null,
  policy_version  text not null,
  at              timestamptz not null default clock_timestamp()
);
create index consents_user_purpose on consents (user_id, purpose, id desc);

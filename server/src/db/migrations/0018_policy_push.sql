-- Policy push (issue 14, 政策找人): runs of matching, worked in the background in batches.
-- A 'policy' run matches one policy (at one version) against every consenting profile, in user_id
-- order, `cursor_user_id` being the last profile done; a 'person' run matches one person against every
-- open policy. A run is enqueued in the transaction of the change that causes it (a policy published
-- or changed, a profile saved, policy_matching consent granted). A worker claims a run with FOR UPDATE
-- SKIP LOCKED and a lease (`lease_token` until `locked_until`), and commits a batch's messages together
-- with the advanced cursor, but only while its lease still holds; a crash loses the batch, the next
-- worker redoes it, and messages' (user_id, dedupe_key) keeps any of them from being written twice.
create table policy_match_runs (
  id              bigint generated always as identity primary key,
  kind            text not null check (kind in ('policy', 'person')),
  policy_id       uuid references policies (id) on delete cascade,
  policy_version  integer,
  user_id         uuid references users (id) on delete cascade,
  cursor_user_id  uuid,
  -- superseded: a newer run of the same policy or person covers it.
  status          text not null default 'pending' check (status in ('pending', 'done', 'superseded')),
  lease_token     uuid,
  locked_until    timestamptz,
  batches         integer not null default 0,
  matched         integer not null default 0,
  created_at      timestamptz not null default now(),
  finished_at     timestamptz,
  check ((kind = 'policy') = (policy_id is not null and policy_version is not null)),
  check ((kind = 'person') = (user_id is not null))
);
create index policy_match_runs_pending_idx on policy_match_runs (id) where status = 'pending';
create index policy_match_runs_policy_idx on policy_match_runs (policy_id) where status = 'pending';
create index policy_match_runs_user_idx on policy_match_runs (user_id) where status = 'pending';

-- WeChat server calls: the shared access token, accounts merged by phone linking, pushes that go stale.

-- WeChat's access token lasts about 2 hours, and a new one may void the old: every server process
-- must use the same one and only one of them may refresh it. So it lives here, refreshed under an
-- advisory lock. It is a short-lived credential, readable by whoever can read this table.
create table wechat_access_tokens (
  app_id      text primary key,
  token       text not null,
  expires_at  timestamptz not null,
  -- WeChat answered 40001/42001 for it: the next refresh asks for a new one (force_refresh).
  invalid     boolean not null default false,
  updated_at  timestamptz not null default now()
);

-- Linking a WeChat account to a phone account that already exists moves the openid there. The
-- WeChat-only account is deleted when nothing refers to it; otherwise it is kept, marked as merged.
alter table users add column merged_into uuid references users (id);

-- A push no longer worth sending after this moment (a reminder held by quiet hours past the start
-- of work) is skipped instead of sent late.
alter table outbox add column expires_at timestamptz;

-- The evening-before reminder looks for hired workers every few seconds from 18:00: hired
-- applications are few, so it starts from them.
create index applications_hired_idx on applications (job_id) where status = 'hired';

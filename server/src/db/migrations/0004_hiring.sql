-- The hiring loop: applications and their history, idempotency keys, check-in, ratings, favourites,
-- service events, the in-app message centre and the notification outbox.

-- Jobs: how applicants are hired, places taken, the exact meeting point (told only to hired workers),
-- and the daily start and end times that check-in and cancelling go by.
alter table jobs
  add column hiring_mode      text not null default 'review' check (hiring_mode in ('first_come','review')),
  add column welcomes_older   boolean not null default false,
  -- Workers hired, checked in or done: places left = headcount - hired_count. Kept in step by the
  -- same transaction that changes an application, under the job row's lock, so it never oversells.
  add column hired_count      integer not null default 0 check (hired_count >= 0),
  add column meeting_point    text not null default '',
  add column work_start_time  time not null default '08:00',
  add column work_end_time    time not null default '17:00',
  add column updated_at       timestamptz not null default now(),
  add constraint jobs_hired_within_headcount check (hired_count <= headcount);

-- Existing posts carry their hours only as text ("08:00–17:00（午休 1 小时）", "20:00–次日 06:00"): the
-- first time is the start, the second the end (an end before the start is the next morning).
update jobs set
  work_start_time = (regexp_match(work_hours, '(\d{1,2}:\d{2})'))[1]::time,
  work_end_time = (regexp_match(work_hours, '\d{1,2}:\d{2}\D+?(\d{1,2}:\d{2})'))[1]::time
where work_hours ~ '\d{1,2}:\d{2}\D+?\d{1,2}:\d{2}';
update jobs set updated_at = posted_at;

-- Ratings received, summed as they come (a list must not aggregate every rating of every employer).
alter table employers
  add column rating_sum   integer not null default 0,
  add column rating_count integer not null default 0;
alter table users
  add column rating_sum   integer not null default 0,
  add column rating_count integer not null default 0;

create table applications (
  id           uuid primary key default gen_random_uuid(),
  job_id       uuid not null references jobs (id),
  worker_id    uuid not null references users (id),
  status       text not null default 'applied'
                 check (status in ('applied','hired','rejected','cancelled','checked_in','completed','no_show')),
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  checked_in_at timestamptz,
  -- How the check-in was made: 'code' (typed or scanned) or 'location'.
  check_in_method text check (check_in_method in ('code','location'))
);
-- One live application per person and job: a second device or a double tap finds this one. After a
-- cancellation the person may apply again.
create unique index applications_one_live_per_worker on applications (job_id, worker_id) where status <> 'cancelled';
create index applications_worker_idx on applications (worker_id, created_at desc, id desc);
create index applications_job_idx on applications (job_id, created_at, id);

-- Every status change, in order: the timeline people see, and who did it.
create table application_events (
  id              bigserial primary key,
  application_id  uuid not null references applications (id),
  status          text not null,
  actor           text not null check (actor in ('worker','employer','system')),
  actor_user_id   uuid references users (id),
  reason          text,
  at              timestamptz not null default now()
);
create index application_events_application_idx on application_events (application_id, id);

-- Idempotency-Key: the first request with a key does the work and stores what it answered; a
-- repeat (a double tap, a retry after a dropped connection) gets the same answer and does nothing.
create table idempotency_keys (
  user_id      uuid not null references users (id),
  key          text not null,
  operation    text not null,
  -- What the key was used on (e.g. the job id): the same key on another target is a client bug.
  target       text not null,
  status_code  integer not null,
  -- The id of what was created; the answer is rebuilt from it, so it shows the state of now.
  result_id    uuid,
  created_at   timestamptz not null default now(),
  primary key (user_id, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);

create table ratings (
  id              uuid primary key default gen_random_uuid(),
  application_id  uuid not null references applications (id),
  -- Who rated: the worker rates the employer, the employer rates the worker.
  rater           text not null check (rater in ('worker','employer')),
  rater_user_id   uuid not null references users (id),
  stars           integer not null check (stars between 1 and 5),
  tags            text[] not null default '{}',
  comment         text not null default '',
  created_at      timestamptz not null default now(),
  unique (application_id, rater)
);

create table favorites (
  user_id     uuid not null references users (id),
  job_id      uuid not null references jobs (id),
  created_at  timestamptz not null default now(),
  primary key (user_id, job_id)
);
create index favorites_user_idx on favorites (user_id, created_at desc, job_id desc);

-- Append-only record of each service given. Satisfaction surveys (好差评) and the city's indicators
-- are computed from it later; nothing updates or deletes its rows.
create table service_events (
  id              bigserial primary key,
  kind            text not null,
  -- The person served.
  user_id         uuid not null references users (id),
  application_id  uuid references applications (id),
  job_id          uuid references jobs (id),
  employer_id     uuid references employers (id),
  station_id      uuid references stations (id),
  data            jsonb not null default '{}',
  occurred_at     timestamptz not null default now()
);
create index service_events_kind_idx on service_events (kind, occurred_at);
create index service_events_user_idx on service_events (user_id, occurred_at);

-- The in-app message centre: every message a person must know about is here, whatever else is sent.
create table messages (
  id          uuid primary key default gen_random_uuid(),
  user_id     uuid not null references users (id),
  kind        text not null,
  title       text not null,
  body        text not null,
  link_kind   text check (link_kind in ('application','job')),
  link_id     uuid,
  -- The same event never makes two messages (e.g. 'hired:<application id>').
  dedupe_key  text not null,
  created_at  timestamptz not null default now(),
  read_at     timestamptz,
  unique (user_id, dedupe_key)
);
create index messages_user_idx on messages (user_id, created_at desc, id desc);
create index messages_unread_idx on messages (user_id) where read_at is null;

-- Pushes outside the app (WeChat subscribe messages; SMS later), worked by the server: claimed with
-- FOR UPDATE SKIP LOCKED, so two processes never send the same row; retried with back-off; held in
-- quiet hours.
create table outbox (
  id               bigserial primary key,
  channel          text not null check (channel in ('wechat_subscribe','sms')),
  user_id          uuid not null references users (id),
  message_id       uuid references messages (id),
  template_kind    text not null,
  payload          jsonb not null,
  dedupe_key       text not null unique,
  status           text not null default 'pending' check (status in ('pending','sent','failed','skipped')),
  attempts         integer not null default 0,
  next_attempt_at  timestamptz not null default now(),
  locked_until     timestamptz,
  last_error       text,
  created_at       timestamptz not null default now(),
  sent_at          timestamptz
);
create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending';

-- One-time subscribe messages: each "accept" in requestSubscribeMessage allows one message.
create table wechat_subscriptions (
  user_id      uuid not null references users (id),
  template_id  text not null,
  remaining    integer not null default 0 check (remaining >= 0),
  updated_at   timestamptz not null default now(),
  primary key (user_id, template_id)
);

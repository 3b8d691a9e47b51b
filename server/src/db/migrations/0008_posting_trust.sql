-- Posting and trust: employers register and are verified, jobs go through drafts and screening,
-- people report posts, staff review within their district, and every staff action is kept.

-- Staff work for a district (the stations of one 区/县) or for the whole city.
alter table users
  add column staff_scope text check (staff_scope in ('district', 'city')),
  add column staff_district text;
update users u set staff_scope = 'district', staff_district = s.district
  from stations s where u.role = 'staff' and s.id = u.station_id;
update users set staff_scope = 'city' where role = 'staff' and staff_scope is null;
alter table users
  add constraint users_staff_role_scope_check check ((role = 'staff') = (staff_scope is not null)),
  add constraint users_staff_scope_district_check check ((staff_scope = 'district') = (staff_district is not null));

-- Uploaded files live on disk (FILES_DIR), not in the database: here only what they are and their hash.
create table stored_files (
  id            uuid primary key default gen_random_uuid(),
  purpose       text not null check (purpose in ('employer_licence')),
  owner_id      uuid not null references users (id),
  mime_type     text not null,
  size_bytes    integer not null check (size_bytes > 0),
  sha256        text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Path relative to FILES_DIR; derived from the hash, so the same bytes are stored once.
  storage_key   text not null,
  created_at    timestamptz not null default now()
);
create index stored_files_owner_idx on stored_files (owner_id);

-- Employers: enterprises (统一社会信用代码) or individuals (a household hiring a cleaner).
-- `verified` becomes what staff decided, never a second truth beside it.
alter table employers drop column verified;
alter table employers
  add column kind text not null default 'enterprise' check (kind in ('enterprise', 'individual')),
  add column address text not null default '',
  add column district text,
  -- GB 32100 checksum result; null for individuals. A failed check flags for review, it does not block.
  add column credit_code_valid boolean,
  add column verification_status text not null default 'unverified'
    check (verification_status in ('unverified', 'pending', 'verified', 'rejected')),
  -- What staff said when deciding, shown to the employer.
  add column verification_note text,
  add column verified_at timestamptz,
  add column licence_file_id uuid references stored_files (id),
  add column created_by uuid references users (id),
  add column updated_at timestamptz not null default now(),
  add column verified boolean generated always as (verification_status = 'verified') stored;
-- Seeded employers before this migration were checked by staff.
update employers set verification_status = 'verified', verified_at = created_at, credit_code_valid = true;
create index employers_pending_idx on employers (updated_at) where verification_status = 'pending';

-- The shared list of trades. Ids are our own and never change; the 国家职业分类大典 (2022) code is an
-- attribute (codes change between editions). Every change bumps the list's version.
create table trade_versions (
  version       integer primary key,
  published_at  timestamptz not null default now(),
  note          text not null
);
create table trades (
  id                text primary key check (id ~ '^[a-z][a-z0-9_]{1,31}$'),
  name              text not null,
  occupation_code   text,
  -- What people type and say: 力工, 小工, 保洁阿姨.
  aliases           text[] not null default '{}',
  -- A typical pay for the trade in the city, per hour, for spotting lures ("far above the usual rate").
  usual_hourly_pay_fen integer check (usual_hourly_pay_fen > 0),
  sort_order        integer not null default 0,
  retired           boolean not null default false,
  -- The list version in which this row last changed.
  version           integer not null references trade_versions (version)
);
insert into trade_versions (version, note) values (1, '零工常见工种首版');
insert into trades (id, name, sort_order, version) values
  ('loading', '装卸搬运', 1, 1), ('cleaning', '保洁', 2, 1), ('housekeeping', '家政', 3, 1),
  ('catering', '餐饮帮厨', 4, 1), ('sorting', '快递分拣', 5, 1), ('construction', '建筑小工', 6, 1),
  ('electrician', '电工', 7, 1), ('childcare', '育婴', 8, 1), ('eldercare', '养老护理', 9, 1),
  ('security', '保安', 10, 1), ('delivery', '配送', 11, 1), ('farming', '农活采摘', 12, 1),
  ('factory', '工厂普工', 13, 1), ('promotion', '促销', 14, 1);
alter table jobs drop constraint jobs_category_check;
alter table jobs add constraint jobs_category_fkey foreign key (category) references trades (id);

-- City settings read by rules (e.g. the hourly minimum wage screening checks pay against).
create table city_settings (
  key         text primary key,
  value       jsonb not null,
  -- Where the figure comes from (the notice that set it), shown with the rule.
  source      text not null,
  updated_at  timestamptz not null default now()
);

-- Jobs: drafts, screening, review, automatic expiry.
alter table jobs drop constraint jobs_status_check;
alter table jobs add constraint jobs_status_check
  check (status in ('draft', 'pending_review', 'open', 'filled', 'closed', 'expired'));
alter table jobs
  -- The last screening: { verdict, reasons: [{ code, message, field, law }] }.
  add column screening jsonb,
  add column screened_at timestamptz,
  add column published_at timestamptz,
  add column closed_at timestamptz,
  -- Why it stopped: the employer closed it, staff took it down, it expired.
  add column close_reason text check (close_reason in ('employer', 'taken_down', 'expired')),
  -- What staff said about the post (approval, refusal, take-down), shown to the employer.
  add column staff_note text,
  -- 驿站已核实: staff looked at this post and found it right.
  add column staff_checked_at timestamptz,
  add column staff_checked_by uuid references users (id),
  add column copied_from uuid references jobs (id),
  add column created_by uuid references users (id);
update jobs set published_at = posted_at where status <> 'draft';
create index jobs_employer_updated_idx on jobs (employer_id, updated_at desc, id desc);
create index jobs_pending_review_idx on jobs (district, updated_at) where status = 'pending_review';

-- Reports of a post by anyone signed in: one tap, an optional note.
create table job_reports (
  id            uuid primary key default gen_random_uuid(),
  job_id        uuid not null references jobs (id),
  reporter_id   uuid not null references users (id),
  reason        text not null check (reason in ('fee', 'fake', 'discrimination', 'pay', 'contact', 'other')),
  note          text not null default '' check (length(note) <= 500),
  status        text not null default 'open' check (status in ('open', 'upheld', 'dismissed')),
  -- The date by which staff answer (city time), told to the reporter on receipt.
  answer_by     date not null,
  outcome_note  text,
  decided_by    uuid references users (id),
  decided_at    timestamptz,
  created_at    timestamptz not null default now()
);
-- One open report per person and post: a second tap is the same report.
create unique index job_reports_open_key on job_reports (job_id, reporter_id) where status = 'open';
create index job_reports_open_idx on job_reports (created_at) where status = 'open';
create index job_reports_reporter_idx on job_reports (reporter_id, created_at desc);

-- Every staff action: who, what, when, before and after. Append-only.
create table staff_audit_log (
  id           bigint generated always as identity primary key,
  staff_id     uuid not null references users (id),
  action       text not null,
  target_kind  text not null check (target_kind in ('job', 'employer', 'report', 'station', 'sample_audit', 'setting')),
  target_id    text not null,
  reason       text,
  before       jsonb,
  after        jsonb,
  at           timestamptz not null default now()
);
create index staff_audit_log_at_idx on staff_audit_log (at desc, id desc);
create index staff_audit_log_target_idx on staff_audit_log (target_kind, target_id, at desc);
create function staff_audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'staff_audit_log is append-only';
end
$$;
create trigger staff_audit_log_no_change before update or delete on staff_audit_log
  for each row execute function staff_audit_log_append_only();

-- Sample audits: staff draw random live posts and rate each compliant or not (the monthly share of
-- non-compliant posts is the platform's own honesty figure).
create table sample_audits (
  id           uuid primary key default gen_random_uuid(),
  job_id       uuid not null references jobs (id),
  drawn_by     uuid not null references users (id),
  drawn_at     timestamptz not null default now(),
  compliant    boolean,
  note         text,
  rated_by     uuid references users (id),
  rated_at     timestamptz,
  unique (job_id, drawn_at)
);
create index sample_audits_drawn_idx on sample_audits (drawn_at desc);

-- Stations are edited by staff from now on.
alter table stations add column updated_at timestamptz not null default now();

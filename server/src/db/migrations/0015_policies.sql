-- The policy library (issue 14): policies with their eligibility conditions as data, full text as
-- structured blocks (no HTML), and the staff workflow draft → published → withdrawn.

create table policies (
  id              uuid primary key default gen_random_uuid(),
  title           text not null check (length(title) between 2 and 100),
  issuer          text not null,
  doc_number      text,
  -- '长治市' (city-wide) or one of its districts and counties.
  region          text not null,
  category        text not null check (category in (
                    'employment_subsidy', 'startup_subsidy', 'startup_loan', 'training_subsidy',
                    'social_insurance_subsidy', 'internship_subsidy', 'job_seeking_subsidy', 'hiring_subsidy', 'other')),
  audience        text not null,
  -- {kind:'fixed',fen} | {kind:'range',minFen,maxFen} | {kind:'formula',text}
  amount          jsonb not null,
  materials       text[] not null default '{}',
  -- {kind:'online'} | {kind:'offline',place,hours}
  apply_method    jsonb not null,
  effective_from  date not null,
  expires_on      date check (expires_on is null or expires_on >= effective_from),
  full_text       jsonb not null default '[]',
  conditions      jsonb not null,
  status          text not null default 'draft' check (status in ('draft', 'published', 'withdrawn')),
  published_at    timestamptz,
  withdrawn_reason text,
  created_by      uuid references users (id),
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  -- Bumped on every change to a published policy (push compares it with what a person was sent).
  version         integer not null default 1,
  check ((status = 'draft') or published_at is not null)
);

-- The public list: published, newest first, by category and region.
create index policies_public_idx on policies (published_at desc, id desc) where status = 'published';
create index policies_category_idx on policies (category, published_at desc) where status = 'published';
create index policies_region_idx on policies (region) where status = 'published';
-- The staff list: any status, last changed first.
create index policies_staff_idx on policies (updated_at desc, id desc);

-- Staff changes to policies are recorded like every other staff action.
alter table staff_audit_log drop constraint staff_audit_log_target_kind_check;
alter table staff_audit_log add constraint staff_audit_log_target_kind_check
  check (target_kind in ('job', 'employer', 'report', 'station', 'sample_audit', 'setting', 'policy'));

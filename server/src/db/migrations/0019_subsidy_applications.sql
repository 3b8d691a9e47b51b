-- Issue 14, subsidy applications (补贴申领): a person applies online for a policy with its form filled in
-- and photos of its materials; staff of the application's region move it along 已提交 → 已受理 → 审核中 →
-- 已通过 / 未通过 / 需补充材料 → 已发放, and every step is kept.

create table subsidy_applications (
  id               uuid primary key default gen_random_uuid(),
  policy_id        uuid not null references policies (id),
  person_id        uuid not null references users (id),
  status           text not null default 'submitted'
                   check (status in ('submitted', 'accepted', 'reviewing', 'needs_more', 'approved', 'rejected', 'paid')),
  -- The district whose staff handle it, or 长治市 itself for the city's own staff.
  region           text not null,
  -- [{key, label, value}] in the form's order, with the labels they were asked under.
  fields           jsonb not null,
  -- The client's Idempotency-Key: a retry of the same submission finds this row instead of making another.
  idempotency_key  text,
  -- What staff asked for (needs_more) or why not (rejected); cleared when the person resubmits.
  staff_note       text,
  paid_amount_fen  integer check (paid_amount_fen > 0),
  paid_on          date,
  submitted_at     timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check ((status = 'paid') = (paid_amount_fen is not null) and (paid_amount_fen is null) = (paid_on is null))
);
create unique index subsidy_applications_idempotency on subsidy_applications (person_id, idempotency_key) where idempotency_key is not null;
-- One open application per person and policy (rejected and paid ones are closed): two taps of 提交 can't make two.
create unique index subsidy_applications_open on subsidy_applications (person_id, policy_id) where status not in ('rejected', 'paid');
create index subsidy_applications_person_idx on subsidy_applications (person_id, updated_at desc, id desc);
create index subsidy_applications_queue_idx on subsidy_applications (region, updated_at, id);

-- The photos of each material, in the order the person gave them; the label and place of the material as the form asked for it.
create table subsidy_application_materials (
  application_id  uuid not null references subsidy_applications (id) on delete cascade,
  material_key    text not null,
  material_label  text not null,
  material_order  integer not null check (material_order >= 0),
  position        integer not null check (position >= 0),
  file_id         uuid not null references stored_files (id),
  primary key (application_id, material_key, position)
);
create index subsidy_application_materials_file_idx on subsidy_application_materials (file_id);

-- The timeline: every status an application moved to, who moved it (staff, or null for the person) and what they wrote.
create table subsidy_application_events (
  id              bigint generated always as identity primary key,
  application_id  uuid not null references subsidy_applications (id),
  status          text not null
                  check (status in ('submitted', 'accepted', 'reviewing', 'needs_more', 'approved', 'rejected', 'paid')),
  resubmitted     boolean not null default false,
  note            text,
  staff_id        uuid references users (id),
  at              timestamptz not null default now()
);
create index subsidy_application_events_application_idx on subsidy_application_events (application_id, id);
create function subsidy_application_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'subsidy_application_events is append-only';
end
$$;
create trigger subsidy_application_events_no_change before update or delete on subsidy_application_events
  for each row execute function subsidy_application_events_append_only();

-- Staff decisions on applications are recorded like every other staff action.
alter table staff_audit_log drop constraint staff_audit_log_target_kind_check;
alter table staff_audit_log add constraint staff_audit_log_target_kind_check
  check (target_kind in ('job', 'employer', 'report', 'station', 'sample_audit', 'setting', 'policy', 'subsidy_application'));

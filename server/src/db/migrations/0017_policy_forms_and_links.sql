-- Issue 14, shared by policy push and subsidy applications: messages may link to a policy or to a
-- subsidy application; policies taking online applications carry their form; material photos are
-- stored files; a person may mute policy categories for push.

alter table messages drop constraint messages_link_kind_check;
alter table messages add constraint messages_link_kind_check
  check (link_kind in ('application', 'job', 'policy', 'subsidy_application'));

-- {fields:[{key,label,kind,required,hint?,options?}], materials:[{key,label,required,maxFiles}]}; null when applied for offline.
alter table policies add column application_form jsonb;

alter table stored_files drop constraint stored_files_purpose_check;
alter table stored_files add constraint stored_files_purpose_check
  check (purpose in ('employer_licence', 'subsidy_material'));

alter table profiles add column muted_policy_categories text[] not null default '{}';

-- Live posts expire once their last work day or validity date has passed. The outbox worker's
-- round looks for them every few seconds: this index finds them without reading every live post.
create index jobs_live_expiry_idx on jobs (least(valid_until, work_date_end), id) where status in ('open', 'filled');

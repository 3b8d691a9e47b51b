-- Staff taking a post down cancel the applications still waiting or holding a place, as an
-- employer closing it does; the timeline says who did it, so staff become an actor of their own.
alter table application_events drop constraint application_events_actor_check;
alter table application_events add constraint application_events_actor_check
  check (actor in ('worker', 'employer', 'system', 'staff'));

-- Gig stations, employers, their short-term jobs, and the people who use the app.

create table stations (
  id          uuid primary key default gen_random_uuid(),
  -- Printed in the station's QR code; looked up case-insensitively.
  code        text not null check (code ~ '^[A-Za-z0-9]{2,12}$'),
  name        text not null,
  district    text not null,
  address     text not null,
  lat         double precision not null check (lat between -90 and 90),
  lng         double precision not null check (lng between -180 and 180),
  hours       text not null,
  phone       text not null,
  created_at  timestamptz not null default now()
);
create unique index stations_code_key on stations (upper(code));

create table employers (
  id                  uuid primary key default gen_random_uuid(),
  name                text not null,
  -- 统一社会信用代码 (GB 32100); some real ones fail the checksum, so it is not enforced here.
  credit_code         text unique,
  verified            boolean not null default false,
  contact_name        text not null,
  contact_phone       text not null,
  created_at          timestamptz not null default now()
);

create table jobs (
  id               uuid primary key default gen_random_uuid(),
  title            text not null,
  category         text not null check (category in ('loading','cleaning','housekeeping','catering','sorting',
                     'construction','electrician','childcare','eldercare','security','delivery','farming',
                     'factory','promotion')),
  employer_id      uuid not null references employers (id),
  station_id       uuid references stations (id),
  headcount        integer not null check (headcount > 0),
  duties           text not null,
  requirements     text not null,
  conditions       text not null,
  address          text not null,
  district         text not null,
  lat              double precision not null check (lat between -90 and 90),
  lng              double precision not null check (lng between -180 and 180),
  -- Money in fen, never a float.
  pay_amount_fen   integer not null check (pay_amount_fen > 0),
  pay_unit         text not null check (pay_unit in ('hour','day','piece')),
  settlement       text not null check (settlement in ('daily','weekly','on_completion')),
  employment_type  text not null check (employment_type in ('gig','part_time','temporary')),
  work_date_start  date not null,
  work_date_end    date not null,
  work_hours       text not null,
  valid_until      date not null,
  status           text not null default 'open' check (status in ('open','filled','closed')),
  posted_at        timestamptz not null default now(),
  created_at       timestamptz not null default now(),
  check (work_date_end >= work_date_start)
);
-- The list is "open, newest first" with keyset paging, overall and per station.
create index jobs_open_posted_idx on jobs (posted_at desc, id desc) where status = 'open';
create index jobs_open_station_posted_idx on jobs (station_id, posted_at desc, id desc) where status = 'open';
create index jobs_open_category_posted_idx on jobs (category, posted_at desc, id desc) where status = 'open';
-- Radius searches narrow by a bounding box first.
create index jobs_open_lat_lng_idx on jobs (lat, lng) where status = 'open';
create index jobs_employer_idx on jobs (employer_id);

create table users (
  id             uuid primary key default gen_random_uuid(),
  role           text not null check (role in ('worker','employer','staff')),
  phone          text unique,
  wechat_openid  text unique,
  display_name   text not null,
  employer_id    uuid references employers (id),
  station_id     uuid references stations (id),
  created_at     timestamptz not null default now()
);

-- Great-circle distance in metres (haversine on a sphere of the Earth's mean radius): close enough
-- for "how far is this station", and plain SQL, so it runs the same on PGlite and PostgreSQL.
create function distance_m(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
returns double precision
language sql immutable parallel safe
as $$
  select 2 * 6371008.8 * asin(least(1, sqrt(
    power(sin(radians(lat2 - lat1) / 2), 2)
    + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)
  )))
$$;

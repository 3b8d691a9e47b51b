-- Keyword searches near a point. The gram index (0005) finds every job with the keyword in the city,
-- and each of them is then read from the table to learn where it is: a common word (电, in one job
-- of six) reads nearly every page of it. Now the index also knows where each job is, by the cells
-- of a grid at four sizes it lies in, so a search inside a ring asks for the keyword's grams and
-- any of the cells covering the ring's box, and only the jobs matching both are read.

-- Cells of 0.01°, 0.04°, 0.16° and 0.64° (about 1, 4, 18 and 70 km north to south), as '@size:row:column'
-- tokens: longer than any gram (one or two characters), so never mistaken for one. The server
-- computes the same tokens for a box (server/src/routes/jobs/place-cells.ts).
create function job_place_cells(lat double precision, lng double precision) returns text[]
language sql immutable parallel safe
as $$
  select array[
    '@1:' || floor(lat * 100)::bigint || ':' || floor(lng * 100)::bigint,
    '@4:' || floor(lat * 25)::bigint || ':' || floor(lng * 25)::bigint,
    '@16:' || floor(lat * 6.25)::bigint || ':' || floor(lng * 6.25)::bigint,
    '@64:' || floor(lat * 1.5625)::bigint || ':' || floor(lng * 1.5625)::bigint
  ]
$$;

-- One index for both searches, with and without a point: the grams alone still find the keyword anywhere.
create index jobs_open_search_place_idx on jobs
  using gin ((search_grams(search_text) || job_place_cells(lat, lng))) where status = 'open';
drop index jobs_open_search_idx;

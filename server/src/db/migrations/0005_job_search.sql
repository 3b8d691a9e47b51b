-- Job search: keywords over Chinese text, and the orders the list offers (newest, nearest, pay).

-- Chinese has no spaces between words and neither engine has a Chinese tokenizer: to_tsvector keeps a
-- run of Chinese characters as one token, and pg_trgm extracts no trigram from a 2-character keyword
-- (电工, 保洁), so a LIKE scans every row. Instead each job keeps its searchable text (title, employer
-- name, duties) with every single character and every pair of neighbouring characters of it, under a
-- GIN index: a keyword's pairs (or its one character) find the candidates, and an exact substring
-- check on the text keeps the true matches. What pg_bigm does, in plain SQL that runs on PGlite too.
-- The grams live only in the index (an expression index): stored in the row they would double its size.

-- Full-width letters and digits read as their ASCII forms, case does not matter.
create function search_normalize(t text) returns text
language sql immutable parallel safe
as $$ select lower(normalize(t, NFKC)) $$;

-- Unigrams and bigrams of already normalized text, none with whitespace in it (fields are joined by
-- a newline). Duplicates are left in: GIN drops them. A loop over the characters is about three times
-- faster than generate_series with a regular expression per gram, which matters when a bulk load builds the index.
-- Its cost tells the planner to find rows by the index on it, never by running it on every row.
create function search_grams(t text) returns text[]
language plpgsql immutable parallel safe cost 1000
as $$
declare
  grams text[] := '{}';
  c text;
  previous text := ' ';
begin
  foreach c in array regexp_split_to_array(t, '') loop
    if c not in (' ', E'\n', E'\t', E'\r') then
      grams := grams || c;
      if previous not in (' ', E'\n', E'\t', E'\r') then grams := grams || (previous || c); end if;
    end if;
    previous := c;
  end loop;
  return grams;
end
$$;

create function job_search_text(title text, employer_name text, duties text) returns text
language sql immutable parallel safe
as $$ select search_normalize(concat_ws(E'\n', title, employer_name, duties)) $$;

alter table jobs
  add column search_text  text not null default '',
  -- The `pay` order as one number: jobs paid by the hour or day first, by their estimated day's pay
  -- (an hour × 8), above every per-piece job, which follow by their piece rate.
  add column pay_rank bigint generated always as (
    case pay_unit
      when 'hour' then 10000000000 + pay_amount_fen::bigint * 8
      when 'day' then 10000000000 + pay_amount_fen::bigint
      else pay_amount_fen::bigint
    end
  ) stored;

-- The employer's name lives in `employers`: kept in step on insert, on a change of the job's own
-- text or employer, and (below) when an employer is renamed.
create function jobs_search_fill() returns trigger
language plpgsql
as $$
begin
  new.search_text := job_search_text(new.title, (select name from employers where id = new.employer_id), new.duties);
  return new;
end
$$;
create trigger jobs_search_fill before insert or update of title, duties, employer_id on jobs
  for each row execute function jobs_search_fill();

create function employers_search_refresh() returns trigger
language plpgsql
as $$
begin
  update jobs set search_text = job_search_text(title, new.name, duties) where employer_id = new.id;
  return null;
end
$$;
create trigger employers_search_refresh after update of name on employers
  for each row when (old.name is distinct from new.name) execute function employers_search_refresh();

update jobs j set search_text = job_search_text(j.title, e.name, j.duties) from employers e where e.id = j.employer_id;

create index jobs_open_search_idx on jobs using gin (search_grams(search_text)) where status = 'open';
create index jobs_open_pay_idx on jobs (pay_rank desc, id desc) where status = 'open';

-- The shared list of trades, version 1 filled in: the 国家职业分类大典（2022年版）code where one detailed
-- occupation is the trade (null where the trade spans several, e.g. 建筑小工, or none fits, e.g. 帮厨),
-- the names people type, and a usual hourly pay in 长治 (from the pay the city's posts offer) against
-- which screening spots lures. Version 1 was published empty of these by 0008: still version 1.

-- Search treats a term equal to a trade's name or alias as that trade (a search for 力工 finds 装卸搬运
-- jobs), so among the trades in use a name or alias belongs to one trade only. Aliases are stored as
-- search sees a term: normalized (search_normalize), one word, no spaces.
create function trades_check_aliases() returns trigger
language plpgsql
as $$
declare
  clash text;
begin
  if exists (select 1 from unnest(new.aliases) a where a = '' or a ~ '\s' or a <> search_normalize(a)) then
    raise exception 'trade % has an alias that is empty, has a space or is not normalized', new.id;
  end if;
  if new.retired then
    return null;
  end if;
  select o.id into clash from trades o
    where o.id <> new.id and not o.retired and (o.aliases || o.name) && (new.aliases || new.name)
    limit 1;
  if clash is not null then
    raise exception 'trades % and % share a name or alias', new.id, clash;
  end if;
  if (select count(*) from unnest(new.aliases || new.name) a) <> (select count(distinct a) from unnest(new.aliases || new.name) a) then
    raise exception 'trade % names the same word twice', new.id;
  end if;
  return null;
end
$$;
-- Deferred: moving an alias from one trade to another is two updates in one transaction.
create constraint trigger trades_aliases_unique after insert or update of name, aliases, retired on trades
  deferrable initially deferred
  for each row execute function trades_check_aliases();

update trades t set occupation_code = v.code, aliases = v.aliases, usual_hourly_pay_fen = v.pay
from (values
  -- 4-02-05-01 装卸搬运工.
  ('loading', '4-02-05-01', array['力工', '搬运工', '装卸工', '搬运', '装卸', '卸货', '扛包'], 3000),
  -- 保洁 is done by several occupations (保洁员 in buildings, 家政 in homes): no single code.
  ('cleaning', null, array['保洁员', '保洁阿姨', '清洁工', '清洁员', '打扫卫生', '环卫工'], 2300),
  -- 4-10-01-06 家政服务员.
  ('housekeeping', '4-10-01-06', array['保姆', '钟点工', '家政阿姨', '家政服务员', '住家保姆', '做饭阿姨'], 3000),
  ('catering', null, array['帮厨', '洗碗工', '配菜', '配菜员', '切配', '打荷', '后厨'], 2300),
  -- 4-02-07-09 快件处理员.
  ('sorting', '4-02-07-09', array['分拣', '分拣员', '分拣工', '快件处理员', '打包工'], 2300),
  ('construction', null, array['小工', '大工', '工地', '建筑工', '杂工', '泥瓦工', '钢筋工'], 2800),
  ('electrician', null, array['电工师傅', '水电工', '维修电工', '电路维修'], 5000),
  ('childcare', null, array['月嫂', '育儿嫂', '育婴员', '育婴师', '保育员', '带娃', '看孩子'], 3500),
  -- 4-10-01-05 养老护理员.
  ('eldercare', '4-10-01-05', array['护工', '陪护', '养老护理员', '护理员', '看护老人'], 2600),
  -- 4-07-05-01 保安员.
  ('security', '4-07-05-01', array['门卫', '保安员', '安保', '看大门', '巡逻员'], 2200),
  -- 4-02-07-10 网约配送员 (同城配送 by a platform's orders).
  ('delivery', '4-02-07-10', array['送货', '骑手', '送货员', '配送员', '送水工', '外卖', '跑腿'], 2800),
  ('farming', null, array['摘果', '采摘', '采摘工', '摘菜', '农活', '大棚'], 2200),
  ('factory', null, array['普工', '流水线', '操作工', '车间', '进厂'], 2300),
  ('promotion', null, array['促销员', '导购', '导购员', '地推', '发传单', '推销'], 2300)
) as v (id, code, aliases, pay)
where t.id = v.id;

-- Search by a trade's name or alias also takes that trade's jobs as candidates. Near a point the
-- candidates must come from the index in the cells around the point (0007), so the index also holds
-- each job's trade, as the token '#<trade id>' (longer than any gram, unlike any cell): the trade's
-- jobs in the cells are then one index scan, as the keyword's are.
create index jobs_open_search_place_trade_idx on jobs
  using gin ((search_grams(search_text) || job_place_cells(lat, lng) || array['#' || category])) where status = 'open';
drop index jobs_open_search_place_idx;

import { Text, View } from '@tarojs/components'
import { KEYWORD_MAX_LENGTH, type JobSort } from '@/shared/contracts'
import { SearchBox, Tappable } from '@/shared/ui'
import './jobs.scss'

export interface JobSearchBarProps {
  keyword: string
  sort: JobSort
  /** How many sheet filters are on: shown on the 筛选 button. */
  filterCount: number
  /** Whether 最近 can be offered (the feed has a point to measure from). */
  canSortByDistance: boolean
  onSearch: (keyword: string) => void
  onSort: (sort: JobSort) => void
  onOpenFilters: () => void
}

/** The short words of the sort switch. */
const sortLabels: Record<JobSort, string> = { nearest: '最近', newest: '最新', pay: '工资' }

/** The keyword box with 搜索, the 筛选 button, and the sort switch under them. */
export function JobSearchBar({ keyword, sort, filterCount, canSortByDistance, onSearch, onSort, onOpenFilters }: JobSearchBarProps) {
  const sorts = (Object.keys(sortLabels) as JobSort[]).filter((s) => s !== 'nearest' || canSortByDistance)
  const shownSort = sort === 'nearest' && !canSortByDistance ? 'newest' : sort

  return (
    <View className="yz-search">
      <SearchBox keyword={keyword} placeholder="搜工作，如 保洁、电工、搬运" label="搜索岗位" maxLength={KEYWORD_MAX_LENGTH} onSearch={onSearch} />
      <View className="yz-search__row">
        <View className="yz-sort" role="group" aria-label="排序">
          {sorts.map((s) => (
            <Tappable key={s} className={s === shownSort ? 'yz-sort__item yz-sort__item--on' : 'yz-sort__item'} label={s === shownSort ? `${sortLabels[s]}（当前排序）` : `按${sortLabels[s]}排序`} onTap={() => onSort(s)}>
              <Text>{sortLabels[s]}</Text>
            </Tappable>
          ))}
        </View>
        <Tappable className={filterCount > 0 ? 'yz-search__filter yz-search__filter--on' : 'yz-search__filter'} onTap={onOpenFilters}>
          <Text>{filterCount > 0 ? `筛选 (${filterCount})` : '筛选'}</Text>
        </Tappable>
      </View>
    </View>
  )
}

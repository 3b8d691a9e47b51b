import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Tappable } from './tappable'
import './search-box.scss'

export interface SearchBoxProps {
  /** The keyword in force; what is typed stays a draft until 搜索 or the keyboard's search key. */
  keyword: string
  placeholder: string
  /** The box's accessible name, e.g. 搜索岗位. */
  label: string
  maxLength: number
  onSearch: (keyword: string) => void
}

/** A keyword box with × to clear it and 搜索; the trimmed keyword goes out only when asked for. */
export function SearchBox({ keyword, placeholder, label, maxLength, onSearch }: SearchBoxProps) {
  const [draft, setDraft] = useState(keyword)
  useEffect(() => setDraft(keyword), [keyword])
  const search = () => onSearch(draft.trim())

  return (
    <View className="yz-search-box">
      <Input
        className="yz-search-box__input"
        type="text"
        confirmType="search"
        value={draft}
        maxlength={maxLength}
        placeholder={placeholder}
        aria-label={label}
        onInput={(event) => setDraft(event.detail.value)}
        onConfirm={search}
      />
      {draft ? (
        <Tappable
          className="yz-search-box__clear"
          label="清除关键词"
          onTap={() => {
            setDraft('')
            onSearch('')
          }}
        >
          <Text aria-hidden>×</Text>
        </Tappable>
      ) : null}
      <Tappable className="yz-search-box__button" onTap={search}>
        <Text>搜索</Text>
      </Tappable>
    </View>
  )
}

import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import { EmployerRatingTags } from '@/shared/contracts'
import { ActionButton, Tappable } from '@/shared/ui'
import { useRateApplication } from '../api/mutations'
import { starWord, toggleTag, validateRating } from '../model/rating'
import { FormError } from './form-error'
import './applications.scss'

const STARS = [1, 2, 3, 4, 5] as const

/** The worker rates the employer: 1–5 stars (big targets), tags from the fixed list, an optional comment. */
export function RatingForm({ applicationId }: { applicationId: string }) {
  const rate = useRateApplication(applicationId)
  const [stars, setStars] = useState<number | null>(null)
  const [tags, setTags] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    const checked = validateRating({ stars, tags, comment })
    setError(checked.error)
    if (!checked.body) return
    rate.mutate(checked.body, {
      onSuccess: () => void Taro.showToast({ title: '谢谢您的评价', icon: 'success' }),
      onError: (failure) => setError(errorMessage(failure)),
    })
  }

  return (
    <View className="yz-rating-form">
      <View className="yz-stars">
        {STARS.map((n) => (
          <Tappable
            key={n}
            className={`yz-stars__star${stars !== null && n <= stars ? ' yz-stars__star--on' : ''}`}
            label={`${n} 星，${starWord(n)}${stars === n ? '（已选）' : ''}`}
            onTap={() => {
              setStars(n)
              setError(null)
            }}
          >
            <Text aria-hidden>★</Text>
          </Tappable>
        ))}
      </View>
      <Text className="yz-stars__word">{stars ? `${stars} 星 · ${starWord(stars)}` : '点星星打分'}</Text>
      <View className="yz-rating-chips">
        {EmployerRatingTags.map((tag) => {
          const on = tags.includes(tag)
          return (
            <Tappable key={tag} className={`yz-rating-chip${on ? ' yz-rating-chip--on' : ''}`} label={on ? `${tag}（已选）` : tag} onTap={() => setTags((current) => toggleTag(current, tag, EmployerRatingTags))}>
              <Text>{tag}</Text>
            </Tappable>
          )
        })}
      </View>
      <Textarea
        className="yz-rating-form__comment"
        placeholder="还想说点什么（选填，最多 200 字）"
        maxlength={200}
        value={comment}
        onInput={(event: { detail: { value: string } }) => setComment(event.detail.value)}
      />
      <FormError message={error} />
      <ActionButton className="yz-button" type="primary" size="xlarge" block loading={rate.isPending} onClick={submit}>
        提交评价
      </ActionButton>
    </View>
  )
}

import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { RateBodySchema, WorkerRatingTags, type RateBody } from '@/shared/contracts'
import { ActionButton, ChoiceChip, Tappable } from '@/shared/ui'

export interface RateWorkerFormProps {
  pending: boolean
  onSubmit: (body: RateBody) => void
  onCancel: () => void
}

const STAR_WORDS = ['', '很差', '较差', '一般', '满意', '非常满意'] as const

/** 评价 a worker once the work is done: 1–5 stars, tags from the fixed list, a short comment. */
export function RateWorkerForm({ pending, onSubmit, onCancel }: RateWorkerFormProps) {
  const [stars, setStars] = useState(0)
  const [tags, setTags] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)

  const toggle = (tag: string) => setTags((current) => (current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]))

  const submit = () => {
    const checked = RateBodySchema.safeParse({ stars: stars || undefined, tags, comment })
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? '请检查评价的内容')
      return
    }
    setError(null)
    onSubmit(checked.data)
  }

  return (
    <View className="yz-employer-form" role="group" aria-label="评价这位求职者">
      <Text className="yz-employer-form__title">评价这位求职者</Text>
      <View className="yz-employer-stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <Tappable key={n} className={`yz-employer-stars__star${n <= stars ? ' yz-employer-stars__star--on' : ''}`} label={`${n} 星`} onTap={() => setStars(n)}>
            <Text>{n <= stars ? '★' : '☆'}</Text>
          </Tappable>
        ))}
        {stars > 0 ? <Text className="yz-employer-stars__word">{STAR_WORDS[stars]}</Text> : null}
      </View>
      <View className="yz-employer-form__chips">
        {WorkerRatingTags.map((tag) => (
          <ChoiceChip key={tag} text={tag} selected={tags.includes(tag)} onTap={() => toggle(tag)} />
        ))}
      </View>
      <Textarea
        className="yz-employer-form__text"
        placeholder="说几句（可以不写）"
        maxlength={200}
        value={comment}
        onInput={(event) => setComment(event.detail.value)}
      />
      {error ? <Text className="yz-employer-form__error">{error}</Text> : null}
      <View className="yz-employer-form__actions">
        <ActionButton className="yz-button" type="primary" size="large" loading={pending} onClick={submit}>
          提交评价
        </ActionButton>
        <ActionButton className="yz-button" fill="outline" size="large" disabled={pending} onClick={onCancel}>
          以后再说
        </ActionButton>
      </View>
    </View>
  )
}

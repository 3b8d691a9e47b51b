import { Text, View } from '@tarojs/components'
import type { Rating } from '@/shared/contracts'
import { formatDateTime } from '@/shared/lib/dayjs'
import { starWord } from '../model/rating'
import './applications.scss'

/** A rating already given: stars, tags and comment, as the employer will see it. */
export function RatingView({ rating }: { rating: Rating }) {
  return (
    <View className="yz-rating-view">
      <Text className="yz-rating-view__stars" aria-label={`${rating.stars} 星`}>
        {'★'.repeat(rating.stars) + '☆'.repeat(5 - rating.stars)}
      </Text>
      <Text className="yz-rating-view__word">{`${rating.stars} 星 · ${starWord(rating.stars)}`}</Text>
      {rating.tags.length > 0 ? (
        <View className="yz-rating-chips">
          {rating.tags.map((tag) => (
            <Text key={tag} className="yz-rating-chip yz-rating-chip--on">
              {tag}
            </Text>
          ))}
        </View>
      ) : null}
      {rating.comment ? <Text className="yz-rating-view__comment">{rating.comment}</Text> : null}
      <Text className="yz-rating-view__time">{`评价于 ${formatDateTime(rating.createdAt)}`}</Text>
    </View>
  )
}

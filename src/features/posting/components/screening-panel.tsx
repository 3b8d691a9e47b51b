import { Text, View } from '@tarojs/components'
import type { ScreeningNote } from '../model/post-form'
import { fieldLabels } from '../model/wording'

export interface ScreeningPanelProps {
  verdict: 'pass' | 'review' | 'reject'
  notes: readonly ScreeningNote[]
  /** The form changed since the check: the notes are about what was there before. */
  stale: boolean
}

/**
 * What the automatic check found, before anything is published: each reason to fix, where, and the
 * law behind it; or that staff will look first. Nothing for a post that passed.
 */
export function ScreeningPanel({ verdict, notes, stale }: ScreeningPanelProps) {
  if (verdict === 'pass') return null
  const rejected = notes.filter((n) => n.verdict === 'reject')
  const toReview = notes.filter((n) => n.verdict === 'review')
  return (
    <View className={`yz-post-screening yz-post-screening--${verdict}`} role="alert">
      {verdict === 'reject' ? (
        <>
          <Text className="yz-post-screening__title">岗位信息不符合规定，改好后才能发布</Text>
          {rejected.map((note) => (
            <View key={note.code} className="yz-post-screening__reason">
              {note.field !== 'form' ? <Text className="yz-post-screening__field">{`「${fieldLabels[note.field]}」`}</Text> : null}
              <Text className="yz-post-screening__message">{note.message}</Text>
              {note.law ? <Text className="yz-post-screening__law">{`依据：${note.law}`}</Text> : null}
            </View>
          ))}
        </>
      ) : (
        <>
          <Text className="yz-post-screening__title">提交后需驿站审核，通常 1 个工作日内</Text>
          {toReview.map((note) => (
            <View key={note.code} className="yz-post-screening__reason">
              <Text className="yz-post-screening__message">{note.message}</Text>
            </View>
          ))}
        </>
      )}
      {stale ? <Text className="yz-post-screening__stale">您已修改，发布时会重新检查。</Text> : null}
    </View>
  )
}

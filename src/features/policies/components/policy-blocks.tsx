import { Text, View } from '@tarojs/components'
import type { PolicyBlock } from '@/shared/contracts/policies'
import './policy-details.scss'

export interface PolicyBlocksProps {
  blocks: readonly PolicyBlock[]
}

/**
 * A policy's full text, drawn natively from its blocks (the same in both builds): every string is
 * shown as the characters typed — nothing is read as HTML or markup. A table becomes rows of
 * labelled cells that wrap, so a wide table never runs off a phone screen.
 */
export function PolicyBlocks({ blocks }: PolicyBlocksProps) {
  return (
    <View className="yz-policy-text">
      {blocks.map((block, i) => (
        <PolicyBlockView key={i} block={block} />
      ))}
    </View>
  )
}

function PolicyBlockView({ block }: { block: PolicyBlock }) {
  switch (block.type) {
    case 'heading':
      return (
        <View className={`yz-policy-text__heading yz-policy-text__heading--${block.level}`} role="heading" aria-level={block.level + 1}>
          <Text>{block.text}</Text>
        </View>
      )
    case 'paragraph':
      return <Text className="yz-policy-text__paragraph">{block.text}</Text>
    case 'list':
      return (
        <View className="yz-policy-text__list" role="list">
          {block.items.map((item, i) => (
            <View key={i} className="yz-policy-text__item" role="listitem">
              <Text className="yz-policy-text__marker" aria-hidden>
                {block.ordered ? `${i + 1}.` : '•'}
              </Text>
              <Text className="yz-policy-text__item-text">{item}</Text>
            </View>
          ))}
        </View>
      )
    case 'table':
      return (
        <View className="yz-policy-text__table" role="table">
          <View className="yz-policy-text__row yz-policy-text__row--header" role="row">
            {block.header.map((cell, c) => (
              <View key={c} className="yz-policy-text__cell" role="columnheader">
                <Text>{cell}</Text>
              </View>
            ))}
          </View>
          {block.rows.map((row, r) => (
            <View key={r} className="yz-policy-text__row" role="row">
              {row.map((cell, c) => (
                <View key={c} className="yz-policy-text__cell" role="cell">
                  <Text>{cell}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      )
  }
}

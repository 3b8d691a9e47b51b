import { Text, View } from '@tarojs/components'
import { POLICY_TEXT_MAX, POLICY_TITLE_MAX } from '@/shared/contracts/policies'
import { FieldMessage, Tappable } from '@/shared/ui'
import { BLOCK_LABELS, addBlock, moveBlock, removeBlock, updateBlock, type BlockDraft, type BlockType } from '../model/blocks'
import type { FormErrors } from '../model/policy-form'
import { Chips, ItemTools, TextInput } from './form-bits'

export interface BlockEditorProps {
  blocks: BlockDraft[]
  errors: FormErrors
  onChange: (blocks: BlockDraft[]) => void
}

const LEVELS = [
  { value: 1, label: '一级标题' },
  { value: 2, label: '二级标题' },
  { value: 3, label: '三级标题' },
] as const
const LIST_KINDS = [
  { value: true, label: '编号 1. 2. 3.' },
  { value: false, label: '圆点 •' },
] as const

function BlockBody({ block, name, invalid, onPatch }: { block: BlockDraft; name: string; invalid: boolean; onPatch: (patch: Partial<Omit<BlockDraft, 'id' | 'type'>>) => void }) {
  switch (block.type) {
    case 'heading':
      return (
        <>
          <Chips label={`${name}的级别`} options={LEVELS} chosen={[block.level]} onTap={(level) => onPatch({ level })} />
          <TextInput labelledBy={block.id} label={`${name}的文字`} value={block.text} placeholder="如 一、补贴对象" maxlength={POLICY_TITLE_MAX} invalid={invalid} onChange={(text) => onPatch({ text })} />
        </>
      )
    case 'paragraph':
      return <TextInput labelledBy={block.id} label={`${name}的文字`} value={block.text} placeholder="一段正文" maxlength={POLICY_TEXT_MAX} invalid={invalid} multiline onChange={(text) => onPatch({ text })} />
    case 'list':
      return (
        <>
          <Chips label={`${name}的样式`} options={LIST_KINDS} chosen={[block.ordered]} onTap={(ordered) => onPatch({ ordered })} />
          <TextInput labelledBy={block.id} label={`${name}的各项，一行一项`} value={block.itemsText} placeholder="一行一项" maxlength={POLICY_TEXT_MAX * 5} invalid={invalid} multiline onChange={(itemsText) => onPatch({ itemsText })} />
        </>
      )
    case 'table':
      return (
        <>
          <TextInput labelledBy={block.id} label={`${name}的表头`} value={block.headerText} placeholder="表头，用 | 分隔，如 项目 | 标准" maxlength={500} invalid={invalid} onChange={(headerText) => onPatch({ headerText })} />
          <TextInput
            labelledBy={block.id}
            label={`${name}的各行`}
            value={block.rowsText}
            placeholder={'一行一行写，格子用 | 分隔，如\n初次创业 | 5000 元'}
            maxlength={POLICY_TEXT_MAX * 5}
            invalid={invalid}
            multiline
            onChange={(rowsText) => onPatch({ rowsText })}
          />
        </>
      )
  }
}

/** The full text, block by block: add, edit, move up or down, remove. */
export function BlockEditor({ blocks, errors, onChange }: BlockEditorProps) {
  return (
    <View className="yz-policy-blocks">
      {blocks.map((block, i) => {
        const name = `第 ${i + 1} 段（${BLOCK_LABELS[block.type]}）`
        const error = errors[`fullText.${i}`]
        return (
          <View key={block.id} className={`yz-policy-block${error ? ' yz-policy-block--invalid' : ''}`} role="group" aria-label={name}>
            <View className="yz-policy-block__head">
              <Text className="yz-policy-block__name" id={`yz-policy-${block.id}`}>
                {name}
              </Text>
              <ItemTools name={name} first={i === 0} last={i === blocks.length - 1} onMove={(step) => onChange(moveBlock(blocks, block.id, step))} onRemove={() => onChange(removeBlock(blocks, block.id))} />
            </View>
            <BlockBody block={block} name={name} invalid={Boolean(error)} onPatch={(patch) => onChange(updateBlock(blocks, block.id, patch))} />
            {error ? <FieldMessage tone="error" text={error} /> : null}
          </View>
        )
      })}
      {errors.fullText ? <FieldMessage tone="error" text={errors.fullText} /> : null}
      <View className="yz-policy-adders">
        {(Object.keys(BLOCK_LABELS) as BlockType[]).map((type) => (
          <Tappable key={type} className="yz-policy-adders__button" label={`添加${BLOCK_LABELS[type]}`} onTap={() => onChange(addBlock(blocks, type))}>
            <Text>{`＋ ${BLOCK_LABELS[type]}`}</Text>
          </Tappable>
        ))}
      </View>
    </View>
  )
}

import { screenJobPost } from '../index'
import { CORPUS } from './corpus'

const flagged = CORPUS.filter((c) => c.verdict !== 'pass')
const honest = CORPUS.filter((c) => c.verdict === 'pass')

describe('screening corpus', () => {
  it('holds at least 150 posts, 70 each way', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150)
    expect(flagged.length).toBeGreaterThanOrEqual(70)
    expect(honest.length).toBeGreaterThanOrEqual(70)
  })

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = screenJobPost(c.post, c.context)
    expect({ verdict: result.verdict, codes: [...new Set(result.reasons.map((r) => r.code))].sort() }).toEqual({
      verdict: c.verdict,
      codes: [...c.codes].sort(),
    })
  })

  it('catches every flagged post with its codes and raises no false alarm', () => {
    const caught = flagged.filter((c) => {
      const result = screenJobPost(c.post, c.context)
      const codes = result.reasons.map((r) => r.code)
      return result.verdict === c.verdict && c.codes.every((code) => codes.includes(code))
    })
    const falseAlarms = honest.filter((c) => screenJobPost(c.post, c.context).verdict !== 'pass')
    const catchRate = caught.length / flagged.length
    const falseAlarmRate = falseAlarms.length / honest.length
    // The figures for the note.
    console.log(
      `screening corpus: ${CORPUS.length} posts; caught ${caught.length}/${flagged.length} (${(catchRate * 100).toFixed(1)}%); ` +
        `false alarms ${falseAlarms.length}/${honest.length} (${(falseAlarmRate * 100).toFixed(1)}%)`,
    )
    expect(catchRate).toBe(1)
    expect(falseAlarmRate).toBe(0)
  })

  it('quotes what it found and names the law for every refusal', () => {
    for (const c of flagged) {
      for (const reason of screenJobPost(c.post, c.context).reasons) {
        expect(reason.message).toMatch(/[\u4e00-\u9fff]/)
        if (reason.verdict === 'reject') expect(reason.law).toMatch(/法|条例|规定/)
        if (['title', 'duties', 'requirements', 'conditions', 'meetingPoint'].includes(reason.field ?? '')) {
          expect(reason.message).toMatch(/「.+」/)
        }
      }
    }
  })
})

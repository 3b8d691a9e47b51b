/** How long a notice stays unless the caller says otherwise: long enough to read two lines slowly. */
export const NOTICE_MS = 2500

const NOTICE_ID = 'yz-notice'

let hideTimer: ReturnType<typeof setTimeout> | undefined

/**
 * A short message over the page that goes by itself, as WeChat's toast does: a polite live region, so
 * screen readers say it, drawn with inline styles (16 px text or more, it never takes taps) so that it
 * needs no stylesheet and no part of Taro's dialog module. A new notice replaces the one showing.
 */
export function showNotice(text: string, durationMs: number = NOTICE_MS): void {
  let box = document.getElementById(NOTICE_ID)
  if (!box) {
    box = document.createElement('div')
    box.id = NOTICE_ID
    box.setAttribute('role', 'status')
    box.setAttribute('aria-live', 'polite')
    Object.assign(box.style, {
      position: 'fixed',
      left: '50%',
      top: '45%',
      transform: 'translate(-50%, -50%)',
      maxWidth: '80vw',
      padding: '12px 20px',
      borderRadius: '8px',
      background: 'rgba(31, 35, 40, 0.92)',
      color: '#fff',
      fontSize: '17px',
      lineHeight: '1.5',
      textAlign: 'center',
      zIndex: '10000',
      pointerEvents: 'none',
    })
    document.body.appendChild(box)
  }
  box.textContent = text
  box.hidden = false
  clearTimeout(hideTimer)
  hideTimer = setTimeout(() => {
    box.hidden = true
  }, durationMs)
}

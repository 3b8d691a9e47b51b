import { drawQr, qrModules } from '../model/qr'

// A real QR decoder (it comes with miniprogram-ci) reads back what is drawn: proof that a phone's
// scanner gets the server's text, not just that some image came out.
const QrReader = require('qrcode-reader') as new () => {
  callback: (error: unknown, value?: { result: string }) => void
  decode(image: { width: number; height: number; data: Uint8ClampedArray }): void
}

function read(modules: boolean[][]): Promise<string> {
  const cell = 4
  const margin = 4
  const size = (modules.length + 2 * margin) * cell
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const dark = modules[Math.floor(y / cell) - margin]?.[Math.floor(x / cell) - margin] === true
      data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * size + x) * 4)
    }
  }
  return new Promise((resolve, reject) => {
    const reader = new QrReader()
    reader.callback = (error, value) => (error || !value ? reject(error) : resolve(value.result))
    reader.decode({ width: size, height: size, data })
  })
}

describe('the check-in QR', () => {
  it('encodes exactly the text the server signed', async () => {
    const text = 'yz-checkin.v1.3f9c2a1e-4b7d-4e0a-9c1f-2d3e4f5a6b7c.29446253.Hk2_9xQe-vLw0aZ3'
    await expect(read(qrModules(text))).resolves.toBe(text)
  })

  it('is drawn as an image both platforms show, a different one for each code', () => {
    const first = drawQr('yz-checkin.v1.a.482913.sig')
    const next = drawQr('yz-checkin.v1.a.905117.sig')
    expect(first.src).toMatch(/^data:image\/gif;base64,[A-Za-z0-9+/]+=*$/)
    expect(first.modules).toBeGreaterThanOrEqual(21)
    expect(next.src).not.toBe(first.src)
  })
})

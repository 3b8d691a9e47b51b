import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackFake } from './loopback-fake'

export interface ReceivedSms {
  method: string
  path: string
  authorization: string | undefined
  contentType: string | undefined
  body: unknown
}

/** An SMS gateway on 127.0.0.1 that records what it is sent; `status`/`hang` make it fail. */
export class FakeSmsGateway extends LoopbackFake {
  readonly apiKey = 'fake-sms-key'
  status = 200
  hang = false
  readonly received: ReceivedSms[] = []

  /** The code in the last message sent to `phone`. */
  lastCodeFor(phone: string): string | undefined {
    for (const sms of [...this.received].reverse()) {
      const body = sms.body as { phone?: string; params?: { code?: string } }
      if (body.phone === phone) return body.params?.code
    }
    return undefined
  }

  protected handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let body: unknown
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        body = null
      }
      this.received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      })
      if (this.hang) {
        this.hold(res)
        return
      }
      res.writeHead(this.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(this.status < 300 ? { id: `msg-${this.received.length}` } : { error: 'failed' }))
    })
  }
}

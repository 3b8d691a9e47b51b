import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedSms {
  method: string
  path: string
  authorization: string | undefined
  contentType: string | undefined
  body: unknown
}

/** An SMS gateway on 127.0.0.1 that records what it is sent; `status`/`hang` make it fail. */
export class FakeSmsGateway {
  readonly apiKey = 'fake-sms-key'
  status = 200
  hang = false
  readonly received: ReceivedSms[] = []
  private readonly server = createServer((req, res) => this.handle(req, res))
  private readonly hanging = new Set<ServerResponse>()
  url = ''

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** The code in the last message sent to `phone`. */
  lastCodeFor(phone: string): string | undefined {
    for (const sms of [...this.received].reverse()) {
      const body = sms.body as { phone?: string; params?: { code?: string } }
      if (body.phone === phone) return body.params?.code
    }
    return undefined
  }

  async close() {
    for (const res of this.hanging) res.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
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
        this.hanging.add(res)
        return
      }
      res.writeHead(this.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(this.status < 300 ? { id: `msg-${this.received.length}` } : { error: 'failed' }))
    })
  }
}

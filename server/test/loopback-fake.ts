import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An outside service stood in for on 127.0.0.1 at a free port. Subclasses answer requests;
 * `hold(res)` leaves one unanswered (a hung service) until close.
 */
export abstract class LoopbackFake {
  url = ''
  private readonly server = createServer((req, res) => this.handle(req, res))
  private readonly held = new Set<ServerResponse>()

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async close() {
    for (const res of this.held) res.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  protected hold(res: ServerResponse) {
    this.held.add(res)
  }

  protected abstract handle(req: IncomingMessage, res: ServerResponse): void
}

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { h5Dir, repoRoot } from './paths'

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  port: number
  /** Everything the server wrote, for failure messages. */
  output(): string
  stop(): Promise<void>
}

/** A port nobody listens on right now (the kernel's pick, released for the child to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

/**
 * Starts the real server (`server/src/server.ts`, the entry `npm start` uses) in a child process on a
 * free loopback port, on a fresh embedded database in a temp dir (so demo mode, the seed and
 * `/api/v1/dev/otp` are on), serving the built H5 app. Resolves once `/api/v1/health` answers.
 *
 * DATABASE_URL is removed on purpose: CI sets it for the server tests, but these checks need the
 * demo database and its sign-in codes.
 */
export async function startServer(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-test-'))
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.DATABASE_URL
  delete env.DEMO_MODE
  delete env.NODE_OPTIONS
  Object.assign(env, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    H5_DIR: h5Dir,
    LOG_LEVEL: 'warn',
    ...options.env,
  })
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'src', 'server.ts')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // If this process ends without stopping it (a crash, a closed pipe), take the server down with it.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`

  const stop = async () => {
    process.removeListener('exit', killOnExit)
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited(child)
      clearTimeout(timer)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }

  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop()
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before answering:\n${log}`)
    }
    try {
      const res = await fetch(`${origin}/api/v1/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`The server did not answer ${origin}/api/v1/health in time:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return { origin, port, output: () => log, stop }
}

/** GET a JSON document from the running server; throws with the body on a non-2xx answer. */
export async function getJson<T = unknown>(server: RunningServer, pathAndQuery: string, init?: RequestInit): Promise<T> {
  const res = await fetch(server.origin + pathAndQuery, init)
  const text = await res.text()
  if (!res.ok) throw new Error(`GET ${pathAndQuery} → ${res.status}: ${text}`)
  return JSON.parse(text) as T
}

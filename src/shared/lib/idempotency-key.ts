/**
 * An Idempotency-Key for one intent (an application, a submission): made on the first tap and kept
 * until the server has answered for sure, so a retry after a dropped connection (even after a restart)
 * is the same request and never does the thing twice. 8–100 characters of [A-Za-z0-9_-], as the
 * contract asks; `prefix` says what it was for when it shows up in a log.
 *
 * Math.random rather than crypto: the mini-program has no `crypto` global. Uniqueness per person is
 * all the server needs (keys are scoped to the user), not secrecy.
 */
export function newIdempotencyKey(prefix: string, random: () => number = Math.random, now: number = Date.now()): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let tail = ''
  for (let i = 0; i < 20; i += 1) tail += alphabet[Math.floor(random() * alphabet.length)] ?? 'x'
  return `${prefix}-${now.toString(36)}-${tail}`
}

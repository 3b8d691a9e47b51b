/**
 * An Idempotency-Key for one intent to apply: made on the first tap and kept until the server has
 * answered for sure, so a retry after a dropped connection (even after a restart) is the same request
 * and can never make a second application. 8–100 characters of [A-Za-z0-9_-], as the contract asks.
 *
 * Math.random rather than crypto: the mini-program has no `crypto` global. Uniqueness per person and
 * job is all the server needs (the key is scoped to the user), not secrecy.
 */
export function newIdempotencyKey(random: () => number = Math.random, now: number = Date.now()): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let tail = ''
  for (let i = 0; i < 20; i += 1) tail += alphabet[Math.floor(random() * alphabet.length)] ?? 'x'
  return `apply-${now.toString(36)}-${tail}`
}

import { useEffect, useState } from 'react'

/** Seconds left until zero, ticking once a second; `start(n)` begins again. */
export function useCountdown() {
  const [left, setLeft] = useState(0)
  useEffect(() => {
    if (left <= 0) return undefined
    const timer = setTimeout(() => setLeft((value) => Math.max(0, value - 1)), 1000)
    return () => clearTimeout(timer)
  }, [left])
  return { left, start: (seconds: number) => setLeft(seconds) }
}

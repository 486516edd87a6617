// Limits how many requests run at once, per host and overall, so a link check is polite to every site.

/** Runs tasks with at most `perHost` at a time for one host and `overall` in total. */
export class Limiter {
  private running = 0
  private readonly perHostRunning = new Map<string, number>()
  private readonly waiting: Array<{host: string; start: () => void}> = []

  /**
   * @param perHost - Most requests in flight to one host (`host:port`).
   * @param overall - Most requests in flight in total.
   */
  constructor(
    private readonly perHost: number,
    private readonly overall: number
  ) {}

  /**
   * Run `task` once a slot for `host` is free.
   *
   * @param host - The URL's `host` (name and port).
   * @param task - The request.
   * @returns What `task` returns.
   */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      this.waiting.push({host, start: resolve})
      this.next()
    })
    try {
      return await task()
    } finally {
      this.running--
      this.perHostRunning.set(host, (this.perHostRunning.get(host) ?? 1) - 1)
      this.next()
    }
  }

  /** Start every waiting task that may start now, first come first served per host. */
  private next(): void {
    for (let index = 0; index < this.waiting.length && this.running < this.overall; ) {
      const candidate = this.waiting[index]
      if (!candidate || (this.perHostRunning.get(candidate.host) ?? 0) >= this.perHost) {
        index++
        continue
      }

      this.waiting.splice(index, 1)
      this.running++
      this.perHostRunning.set(candidate.host, (this.perHostRunning.get(candidate.host) ?? 0) + 1)
      candidate.start()
    }
  }
}

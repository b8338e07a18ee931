/**
 * The offset between this device's clock and the server's, learnt from the live feed. Each event
 * carries the server's time; it arrives a little later on the local clock. The smallest
 * difference among recent samples is the offset plus the smallest network delay, close enough
 * for a speaking-time countdown. Until the first sample the local clock is taken as right.
 */
export class ClockSkew {
  private readonly samples: number[] = [];

  constructor(private readonly window = 20) {}

  /** Records an event stamped `serverIso` by the server and received at `localMs` here. */
  sample(serverIso: string, localMs: number): void {
    const server = Date.parse(serverIso);
    if (!Number.isFinite(server)) return;
    this.samples.push(localMs - server);
    if (this.samples.length > this.window) this.samples.shift();
  }

  /** Local minus server time in milliseconds: subtract it from `Date.now()` for server time. */
  offsetMs(): number {
    return this.samples.length === 0 ? 0 : Math.min(...this.samples);
  }
}

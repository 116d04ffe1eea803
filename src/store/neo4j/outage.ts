import { StoreUnavailableError } from '../port.ts';

export interface OutageGuard {
  /** Throws at once while an outage is known, so requests do not each wait out the driver's retries. */
  check(): void;
  /**
   * Aborted, with the outage's error, as soon as one is recorded; a fresh signal once it ends. A
   * statement waiting on the server watches the one it started under, and stops waiting with it.
   */
  readonly found: AbortSignal;
  /** Records an outage: requests fail fast until a probe gets through. */
  trip(error: StoreUnavailableError): void;
  /** Ends a known outage (the server answered some other way, e.g. a health check). */
  reset(): void;
  stop(): void;
}

/**
 * A circuit breaker for a server that went away: the first request to meet the outage waits out
 * the driver's connection timeout and retries; after it, requests are answered STORE_UNAVAILABLE
 * at once while `probe` runs every `intervalMs`, and serve again from the first probe that succeeds.
 */
export function createOutageGuard(probe: () => Promise<void>, intervalMs: number): OutageGuard {
  let outage: StoreUnavailableError | undefined;
  let found = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const end = () => {
    outage = undefined;
    if (found.signal.aborted) found = new AbortController();
  };
  const schedule = () => {
    timer = setTimeout(() => {
      probe().then(
        () => {
          end();
          timer = undefined;
        },
        () => schedule(),
      );
    }, intervalMs);
    timer.unref();
  };
  return {
    check() {
      if (outage) throw new StoreUnavailableError(outage.message, { cause: outage });
    },
    get found() {
      return found.signal;
    },
    trip(error) {
      outage = error;
      found.abort(error);
      if (timer === undefined) schedule();
    },
    reset: end,
    stop() {
      clearTimeout(timer);
    },
  };
}

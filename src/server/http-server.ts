import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { Socket } from 'node:net';

export interface HttpOptions {
  /** Longest wait for a request's headers, from its first byte. @default 10000 */
  headersTimeoutMs: number;
  /** Longest wait for a whole request (headers and body) to arrive: a trickling client is cut off with 408. @default 30000 */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. @default 5000 */
  keepAliveTimeoutMs: number;
  /** On shutdown, how long answers in flight may take to finish. @default 10000 */
  drainMs: number;
}

export const DEFAULT_HTTP: HttpOptions = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  drainMs: 10_000,
};

export interface DrainReport {
  /** Answers that finished during the drain. */
  finished: number;
  /** Connections still answering when the drain time ran out, closed unfinished. */
  cut: number;
}

export interface HttpServer {
  server: Server;
  /**
   * Stops accepting connections, lets every answer in flight finish and reach the
   * client whole, closes idle keep-alive connections gracefully (never cutting a
   * body still being written), and resolves once every connection is closed, or
   * after `drainMs` with the connections it had to cut.
   */
  drain(): Promise<DrainReport>;
}

/** The Node HTTP server for `listener`, with request timeouts and a graceful drain. */
export function createHttpServer(listener: RequestListener, options: HttpOptions): HttpServer {
  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      keepAliveTimeout: options.keepAliveTimeoutMs,
      // How often Node checks the two timeouts above (its default, 30 s, would let a trickle run that long past them).
      connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs, options.requestTimeoutMs),
    },
    listener,
  );
  const active = new Map<Socket, number>();
  let draining = false;
  let finished = 0;

  server.on('connection', (socket: Socket) => {
    active.set(socket, 0);
    socket.once('close', () => active.delete(socket));
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    active.set(socket, (active.get(socket) ?? 0) + 1);
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      const left = (active.get(socket) ?? 1) - 1;
      active.set(socket, left);
      if (draining) {
        finished += 1;
        // end(), not destroy(): whatever is still buffered is written out before the FIN.
        if (left === 0) socket.end();
      }
    });
  });

  return {
    server,
    drain() {
      draining = true;
      return new Promise<DrainReport>((resolve) => {
        let done = false;
        const settle = () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          const cut = [...active.keys()].filter((socket) => (active.get(socket) ?? 0) > 0).length;
          for (const socket of active.keys()) socket.destroy();
          resolve({ finished, cut });
        };
        const timer = setTimeout(settle, options.drainMs);
        server.close(settle);
        for (const [socket, requests] of active) if (requests === 0) socket.end();
      });
    },
  };
}

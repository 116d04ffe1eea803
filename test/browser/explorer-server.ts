import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveExplorer } from '../../src/server/plugins/use-explorer.ts';
import type { App } from '../../src/server/create-app.ts';

/**
 * The app over HTTP on a free port. When create-app.ts registers `useExplorer`, the app alone
 * serves the page; until then the explorer is answered first and the app does the rest.
 */
export async function listenWithExplorer(app: App): Promise<{ server: Server; base: string; registered: boolean }> {
  const registered = (await app.fetch('http://yoga/explore')).headers.get('content-type')?.startsWith('text/html') ?? false;
  const server = createServer(registered ? app : (request, response) => void route(app, request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, registered };
}

async function route(app: App, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // Only GET and HEAD reach the explorer, so the body stays unread for the app.
  const answer =
    request.method === 'GET' || request.method === 'HEAD'
      ? await serveExplorer(new Request(`http://${request.headers.host}${request.url}`, { method: request.method }))
      : undefined;
  if (!answer) return void app(request, response);
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

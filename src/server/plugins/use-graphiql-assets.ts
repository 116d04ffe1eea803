import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';
import type { Plugin } from 'graphql-yoga';
import type { Asset } from '../static-assets.ts';
import { asset, contentHash, serveAsset } from '../static-assets.ts';

const PREFIX = '/graphiql/assets/';

interface GraphiQLAssets {
  /** Path → asset; the only paths ever served. */
  files: Map<string, Asset>;
  /** The page for these options: a few kB that load the hashed assets. */
  render(options: object): string;
}

let built: GraphiQLAssets | undefined;

/**
 * GraphiQL (9 MB of script, style and workers) as hashed files cached for a year and
 * compressed once, instead of inlined into every page load. The page itself stays small.
 */
export function graphiqlAssets(): GraphiQLAssets {
  if (built) return built;
  const files = new Map<string, Asset>();
  const add = (name: string, ext: string, body: Uint8Array<ArrayBuffer> | string, type: string) => {
    const path = `${PREFIX}${name}.${contentHash(body)}.${ext}`;
    files.set(path, asset(body, type, true));
    return path;
  };
  const icon = /^data:([^;]+);base64,(.*)$/.exec(favicon);
  const urls = {
    script: add('graphiql', 'js', js, 'text/javascript; charset=utf-8'),
    style: add('graphiql', 'css', css, 'text/css; charset=utf-8'),
    icon: icon ? add('favicon', 'ico', new Uint8Array(Buffer.from(icon[2]!, 'base64')), icon[1]!) : favicon,
    workers: {
      editorWorkerService: add('editor.worker', 'js', editorWorkerService, 'text/javascript; charset=utf-8'),
      json: add('json.worker', 'js', jsonWorker, 'text/javascript; charset=utf-8'),
      graphql: add('graphql.worker', 'js', graphqlWorker, 'text/javascript; charset=utf-8'),
    },
  };
  const escape = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const render = (options: object) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escape(String((options as { title?: string }).title ?? 'GraphiQL'))}</title>
    <link rel="icon" href="${urls.icon}" />
    <link rel="stylesheet" href="${urls.style}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${JSON.stringify(urls.workers)};
      self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
    </script>
    <script src="${urls.script}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), ${JSON.stringify(options).replace(/</g, '\\u003c')});
    </script>
  </body>
</html>
`;
  built = { files, render };
  return built;
}

/** Serves GraphiQL's hashed assets under /graphiql/assets/. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(PREFIX) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const file = graphiqlAssets().files.get(url.pathname);
      endResponse(file ? await serveAsset(request, file) : new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
    },
  };
}

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * GraphiQL (outside production) from the installed @graphql-yoga/render-graphiql package, served by
 * the gateway itself: the page, its script, styles and editor workers never come from a CDN, so it
 * works on a municipal network or a machine without internet.
 */
export const GRAPHIQL_ASSETS = '/graphiql-assets/';

interface Asset {
  body: string | Uint8Array<ArrayBuffer>;
  type: string;
}

type Assets = Record<string, Asset>;

// The workers the Monaco editor asks for by label, as files under GRAPHIQL_ASSETS.
const workerFiles = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' } as const;

let loaded: Promise<Assets> | undefined;

/** The bundle is 9 MB of text: read once, on the first request for GraphiQL. */
function assets(): Promise<Assets> {
  loaded ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const script = 'text/javascript; charset=utf-8';
    const environment = `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (moduleId, label) { return ${JSON.stringify(GRAPHIQL_ASSETS)} + (${JSON.stringify(workerFiles)}[label] || 'editor.worker.js'); } };`;
    const start = `YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), JSON.parse(document.getElementById('graphiql-options').textContent || '{}'));`;
    return {
      'graphiql.js': { body: bundle.js, type: script },
      'graphiql.css': { body: bundle.css, type: 'text/css; charset=utf-8' },
      'environment.js': { body: environment, type: script },
      'start.js': { body: start, type: script },
      [workerFiles.editorWorkerService]: { body: bundle.editorWorkerService, type: script },
      [workerFiles.json]: { body: bundle.jsonWorker, type: script },
      [workerFiles.graphql]: { body: bundle.graphqlWorker, type: script },
      'favicon.ico': { body: new Uint8Array(Buffer.from(bundle.favicon.replace(/^data:[^,]*,/, ''), 'base64')), type: 'image/x-icon' },
    };
  });
  return loaded;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** The GraphiQL page: every asset from GRAPHIQL_ASSETS, its options as JSON data (never script). */
export function renderGraphiQL(options: { title?: string } & Record<string, unknown> = {}): string {
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${GRAPHIQL_ASSETS}environment.js"></script>
    <script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
    <script src="${GRAPHIQL_ASSETS}start.js"></script>
  </body>
</html>`;
}

/** Serves GraphiQL's assets under GRAPHIQL_ASSETS; an unknown name is 404. */
export function useGraphiQLAssets(): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const name = url.pathname.slice(GRAPHIQL_ASSETS.length);
      const asset = Object.hasOwn(await assets(), name) ? (await assets())[name] : undefined;
      if (!asset) return endResponse(new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      endResponse(
        new Response(request.method === 'HEAD' ? null : asset.body, {
          status: 200,
          headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' },
        }),
      );
    },
  };
}

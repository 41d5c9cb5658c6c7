import {createServer, type Server} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {join, extname, normalize} from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Parses a Netlify-style `_headers` file: only the `/*` block, which is all we use. */
export function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inBlock = line.trim() === '/*';
    else if (inBlock && line.includes(':')) {
      const [name, ...rest] = line.trim().split(':');
      headers[name!.trim()] = rest.join(':').trim();
    }
  }
  return headers;
}

/**
 * Serves a Docusaurus build on 127.0.0.1 the way a static host does: `/x` → `x.html` or
 * `x/index.html`, unknown paths → `404.html` with status 404, and the headers from `_headers`.
 */
export async function serveBuild(root: string, port = 0): Promise<{server: Server; origin: string}> {
  const headersFile = join(root, '_headers');
  const extraHeaders = (await isFile(headersFile)) ? parseHeaders(await readFile(headersFile, 'utf8')) : {};
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
    let file: string | undefined;
    for (const candidate of candidates) {
      if (await isFile(candidate)) {
        file = candidate;
        break;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const body = await readFile(file);
    response.writeHead(status, {'content-type': types[extname(file)] ?? 'application/octet-stream', ...extraHeaders});
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {server, origin: `http://127.0.0.1:${actualPort}`};
}

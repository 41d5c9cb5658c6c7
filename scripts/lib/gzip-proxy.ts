/**
 * A proxy on 127.0.0.1 that gzips text responses of another local server, as every static
 * host (GitHub Pages, Netlify) does. Lighthouse's simulated throttling works from transfer
 * sizes, so measuring an uncompressed server would penalise the site for the test setup.
 */
import {createServer, request as httpRequest, type Server} from 'node:http';
import {gzipSync} from 'node:zlib';

/** Whether a response of this content type is worth compressing. Pure. */
export function compressible(contentType: string | undefined): boolean {
  return /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/.test(contentType ?? '');
}

export async function startGzipProxy(upstream: string): Promise<{server: Server; origin: string}> {
  const target = new URL(upstream);
  const server = createServer((incoming, outgoing) => {
    const forward = httpRequest(
      {host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: {...incoming.headers, 'accept-encoding': 'identity'}},
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = {...response.headers};
          const accepts = /\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? ''));
          if (accepts && compressible(headers['content-type']) && body.length > 0) {
            const zipped = gzipSync(body);
            headers['content-encoding'] = 'gzip';
            headers['content-length'] = String(zipped.length);
            headers.vary = 'Accept-Encoding';
            outgoing.writeHead(response.statusCode ?? 502, headers);
            outgoing.end(zipped);
          } else {
            headers['content-length'] = String(body.length);
            outgoing.writeHead(response.statusCode ?? 502, headers);
            outgoing.end(body);
          }
        });
      },
    );
    forward.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {server, origin: `http://127.0.0.1:${port}`};
}

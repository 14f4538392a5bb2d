import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Types a host compresses. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.wasm']);

/**
 * A plain static file server over `dist/`, like any static host: `/path/` serves `/path/index.html`, and a
 * missing file gets `404.html` with status 404. Bound to 127.0.0.1 only. With `compress`, text files go out
 * brotli-compressed (quality 11, each file once) to a client that accepts it, as a production host serves them
 * (Lighthouse measures what a reader downloads); the tests use plain files.
 */
export async function startStaticServer(root: string, options: { readonly compress?: boolean } = {}): Promise<{ url: string; server: Server }> {
  const base = resolve(root);
  const compressed = new Map<string, Buffer>();
  const sendCompressed = async (file: string, status: number, response: import('node:http').ServerResponse) => {
    let body = compressed.get(file);
    if (!body) {
      body = brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      compressed.set(file, body);
    }
    response.writeHead(status, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'br', vary: 'accept-encoding' });
    response.end(body);
  };
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const candidate = normalize(join(base, pathname));
    if (!candidate.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    const file = await findFile(candidate);
    const acceptsBrotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.compress && acceptsBrotli) {
      const served = file ?? join(base, '404.html');
      if (COMPRESSIBLE.has(extname(served))) {
        await sendCompressed(served, file ? 200 : 404, response);
        return;
      }
    }
    if (file) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] ?? 'text/html' });
    createReadStream(join(base, '404.html')).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

async function findFile(path: string): Promise<string | undefined> {
  for (const option of [path, join(path, 'index.html')]) {
    try {
      if ((await stat(option)).isFile()) return option;
    } catch {
      // Not there: try the next option.
    }
  }
  return undefined;
}

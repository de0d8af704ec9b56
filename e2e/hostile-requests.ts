// 500+ hostile requests, sent as raw bytes (an HTTP client would normalise the paths first), each
// in a class whose outcome the robustness test asserts.
import { connect } from 'node:net';

export interface RawResponse {
  /** null when the server closed the connection without an answer */
  status: number | null;
  text: string;
}

/** Sends one request as written and reads the answer until the server closes the connection. */
export function send(port: number, request: Buffer | string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    const finish = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    };
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset a connection it refuses (e.g. headers too large) after answering.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else reject(error);
    });
    socket.on('end', finish);
    socket.write(request);
  });
}

export type RequestClass =
  | 'private file'
  | 'traversal'
  | 'overlong path'
  | 'overlong query'
  | 'bad encoding in the path'
  | 'bad encoding in the query'
  | 'unicode and control'
  | 'method other than GET'
  | 'HEAD'
  | 'unknown method'
  | 'CONNECT'
  | 'server action'
  | 'RSC request'
  | 'huge header'
  | 'odd header'
  | 'malformed request line';

/**
 * What each class may get, from either server (`npm start` and the plain static server): a file
 * outside public/ is never 200, traversal is 400 or 404, a method other than GET or HEAD is 405. A
 * redirect (308 from Next for "//x" and to the site's one URL form, which adds the final slash to
 * any path that is not file-like, 301 from the static server for a folder) must point at a path of
 * the same site; the test checks that too.
 */
export const EXPECTED: Readonly<Record<RequestClass, readonly number[]>> = {
  'private file': [404, 308],
  traversal: [400, 404, 308],
  'overlong path': [404, 308, 431],
  'overlong query': [200, 431],
  'bad encoding in the path': [400, 404, 308],
  'bad encoding in the query': [200, 400],
  'unicode and control': [400, 404, 308],
  'method other than GET': [405],
  HEAD: [200, 301, 308, 404],
  'unknown method': [400],
  CONNECT: [400],
  'server action': [400, 405],
  // Next sends an RSC request to the same page with a cache-busting ?_rsc= (307), then answers
  // the payload, which no page asks for any more (e2e/lean.spec.ts follows it); a static host
  // serves the page.
  'RSC request': [200, 307],
  'huge header': [200, 431],
  'odd header': [100, 200, 304, 400, 416],
  'malformed request line': [200, 400, 404],
};

export interface HostileRequest {
  class: RequestClass;
  name: string;
  bytes: Buffer | string;
  /** the server may close the connection without an answer (only malformed requests named here) */
  mayClose?: boolean;
}

const requestLine = (method: string, target: string, headers: string[] = []) =>
  [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headers, '', ''].join('\r\n');

/** Files that exist on the server next to the site, which must never be served. */
export const PRIVATE_FILES: Readonly<Record<string, RegExp>> = {
  'package.json': /"name":\s*"academic-site"/,
  '.env': /^[A-Z_]+=/m,
  '.git/config': /\[core\]/,
  'content/site.yml': /^author:/m,
  'tests/fixtures/site/content/site.yml': /^author:/m,
  'next.config.js': /nextConfig/,
  '.next/BUILD_ID': /^[\w-]{8,}$/,
  'server.ts': /createServer/,
  'etc/passwd': /root:x:0:0/,
  'proc/self/environ': /PATH=/,
};

export function hostileRequests(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const get = (kind: RequestClass, target: string, name = target.slice(0, 80)) => requests.push({ class: kind, name: `GET ${name}`, bytes: requestLine('GET', target) });

  // Files outside public/, asked for directly and by every traversal trick.
  const ups = ['../', '..%2f', '..%2F', '%2e%2e/', '%2e%2e%2f', '..%252f', '%252e%252e%252f', '..\\', '..%5c', '%c0%ae%c0%ae/', '..;/', '.../'];
  for (const target of Object.keys(PRIVATE_FILES)) {
    get('private file', `/${target}`);
    get('private file', `//${target}`);
    for (const up of ups) {
      get('traversal', `/${up.repeat(6)}${target}`);
      get('traversal', `/_next/static/chunks/${up.repeat(5)}${target}`);
    }
    get('traversal', `/_next/static/${'../'.repeat(4)}${target}`);
    get('traversal', `/_next/image?url=${encodeURIComponent(`/${'../'.repeat(4)}${target}`)}&w=64&q=75`);
  }
  // Overlong paths and query strings.
  for (const size of [1024, 4096, 8192, 8192 * 2, 60_000]) {
    get('overlong path', `/${'a'.repeat(size)}`, `/a×${size}`);
    get('overlong query', `/?q=${'b'.repeat(size)}`, `/?q=b×${size}`);
    get('overlong path', `/${'%41'.repeat(size / 3)}`, `/%41×${size / 3}`);
    get('overlong path', `/${'a/'.repeat(size / 2)}`, `/a/×${size / 2}`);
  }
  // Invalid percent-encoding.
  for (const bad of ['%', '%%', '%zz', '%c0%af', '%ff%fe', '%00', '%e0%80%80', '%ed%a0%80', '%u002e', '%2', '%G0', '%%32%65', '%c3%28', '%f8%88%80%80%80']) {
    for (const at of ['/', '/about/', '/_next/static/', '/feed.xml/']) get('bad encoding in the path', `${at}${bad}`);
    get('bad encoding in the query', `/?x=${bad}`);
  }
  // Unicode and control characters, sent as raw bytes.
  for (const chars of ['é', 'Ω', '日本語', '😀', '\u202e', '\ufeff', '\u0000', '\u0001', '\u001b[31m', '\u007f', '\t', '\r', '\n']) {
    requests.push({ class: 'unicode and control', name: `GET raw ${JSON.stringify(chars)}`, bytes: Buffer.from(requestLine('GET', `/${chars}x`), 'utf8') });
    get('unicode and control', `/${encodeURIComponent(chars)}`);
  }
  for (let byte = 0x80; byte <= 0xff; byte += 4) {
    requests.push({
      class: 'unicode and control',
      name: `GET byte 0x${byte.toString(16)}`,
      bytes: Buffer.concat([Buffer.from('GET /'), Buffer.from([byte]), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]),
    });
  }
  // Methods other than GET on real routes, with and without a body.
  const kindOf = (method: string): RequestClass =>
    method === 'HEAD' ? 'HEAD' : method === 'CONNECT' ? 'CONNECT' : method === 'FOO' ? 'unknown method' : 'method other than GET';
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'FOO', 'HEAD', 'CONNECT']) {
    for (const target of ['/', '/about', '/feed.xml', '/sitemap.xml', '/opengraph-image.png', '/no-such-page']) {
      const body = method === 'POST' || method === 'PUT' ? 'a=1' : '';
      requests.push({
        class: kindOf(method),
        name: `${method} ${target}`,
        bytes: requestLine(method, target, body ? ['Content-Type: application/x-www-form-urlencoded', `Content-Length: ${body.length}`] : []) + body,
        // Node's parser takes CONNECT as a tunnel request, which a plain server closes.
        mayClose: method === 'CONNECT',
      });
    }
  }
  // Headers that ask Next's runtime for something the site does not have.
  requests.push({ class: 'server action', name: 'POST / as a server action', bytes: requestLine('POST', '/', ['Next-Action: 0000000000000000000000000000000000000000', 'Content-Type: text/plain', 'Content-Length: 2']) + '[]' });
  requests.push({ class: 'RSC request', name: 'GET / with RSC headers', bytes: requestLine('GET', '/', ['RSC: 1', 'Next-Router-State-Tree: %7B%7D%%%']) });
  requests.push({ class: 'RSC request', name: 'GET / with a bad router state', bytes: requestLine('GET', '/', ['RSC: 1', 'Next-Router-State-Tree: not-json']) });
  // Huge headers.
  for (const size of [4096, 8192, 16_000, 32_000, 100_000]) {
    requests.push({ class: 'huge header', name: `header of ${size} bytes`, bytes: requestLine('GET', '/', [`X-Big: ${'x'.repeat(size)}`]) });
    requests.push({ class: 'huge header', name: `cookie of ${size} bytes`, bytes: requestLine('GET', '/', [`Cookie: a=${'y'.repeat(size)}`]) });
  }
  requests.push({ class: 'huge header', name: '500 headers', bytes: requestLine('GET', '/', Array.from({ length: 500 }, (_, i) => `X-H${i}: ${i}`)) });
  for (const header of ['Host: ', 'Host: evil.example', 'Host: 127.0.0.1:99999', 'Accept-Encoding: ' + 'gzip,'.repeat(500), 'Range: bytes=0-0,1-1,2-2', 'Range: bytes=999999-', 'If-None-Match: *', 'Accept: */*;q=' + '9'.repeat(100), 'X-Forwarded-Host: evil.example', 'X-Forwarded-Proto: gopher', 'Content-Length: -1', 'Transfer-Encoding: chunked', 'Expect: 100-continue', 'Accept-Language: ' + 'x'.repeat(4000)]) {
    requests.push({ class: 'odd header', name: `GET / with ${header.slice(0, 40)}`, bytes: requestLine('GET', '/', [header]) });
  }
  // Malformed request lines.
  for (const line of ['GET', 'GET /', 'GET / HTTP/9.9', 'GET / HTTP/1.1 extra', ' / HTTP/1.1', 'GET http://evil.example/ HTTP/1.1', 'GET * HTTP/1.1', 'GET ../../etc/passwd HTTP/1.1', 'G\u0000T / HTTP/1.1']) {
    requests.push({ class: 'malformed request line', name: `request line ${JSON.stringify(line)}`, bytes: `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n` });
  }
  return requests;
}

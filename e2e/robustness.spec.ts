// 500+ hostile requests against both servers the site runs on: `npm start` (server.ts, Next's
// handler behind a guard) and the plain static server that serves the export
// (scripts/serve-static.ts). Each class of request has the outcomes it may get (EXPECTED); no file
// outside public/ is ever served, no answer is a 5xx or shows a stack trace or a server path, a
// redirect stays on the site, and only the malformed requests named in the list may be closed
// without an answer.
import { expect, test } from '@playwright/test';
import { EXPECTED, type HostileRequest, PRIVATE_FILES, type RawResponse, type RequestClass, hostileRequests, send } from './hostile-requests';
import { E2E, FIXTURE } from './targets';

const LEAKS = [
  /\n\s+at [\w$.<>]+ \(/, // a stack frame
  /\/work\/|\/home\/|\/root\/|\/tmp\/|[A-Z]:\\/, // an absolute path on the server
  /node_modules\/|\.next\/server|\[project\]/,
];

/** What is wrong with one answer, if anything. */
function problemsOf(request: HostileRequest, response: RawResponse): string[] {
  const problems: string[] = [];
  const { status, text } = response;
  if (status === null) {
    if (!request.mayClose) problems.push('closed without an answer');
    return problems;
  }
  if (!EXPECTED[request.class].includes(status)) problems.push(`${status}, expected ${EXPECTED[request.class].join(' or ')}`);
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  for (const leak of LEAKS) if (leak.test(text)) problems.push(`the answer matches ${leak}`);
  for (const [file, content] of Object.entries(PRIVATE_FILES)) if (content.test(body)) problems.push(`the body looks like ${file}`);
  if ([301, 302, 303, 307, 308].includes(status)) {
    const location = /\r\nlocation: ([^\r]*)/i.exec(text)?.[1];
    if (location === undefined || !location.startsWith('/') || location.startsWith('//')) problems.push(`redirects off the site to ${JSON.stringify(location)}`);
  }
  return problems;
}

const SERVERS = [
  { name: 'npm start', port: E2E.server.port },
  { name: 'the static server', port: E2E.export.port },
];

for (const server of SERVERS) {
  test(`${server.name} answers each class of 500+ hostile requests as expected, and still serves /`, async ({ request }) => {
    test.setTimeout(240_000);
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThanOrEqual(500);
    const failures: string[] = [];
    const seen = new Map<RequestClass, Map<string, number>>();
    // A few at a time, as a crawler would.
    for (let i = 0; i < requests.length; i += 8) {
      const batch = requests.slice(i, i + 8);
      const responses = await Promise.all(batch.map(({ bytes }) => send(server.port, bytes)));
      responses.forEach((response, j) => {
        const hostile = batch[j];
        if (!hostile) return;
        for (const problem of problemsOf(hostile, response)) failures.push(`${hostile.class}: ${hostile.name}: ${problem}`);
        const statuses = seen.get(hostile.class) ?? new Map<string, number>();
        const key = response.status === null ? 'closed' : String(response.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        seen.set(hostile.class, statuses);
      });
    }
    test.info().annotations.push({
      type: 'statuses by class',
      description: [...seen].map(([kind, statuses]) => `${kind}: ${JSON.stringify(Object.fromEntries(statuses))}`).join('\n'),
    });
    expect(failures).toEqual([]);
    // Every class was sent and answered.
    expect([...seen.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    const home = await request.get(`http://127.0.0.1:${server.port}/`);
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain(FIXTURE.name);
  });
}

test('the oracle fails a served private file, an unexpected status, a close and an off-site redirect', () => {
  const file: HostileRequest = { class: 'private file', name: 'GET /package.json', bytes: '' };
  const ok = (status: number, headers = '', body = ''): RawResponse => ({ status, text: `HTTP/1.1 ${status} X\r\n${headers}\r\n${body}` });
  expect(problemsOf(file, ok(404))).toEqual([]);
  expect(problemsOf(file, ok(200, '', '{\n  "name": "academic-site"\n}'))).toEqual(['200, expected 404 or 308', 'the body looks like package.json']);
  expect(problemsOf(file, { status: null, text: '' })).toEqual(['closed without an answer']);
  expect(problemsOf(file, ok(308, 'Location: //evil.example/\r\n'))).toEqual(['redirects off the site to "//evil.example/"']);
  expect(problemsOf({ ...file, class: 'CONNECT', mayClose: true }, { status: null, text: '' })).toEqual([]);
  expect(problemsOf({ ...file, class: 'traversal' }, ok(400, '', 'Error\n    at handle (/work/main/server.ts:3:1)'))).toEqual([
    'the answer matches /\\n\\s+at [\\w$.<>]+ \\(/',
    'the answer matches /\\/work\\/|\\/home\\/|\\/root\\/|\\/tmp\\/|[A-Z]:\\\\/',
  ]);
});

// What happens when the owner adds a client component (build-e2e adds components/ClientProbe.tsx
// on /client-probe/ to a copy of the app): the build keeps Next's runtime and says why in one line,
// the CSP allows the runtime's inline scripts, and the pages work, the component included.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the build says in one line that it keeps the runtime, and why', () => {
  const log = readFileSync('.e2e-client/build.log', 'utf8');
  const lines = log.split('\n').filter((line) => line.startsWith('Lean pass'));
  expect(lines).toEqual([
    "Lean pass skipped: components/ClientProbe.tsx is a client component, which needs Next's client runtime: the pages keep it, and the CSP allows inline scripts ('unsafe-inline'). Make it a Server Component to serve lean pages again.",
  ]);
});

test('the pages keep the runtime and the CSP allows it', async ({ request }) => {
  for (const path of ['/', '/client-probe/', '/teaching/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toMatch(/<script[^>]*\bsrc="\/_next\/static\//);
    expect(html, path).toContain('self.__next_f');
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp, path).not.toContain('sha256');
    expect(csp, path).not.toContain('unsafe-eval');
  }
});

test('the client component works, and no page has a console error or a CSP violation', async ({ page }) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/client-probe/');
  const button = page.getByRole('button', { name: /Clicked/ });
  for (let i = 1; i <= 3; i += 1) {
    await button.click();
    await expect(button).toHaveText(`Clicked ${i} times`);
  }
  await page.goto('/');
  await expect(page.locator('#theme-toggle')).toBeVisible();
  await page.locator('#theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(problems).toEqual([]);
});

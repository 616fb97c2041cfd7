// End-to-end: the real service (built in Release) over a fresh SQLite file, driven by Debian's chromium.
// Run from the repository root after `dotnet build -c Release`:  (cd tests/e2e && npm ci && npm test)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const output = join(here, 'output');
const dll = process.env.NEWSAPI_DLL ?? join(repo, 'src', 'NewsApi', 'bin', 'Release', 'net10.0', 'NewsApi.dll');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const seedSpeakers = [
  'Keivan Khosravi', 'Keivan Khosravi', 'Keivan Khosravi', 'Keivan Khosravi', 'Keivan Khosravi',
  'media', 'Rossiya 24', 'Ali Shamkhani', 'Ali Shamkhani',
];

let scratch, server, serverLog = '', base, context;

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

async function waitForHealth(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the service exited with ${server.exitCode}:\n${serverLog}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`no healthy /health within ${timeoutMs} ms:\n${serverLog}`);
}

function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
}
process.on('exit', stopServer);

before(async () => {
  assert.ok(existsSync(dll), `${dll} is missing: run "dotnet build -c Release" first`);
  assert.ok(existsSync(browserPath), `${browserPath} is missing: apt-get install -y chromium`);
  mkdirSync(output, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), 'newsapi-e2e-'));
  base = `http://127.0.0.1:${await freePort()}`;
  server = spawn('dotnet', [dll, '--urls', base], {
    cwd: join(repo, 'src', 'NewsApi'),
    env: { ...process.env, ConnectionStrings__News: `Data Source=${join(scratch, 'news.db')}`, ASPNETCORE_ENVIRONMENT: 'Production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', d => { serverLog += d; });
  server.stderr.on('data', d => { serverLog += d; });
  await waitForHealth(60_000);

  context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  try {
    await context?.close();
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise(r => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise(r => setTimeout(r, 5_000))]);
      stopServer();
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
});

test('the reader page highlights every quote with its speaker', { timeout: 120_000 }, async () => {
  const page = await context.newPage();
  const problems = [];
  // the browser's own probe for /favicon.ico is not the page's doing
  page.on('console', m => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${m.text()} ${m.location().url}`); });
  page.on('pageerror', e => problems.push(e.message));

  const response = await page.goto(`${base}/articles/1/view`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /^default-src 'none';/);

  const quotes = await page.$$eval('article span.quote[id]', spans => spans.map(s => ({
    id: s.id, title: s.title, speaker: s.dataset.speaker, text: s.textContent,
    background: getComputedStyle(s).backgroundColor,
  })));
  assert.deepEqual(quotes.map(q => q.speaker), seedSpeakers);
  for (const q of quotes) assert.ok(q.title.startsWith(q.speaker), `${q.id}: title "${q.title}"`);
  // inline styles apply under the CSP: quotes and mentions are really highlighted
  assert.equal(quotes[0].background, 'rgb(255, 241, 242)');
  assert.equal(await page.locator('a.entity-person').first().evaluate(a => getComputedStyle(a).backgroundColor), 'rgb(219, 234, 254)');

  const listed = await page.$$eval('aside li', items => items.map(li => ({
    speaker: li.querySelector('.speaker').textContent, href: li.querySelector('a').getAttribute('href'), text: li.querySelector('a').textContent,
  })));
  assert.deepEqual(listed.map(l => l.speaker), seedSpeakers);
  assert.deepEqual(listed.map(l => l.href), quotes.map(q => `#${q.id}`));
  assert.deepEqual(listed.map(l => l.text), quotes.map(q => q.text));

  // the side list leads to the quote in the text
  await page.locator('aside a[href="#quote-7"]').click();
  assert.equal(new URL(page.url()).hash, '#quote-7');
  assert.equal(await page.locator('#quote-7').evaluate(q => q.matches(':target')), true);
  assert.match(await page.locator('#quote-7').getAttribute('title'), /^Rossiya 24/);

  // a mention inside a quote opens its entity's JSON
  const shamkhani = page.locator('article a.entity-person', { hasText: 'Ali Shamkhani' });
  assert.equal(await shamkhani.getAttribute('href'), '/entities/9');
  const entity = await (await context.request.get(`${base}/entities/9`)).json();
  assert.equal(entity.name, 'Ali Shamkhani');

  await page.goto(`${base}/articles/1/view`);
  await page.screenshot({ path: join(output, 'reader.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('Swagger UI lists every operation and runs GET /articles/{id}', { timeout: 120_000 }, async () => {
  const spec = await (await fetch(`${base}/swagger/v1/swagger.json`)).json();
  const expected = Object.values(spec.paths).flatMap(methods => Object.values(methods))
    .map(op => `operations-${op.tags[0]}-${op.operationId}`).sort();
  assert.ok(expected.length >= 15, `only ${expected.length} operations in the document`);

  const page = await context.newPage();
  await page.goto(`${base}/swagger`);
  await page.locator('.opblock').first().waitFor();
  await page.waitForFunction(n => document.querySelectorAll('.opblock').length >= n, expected.length);
  const shown = (await page.$$eval('.opblock[id^="operations-"]', blocks => blocks.map(b => b.id))).sort();
  assert.deepEqual(shown, expected);
  await page.screenshot({ path: join(output, 'swagger.png'), fullPage: true });

  const operation = page.locator('#operations-Articles-GetArticle');
  await operation.locator('.opblock-summary').first().click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.locator('tr[data-param-name="id"] input').fill('1');
  await operation.getByRole('button', { name: 'Execute' }).click();

  const status = operation.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor();
  assert.equal((await status.textContent()).trim(), '200');
  const body = await operation.locator('.live-responses-table .response-col_description .microlight, .live-responses-table .response-col_description pre').first().textContent();
  assert.match(body, /Keivan Khosravi/);
  await operation.locator('.live-responses-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(output, 'swagger-try-it-out.png') });
  await page.close();
});

// Drives the operator console in a real Chromium (Debian's, through playwright-core) against a running app, as an
// operator would: every step prints one JSON line, screenshots go to the given folder, axe-core checks each page.
// Usage: node console-flow.mjs BASE_URL ADMIN_KEY SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import axe from 'axe-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, adminKey, shots] = process.argv.slice(2);
const say = (step, data = {}) => console.log(JSON.stringify({ step, ...data }));
const profile = mkdtempSync(join(tmpdir(), 'console-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
  viewport: { width: 1280, height: 900 },
});
context.setDefaultTimeout(60_000);
const page = context.pages()[0] || await context.newPage();
const foreign = [];
const consoleErrors = [];
const violations = [];
page.on('request', (r) => { const u = r.url(); if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u); });
page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));

const api = async (method, path, body) => {
  const response = await fetch(base + path, { method, headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => null) };
};
/** Waits for the console to finish rendering a route (app.js sets data-ready after each one). */
const ready = async (route) => page.waitForFunction((r) => (document.getElementById('main').dataset.ready || '').startsWith(`${r}:`), route);
const go = async (hash, route) => { await page.evaluate((h) => { document.getElementById('main').dataset.ready = ''; location.hash = h; }, hash); await ready(route); };
const check = async (name) => {
  // Secrets shown once (a new key) are masked: screenshots are committed.
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, mask: [page.locator('.secret')] });
  // Through the DevTools protocol, which the page's Content-Security-Policy does not govern (an injected tag would be).
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    violations.push({ page: name, id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) });
  }
};

try {
  const index = await page.goto(`${base}/console/`);
  const headers = index.headers();
  await page.waitForSelector('#api-key');
  say('signin_page', { csp: headers['content-security-policy'] || null, nosniff: headers['x-content-type-options'] || null });
  await check('signin');

  await page.fill('#api-key', adminKey);
  await page.click('button[type=submit]');
  await ready('playground');
  await page.click('text=Use the sample portrait');
  await page.selectOption('#style', 'cartoon_3d');
  await page.click('#generate');
  const avatar = await page.waitForSelector('#avatar');
  await page.waitForFunction(() => document.getElementById('avatar').naturalWidth > 0);
  const facts = await page.textContent('#result dl');
  const avatarJob = (await avatar.evaluate((img) => img.closest('#result').querySelector('a').textContent));
  say('generated', { facts, job: avatarJob, curl: (await page.textContent('#curl')).startsWith('curl -s') });
  await check('playground');

  await go('#/jobs', 'jobs');
  await page.click(`#jobs a[href="#/jobs/${avatarJob}"]`);
  await ready('jobs');
  await page.waitForSelector('#timeline');
  say('job_opened', { status: await page.textContent('#job-status'), timeline: await page.$$eval('#timeline li strong', (s) => s.map((e) => e.textContent)) });
  await check('job');

  // Two slow jobs: the first occupies the only generation slot, the second stays queued to be canceled.
  for (let i = 0; i < 2; i++) {
    const accepted = await api('POST', '/api/v1/avatar/generate', { prompt: 'slow', style_config: 'slow', async: true,
      image: `data:image/jpeg;base64,${Buffer.from(await (await fetch(`${base}/console/samples/portrait.jpg`)).arrayBuffer()).toString('base64')}` });
    if (accepted.status !== 202) throw new Error(`slow job: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  await go('#/jobs', 'jobs');
  await page.selectOption('#f-state', 'queued');
  await page.click('text=Filter');
  await page.waitForFunction(() => document.querySelectorAll('#jobs tbody tr').length > 0 && [...document.querySelectorAll('#jobs tbody td:nth-child(2)')].every((td) => td.textContent === 'queued'));
  await check('jobs');
  const queued = await page.getAttribute('#jobs tbody tr a', 'href');
  await go(queued, 'jobs');
  await page.click('text=Cancel job');
  await page.waitForFunction(() => document.getElementById('job-status')?.textContent === 'canceled');
  say('canceled', { job: queued.split('/').pop() });
  await page.click('text=Retry job');
  await page.waitForFunction((old) => location.hash !== old && document.body.textContent.includes('Retry of'), queued);
  say('retried', { job: page.url().split('/').pop() });

  await go('#/styles', 'styles');
  await page.selectOption('#style-key', 'cartoon_3d');
  const template = JSON.parse(await page.inputValue('#style-editor'));
  const invalid = JSON.stringify({ ...template, base_prompt: 42 }, null, 2);
  await page.fill('#style-editor', invalid);
  await page.waitForSelector('#style-errors li');
  const clientErrors = await page.$$eval('#style-errors li', (l) => l.map((e) => e.textContent));
  const clientMarked = await page.$$eval('#style-gutter .marked', (l) => l.map((e) => Number(e.dataset.line)));
  await page.click('#save-style');
  await page.waitForSelector('#server-errors li');
  const serverErrors = await page.$$eval('#server-errors li', (l) => l.map((e) => e.textContent));
  const marked = await page.$$eval('#style-gutter .marked', (l) => l.map((e) => ({ line: Number(e.dataset.line), title: e.title })));
  await check('styles-invalid');
  // The line the invalid property is on in the text as typed, for the test to compare with the marked lines.
  const expectedLine = invalid.split('\n').findIndex((l) => l.includes('"base_prompt"')) + 1;
  say('invalid_style', { client: clientErrors, server: serverErrors, clientMarked, marked, expectedLine });
  await page.fill('#style-editor', JSON.stringify({ ...template, base_prompt: 'A console-edited 3D cartoon' }, null, 2));
  await page.waitForFunction(() => document.querySelectorAll('#style-errors li').length === 0);
  await page.click('#save-style');
  await page.waitForSelector('#style-outcome .ok');
  const saved = await page.textContent('#style-outcome');
  const version = Number(/version (\d+)/.exec(saved)[1]);
  say('style_saved', { version, outcome: saved });
  await page.click(`button[aria-label="Roll back to version ${version - 1}"]`);
  await page.waitForFunction(() => (document.getElementById('style-outcome')?.textContent || '').includes('Rolled back'));
  say('rolled_back', { outcome: await page.textContent('#style-outcome'), prompt: JSON.parse(await page.inputValue('#style-editor')).base_prompt });
  await page.selectOption('#diff-a', String(version - 1));
  await page.click('text=Show diff');
  await page.waitForSelector('#diff li');
  await check('styles');

  await go('#/keys', 'keys');
  await page.fill('#key-name', 'console-test-key');
  await page.click('text=Create key');
  await page.waitForSelector('#new-key');
  const secretShown = (await page.textContent('#new-key')).length > 20;
  await check('keys');
  await page.click('button[aria-label="Revoke console-test-key"]');
  await page.waitForFunction(() => !document.querySelector('button[aria-label="Revoke console-test-key"]'));
  say('key_revoked', { secretShown, rows: await page.$$eval('#keys tbody tr', (r) => r.map((e) => e.textContent)) });

  await go('#/spend', 'spend');
  await page.waitForSelector('#spent-today');
  say('spend', { spent: await page.textContent('#spent-today') });
  await check('spend');
  say('done', { violations, foreign, consoleErrors });
} catch (e) {
  await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {});
  say('failed', { error: String(e.stack || e), violations, foreign, consoleErrors });
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

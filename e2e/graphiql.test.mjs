// End-to-end test of kg's GraphiQL page (/) against a real `kg serve`
// (KG_URL) in headless Chromium, offline: every request to a host other than
// the loopback one is blocked and recorded. The page must render, run a
// query typed into its editor and show the API's answer, and list Query in
// its docs explorer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib.mjs';

const KG_URL = (process.env.KG_URL || '').replace(/\/$/, '');
const QUERY = '{ actor(name: "Coalition of the Willing") { id name kind } actors(first: 3) { totalCount } }';

let browser;
let page;
let profile;
const blocked = [];
const problems = [];

// loopback says whether a URL is served by this machine's loopback.
function loopback(href) {
  const u = new URL(href);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return u.hostname === 'localhost' || u.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(u.hostname);
}

// editorValue reads a GraphiQL editor (CodeMirror) by its container class.
function editorValue(selector) {
  return page.evaluate((sel) => document.querySelector(`${sel} .CodeMirror`)?.CodeMirror.getValue(), selector);
}

before(async () => {
  assert.ok(KG_URL, 'KG_URL must point at a running `kg serve` (see .ci/e2e.sh)');
  profile = mkdtempSync(join(tmpdir(), 'kg-e2e-graphiql-'));
  browser = await launch(profile, { width: 1400, height: 900 });
  page = await browser.newPage();
  await page.route('**/*', (route) => {
    const href = route.request().url();
    if (loopback(href)) return route.continue();
    blocked.push(href);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('requestfailed', (req) => { if (loopback(req.url())) problems.push(`failed: ${req.url()}`); });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('GraphiQL renders from kg\'s own assets with the network blocked', async () => {
  await page.goto(`${KG_URL}/`);
  await page.locator('.graphiql-container .graphiql-query-editor .CodeMirror').waitFor({ timeout: 10000 });
  assert.match(await editorValue('.graphiql-query-editor'), /query Actors/, 'the example query is shown');
  assert.equal(await page.evaluate(() => window.React.version), '18.3.1');
  assert.deepEqual(blocked, [], 'the page asked for no other host');
  assert.deepEqual(problems, []);
});

test('a query typed into the editor runs and its answer is the API\'s', async () => {
  await page.click('.graphiql-query-editor .CodeMirror-lines');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(QUERY);
  await page.keyboard.press('Escape'); // closes an open completion list
  assert.equal(await editorValue('.graphiql-query-editor'), QUERY, 'the editor holds the typed query');
  const answered = page.waitForResponse((r) => r.url() === `${KG_URL}/graphql` && r.request().method() === 'POST' &&
    (r.request().postData() || '').includes('Coalition of the Willing'));
  // GraphiQL takes the operation to run from its tab state, updated a moment
  // after the last keystroke (a click before that sends the old name).
  await page.waitForFunction((q) => {
    const s = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
    const tab = s && s.tabs[s.activeTabIndex];
    return tab && tab.query === q && tab.operationName === null;
  }, QUERY, { timeout: 5000 });
  await page.click('.graphiql-execute-button');
  assert.equal((await answered).status(), 200);
  await page.waitForFunction(() => /"actor"/.test(document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() || ''),
    null, { timeout: 10000 });
  const shown = JSON.parse(await editorValue('.graphiql-response'));

  const res = await fetch(`${KG_URL}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: QUERY }),
  });
  const truth = await res.json();
  assert.ok(!truth.errors, `GraphQL errors: ${JSON.stringify(truth.errors)}`);
  assert.ok(truth.data.actor && truth.data.actors.totalCount > 0, 'the corpus has the actor');
  assert.deepEqual(shown, truth, 'GraphiQL shows the API\'s answer');
  assert.deepEqual(blocked, []);
  assert.deepEqual(problems, []);
});

test('the docs explorer lists Query and its fields', async () => {
  await page.click('button[aria-label="Show Documentation Explorer"]');
  const explorer = page.locator('.graphiql-doc-explorer');
  await explorer.waitFor();
  const query = explorer.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ });
  await query.first().waitFor({ timeout: 10000 });
  await query.first().click();
  await explorer.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
  const fields = await explorer.locator('a.graphiql-doc-explorer-field-name').allTextContents();
  for (const f of ['node', 'actor', 'actors', 'search', 'neighborhood', 'timeline']) {
    assert.ok(fields.includes(f), `Query lists ${f} (fields: ${fields.join(', ')})`);
  }
  assert.deepEqual(blocked, []);
  assert.deepEqual(problems, []);
});

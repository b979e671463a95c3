// The explorer against the front-end contract (search, neighborhood,
// subgraph, timeline) served by graphql-js over an invented fixture: the
// page must use those queries when the server has them, and its evidence
// and source highlighting must follow kg's code point offsets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, graphNodes, graphEdges, clickNode, clickEdge } from './lib.mjs';
import { startFakeAPI } from './fake-api.mjs';

let api;
let browser;
let page;
let profile;
const pageErrors = [];

before(async () => {
  api = await startFakeAPI();
  profile = mkdtempSync(join(tmpdir(), 'kg-e2e-contract-'));
  browser = await launch(profile, { width: 1200, height: 800 });
  page = await browser.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

after(async () => {
  await browser?.close();
  api?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('with the front-end API the page searches, draws and explains through it', async () => {
  await page.goto(`${api.url}/explore`);
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.getAttribute('body', 'data-api'), 'frontend');

  await page.fill('[data-testid=search-input]', 'lantern');
  await page.click('[data-testid=search-button]');
  await page.locator('[data-testid=search-hit]', { hasText: 'Lantern League' }).click();
  await page.waitForSelector('body[data-graph-ready]');
  let nodes = await graphNodes(page);
  assert.deepEqual(nodes.map((n) => n.id).sort(), ['commitment:patrol-boats', 'event:summit-port-vell', 'org:lantern-league']);

  await clickNode(page, 'commitment:patrol-boats');
  await page.waitForFunction(() => window.kgExplorer.state.expanded.has('commitment:patrol-boats'));
  nodes = await graphNodes(page);
  assert.ok(nodes.some((n) => n.id === 'doc:bulletin'), 'expanding the commitment adds its source');
  assert.ok(nodes.some((n) => n.id === 'country:OST'), 'and its beneficiary');

  const edge = (await graphEdges(page)).find((e) => e.label === 'mentionedIn');
  await clickEdge(page, edge.id);
  const item = page.locator('[data-testid=evidence-item]');
  await item.first().waitFor();
  assert.equal(await item.count(), 1);
  const ev = api.fixture.evidence;
  assert.equal(await item.locator('[data-testid=evidence-mark]').textContent(), ev.text);
  assert.equal(await item.locator('[data-testid=evidence-source]').textContent(), 'Harbour bulletin');
  assert.equal(await item.locator('[data-testid=evidence-outlet]').textContent(), 'Tide Wire');
  assert.equal(await item.locator('[data-testid=evidence-status]').textContent(), 'agreed');

  await item.locator('[data-testid=open-source]').click();
  const mark = page.locator('[data-testid=source-mark]');
  await mark.waitFor();
  assert.equal(await mark.textContent(), ev.text, 'code point offsets, not UTF-16 ones, choose the span');

  await page.locator('[data-testid=timeline-item]').first().waitFor();
  const timeline = await page.locator('[data-testid=timeline-item]').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual(timeline.sort(), ['commitment:patrol-boats', 'event:summit-port-vell']);

  for (const op of ['Capabilities', 'Search', 'Neighborhood', 'EdgeEvidence', 'SourceText', 'Timeline']) {
    assert.ok(api.operations.includes(op), `the page sent ${op}: ${api.operations}`);
  }
  for (const op of ['SearchActors', 'NodeNeighbors', 'FactEvidence']) {
    assert.ok(!api.operations.includes(op), `no fallback query ${op} when the contract is served`);
  }
  assert.deepEqual(pageErrors, []);
});

test('the date filter hides dated nodes outside the range and narrows the timeline', async () => {
  await page.fill('[data-testid=date-from]', '2031-03-03');
  await page.dispatchEvent('[data-testid=date-from]', 'change');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-item]').length === 1);
  const nodes = await graphNodes(page);
  assert.equal(nodes.find((n) => n.id === 'event:summit-port-vell').visible, false, 'an event before the range is hidden');
  assert.equal(nodes.find((n) => n.id === 'commitment:patrol-boats').visible, true);
  assert.equal(nodes.find((n) => n.id === 'org:lantern-league').visible, true, 'undated nodes stay');
});

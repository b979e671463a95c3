// Shared helpers of the explorer's end-to-end tests: launching Debian's
// Chromium through playwright-core and clicking graph elements drawn by
// Cytoscape.js on its canvas with the real mouse.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// launch starts headless Chromium on the fresh profile directory profileDir
// and returns its browser context. As root it needs --no-sandbox, and the
// networking flags keep it from calling home (connections are refused
// otherwise).
export async function launch(profileDir, viewport) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

// graphNodes lists the nodes drawn, with their data and visibility.
export function graphNodes(page) {
  return page.evaluate(() => window.kgExplorer.cy.nodes().map((n) => ({ ...n.data(), visible: n.visible(), classes: n.classes().join(' '), degree: n.degree() })));
}

// graphEdges lists the edges drawn with the kinds of their ends.
export function graphEdges(page) {
  return page.evaluate(() => window.kgExplorer.cy.edges().map((e) => ({
    ...e.data(), sourceKind: e.source().data('kind'), targetKind: e.target().data('kind'), visible: e.visible() })));
}

// pagePoint converts a Cytoscape rendered position into page coordinates.
async function pagePoint(page, rendered) {
  const box = await page.locator('[data-testid=graph]').boundingBox();
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

// clickNode clicks the node with the mouse, centred in view first.
export async function clickNode(page, id) {
  const rendered = await page.evaluate((nid) => {
    const cy = window.kgExplorer.cy;
    const n = cy.getElementById(nid);
    return n.renderedPosition();
  }, id);
  const p = await pagePoint(page, rendered);
  await page.mouse.click(p.x, p.y);
}

// clickEdge clicks the edge with the mouse at the point of its path farthest
// from every node, so that no node is hit instead.
export async function clickEdge(page, id) {
  const rendered = await page.evaluate((eid) => {
    const cy = window.kgExplorer.cy;
    const e = cy.getElementById(eid);
    const a = e.sourceEndpoint();
    const b = e.targetEndpoint();
    let best = e.midpoint();
    let bestGap = -1;
    for (let t = 0.2; t <= 0.8; t += 0.05) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const gap = Math.min(...cy.nodes(':visible').map((n) => Math.hypot(n.position('x') - p.x, n.position('y') - p.y)));
      if (gap > bestGap) { bestGap = gap; best = p; }
    }
    const z = cy.zoom();
    const pan = cy.pan();
    return { x: best.x * z + pan.x, y: best.y * z + pan.y };
  }, id);
  const p = await pagePoint(page, rendered);
  await page.mouse.click(p.x, p.y);
}

// clickUntil clicks an element with the real mouse (click(page, id)) until
// done(page, id) holds: a randomised layout can put another node or a label
// over the click point, so after a miss the view zooms in on the element,
// which separates what overlaps it, and clicks again.
export async function clickUntil(page, click, id, done, attempts = 4) {
  for (let i = 0; i < attempts; i++) {
    await click(page, id);
    try {
      await page.waitForFunction(done, id, { timeout: 4000 });
      return;
    } catch {
      await page.evaluate(([eid, level]) => {
        const cy = window.kgExplorer.cy;
        const el = cy.getElementById(eid);
        const at = el.isNode() ? el.position() : el.midpoint();
        cy.zoom({ level, position: at });
        cy.center(el);
      }, [id, 1.5 + i]);
    }
  }
  throw new Error(`clicking ${id} ${attempts} times did not take effect`);
}

// Loads kg's Cytoscape JSON export into headless Cytoscape.js (the pinned
// npm package) and checks it:
//
//   node graph-export-cytoscape.mjs DEFAULT.cyjs ALL.cyjs
//
// For each file: cytoscape({headless: true, elements}) accepts it; the
// graph holds as many nodes and edges as the file lists (Cytoscape drops an
// edge whose end is not a node); every edge's source and target are nodes
// of the graph and the ones the file names; every node has kind and label;
// every edge has an integer weight >= 1 equal to the length of its
// nonempty sources list. The --all export holds more nodes than the
// default. Exits 1 with the failures listed.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

function check(path, failures) {
  const { elements } = JSON.parse(readFileSync(path, 'utf8'));
  const fail = (msg) => failures.push(`${path}: ${msg}`);
  let cy;
  try {
    cy = cytoscape({ headless: true, styleEnabled: false, elements });
  } catch (err) {
    fail(`cytoscape refuses the elements: ${err.message}`);
    return cytoscape({ headless: true, styleEnabled: false });
  }
  if (cy.nodes().length !== elements.nodes.length || cy.edges().length !== elements.edges.length) {
    fail(`cytoscape holds ${cy.nodes().length} nodes ${cy.edges().length} edges; the file lists ${elements.nodes.length} ${elements.edges.length}`);
  }
  cy.nodes().forEach((n) => {
    if (!n.data('kind') || !n.data('label')) fail(`node ${n.id()} lacks kind or label`);
  });
  for (const { data } of elements.edges) {
    const e = cy.getElementById(data.id);
    if (e.empty() || !e.isEdge()) { fail(`edge ${data.id} not loaded`); continue; }
    for (const end of ['source', 'target']) {
      const node = cy.getElementById(data[end]);
      if (node.empty() || !node.isNode()) fail(`edge ${data.id}: ${end} ${data[end]} is not a node`);
      if (e[end]().id() !== data[end]) fail(`edge ${data.id}: ${end} is ${e[end]().id()}, the file says ${data[end]}`);
    }
    const sources = e.data('sources');
    const weight = e.data('weight');
    if (!Array.isArray(sources) || sources.length === 0) fail(`edge ${data.id}: sources ${JSON.stringify(sources)}`);
    else if (!Number.isInteger(weight) || weight < 1 || weight !== sources.length) fail(`edge ${data.id}: weight ${weight}, ${sources.length} sources`);
  }
  return cy;
}

const [defaultPath, allPath] = process.argv.slice(2);
if (!defaultPath || !allPath) {
  console.error('usage: node graph-export-cytoscape.mjs DEFAULT.cyjs ALL.cyjs');
  process.exit(2);
}
const failures = [];
const cy = check(defaultPath, failures);
const cyAll = check(allPath, failures);
if (cyAll.nodes().length <= cy.nodes().length) {
  failures.push(`--all holds ${cyAll.nodes().length} nodes, the default ${cy.nodes().length}`);
}
if (failures.length > 0) {
  console.error(`cytoscape check failed:\n  ${failures.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log(`cytoscape ${cytoscape.version ?? ''}: default ${cy.nodes().length} nodes ${cy.edges().length} edges, --all ${cyAll.nodes().length} nodes ${cyAll.edges().length} edges: ok`);

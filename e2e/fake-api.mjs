// A small GraphQL server for the explorer's contract test: kg's schema plus
// the front-end contract (search, neighborhood, subgraph, timeline), run by
// graphql-js over an invented fixture graph, so the page's queries are
// validated and executed exactly as the contract types them. It also serves
// the explorer's assets from graph/explorer/assets under /explore.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import { buildSchema, graphql } from 'graphql';

const ROOT = new URL('..', import.meta.url).pathname;
const ASSETS = join(ROOT, 'graph', 'explorer', 'assets');

// loadSchema reads schema/*.graphqls and adds the contract when the schema
// does not have the front-end queries yet.
function loadSchema() {
  const dir = join(ROOT, 'schema');
  let sdl = readdirSync(dir).filter((f) => f.endsWith('.graphqls')).sort()
    .map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  if (!/^\s*neighborhood\(/m.test(sdl)) sdl += '\n' + readFileSync(join(ROOT, 'graph', 'explorer', 'testdata', 'frontend.graphqls'), 'utf8');
  return buildSchema(sdl);
}

// cp returns code point offsets of needle in text (kg's offsets).
function cp(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: ${needle} not in text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length };
}

// fixture builds an invented graph: one organization pledging one thing to
// one country, reported by one source, with one dated summit.
export function fixture() {
  // The text starts with characters outside the BMP so that code point and
  // UTF-16 offsets differ, as they do in real sources.
  const text = '𝐇𝐚𝐫𝐛𝐨𝐮𝐫 𝐁𝐮𝐥𝐥𝐞𝐭𝐢𝐧\n\nThe Lantern League met at Port Vell on Monday.\n' +
    'Its members said they would lend six patrol boats to Osteria for two years.\nMore talks follow in June.\n';
  const outlet = { __typename: 'Actor', id: 'org:tide-wire', name: 'Tide Wire', kind: 'ORGANIZATION' };
  const source = { __typename: 'Source', id: 'doc:bulletin', title: 'Harbour bulletin', date: '2031-03-03', kind: 'SECONDARY', url: null, outlet, text };
  const sentenceText = 'Its members said they would lend six patrol boats to Osteria for two years.';
  const sentence = { __typename: 'Sentence', id: 'doc:bulletin#2', index: 2, ...cp(text, sentenceText), text: sentenceText, source };
  const spanText = 'lend six patrol boats to Osteria';
  const evidence = { __typename: 'Evidence', id: 'ev:bulletin:boats', source, ...cp(text, spanText), text: spanText, sentence, status: 'AGREED' };
  const nodes = [
    { id: 'org:lantern-league', label: 'Lantern League', kind: 'ORGANIZATION', type: 'Actor' },
    { id: 'country:OST', label: 'Osteria', kind: 'COUNTRY', type: 'Actor' },
    { id: 'commitment:patrol-boats', label: 'six patrol boats', kind: 'COMMITMENT', type: 'Commitment', date: '2031-03-03' },
    { id: 'event:summit-port-vell', label: 'summit Port Vell', kind: 'EVENT', type: 'Event', date: '2031-03-02' },
    { id: 'doc:bulletin', label: 'Harbour bulletin', kind: 'SOURCE', type: 'Source', date: '2031-03-03' },
  ];
  const edges = [
    ['org:lantern-league', 'commitment:patrol-boats', 'committedBy'],
    ['commitment:patrol-boats', 'country:OST', 'committedTo'],
    ['commitment:patrol-boats', 'doc:bulletin', 'mentionedIn'],
    ['org:lantern-league', 'event:summit-port-vell', 'participant'],
  ].map(([s, t, label]) => ({ id: `${s}>${label}>${t}`, source: s, target: t, label, weight: 1, evidenceCount: 1,
    evidence: ({ first }) => connection([evidence], first) }));
  return { nodes, edges, source, evidence };
}

// connection pages nodes as a Relay connection: the first of them (all
// when first is null), cursors being positions.
function connection(nodes, first) {
  const page = nodes.slice(0, first == null ? nodes.length : first);
  const edges = page.map((node, i) => ({ cursor: String(i), node }));
  return {
    totalCount: nodes.length, edges,
    pageInfo: { hasNextPage: page.length < nodes.length, hasPreviousPage: false,
      startCursor: edges.length ? edges[0].cursor : null, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

function resolvers(fx) {
  const byId = new Map(fx.nodes.map((n) => [n.id, n]));
  const asNode = (n) => n && (n.type === 'Source' ? fx.source : { __typename: n.type, id: n.id, name: n.label, kind: n.kind });
  const graphOf = (ids) => ({
    nodes: fx.nodes.filter((n) => ids.has(n.id)),
    edges: fx.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    truncated: false,
  });
  return {
    node: ({ id }) => (id === fx.evidence.id ? fx.evidence : asNode(byId.get(id))),
    search: ({ text, kinds, first }) => connection(fx.nodes.filter((n) => n.label.toLowerCase().includes(text.toLowerCase()))
      .filter((n) => !kinds || kinds.includes(n.kind.toLowerCase()))
      .map((n, i) => ({ id: n.id, kind: n.kind.toLowerCase(), label: n.label, score: 1 / (i + 1), snippet: null, node: asNode(n) })), first),
    neighborhood: ({ id, limit }) => {
      const ids = new Set([id]);
      for (const e of fx.edges) if (e.source === id || e.target === id) { ids.add(e.source); ids.add(e.target); }
      const g = graphOf(new Set([...ids].slice(0, limit)));
      return { ...g, edges: g.edges.filter((e) => e.source === id || e.target === id) };
    },
    subgraph: ({ ids }) => graphOf(new Set(ids)),
    timeline: ({ actor, from, to, first }) => connection(fx.nodes
      .filter((n) => n.date && n.kind !== 'SOURCE' && fx.edges.some((e) => (e.source === actor && e.target === n.id) || (e.target === actor && e.source === n.id)))
      .filter((n) => (!from || n.date >= from) && (!to || n.date <= to))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((n) => ({ date: n.date, kind: n.kind.toLowerCase(), id: n.id, label: n.label })), first),
    events: () => connection([]),
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.LICENSE': 'text/plain' };

// startFakeAPI listens on a free loopback port; operations lists the names
// of the operations received, in order.
export async function startFakeAPI() {
  const schema = loadSchema();
  const fx = fixture();
  const rootValue = resolvers(fx);
  const operations = [];
  const server = createServer(async (req, res) => {
    if (req.url === '/graphql' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const { query, variables, operationName } = JSON.parse(body);
      operations.push(operationName);
      const result = await graphql({ schema, source: query, rootValue, variableValues: variables, operationName });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(result));
      return;
    }
    const name = req.url.split('?')[0].replace(/^\/explore\/?/, '') || 'index.html';
    try {
      const data = readFileSync(join(ASSETS, name.replace(/[^\w.-]/g, '')));
      res.writeHead(200, { 'Content-Type': TYPES[extname(name)] || 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, operations, fixture: fx, close: () => server.close() };
}

// kg explorer: a search box, the chosen node's neighborhood drawn with
// Cytoscape.js, the evidence of an edge down to the highlighted span of its
// source, a timeline strip, filters, and the GraphQL of every request.
// It uses only kg's public GraphQL API. When the server has the front-end
// queries (search, neighborhood, subgraph, timeline) it uses them; otherwise
// it builds the same views from node, actor, actors and events.
'use strict';

(function () {
  const ENDPOINT = new URL('../graphql', document.baseURI).href;
  const LIMIT = 60;          // nodes fetched around one node: never the whole graph
  const SEARCH_FIRST = 15;
  const TIMELINE_FIRST = 200; // entries on the strip
  const TL_ITEM_PX = 230;      // widest timeline item (date and a 24-character label)
  const KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'EVENT', 'COMMITMENT', 'CLAIM', 'SOURCE', 'NUMBER'];
  const SEARCH_KINDS = {
    PERSON: ['person'], COUNTRY: ['country'], ORGANIZATION: ['organization', 'outlet'], PLACE: ['place'],
    EVENT: ['event'], COMMITMENT: ['commitment'], CLAIM: ['claim'], SOURCE: ['source'],
  };
  const $ = (sel) => document.querySelector(sel);

  const state = {
    caps: { search: false, neighborhood: false, subgraph: false, timeline: false },
    expanded: new Set(),
    focus: null,            // id of the node picked from search or the timeline
    queries: [],            // last requests, newest first
  };

  // ---------- GraphQL ----------

  const EVIDENCE = `id start end text status
      sentence { start end text }
      source { id title date kind url outlet { name } }`;

  const Q = {
    capabilities: `query Capabilities {
  __schema { queryType { fields { name } } }
}`,
    search: `query Search($text: String!, $kinds: [String!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    totalCount
    edges { node { id kind label score snippet } }
  }
}`,
    searchActors: `query SearchActors($text: String!, $first: Int) {
  actor(name: $text) { id name kind }
  actors(search: $text, first: $first) { edges { node { id name kind } } }
}`,
    neighborhood: `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { id label kind date }
    edges { id source target label weight evidenceCount }
  }
}`,
    nodeNeighbors: `query NodeNeighbors($id: ID!, $limit: Int) {
  node(id: $id) {
    __typename id
    ... on Actor {
      name actorKind: kind
      commitmentsMade(first: $limit) { totalCount edges { node { id what kind status } } }
      commitmentsReceived(first: $limit) { totalCount edges { node { id what kind status } } }
      actorEvents: events(first: $limit) { totalCount edges { node { id type date } } }
      actorSources: sources(first: $limit) { totalCount edges { node { id title date outlet { name } } } }
    }
    ... on Commitment {
      what kind status
      by(first: $limit) { totalCount edges { node { id name kind } } }
      to { id name kind }
      factSources: sources(first: $limit) { totalCount edges { node { id title date outlet { name } } } }
    }
    ... on Event {
      type date
      place { id name }
      participants(first: $limit) { totalCount edges { node { id name kind } } }
      factSources: sources(first: $limit) { totalCount edges { node { id title date outlet { name } } } }
    }
    ... on Claim {
      text
      source { actor { id name kind } }
      via { id name kind }
      factSources: sources(first: $limit) { totalCount edges { node { id title date outlet { name } } } }
    }
    ... on Place {
      name
      placeEvents: events(first: $limit) { edges { node { id type date } } }
    }
    ... on Source {
      title date outlet { id name kind }
      commitments(first: $limit) { totalCount edges { node { id what kind status } } }
      sourceEvents: events(first: $limit) { totalCount edges { node { id type date } } }
    }
  }
}`,
    edgeEvidence: `query EdgeEvidence($source: ID!, $target: ID!) {
  subgraph(ids: [$source, $target]) {
    edges { id source target label evidenceCount evidence(first: 20) { edges { node { ${EVIDENCE} } } } }
  }
}`,
    factEvidence: `query FactEvidence($id: ID!) {
  node(id: $id) {
    __typename
    ... on Commitment { evidence(first: 100) { edges { node { ${EVIDENCE} } } } }
    ... on Event { evidence(first: 100) { edges { node { ${EVIDENCE} } } } }
    ... on Claim { evidence(first: 100) { edges { node { ${EVIDENCE} } } } }
    ... on Actor { mentions(first: 100) { edges { node { ${EVIDENCE} } } } }
  }
}`,
    sourceText: `query SourceText($id: ID!) {
  node(id: $id) { ... on Source { id title date url outlet { name } text } }
}`,
    timeline: `query Timeline($actor: ID!, $from: String, $to: String, $first: Int) {
  timeline(actor: $actor, from: $from, to: $to, first: $first) { totalCount edges { node { date kind id label } } }
}`,
    events: `query Events($participant: String, $from: Date, $to: Date, $first: Int) {
  events(participant: $participant, from: $from, to: $to, first: $first) {
    totalCount
    edges { node { id type date place { name } } }
  }
}`,
  };

  async function gql(query, variables) {
    const name = (query.match(/^query (\w+)/) || [])[1] || 'query';
    const entry = { name, query, variables, ms: null, error: null };
    state.queries.unshift(entry);
    state.queries.length = Math.min(state.queries.length, 12);
    const t0 = performance.now();
    try {
      const res = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ operationName: name, query, variables }),
      });
      const body = await res.json().catch(() => ({}));
      if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return body.data;
    } catch (err) {
      entry.error = err.message;
      throw err;
    } finally {
      entry.ms = Math.round(performance.now() - t0);
      renderQueries();
    }
  }

  function renderQueries() {
    const list = $('#query-log');
    list.replaceChildren(...state.queries.map((q) => {
      const text = q.query + '\n\n# variables\n' + JSON.stringify(q.variables || {}, null, 2);
      const li = el('li', { 'data-testid': 'query-entry' },
        el('div', { class: 'qhead' },
          el('strong', {}, q.name),
          el('span', { class: 'muted' }, q.ms == null ? ' …' : ` ${q.ms} ms`),
          q.error ? el('span', { class: 'error' }, ' ' + q.error) : '',
          el('button', { type: 'button', class: 'copy', onclick: () => copy(text) }, 'Copy')),
        el('pre', { class: 'query' }, text));
      return li;
    }));
  }

  function copy(text) {
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
  }

  // ---------- small DOM helpers ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (v != null) node.setAttribute(k, v);
    }
    for (const c of children) if (c != null && c !== '') node.append(c instanceof Node ? c : String(c));
    return node;
  }

  function status(text, isError) {
    const s = $('#status');
    s.textContent = text || '';
    s.classList.toggle('error', !!isError);
  }

  // Offsets of kg are Unicode code points; JavaScript strings are UTF-16.
  function codePoints(text) { return Array.from(text || ''); }

  // highlighted renders text with the code point range [start, end) in <mark>.
  function highlighted(tag, text, start, end, markAttrs) {
    const cps = codePoints(text);
    const s = Math.max(0, Math.min(start, cps.length));
    const e = Math.max(s, Math.min(end, cps.length));
    return el(tag, {}, cps.slice(0, s).join(''), el('mark', markAttrs || {}, cps.slice(s, e).join('')), cps.slice(e).join(''));
  }

  function short(text, n) {
    const cps = codePoints(text);
    return cps.length > n ? cps.slice(0, n - 1).join('') + '…' : cps.join('');
  }

  // ---------- graph ----------

  let cy = null; // created once cytoscape.min.js has run (it loads after this script)

  function createGraph() {
    cy = cytoscape({
      container: $('#graph'),
      style: [
        { selector: 'node', style: {
          label: 'data(short)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 110,
          'text-valign': 'bottom', 'text-margin-y': 3, color: '#222', width: 22, height: 22,
          'background-color': '#999', 'border-width': 1, 'border-color': '#fff' } },
        { selector: 'node[kind = "PERSON"]', style: { 'background-color': '#3b7dd8' } },
        { selector: 'node[kind = "COUNTRY"]', style: { 'background-color': '#2a9d8f', shape: 'round-rectangle' } },
        { selector: 'node[kind = "ORGANIZATION"]', style: { 'background-color': '#7b4fb3', shape: 'hexagon', width: 28, height: 28 } },
        { selector: 'node[kind = "PLACE"]', style: { 'background-color': '#8d6e63', shape: 'triangle' } },
        { selector: 'node[kind = "EVENT"]', style: { 'background-color': '#e9a23b', shape: 'diamond' } },
        { selector: 'node[kind = "COMMITMENT"]', style: { 'background-color': '#d64545', shape: 'round-rectangle', width: 18, height: 18 } },
        { selector: 'node[kind = "CLAIM"]', style: { 'background-color': '#c2185b', shape: 'ellipse' } },
        { selector: 'node[kind = "SOURCE"]', style: { 'background-color': '#607d8b', shape: 'rectangle', width: 16, height: 20 } },
        { selector: 'node[kind = "NUMBER"]', style: { 'background-color': '#9e9d24' } },
        { selector: 'node.expanded', style: { 'border-color': '#222', 'border-width': 2 } },
        { selector: 'node.focus', style: { width: 36, height: 36, 'font-weight': 'bold', 'font-size': 12 } },
        { selector: 'edge', style: {
          width: 'mapData(evidenceCount, 0, 10, 1, 5)', 'line-color': '#b8c0cc', 'curve-style': 'bezier',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8c0cc', 'arrow-scale': 0.7 } },
        { selector: 'edge:selected, edge.active', style: { 'line-color': '#d64545', 'target-arrow-color': '#d64545', label: 'data(label)', 'font-size': 9 } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
    });
    window.kgExplorer = { cy, state }; // for developers and the end-to-end test
  }

  function nodeData(n) {
    return { id: n.id, label: n.label, short: short(n.label, 38), kind: n.kind, date: n.date || null };
  }

  // merge adds a graph ({nodes, edges}) around the node id, placing new
  // nodes near it, then lays the graph out again from the current positions.
  async function merge(graph, aroundId) {
    const fresh = cy.nodes().empty();
    const around = cy.getElementById(aroundId);
    const origin = around.nonempty() ? around.position() : { x: 0, y: 0 };
    const added = [];
    for (const n of graph.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      added.push({ group: 'nodes', data: nodeData(n),
        position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 } });
    }
    for (const e of graph.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      added.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label,
        evidenceCount: e.evidenceCount || 0, weight: e.weight || 1 } });
    }
    // edges whose ends are not in the graph would be rejected by Cytoscape
    const ids = new Set(cy.nodes().map((n) => n.id()).concat(added.filter((a) => a.group === 'nodes').map((a) => a.data.id)));
    cy.add(added.filter((a) => a.group === 'nodes' || (ids.has(a.data.source) && ids.has(a.data.target))));
    applyFilters();
    const layout = cy.layout({ name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 12000, idealEdgeLength: () => 80, fit: true, padding: 30, numIter: 800 });
    const t0 = performance.now();
    await new Promise((resolve) => { layout.one('layoutstop', resolve); layout.run(); });
    state.layoutMs = Math.round(performance.now() - t0);
    fitGraph();
  }

  // fitGraph fits the whole graph in its area, zoomed in no further than
  // 1.1 so that a small graph is not blown up.
  function fitGraph() {
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.1) cy.zoom({ level: 1.1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // focusInView says whether the focal node, label included, lies wholly
  // inside the graph's area (true when there is none).
  function focusInView() {
    const f = state.focus && cy.getElementById(state.focus);
    if (!f || f.empty()) return true;
    const b = f.renderedBoundingBox();
    return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
  }

  // watchGraphSize keeps Cytoscape's canvas the size of its area when the
  // area changes (the window is resized, the query panel opens) and fits the
  // graph again when the change would cut the focal node off.
  function watchGraphSize() {
    new ResizeObserver(() => {
      cy.resize();
      if (!focusInView()) fitGraph();
    }).observe($('#graph'));
  }

  async function expand(id) {
    status('Loading neighborhood…');
    const graph = await viaCapability('neighborhood',
      async () => (await gql(Q.neighborhood, { id, depth: 1, limit: LIMIT })).neighborhood,
      async () => neighborsFromNode((await gql(Q.nodeNeighbors, { id, limit: LIMIT })).node));
    if (!graph) { status('No node ' + id, true); return; }
    state.expanded.add(id);
    await merge(graph, id);
    cy.getElementById(id).addClass('expanded');
    status(`${cy.nodes().length} nodes, ${cy.edges().length} edges` + (graph.truncated ? ' (neighborhood truncated)' : ''));
    document.body.dataset.graphReady = String(cy.nodes().length);
  }

  async function focusNode(id) {
    cy.elements().remove();
    state.expanded.clear();
    state.focus = id;
    history.replaceState(null, '', '#node=' + encodeURIComponent(id));
    await expand(id);
    cy.getElementById(id).addClass('focus');
    showNode(cy.getElementById(id));
    loadTimeline().catch((err) => status(err.message, true));
  }

  // neighborsFromNode turns a node(id) answer into {nodes, edges} with the
  // edge labels of the neighborhood query.
  function neighborsFromNode(n) {
    if (!n) return null;
    const g = { nodes: [], edges: [], truncated: false };
    const add = (node) => { if (node) g.nodes.push(node); return node; };
    const link = (source, target, label) => g.edges.push({ id: `${source}|${label}|${target}`, source, target, label, evidenceCount: 0 });
    const actor = (a) => a && { id: a.id, label: a.name, kind: a.kind };
    const commitment = (c) => ({ id: c.id, label: c.what, kind: 'COMMITMENT' });
    const event = (e) => ({ id: e.id, label: `${e.type} ${e.date || ''}`.trim(), kind: 'EVENT', date: e.date });
    const source = (s) => ({ id: s.id, label: s.title || (s.outlet && s.outlet.name) || s.id, kind: 'SOURCE', date: s.date });
    const edges = (conn) => (conn ? conn.edges.map((e) => e.node) : []);
    const more = (conn) => { if (conn && conn.totalCount > conn.edges.length) g.truncated = true; };
    switch (n.__typename) {
      case 'Actor':
        add({ id: n.id, label: n.name, kind: n.actorKind });
        edges(n.commitmentsMade).forEach((c) => link(n.id, add(commitment(c)).id, 'committedBy'));
        edges(n.commitmentsReceived).forEach((c) => link(add(commitment(c)).id, n.id, 'committedTo'));
        edges(n.actorEvents).forEach((e) => link(n.id, add(event(e)).id, 'participant'));
        edges(n.actorSources).forEach((s) => link(n.id, add(source(s)).id, 'mentionedIn'));
        [n.commitmentsMade, n.commitmentsReceived, n.actorEvents, n.actorSources].forEach(more);
        break;
      case 'Commitment':
        add(commitment(n));
        edges(n.by).forEach((a) => link(add(actor(a)).id, n.id, 'committedBy'));
        if (n.to) link(n.id, add(actor(n.to)).id, 'committedTo');
        edges(n.factSources).forEach((s) => link(n.id, add(source(s)).id, 'mentionedIn'));
        [n.by, n.factSources].forEach(more);
        break;
      case 'Event':
        add(event(n));
        if (n.place) link(n.id, add({ id: n.place.id, label: n.place.name, kind: 'PLACE' }).id, 'location');
        edges(n.participants).forEach((a) => link(add(actor(a)).id, n.id, 'participant'));
        edges(n.factSources).forEach((s) => link(n.id, add(source(s)).id, 'mentionedIn'));
        [n.participants, n.factSources].forEach(more);
        break;
      case 'Claim':
        add({ id: n.id, label: n.text, kind: 'CLAIM' });
        if (n.source && n.source.actor) link(n.id, add(actor(n.source.actor)).id, 'claimSource');
        if (n.via) link(n.id, add(actor(n.via)).id, 'via');
        edges(n.factSources).forEach((s) => link(n.id, add(source(s)).id, 'mentionedIn'));
        more(n.factSources);
        break;
      case 'Place':
        add({ id: n.id, label: n.name, kind: 'PLACE' });
        edges(n.placeEvents).forEach((e) => link(add(event(e)).id, n.id, 'location'));
        break;
      case 'Source':
        add(source(n));
        if (n.outlet) link(n.id, add(actor(n.outlet)).id, 'publisher');
        edges(n.commitments).forEach((c) => link(add(commitment(c)).id, n.id, 'mentionedIn'));
        edges(n.sourceEvents).forEach((e) => link(add(event(e)).id, n.id, 'mentionedIn'));
        [n.commitments, n.sourceEvents].forEach(more);
        break;
      default:
        add({ id: n.id, label: n.id, kind: (n.__typename || 'node').toUpperCase() });
    }
    return g;
  }

  // ---------- filters ----------

  function setupFilters() {
    const box = $('#kinds');
    for (const k of KINDS) {
      box.append(el('label', { class: 'kind kind-' + k.toLowerCase() },
        el('input', { type: 'checkbox', checked: '', value: k, 'data-testid': 'kind-' + k, onchange: applyFilters }),
        ' ' + k.toLowerCase()));
    }
    for (const id of ['#date-from', '#date-to']) {
      $(id).addEventListener('change', () => {
        applyFilters();
        loadTimeline().catch((err) => status(err.message, true));
      });
    }
  }

  function visibleKinds() {
    return new Set([...document.querySelectorAll('#kinds input:checked')].map((i) => i.value));
  }

  // applyFilters hides nodes of unchecked kinds and dated nodes outside the
  // date range (undated nodes stay); their edges hide with them.
  function applyFilters() {
    const kinds = visibleKinds();
    const from = $('#date-from').value;
    const to = $('#date-to').value;
    cy.batch(() => cy.nodes().forEach((n) => {
      const date = n.data('date');
      const outside = date && ((from && date < from) || (to && date > to));
      n.toggleClass('hidden', !kinds.has(n.data('kind')) || !!outside);
    }));
  }

  // ---------- search ----------

  async function search(text) {
    const hits = $('#hits');
    hits.hidden = true;
    if (!text.trim()) return;
    status('Searching…');
    const list = await viaCapability('search', async () => {
      const kinds = [...visibleKinds()].flatMap((k) => SEARCH_KINDS[k] || []);
      const r = (await gql(Q.search, { text, kinds, first: SEARCH_FIRST })).search;
      return r.edges.map((e) => e.node).filter((h) => h.kind !== 'sentence').map((h) => ({ id: h.id, label: h.label, kind: h.kind }));
    }, async () => {
      const r = await gql(Q.searchActors, { text, first: SEARCH_FIRST });
      return (r.actor ? [r.actor] : []).concat(r.actors.edges.map((e) => e.node))
        .filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i)
        .map((a) => ({ id: a.id, label: a.name, kind: a.kind.toLowerCase() }));
    });
    hits.replaceChildren(...list.map((h) => el('li', { role: 'option', tabindex: '0', 'data-testid': 'search-hit', 'data-id': h.id,
      onclick: () => pick(h.id), onkeydown: (ev) => { if (ev.key === 'Enter') pick(h.id); } },
      el('span', { class: 'hit-label' }, h.label), el('span', { class: 'hit-kind' }, h.kind))));
    if (!list.length) hits.append(el('li', { class: 'muted' }, 'No match'));
    hits.hidden = false;
    status(`${list.length} hits`);
  }

  function pick(id) {
    $('#hits').hidden = true;
    focusNode(id).catch((err) => status(err.message, true));
  }

  // ---------- detail panel: nodes and edges ----------

  function showNode(node) {
    if (node.empty()) return;
    const d = node.data();
    const panel = $('#detail');
    panel.replaceChildren(
      el('h2', { 'data-testid': 'detail-title' }, d.label),
      el('p', { class: 'muted' }, `${d.kind.toLowerCase()} · ${d.id}` + (d.date ? ` · ${d.date}` : '')),
      el('p', {}, `${node.connectedEdges().length} edges shown. ` + (state.expanded.has(d.id) ? 'Expanded.' : 'Click again to expand.')),
      d.kind === 'SOURCE' ? el('button', { type: 'button', 'data-testid': 'open-source', onclick: () => openSource(d.id) }, 'Open source text') : '',
      el('button', { type: 'button', onclick: () => focusNode(d.id) }, 'Center here'));
  }

  async function showEdge(edge) {
    cy.edges().removeClass('active');
    edge.addClass('active');
    const d = edge.data();
    const src = cy.getElementById(d.source).data();
    const tgt = cy.getElementById(d.target).data();
    const panel = $('#detail');
    panel.dataset.edgeId = d.id;
    panel.replaceChildren(
      el('h2', { 'data-testid': 'edge-title' }, `${src.label} — ${d.label} → ${tgt.label}`),
      el('p', { class: 'muted' }, 'Loading evidence…'));
    const evidence = await edgeEvidence(d, src, tgt);
    if (panel.dataset.edgeId !== d.id) return; // another edge was clicked meanwhile
    const list = el('ol', { class: 'evidence', 'data-testid': 'evidence-list' });
    for (const ev of evidence) list.append(evidenceItem(ev));
    panel.replaceChildren(panel.firstChild,
      el('p', { class: 'muted' }, `${evidence.length} evidence span${evidence.length === 1 ? '' : 's'}`), list);
  }

  function evidenceItem(ev) {
    const s = ev.source || {};
    const sentence = ev.sentence
      ? highlighted('blockquote', ev.sentence.text, ev.start - ev.sentence.start, ev.end - ev.sentence.start, { 'data-testid': 'evidence-mark' })
      : el('blockquote', {}, el('mark', { 'data-testid': 'evidence-mark' }, ev.text));
    return el('li', { 'data-testid': 'evidence-item', 'data-evidence-id': ev.id },
      sentence,
      el('div', { class: 'meta' },
        el('span', { 'data-testid': 'evidence-source' }, s.title || s.id),
        s.outlet ? el('span', { 'data-testid': 'evidence-outlet' }, s.outlet.name) : '',
        s.date ? el('span', { 'data-testid': 'evidence-date' }, s.date) : '',
        s.kind ? el('span', { class: 'muted' }, s.kind.toLowerCase()) : '',
        ev.status ? el('span', { class: 'status status-' + ev.status.toLowerCase(), 'data-testid': 'evidence-status' }, ev.status.toLowerCase()) : '',
        el('a', { href: '#', 'data-testid': 'open-source',
          onclick: (e) => { e.preventDefault(); openSource(s.id, ev); } }, 'open source')));
  }

  // edgeEvidence returns the evidence of one edge: from subgraph when the
  // server has it, else from the fact at one end (restricted to the source
  // at the other end, when there is one).
  function edgeEvidence(d, src, tgt) {
    return viaCapability('subgraph', async () => {
      const g = (await gql(Q.edgeEvidence, { source: d.source, target: d.target })).subgraph;
      const e = g.edges.find((x) => x.id === d.id) ||
        g.edges.find((x) => x.source === d.source && x.target === d.target && x.label === d.label);
      return e ? e.evidence.edges.map((x) => x.node) : [];
    }, () => factEvidence(src, tgt));
  }

  async function factEvidence(src, tgt) {
    const facts = ['COMMITMENT', 'EVENT', 'CLAIM'];
    let holder = facts.includes(src.kind) ? src : facts.includes(tgt.kind) ? tgt : null;
    const sourceEnd = src.kind === 'SOURCE' ? src : tgt.kind === 'SOURCE' ? tgt : null;
    if (!holder) holder = sourceEnd === src ? tgt : src;
    const n = (await gql(Q.factEvidence, { id: holder.id })).node || {};
    const conn = n.evidence || n.mentions;
    let list = conn ? conn.edges.map((e) => e.node) : [];
    if (sourceEnd) list = list.filter((ev) => ev.source && ev.source.id === sourceEnd.id);
    return list;
  }

  // ---------- source text ----------

  async function openSource(id, ev) {
    const panel = $('#source');
    panel.hidden = false;
    panel.replaceChildren(el('p', { class: 'muted' }, 'Loading source…'));
    const s = (await gql(Q.sourceText, { id })).node;
    if (!s) { panel.replaceChildren(el('p', { class: 'error' }, 'No source ' + id)); return; }
    const body = ev
      ? highlighted('pre', s.text, ev.start, ev.end, { 'data-testid': 'source-mark', id: 'source-mark' })
      : el('pre', {}, s.text);
    body.setAttribute('data-testid', 'source-text');
    panel.replaceChildren(
      el('div', { class: 'qhead' },
        el('h2', { 'data-testid': 'source-title' }, s.title || s.id),
        el('button', { type: 'button', onclick: () => { panel.hidden = true; } }, 'Close')),
      el('p', { class: 'muted' }, [s.outlet && s.outlet.name, s.date, s.url].filter(Boolean).join(' · ')),
      body);
    const mark = panel.querySelector('mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  // ---------- timeline ----------

  async function loadTimeline() {
    const from = $('#date-from').value || null;
    const to = $('#date-to').value || null;
    const focus = state.focus && cy.getElementById(state.focus).data();
    const actorFocus = focus && ['PERSON', 'COUNTRY', 'ORGANIZATION'].includes(focus.kind);
    const eventsOnly = async () => {
      const r = (await gql(Q.events, { participant: actorFocus ? focus.id : null, from, to, first: 100 })).events;
      return r.edges.map((e) => e.node).filter((e) => e.date)
        .map((e) => ({ id: e.id, date: e.date, kind: 'event', label: `${e.type}${e.place ? ' · ' + e.place.name : ''}` }));
    };
    const entries = actorFocus
      ? await viaCapability('timeline',
        async () => (await gql(Q.timeline, { actor: focus.id, from, to, first: TIMELINE_FIRST })).timeline.edges.map((e) => e.node),
        eventsOnly)
      : await eventsOnly();
    renderTimeline(entries);
  }

  function renderTimeline(entries) {
    const track = $('#timeline-track');
    entries = entries.filter((e) => e.date).sort((a, b) => a.date.localeCompare(b.date));
    if (!entries.length) { track.replaceChildren(el('p', { class: 'muted' }, 'No dated events')); return; }
    const t = (d) => Date.parse(d.slice(0, 10));
    const min = t(entries[0].date);
    const span = Math.max(1, t(entries[entries.length - 1].date) - min);
    const lanes = [];
    // an item takes the first lane whose last item it starts past: items are
    // at most ~TL_ITEM_PX wide, in percent of the track's width
    const gap = (TL_ITEM_PX / Math.max(1, track.clientWidth)) * 100;
    track.replaceChildren(...entries.map((e) => {
      const x = ((t(e.date) - min) / span) * 96 + 1;
      let lane = lanes.findIndex((last) => x - last > gap);
      if (lane < 0) { lane = lanes.length; lanes.push(x); } else lanes[lane] = x;
      return el('button', { type: 'button', class: 'tl-item tl-' + e.kind, 'data-testid': 'timeline-item', 'data-id': e.id,
        style: `left:${x}%;top:${lane * 22}px`, title: `${e.date} ${e.label}`, onclick: () => pick(e.id) },
        `${e.date.slice(0, 10)} ${short(e.label, 24)}`);
    }));
    track.style.height = `${Math.max(1, lanes.length) * 22 + 4}px`;
  }

  // ---------- start ----------

  // viaCapability runs contract() when the server has the front-end query
  // cap, else fallback(). A server found to lack it (introspection was off,
  // so it was assumed) is remembered, and fallback() answers.
  async function viaCapability(cap, contract, fallback) {
    if (state.caps[cap]) {
      try {
        return await contract();
      } catch (err) {
        if (!/Cannot query field/i.test(err.message)) throw err;
        state.caps[cap] = false;
      }
    }
    return fallback();
  }

  async function detectCapabilities() {
    try {
      const names = new Set((await gql(Q.capabilities, {})).__schema.queryType.fields.map((f) => f.name));
      for (const k of Object.keys(state.caps)) state.caps[k] = names.has(k);
    } catch (err) {
      // introspection switched off: assume the full front-end API
      for (const k of Object.keys(state.caps)) state.caps[k] = true;
    }
    document.body.dataset.api = state.caps.neighborhood ? 'frontend' : 'basic';
  }

  // The capabilities are asked for at once, while the browser still parses
  // Cytoscape; the rest starts when the document and both scripts are ready.
  const capabilities = detectCapabilities();
  document.addEventListener('DOMContentLoaded', () => init().catch((err) => status(err.message, true)));

  async function init() {
    createGraph();
    watchGraphSize();
    cy.on('tap', 'node', (e) => {
      const node = e.target;
      showNode(node);
      if (!state.expanded.has(node.id())) expand(node.id()).then(() => showNode(node)).catch((err) => status(err.message, true));
    });
    cy.on('tap', 'edge', (e) => { showEdge(e.target).catch((err) => status(err.message, true)); });

    $('#search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      search($('#search').value).catch((err) => status(err.message, true));
    });
    document.addEventListener('click', (e) => {
      if (!e.target.closest('#hits, #search-form')) $('#hits').hidden = true;
    });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') $('#hits').hidden = true; });
    window.addEventListener('hashchange', () => {
      const m = location.hash.match(/^#node=(.+)$/);
      if (m && decodeURIComponent(m[1]) !== state.focus) pick(decodeURIComponent(m[1]));
    });
    $('#fit').addEventListener('click', fitGraph);
    $('#clear').addEventListener('click', () => { cy.elements().remove(); state.expanded.clear(); state.focus = null; });

    setupFilters();
    await capabilities;
    document.body.dataset.ready = String(Math.round(performance.now()));
    const m = location.hash.match(/^#node=(.+)$/);
    if (m) await focusNode(decodeURIComponent(m[1]));
    else await loadTimeline();
  }
})();

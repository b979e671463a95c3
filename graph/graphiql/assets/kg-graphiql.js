// kg GraphiQL: mounts the vendored GraphiQL (graphiql.umd.js, with the React
// and ReactDOM globals) on #graphiql, talking to the endpoint named by its
// data-endpoint attribute. A first visit shows an example query.
(function () {
  'use strict';
  const root = document.getElementById('graphiql');
  const DEFAULT_QUERY = `# Run with the play button or Ctrl-Enter;
# the book icon opens the docs explorer.
query Actors {
  actors(first: 5) {
    totalCount
    edges { node { id kind name } }
  }
}
`;
  if (!window.React || !window.ReactDOM || !window.GraphiQL) {
    root.textContent = 'GraphiQL failed to load its scripts from this server.';
    return;
  }
  const url = new URL(root.dataset.endpoint, window.location.href).href;
  const fetcher = window.GraphiQL.createFetcher({ url });
  root.textContent = '';
  window.ReactDOM.createRoot(root).render(window.React.createElement(window.GraphiQL, {
    fetcher,
    defaultQuery: DEFAULT_QUERY,
    defaultEditorToolsVisibility: true,
  }));
}());

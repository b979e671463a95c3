package server_test

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/kg-project/kg/graph/explorer"
	"github.com/kg-project/kg/graph/server"
)

// Every GraphQL operation of the explorer page runs on the corpus, with the
// page sizes the page asks for, under the default depth and complexity
// limits: nested connections multiply the cost, and the page must stay
// within it.
func TestExplorerOperationsRunWithinDefaultLimits(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	js := explorerScript(t)
	ops := explorerOperations(t, js)
	limit, searchFirst, timelineFirst := pageConstant(t, js, "LIMIT"), pageConstant(t, js, "SEARCH_FIRST"), pageConstant(t, js, "TIMELINE_FIRST")

	var firsts struct {
		Commitments, Events, Claims, Places, Sources struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	if err := c.Post(`{ commitments(first: 1) { edges { node { id } } } events(first: 1) { edges { node { id } } }
		claims(first: 1) { edges { node { id } } } places(first: 1) { edges { node { id } } } sources(first: 1) { edges { node { id } } } }`, &firsts); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{"actor": "org:coalition-of-the-willing"}
	for kind, conn := range map[string][]struct{ Node struct{ ID string } }{
		"commitment": firsts.Commitments.Edges, "event": firsts.Events.Edges, "claim": firsts.Claims.Edges,
		"place": firsts.Places.Edges, "source": firsts.Sources.Edges,
	} {
		if len(conn) == 0 {
			t.Fatalf("the corpus has no %s", kind)
		}
		ids[kind] = conn[0].Node.ID
	}

	vars := map[string][]map[string]any{
		"Capabilities":  {{}},
		"Search":        {{"text": "coalition", "kinds": []string{"organization", "commitment"}, "first": searchFirst}},
		"SearchActors":  {{"text": "macron", "first": searchFirst}},
		"Neighborhood":  {{"id": ids["actor"], "depth": 1, "limit": limit}},
		"EdgeEvidence":  {{"source": ids["commitment"], "target": ids["actor"]}},
		"SourceText":    {{"id": ids["source"]}},
		"Timeline":      {{"actor": "person:emmanuel-macron", "first": timelineFirst}},
		"Events":        {{"participant": "person:emmanuel-macron", "first": 100}},
		"NodeNeighbors": nil,
		"FactEvidence":  nil,
	}
	for _, kind := range []string{"actor", "commitment", "event", "claim", "place", "source"} {
		vars["NodeNeighbors"] = append(vars["NodeNeighbors"], map[string]any{"id": ids[kind], "limit": limit})
	}
	for _, kind := range []string{"actor", "commitment", "event", "claim"} {
		vars["FactEvidence"] = append(vars["FactEvidence"], map[string]any{"id": ids[kind]})
	}

	for name, op := range ops {
		cases, ok := vars[name]
		if !ok {
			t.Errorf("operation %s of the page has no variables in this test", name)
			continue
		}
		for _, v := range cases {
			var opts []client.Option
			for k, val := range v {
				opts = append(opts, client.Var(k, val))
			}
			var resp map[string]any
			if err := c.Post(op, &resp, opts...); err != nil {
				t.Errorf("operation %s %v: %v", name, v, err)
			}
		}
	}
}

// explorerScript is the page's app.js.
func explorerScript(t *testing.T) string {
	t.Helper()
	b, err := fs.ReadFile(explorer.Assets(), "app.js")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// explorerOperations returns the operations of app.js by name, with the
// shared evidence selection set substituted.
func explorerOperations(t *testing.T, js string) map[string]string {
	t.Helper()
	evidence := regexp.MustCompile("const EVIDENCE = `([^`]*)`").FindStringSubmatch(js)
	if evidence == nil {
		t.Fatal("app.js: no EVIDENCE selection set")
	}
	ops := map[string]string{}
	for _, m := range regexp.MustCompile("`(query (\\w+)[^`]*)`").FindAllStringSubmatch(js, -1) {
		ops[m[2]] = strings.ReplaceAll(m[1], "${EVIDENCE}", evidence[1])
	}
	if len(ops) < 8 {
		t.Fatalf("found %d operations in app.js", len(ops))
	}
	return ops
}

// pageConstant reads `const NAME = N;` from app.js.
func pageConstant(t *testing.T, js, name string) int {
	t.Helper()
	m := regexp.MustCompile(`const ` + name + ` = (\d+)`).FindStringSubmatch(js)
	if m == nil {
		t.Fatalf("app.js: no constant %s", name)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

package bench

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// The GraphQL operations measured, and the Gizmo programs that fetch the
// same facts straight from the quads through Cayley's HTTP API.
const (
	GraphQLActor = `query($name: String!) { actor(name: $name) { id name kind aliases } }`

	GraphQLCommitments = `query($name: String!) { actor(name: $name) { id commitmentsMade(first: 20) { totalCount edges { node { id what kind status } } } } }`

	GraphQLNeighborhood = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id label kind } edges { id source target label evidenceCount } } }`

	GraphQLSearch = `query($text: String!) { search(text: $text, first: 20) { totalCount edges { node { id kind label score } } } }`

	// GraphQLQueryFields lists the fields of the Query type (to tell
	// whether the schema has neighborhood and search).
	GraphQLQueryFields = `{ __schema { queryType { fields { name } } } }`
)

func iri(v quad.IRI) string { return strconv.Quote(quad.ToString(v)) }

// GizmoActor finds the actors with a normalised name and returns each
// with its name, kind and aliases, as GraphQLActor does.
func GizmoActor(normName string) string {
	return fmt.Sprintf(`var ids = g.V().Has(%s, %s).Unique().ToArray();
for (var i = 0; i < ids.length; i++) {
  g.Emit({id: ids[i], name: g.V(ids[i]).Out(%s).ToValue(), kind: g.V(ids[i]).Out(%s).ToValue(), aliases: g.V(ids[i]).Out(%s).Unique().ToArray()});
}`, iri(schema.NormName), strconv.Quote(normName), iri(schema.Name), iri(schema.ActorKind), iri(schema.AlternateName))
}

// GizmoCommitments counts the commitments of the actors with a normalised
// name and returns the first 20 with what, kind and the statuses of their
// evidence, as GraphQLCommitments does.
func GizmoCommitments(normName string) string {
	return fmt.Sprintf(`var ids = g.V().Has(%s, %s).Unique().ToArray();
var cs = g.V.apply(g, ids).In(%s).Unique().ToArray();
var out = {totalCount: cs.length, edges: []};
for (var i = 0; i < cs.length && i < 20; i++) {
  out.edges.push({id: cs[i], what: g.V(cs[i]).Out(%s).ToValue(), kind: g.V(cs[i]).Out(%s).ToValue(), status: g.V(cs[i]).Out(%s).Out(%s).Unique().ToArray()});
}
g.Emit(out);`, iri(schema.NormName), strconv.Quote(normName), iri(schema.CommittedBy),
		iri(schema.What), iri(schema.CommitmentKind), iri(schema.Evidence), iri(schema.Status))
}

// GizmoNeighborhood returns the nodes within two hops of id (either
// direction, at most limit) with their names and types, and the edges
// between them: what GraphQLNeighborhood draws.
func GizmoNeighborhood(id quad.IRI, limit int) string {
	return fmt.Sprintf(`var start = %s;
var hop1 = g.V(start).Both().Unique().ToArray(%d);
var hop2 = g.V.apply(g, hop1).Both().Unique().ToArray(%d);
var seen = {}; var nodes = [start].concat(hop1, hop2).filter(function (n) { if (seen[n]) return false; seen[n] = true; return true; }).slice(0, %d);
for (var i = 0; i < nodes.length; i++) {
  g.Emit({id: nodes[i], label: g.V(nodes[i]).Out(%s).ToValue(), kind: g.V(nodes[i]).Out(%s).ToValue()});
}
g.V.apply(g, [start].concat(hop1)).Tag("source").Out(null, "label").Tag("target").Limit(%d).All();`,
		iri(id), limit, limit, limit, iri(schema.Name), iri(schema.Type), limit)
}

// GizmoSearch finds the nodes whose value matches text (case-insensitive
// regular expression over every node, since Cayley has no full-text
// index) and returns the first 20: the baseline of GraphQLSearch.
func GizmoSearch(text string) string {
	return fmt.Sprintf(`g.V().Filter(regex(%s)).Limit(20).All();`, strconv.Quote("(?i)"+regexpQuote(text)))
}

func regexpQuote(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch r {
		case '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$':
			out = append(out, '\\')
		}
		out = append(out, r)
	}
	return string(out)
}

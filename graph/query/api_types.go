package query

import "github.com/cayleygraph/quad"

// The Go types of the front-end and fact-checking part of the schema
// (schema/api.graphqls).

// SearchHit is one node found by full-text search.
type SearchHit struct {
	ID        string
	Kind      string
	Label     string
	Score     float64
	Snippet   *string
	SourceIds []string
}

// GraphNode is a node of a graph view.
type GraphNode struct {
	ID    string
	Label string
	Kind  string
	Date  *string
}

// GraphEdge is a relation between two nodes with its evidence.
type GraphEdge struct {
	ID            string
	Source        string
	Target        string
	Label         string
	Weight        float64
	EvidenceCount int
	evidence      []quad.IRI // sorted by source and offset
}

// Graph is a bounded view of the graph.
type Graph struct {
	Nodes     []*GraphNode
	Edges     []*GraphEdge
	Truncated bool
}

// TimelineEntry is one dated event or commitment.
type TimelineEntry struct {
	Date  string
	Kind  string
	ID    string
	Label string
}

// TraceStep is one link of an attribution chain.
type TraceStep struct {
	ID       string
	Kind     string
	Label    string
	Relation string
	Source   *Source
	Date     *string
	Primary  bool
	evidence []quad.IRI // the spans the step rests on
}

// Trace is the attribution chain of a claim or commitment.
type Trace struct {
	Subject  Node
	Steps    []*TraceStep
	Earliest *Source
}

// ConflictValue is one value of a conflict.
type ConflictValue struct {
	Value    string
	Number   *float64
	Unit     *string
	About    string
	evidence []quad.IRI // the spans of its claims
	claims   []quad.IRI // the numeric claims stating it
}

// Conflict groups numeric claims on one subject whose values disagree.
type Conflict struct {
	About  string
	Unit   *string
	Values []*ConflictValue
}

// StatusChange is the status one source gives a commitment.
type StatusChange struct {
	Source   *Source
	Status   string
	Date     *string
	evidence []quad.IRI // the spans giving this status
}

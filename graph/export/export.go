// Package export writes the store, or one document's part of it, in
// formats other tools read:
//
//   - "nquads": every quad with its label (the document IRI), in RDF 1.1
//     N-Quads, in standard vocabularies where they fit (schema.org, PROV-O,
//     W3C Web Annotation for evidence spans, typed XSD dates, RDF, OWL;
//     kg's own terms under urn:kg:ns:, described by Vocabulary). The
//     mapping (rdfmap.go) is inverted by ReadNQuads, so the file
//     re-imports into an empty kg store quad for quad.
//   - "graphml": the graph a visualisation draws: entities, sources,
//     events, commitments and claims as nodes (id, label, kind), the
//     relations between them (participant, committedBy, committedTo,
//     claimSource, via, publisher, author, mentionedIn, derivedFrom, ...)
//     as directed edges with their label, evidence count, weight and
//     sources, dates and status (see Edge). By default what documents
//     state; IncludeAll for the whole gazetteer too.
//   - "cytoscape": the same graph as Cytoscape.js JSON elements.
//
// With a source, only that document's quads (nquads) or the subgraph of
// the facts extracted from it (graphml, cytoscape) are written. Handler
// serves the same over HTTP (GET /export?format=...&source=...).
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Formats.
const (
	NQuads    = "nquads"
	GraphML   = "graphml"
	Cytoscape = "cytoscape"
)

// Sentinel errors; check with errors.Is.
var (
	ErrUnknownFormat = errors.New("unknown export format")
	ErrNoSource      = errors.New("no such source")
)

// Formats lists the supported formats.
func Formats() []string { return []string{NQuads, GraphML, Cytoscape} }

// ContentType is the media type of a format, "" for unknown formats.
func ContentType(format string) string {
	switch format {
	case NQuads:
		return "application/n-quads; charset=utf-8"
	case GraphML:
		return "application/graphml+xml; charset=utf-8"
	case Cytoscape:
		return "application/json; charset=utf-8"
	}
	return ""
}

// Extension is the usual file name extension of a format.
func Extension(format string) string {
	switch format {
	case NQuads:
		return ".nq"
	case GraphML:
		return ".graphml"
	case Cytoscape:
		return ".cyjs"
	}
	return ""
}

// Write writes the store qs in format to w. A non-empty label restricts
// the export to one document (see SourceLabel); ErrNoSource when the
// store holds no quad under it. Options apply to the graph formats.
func Write(ctx context.Context, w io.Writer, qs graph.QuadStore, format string, label quad.IRI, opts ...Option) error {
	if ContentType(format) == "" {
		return fmt.Errorf("export %q (known: %s): %w", format, strings.Join(Formats(), ", "), ErrUnknownFormat)
	}
	if label != "" && !HasLabel(ctx, qs, label) {
		return fmt.Errorf("export %s: %w", label, ErrNoSource)
	}
	var err error
	switch format {
	case NQuads:
		err = writeNQuads(ctx, w, qs, label)
	default:
		var g *Graph
		g, err = Build(ctx, qs, label, opts...)
		if err == nil && format == GraphML {
			err = g.WriteGraphML(w)
		} else if err == nil {
			err = g.WriteCytoscape(w)
		}
	}
	if err != nil {
		return fmt.Errorf("export %s%s: %w", format, scope(label), err)
	}
	return nil
}

func scope(label quad.IRI) string {
	if label == "" {
		return ""
	}
	return " of " + string(label)
}

// SourceLabel turns what a user names a document by into its label: a
// document id ("reuters-0106"), a local id ("doc:reuters-0106"), the
// full IRI ("urn:kg:doc:reuters-0106"), or "gazetteer" for the curated
// gazetteer. "" stays "" (the whole store).
func SourceLabel(id string) quad.IRI {
	id = strings.TrimSpace(id)
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	switch {
	case id == "":
		return ""
	case id == "gazetteer" || quad.IRI(id) == schema.GazetteerLabel:
		return schema.GazetteerLabel
	case strings.HasPrefix(id, schema.IDBase):
		return quad.IRI(id)
	case strings.HasPrefix(id, schema.PrefixSource):
		return schema.ID(id)
	}
	return schema.SourceIRI(id)
}

// HasLabel reports whether the store holds at least one quad labelled
// label (a document, or the gazetteer).
func HasLabel(ctx context.Context, qs graph.QuadStore, label quad.IRI) bool {
	ref := qs.ValueOf(label)
	if ref == nil {
		return false
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	for it.Next(ctx) {
		if qs.Quad(it.Result()).Label == quad.Value(label) {
			return true
		}
	}
	return false
}

// eachQuad calls fn with every quad of the store, or of one label.
func eachQuad(ctx context.Context, qs graph.QuadStore, label quad.IRI, fn func(quad.Quad) error) error {
	var it graph.Iterator
	if label == "" {
		it = qs.QuadsAllIterator()
	} else {
		ref := qs.ValueOf(label)
		if ref == nil {
			return nil
		}
		it = qs.QuadIterator(quad.Label, ref)
	}
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if !q.IsValid() {
			continue // memstore's all-iterator also yields nodes
		}
		if label != "" && q.Label != quad.Value(label) {
			continue
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	return ctx.Err()
}

// Package quads maps kg's extraction results and curated gazetteer onto
// quads in the vocabulary of package schema: the one place that decides the
// store's shape on the write side (graph/query reads the same shape).
//
// Conventions of the mapping:
//   - every quad of a document is labelled schema.SourceIRI(doc.ID); every
//     gazetteer quad schema.GazetteerLabel;
//   - node IRIs are schema.ID(local id), with the extractor's stable local
//     ids for entities and facts, so the same actor is one node across
//     documents;
//   - literals: strings quad.String, offsets and indexes quad.Int, numbers
//     quad.Float, flags quad.Bool, dates quad.String "YYYY-MM-DD" (they
//     sort as strings and survive every backend unchanged, where quad.Time
//     is rounded or shifted to UTC by some);
//   - one evidence node per span per fact (its IRI hashes the document id,
//     the offsets and the fact id), so that a commitment's evidence can carry
//     the status its source gives.
package quads

import (
	"github.com/cayleygraph/quad"
)

// set collects quads under one label, dropping duplicates and keeping the
// order of first insertion.
type set struct {
	label quad.Value
	seen  map[quad.Quad]struct{}
	out   []quad.Quad
}

func newSet(label quad.Value) *set {
	return &set{label: label, seen: make(map[quad.Quad]struct{})}
}

// add appends the quad (s, p, o, label) unless o is nil or an empty string
// or the same quad was already added.
func (s *set) add(subject quad.Value, predicate quad.IRI, object quad.Value) {
	if subject == nil || object == nil {
		return
	}
	switch v := object.(type) {
	case quad.String:
		if v == "" {
			return
		}
	case quad.IRI:
		if v == "" {
			return
		}
	}
	q := quad.Quad{Subject: subject, Predicate: predicate, Object: object, Label: s.label}
	if _, dup := s.seen[q]; dup {
		return
	}
	s.seen[q] = struct{}{}
	s.out = append(s.out, q)
}

// str adds a string literal.
func (s *set) str(subject quad.Value, predicate quad.IRI, text string) {
	s.add(subject, predicate, quad.String(text))
}

// strp adds a string literal when the pointer is set.
func (s *set) strp(subject quad.Value, predicate quad.IRI, text *string) {
	if text != nil {
		s.str(subject, predicate, *text)
	}
}

// integer adds an integer literal.
func (s *set) integer(subject quad.Value, predicate quad.IRI, n int) {
	s.add(subject, predicate, quad.Int(n))
}

// quads returns the collected quads.
func (s *set) quads() []quad.Quad { return s.out }

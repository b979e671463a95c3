package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/xsd"
)

// writeNQuads streams every quad (of label, when set) in its RDF form
// (ToRDF: the quad's own statement, then those derived from it), one
// N-Quads line each.
//
// Terms are written by Term rather than by Cayley's nquads writer, whose
// output two RDF rules reject: booleans as "True"/"False" (xsd:boolean's
// lexical forms are true, false, 1, 0) and IRIs written without escaping.
// Cayley's nquads reader reads Term's output back to the same values.
func writeNQuads(ctx context.Context, w io.Writer, qs graph.QuadStore, label quad.IRI) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	var statements []quad.Quad
	err := eachQuad(ctx, qs, label, func(q quad.Quad) error {
		statements = ToRDF(statements[:0], q)
		line = line[:0]
		for _, st := range statements {
			line = AppendNQuad(line, st)
		}
		_, err := bw.Write(line)
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// AppendNQuad appends q as one N-Quads statement, newline included.
func AppendNQuad(b []byte, q quad.Quad) []byte {
	b = append(b, Term(q.Subject)...)
	b = append(b, ' ')
	b = append(b, Term(q.Predicate)...)
	b = append(b, ' ')
	b = append(b, Term(q.Object)...)
	if q.Label != nil {
		b = append(b, ' ')
		b = append(b, Term(q.Label)...)
	}
	return append(b, " .\n"...)
}

// Term writes one value as an N-Quads term: an IRI in angle brackets with
// the characters IRIs may not hold percent-encoded, a blank node, or a
// literal with its datatype (xsd:integer, xsd:double, xsd:boolean,
// xsd:dateTime for Cayley's native values; plain strings stay plain).
func Term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + escapeIRI(string(v)) + ">"
	case quad.BNode:
		return "_:" + string(v)
	case quad.String:
		return literal(string(v))
	case quad.TypedString:
		return literal(string(v.Value)) + "^^<" + escapeIRI(string(v.Type.Full())) + ">"
	case quad.LangString:
		return literal(string(v.Value)) + "@" + v.Lang
	case quad.Int:
		return literal(strconv.FormatInt(int64(v), 10)) + "^^<" + string(quad.IRI(xsd.Integer).Full()) + ">"
	case quad.Float:
		return literal(strconv.FormatFloat(float64(v), 'E', -1, 64)) + "^^<" + string(quad.IRI(xsd.Double).Full()) + ">"
	case quad.Bool:
		return literal(strconv.FormatBool(bool(v))) + "^^<" + string(quad.IRI(xsd.Boolean).Full()) + ">"
	case quad.Time:
		return literal(time.Time(v).Format(time.RFC3339Nano)) + "^^<" + string(quad.IRI(xsd.DateTime).Full()) + ">"
	case nil:
		return `""`
	}
	return literal(fmt.Sprint(v.Native()))
}

// literal quotes s with the escapes N-Quads defines; other control
// characters are written as \u escapes so that no line break or control
// byte appears raw in the file.
func literal(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// escapeIRI percent-encodes the characters RDF's IRIREF excludes (space,
// controls, <>"{}|^`\). kg's own IRIs never hold them except through a
// document id taken from a file name; such an IRI exports as a valid one.
func escapeIRI(s string) string {
	if !strings.ContainsFunc(s, badIRIRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if badIRIRune(r) {
			for _, c := range []byte(string(r)) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func badIRIRune(r rune) bool {
	return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r)
}

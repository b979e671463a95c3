package export

import (
	"bufio"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// VocabPath is where kg serve describes its namespace.
const VocabPath = "/ns"

// Media types of the vocabulary description.
const (
	TurtleType   = "text/turtle; charset=utf-8"
	NTriplesType = "application/n-triples; charset=utf-8"
)

// turtlePrefixes are the prefixes the Turtle description declares.
var turtlePrefixes = []struct{ name, ns string }{
	{"kg", schema.NS},
	{"rdf", schema.RDF},
	{"rdfs", schema.RDFS},
	{"owl", schema.OWL},
	{"dcterms", schema.DCT},
}

// localName is what a prefixed name's local part may be here (a subset of
// Turtle's PN_LOCAL).
var localName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

// WriteVocabulary writes Vocabulary() as Turtle, or as N-Triples when
// ntriples is set.
func WriteVocabulary(w io.Writer, ntriples bool) error {
	bw := bufio.NewWriter(w)
	triples := Vocabulary()
	if ntriples {
		var line []byte
		for _, t := range triples {
			line = AppendNQuad(line[:0], t)
			bw.Write(line)
		}
		return bw.Flush()
	}
	for _, p := range turtlePrefixes {
		bw.WriteString("@prefix " + p.name + ": <" + p.ns + "> .\n")
	}
	var subject quad.Value
	for _, t := range triples {
		if t.Subject == subject {
			bw.WriteString(" ;\n    " + turtleTerm(t.Predicate) + " " + turtleTerm(t.Object))
			continue
		}
		if subject != nil {
			bw.WriteString(" .\n")
		}
		subject = t.Subject
		bw.WriteString("\n" + turtleTerm(t.Subject) + "\n    " + turtleTerm(t.Predicate) + " " + turtleTerm(t.Object))
	}
	if subject != nil {
		bw.WriteString(" .\n")
	}
	return bw.Flush()
}

// turtleTerm writes an IRI as a prefixed name where one fits, "a" for
// rdf:type, anything else as in N-Triples.
func turtleTerm(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		if iri == schema.Type {
			return "a"
		}
		for _, p := range turtlePrefixes {
			if local, ok := strings.CutPrefix(string(iri), p.ns); ok && localName.MatchString(local) {
				return p.name + ":" + local
			}
		}
	}
	return Term(v)
}

// VocabHandler serves the vocabulary description (GET or HEAD): Turtle,
// or N-Triples for ?format=ntriples or an Accept header that asks for
// application/n-triples.
func VocabHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "ns: method not allowed", http.StatusMethodNotAllowed)
			return
		}
		nt := r.URL.Query().Get("format") == "ntriples" ||
			strings.Contains(r.Header.Get("Accept"), "application/n-triples")
		w.Header().Set("Vary", "Accept")
		if nt {
			w.Header().Set("Content-Type", NTriplesType)
		} else {
			w.Header().Set("Content-Type", TurtleType)
		}
		if r.Method == http.MethodHead {
			return
		}
		_ = WriteVocabulary(w, nt)
	})
}

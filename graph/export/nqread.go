package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/schema"
)

// Errors of ReadNQuads; check with errors.Is.
var (
	ErrSyntax  = errors.New("not an N-Quads statement")
	ErrNoLabel = errors.New("statement without an IRI graph label (kg keeps every quad under the IRI of the document it came from)")
)

// maxLineErrors is how many bad lines of one file are reported one by one.
const maxLineErrors = 20

// Dataset is what an N-Quads file holds, in the store's form, one
// document per label (graph name): the label is the document's
// provenance, as in the store.
type Dataset struct {
	// Labels in the order of their first statement.
	Labels []quad.IRI
	// Quads of each label, mapped back from the file's RDF (Restore).
	Quads map[quad.IRI][]quad.Quad
	// Hashes of each label: the content hash the file carries for it (a kg
	// export does), else a hash of the label's statements.
	Hashes map[quad.IRI]string
}

// ReadNQuads reads an N-Quads file named name (used in messages) into its
// documents. Every error names the file and line: a line that does not
// parse (ErrSyntax) fails the whole file, since it may belong to any
// document, and no Dataset is returned; a statement without an IRI label
// (ErrNoLabel) belongs to no document and is reported, the labelled
// documents are returned beside it.
func ReadNQuads(r io.Reader, name string) (*Dataset, []error) {
	ds := &Dataset{Quads: map[quad.IRI][]quad.Quad{}, Hashes: map[quad.IRI]string{}}
	var errs []error
	syntax, bad := false, 0
	report := func(err error) {
		bad++
		if bad <= maxLineErrors {
			errs = append(errs, err)
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, append(errs, fmt.Errorf("read %s:%d: %w", name, n, err))
		}
		if text := strings.TrimSpace(line); text != "" && text[0] != '#' {
			q, perr := parseStatement(text)
			switch {
			case perr != nil:
				syntax = true
				report(fmt.Errorf("read %s:%d: %w (no document of the file stored): %v", name, n, ErrSyntax, perr))
			case !isIRI(q.Label):
				report(fmt.Errorf("read %s:%d: %w", name, n, ErrNoLabel))
			default:
				label := q.Label.(quad.IRI)
				if _, seen := ds.Quads[label]; !seen {
					ds.Labels = append(ds.Labels, label)
				}
				ds.Quads[label] = append(ds.Quads[label], q)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if bad > maxLineErrors {
		errs = append(errs, fmt.Errorf("read %s: %d more bad lines", name, bad-maxLineErrors))
	}
	if syntax {
		return nil, errs
	}
	for _, label := range ds.Labels {
		qq := Restore(ds.Quads[label])
		ds.Quads[label] = qq
		ds.Hashes[label] = datasetHash(label, qq)
	}
	return ds, errs
}

// parseStatement parses one N-Quads line with Cayley's parser, which reads
// typed literals of XSD's integer, double, boolean and dateTime types into
// Cayley's native values (as kg stores them).
func parseStatement(line string) (q quad.Quad, err error) {
	defer func() {
		// The parser panics on some malformed escapes; such a line is a
		// syntax error like any other.
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	q, err = nquads.Parse(line)
	switch {
	case err != nil:
	case !q.IsValid():
		err = fmt.Errorf("incomplete statement")
	case !isIRI(q.Predicate):
		err = fmt.Errorf("predicate %v is not an IRI", q.Predicate)
	default:
		if _, bnode := q.Subject.(quad.BNode); !bnode && !isIRI(q.Subject) {
			err = fmt.Errorf("subject %v is neither an IRI nor a blank node", q.Subject)
		}
	}
	return q, err
}

func isIRI(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && iri != ""
}

// datasetHash is the content hash a kg export carries for label, or a
// hash of the label's statements (sorted, so independent of their order).
func datasetHash(label quad.IRI, qq []quad.Quad) string {
	for _, q := range qq {
		if q.Subject == quad.Value(label) && q.Predicate == quad.Value(schema.ContentHash) {
			if s, ok := q.Object.(quad.String); ok {
				return string(s)
			}
		}
	}
	lines := make([]string, len(qq))
	for i, q := range qq {
		lines[i] = string(AppendNQuad(nil, q))
	}
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		io.WriteString(h, l)
	}
	return "nquads:" + hex.EncodeToString(h.Sum(nil))
}

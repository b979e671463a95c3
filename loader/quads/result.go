package quads

import (
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

// ErrNoDocumentID is returned for a document without an id: it could not
// be labelled.
var ErrNoDocumentID = errors.New("document has no id")

// mapper holds the state of one FromResult call.
type mapper struct {
	doc   *document.Document
	res   *extract.Result
	src   quad.IRI
	q     *set
	names map[string]string // NormalizeName(name or mention) -> entity local id
}

// FromResult maps the extraction result of one document onto quads, every
// one labelled schema.SourceIRI(doc.ID). The document supplies the body,
// path and format; the result's metadata (explicit or inferred) takes
// precedence over the document's own fields.
func FromResult(doc *document.Document, res *extract.Result) ([]quad.Quad, error) {
	if doc == nil || res == nil {
		return nil, fmt.Errorf("map quads: nil document or result")
	}
	if doc.ID == "" {
		return nil, fmt.Errorf("map quads of %s: %w", doc.Path, ErrNoDocumentID)
	}
	src := schema.SourceIRI(doc.ID)
	m := &mapper{doc: doc, res: res, src: src, q: newSet(src), names: make(map[string]string)}
	m.indexNames()
	m.source()
	m.sentences()
	for _, group := range [][]extract.Entity{res.Persons, res.Countries, res.Organizations, res.Places} {
		for i := range group {
			m.entity(&group[i])
		}
	}
	for i := range res.Events {
		m.event(&res.Events[i])
	}
	for i := range res.Commitments {
		m.commitment(&res.Commitments[i])
	}
	for i := range res.Attributions {
		m.claim(&res.Attributions[i])
	}
	for i := range res.NumericClaims {
		m.numeric(&res.NumericClaims[i])
	}
	return m.q.quads(), nil
}

// indexNames maps every entity's name and mentions to its local id, so that
// facts naming actors without ids still link to them.
func (m *mapper) indexNames() {
	for _, group := range [][]extract.Entity{m.res.Persons, m.res.Countries, m.res.Organizations, m.res.Places} {
		for i := range group {
			e := &group[i]
			id := entityID(e)
			for _, n := range append([]string{e.Name}, e.Mentions...) {
				if k := NormalizeName(n); k != "" {
					if _, taken := m.names[k]; !taken {
						m.names[k] = id
					}
				}
			}
		}
	}
}

// lookup returns the local id of the entity of this document named name.
func (m *mapper) lookup(name string) (string, bool) {
	id, ok := m.names[NormalizeName(name)]
	return id, ok
}

// entityID is an entity's local id, made from its kind and name when the
// extractor left it empty.
func entityID(e *extract.Entity) string {
	if e.ID != "" {
		return e.ID
	}
	return kindOf(e.Kind).prefix + Slug(e.Name)
}

// actorRef returns the IRI of the actor with local id id, or else named
// name in this document, or else a new node of the given kind for name
// (with its type and name written so it is a complete node).
func (m *mapper) actorRef(id, name, kind string) quad.IRI {
	if id != "" {
		return schema.ID(id)
	}
	if found, ok := m.lookup(name); ok {
		return schema.ID(found)
	}
	if NormalizeName(name) == "" {
		return ""
	}
	info := kindOf(kind)
	iri := schema.ID(info.prefix + Slug(name))
	m.describe(iri, name, info)
	return iri
}

// describe writes the type, kind and names of a node.
func (m *mapper) describe(iri quad.IRI, name string, info kindInfo, aliases ...string) {
	for _, c := range info.classes {
		m.q.add(iri, schema.Type, c)
	}
	if info.actorKind != "" {
		m.q.str(iri, schema.ActorKind, info.actorKind)
	}
	if info.classes[0] == schema.ClassOutlet {
		m.q.str(iri, schema.OrgType, "outlet")
	}
	m.q.str(iri, schema.Name, name)
	names(m.q, iri, name, aliases)
}

// names writes the alternate and normalised names of a node.
func names(q *set, iri quad.IRI, name string, aliases []string) {
	for _, n := range append([]string{name}, aliases...) {
		if n == "" {
			continue
		}
		if n != name {
			q.str(iri, schema.AlternateName, n)
		}
		q.str(iri, schema.NormName, NormalizeName(n))
	}
}

// source writes the Source node: metadata, body and metadata evidence.
func (m *mapper) source() {
	d, meta, q, s := m.doc, &m.res.Document, m.q, m.src
	q.add(s, schema.Type, schema.ClassSource)
	q.str(s, schema.Title, pick(meta.Title, d.Title))
	q.str(s, schema.DatePublished, pick(meta.Date, d.Date))
	q.str(s, schema.URL, first(meta.URL, d.URL))
	q.str(s, schema.SourceKind, first(meta.Kind, string(d.Kind)))
	q.str(s, schema.Text, d.Body)
	q.str(s, schema.Path, d.Path)
	q.str(s, schema.Format, d.Format)
	if outlet := pick(meta.Outlet, d.Outlet); outlet != "" {
		q.add(s, schema.Publisher, m.actorRef("", outlet, "outlet"))
	}
	authors := meta.Authors
	if len(authors) == 0 {
		authors = d.Authors
	}
	for _, a := range authors {
		q.add(s, schema.Author, m.actorRef("", a, "person"))
	}
	for field, span := range meta.Evidence {
		q.add(s, schema.Evidence, m.evidence(span, "meta:"+field))
	}
}

// sentences writes one node per sentence, linked from the source.
func (m *mapper) sentences() {
	for i, st := range m.res.Sentences {
		n := SentenceIRI(m.doc.ID, i)
		m.q.add(n, schema.Type, schema.ClassSentence)
		m.q.integer(n, schema.Index, i)
		m.q.integer(n, schema.Start, st.Start)
		m.q.integer(n, schema.End, st.End)
		m.q.str(n, schema.Text, st.Text)
		m.q.add(m.src, schema.HasSentence, n)
	}
}

// evidence writes the evidence node of one span of this document in
// support of factID and returns its IRI.
func (m *mapper) evidence(sp extract.Span, factID string) quad.IRI {
	n := EvidenceIRI(m.doc.ID, sp.Start, sp.End, factID)
	m.q.add(n, schema.Type, schema.ClassEvidence)
	m.q.add(n, schema.DerivedFrom, m.src)
	m.q.integer(n, schema.Start, sp.Start)
	m.q.integer(n, schema.End, sp.End)
	m.q.str(n, schema.Text, sp.Text)
	if sp.Sentence >= 0 && sp.Sentence < len(m.res.Sentences) {
		m.q.add(n, schema.HasSentence, SentenceIRI(m.doc.ID, sp.Sentence))
	}
	return n
}

// pick returns *p when set and not empty, else fallback.
func pick(p *string, fallback string) string {
	if p != nil && *p != "" {
		return *p
	}
	return fallback
}

// first returns the first non-empty string.
func first(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

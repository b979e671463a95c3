package export

import (
	"regexp"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// The mapping between the store's representation and the standard RDF of
// the N-Quads export. ToRDF maps one stored quad to its statement in the
// file followed by the statements derived from it; FromRDF maps a
// statement of the file back; Restore inverts a whole label's worth, so
// that importing an export gives back the stored quads exactly.
//
// What the file says beyond the store:
//
//   - dates (schema:startDate, endDate, datePublished, kg:checkedDate) are
//     typed xsd:date, xsd:gYearMonth or xsd:gYear as their form fits;
//   - a commitment status is the IRI of a kg status term (kg:status-agreed)
//     instead of the string "agreed";
//   - an evidence node is a W3C Web Annotation: EV a oa:Annotation;
//     oa:hasBody the fact or entity it supports; oa:hasTarget EV#target, an
//     oa:SpecificResource with oa:hasSource the document and two
//     selectors, EV#position (oa:TextPositionSelector, oa:start and oa:end
//     in code points) and EV#quote (oa:TextQuoteSelector, oa:exact the
//     text). The store's kg:start, kg:end and schema:text of the evidence
//     node are written only as the selectors' oa:start, oa:end, oa:exact;
//   - provenance in PROV-O: evidence prov:wasDerivedFrom (stored) and
//     prov:wasQuotedFrom its document; a claim prov:wasAttributedTo its
//     source (prov:wasDerivedFrom when the source is a cited document); a
//     document prov:wasAttributedTo its publisher and authors.

// Fragments of the nodes an evidence node's annotation is made of.
const (
	targetFragment   = "#target"
	positionFragment = "#position"
	quoteFragment    = "#quote"
)

var (
	evidencePrefix = string(schema.ID(schema.PrefixEvidence))
	sourcePrefix   = string(schema.ID(schema.PrefixSource))
	docRefPrefix   = string(schema.ID(schema.PrefixDocRef))
)

// dateTypes are the datatypes a stored date string is exported with,
// each with the form it must have.
var dateTypes = []struct {
	typ    quad.IRI
	form   *regexp.Regexp
	layout string
}{
	{schema.XSDDate, regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`), "2006-01-02"},
	{schema.XSDGYearMonth, regexp.MustCompile(`^[0-9]{4}-[0-9]{2}$`), "2006-01"},
	{schema.XSDGYear, regexp.MustCompile(`^[0-9]{4}$`), "2006"},
}

// datePredicates hold dates as plain strings in the store.
var datePredicates = map[quad.IRI]bool{
	schema.StartDate:     true,
	schema.EndDate:       true,
	schema.DatePublished: true,
	schema.CheckedDate:   true,
}

// Statuses maps the status strings the store holds to their terms.
var Statuses = map[string]quad.IRI{
	"draft":    schema.StatusDraft,
	"proposed": schema.StatusProposed,
	"agreed":   schema.StatusAgreed,
	"signed":   schema.StatusSigned,
	"reported": schema.StatusReported,
	"denied":   schema.StatusDenied,
}

var statusNames = func() map[quad.IRI]string {
	m := make(map[quad.IRI]string, len(Statuses))
	for name, iri := range Statuses {
		m[iri] = name
	}
	return m
}()

// dateType returns the XSD datatype that fits a date string, and false
// when the string is no valid date of those forms.
func dateType(s string) (quad.IRI, bool) {
	for _, d := range dateTypes {
		if d.form.MatchString(s) {
			_, err := time.Parse(d.layout, s)
			return d.typ, err == nil
		}
	}
	return "", false
}

// evidenceNode reports whether v is the IRI of an evidence node (not of
// one of the parts of its annotation).
func evidenceNode(v quad.Value) (quad.IRI, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), evidencePrefix) {
		return "", false
	}
	for _, f := range []string{targetFragment, positionFragment, quoteFragment} {
		if strings.HasSuffix(string(iri), f) {
			return "", false
		}
	}
	return iri, true
}

// part returns the IRI of a part of an evidence node's annotation, and
// partOf its inverse.
func part(ev quad.IRI, fragment string) quad.IRI { return ev + quad.IRI(fragment) }

func partOf(v quad.Value, fragment string) (quad.IRI, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasSuffix(string(iri), fragment) {
		return "", false
	}
	ev := iri[:len(iri)-len(fragment)]
	if _, ok := evidenceNode(ev); !ok {
		return "", false
	}
	return ev, true
}

func hasPrefix(v quad.Value, prefix string) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), prefix)
}

// ToRDF appends the export form of the stored quad q to out: its own
// statement first, then the statements derived from it.
func ToRDF(out []quad.Quad, q quad.Quad) []quad.Quad {
	p, _ := q.Predicate.(quad.IRI)
	l := q.Label
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l})
	}
	ev, isEv := evidenceNode(q.Subject)
	switch {
	case datePredicates[p]:
		if s, ok := q.Object.(quad.String); ok {
			if typ, ok := dateType(string(s)); ok {
				add(q.Subject, p, quad.TypedString{Value: s, Type: typ})
				return out
			}
		}
	case p == schema.Status:
		if s, ok := q.Object.(quad.String); ok {
			if iri, ok := Statuses[string(s)]; ok {
				add(q.Subject, p, iri)
				return out
			}
		}
	case isEv && (p == schema.Start || p == schema.End):
		pos := part(ev, positionFragment)
		if p == schema.End {
			add(pos, schema.OAEnd, q.Object)
			return out
		}
		add(pos, schema.OAStart, q.Object)
		add(pos, schema.Type, schema.ClassPositionSelector)
		add(part(ev, targetFragment), schema.OAHasSelector, pos)
		return out
	case isEv && p == schema.Text:
		quote := part(ev, quoteFragment)
		add(quote, schema.OAExact, q.Object)
		add(quote, schema.Type, schema.ClassQuoteSelector)
		add(part(ev, targetFragment), schema.OAHasSelector, quote)
		return out
	}
	out = append(out, q)
	switch {
	case isEv && p == schema.DerivedFrom:
		target := part(ev, targetFragment)
		add(ev, schema.Type, schema.ClassAnnotation)
		add(ev, schema.OAHasTarget, target)
		add(target, schema.Type, schema.ClassSpecificResource)
		add(target, schema.OAHasSource, q.Object)
		add(ev, schema.QuotedFrom, q.Object)
	case p == schema.Evidence || p == schema.Mention:
		if target, ok := evidenceNode(q.Object); ok {
			add(target, schema.OAHasBody, q.Subject)
		}
	case p == schema.ClaimSource:
		if hasPrefix(q.Object, docRefPrefix) {
			add(q.Subject, schema.DerivedFrom, q.Object)
		} else {
			add(q.Subject, schema.AttributedTo, q.Object)
		}
	case (p == schema.Publisher || p == schema.Author) && hasPrefix(q.Subject, sourcePrefix):
		add(q.Subject, schema.AttributedTo, q.Object)
	}
	return out
}

// FromRDF maps one statement of an export back to the stored quad it
// stands for. Statements that are not in one of the mapped forms come
// back unchanged (derived statements among them: Restore drops those).
func FromRDF(q quad.Quad) quad.Quad {
	p, _ := q.Predicate.(quad.IRI)
	switch {
	case datePredicates[p]:
		if ts, ok := q.Object.(quad.TypedString); ok {
			if typ, ok := dateType(string(ts.Value)); ok && typ == ts.Type {
				q.Object = ts.Value
			}
		}
	case p == schema.Status:
		if iri, ok := q.Object.(quad.IRI); ok {
			if name, ok := statusNames[iri]; ok {
				q.Object = quad.String(name)
			}
		}
	case p == schema.OAStart || p == schema.OAEnd:
		if ev, ok := partOf(q.Subject, positionFragment); ok {
			q.Subject, q.Predicate = ev, schema.Start
			if p == schema.OAEnd {
				q.Predicate = schema.End
			}
		}
	case p == schema.OAExact:
		if ev, ok := partOf(q.Subject, quoteFragment); ok {
			q.Subject, q.Predicate = ev, schema.Text
		}
	}
	return q
}

// Restore turns the statements of an export (one label's, or any set)
// back into the stored quads: each statement is mapped back with FromRDF,
// and the statements that the mapped quads derive (ToRDF after the first)
// are dropped. A statement kg would not have written stays as it is, so
// a file from another tool loses nothing.
func Restore(statements []quad.Quad) []quad.Quad {
	stored := make([]quad.Quad, len(statements))
	derived := map[quad.Quad]bool{}
	var buf []quad.Quad
	for i, st := range statements {
		stored[i] = FromRDF(st)
		buf = ToRDF(buf[:0], stored[i])
		for _, d := range buf[1:] {
			derived[d] = true
		}
	}
	out := stored[:0]
	for i, st := range statements {
		if !derived[st] {
			out = append(out, stored[i])
		}
	}
	return out
}

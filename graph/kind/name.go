package kind

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Name returns what a node of kind k is called when shown: a source's
// title, an event's type and date, a commitment's content, a claim's text,
// a numeric claim's value and subject, and the name of any other node; ""
// when the node has none. value returns the value of a predicate the
// caller chose ("" when none), so that exports and search hits name a node
// the same way.
func Name(k string, value func(p quad.IRI) string) string {
	switch k {
	case Source:
		return value(schema.Title)
	case Event:
		return strings.TrimSpace(value(schema.EventType) + " " + value(schema.Date))
	case Commitment:
		return value(schema.What)
	case Claim:
		return value(schema.ClaimText)
	case NumericClaim:
		return strings.TrimSpace(value(schema.ValueText) + " " + value(schema.About))
	}
	return value(schema.Name)
}

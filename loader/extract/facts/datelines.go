package facts

import (
	"github.com/kg-project/kg/loader/extract/credits"
)

// ObjectDeterminers words open a noun phrase object.
var ObjectDeterminers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "these": true, "new": true, "further": true, "also": true}

// DatelinePlace is the place of a dateline opening one of the document's
// first segments, "" when there is none.
func DatelinePlace(c *Context) string {
	for i := 0; i < min(4, len(c.A.Sents)); i++ {
		start, end := c.SentSpan(i)
		dl, ok := credits.IsDateline(c.A.Body[start:end])
		if !ok {
			continue
		}
		for _, mn := range c.MentionsIn(start, start+dl[3]) {
			if mn.Kind == "place" {
				return mn.Key
			}
		}
		return ""
	}
	return ""
}

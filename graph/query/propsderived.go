package query

import (
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// factEvidence is what the graph views work out from a fact's evidence
// links, once per read of the fact (a props is not modified once shared,
// so what is derived from it alone stays true as long as it is cached).
type factEvidence struct {
	once  sync.Once
	spans []quad.IRI              // sorted by source and offset
	byDoc map[quad.IRI][]quad.IRI // spans grouped by source
}

// evidenceSpans returns the node's evidence spans by source and offset
// (sortedEvidence of its evidence links). The slice is shared: callers must
// not modify it.
func (p *props) evidenceSpans() []quad.IRI {
	return p.factEvidence().spans
}

// evidenceBySource returns the node's evidence spans grouped by source
// (evidenceByDoc of its evidence links). The map and its slices are
// shared: callers must not modify them.
func (p *props) evidenceBySource() map[quad.IRI][]quad.IRI {
	return p.factEvidence().byDoc
}

func (p *props) factEvidence() *factEvidence {
	fe := &p.evidence
	fe.once.Do(func() {
		fe.spans = sortedEvidence(p.sharedIRIs(schema.Evidence))
		fe.byDoc = evidenceByDoc(fe.spans)
	})
	return fe
}

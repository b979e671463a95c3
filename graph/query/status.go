package query

import (
	"context"
	"strings"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/schema"
)

// statusVote is the status one evidence span gives, with the standing of
// its source.
type statusVote struct {
	status  CommitmentStatus
	primary bool
	date    string
}

// outranks says whether v is a better witness than w, in the order
// kind.Witness defines (primary, then later, then firmer).
func (v statusVote) outranks(w statusVote) bool {
	return kind.Witness{Status: string(v.status), Primary: v.primary, Date: v.date}.
		Outranks(kind.Witness{Status: string(w.status), Primary: w.primary, Date: w.date})
}

// bestStatus is the status of a commitment across its sources: the status
// given by the best-ranked evidence, else the status written on the node.
func (r *Reader) bestStatus(ctx context.Context, p *props) (*CommitmentStatus, error) {
	evs, err := r.propsAll(ctx, p.iris(schema.Evidence))
	if err != nil {
		return nil, err
	}
	var best *statusVote
	for _, ev := range evs {
		st := statusOf(ev.str(schema.Status))
		if st == nil {
			continue
		}
		v := statusVote{status: *st}
		if src := ev.link(schema.DerivedFrom); src != "" {
			kinds, err := r.out(ctx, src, schema.SourceKind)
			if err != nil {
				return nil, err
			}
			dates, err := r.out(ctx, src, schema.DatePublished)
			if err != nil {
				return nil, err
			}
			v.primary = strings.EqualFold(minString(kinds, identity), "primary")
			v.date = minString(dates, identity)
		}
		if best == nil || v.outranks(*best) {
			best = &v
		}
	}
	if best != nil {
		return &best.status, nil
	}
	var fallback *CommitmentStatus
	for _, s := range p.strs(schema.Status) {
		if st := statusOf(s); st != nil && (fallback == nil || kind.StatusStrength(string(*st)) > kind.StatusStrength(string(*fallback))) {
			fallback = st
		}
	}
	return fallback, nil
}

package query

import (
	"context"
	"strings"

	"github.com/kg-project/kg/schema"
)

// statusStrength orders the statuses one source gives, firmest first, to
// break ties between sources of the same kind and date.
var statusStrength = map[CommitmentStatus]int{
	StatusSigned:   6,
	StatusAgreed:   5,
	StatusDenied:   4,
	StatusProposed: 3,
	StatusDraft:    2,
	StatusReported: 1,
}

// statusVote is the status one evidence span gives, with the standing of
// its source.
type statusVote struct {
	status  CommitmentStatus
	primary bool
	date    string
}

// outranks says whether v is a better witness than w: a primary source
// (a statement issued by the actors) outranks reports, then the later
// source outranks the earlier (an agreed statement supersedes a leaked
// draft), then the firmer status.
func (v statusVote) outranks(w statusVote) bool {
	if v.primary != w.primary {
		return v.primary
	}
	if v.date != w.date {
		return v.date > w.date
	}
	return statusStrength[v.status] > statusStrength[w.status]
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
		if st := statusOf(s); st != nil && (fallback == nil || statusStrength[*st] > statusStrength[*fallback]) {
			fallback = st
		}
	}
	return fallback, nil
}

package kind

// StatusStrength orders the statuses a source gives a commitment (upper
// case, as in GraphQL), firmest first: signed, agreed, denied, proposed,
// draft, reported. An unknown status is 0.
func StatusStrength(status string) int {
	switch status {
	case "SIGNED":
		return 6
	case "AGREED":
		return 5
	case "DENIED":
		return 4
	case "PROPOSED":
		return 3
	case "DRAFT":
		return 2
	case "REPORTED":
		return 1
	}
	return 0
}

// Witness is one source's word on a commitment's status, with the standing
// of that source.
type Witness struct {
	Status  string // upper case, as in GraphQL
	Primary bool   // a statement issued by the actors themselves
	Date    string // the source's publication date, YYYY-MM-DD or ""
}

// Outranks says whether w is a better witness than v: a primary source
// outranks reports, then the later source the earlier (an agreed statement
// supersedes a leaked draft), then the firmer status. Equal witnesses
// outrank neither way; callers that need a total order break the tie.
func (w Witness) Outranks(v Witness) bool {
	if w.Primary != v.Primary {
		return w.Primary
	}
	if w.Date != v.Date {
		return w.Date > v.Date
	}
	return StatusStrength(w.Status) > StatusStrength(v.Status)
}

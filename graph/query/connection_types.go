package query

// Connections and edges, one pair per listed type.
type (
	ActorConnection struct {
		Edges      []*ActorEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	ActorEdge struct {
		Cursor string
		Node   *Actor
	}
	PlaceConnection struct {
		Edges      []*PlaceEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	PlaceEdge struct {
		Cursor string
		Node   *Place
	}
	SourceConnection struct {
		Edges      []*SourceEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	SourceEdge struct {
		Cursor string
		Node   *Source
	}
	EvidenceConnection struct {
		Edges      []*EvidenceEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	EvidenceEdge struct {
		Cursor string
		Node   *Evidence
	}
	EventConnection struct {
		Edges      []*EventEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	EventEdge struct {
		Cursor string
		Node   *Event
	}
	CommitmentConnection struct {
		Edges      []*CommitmentEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	CommitmentEdge struct {
		Cursor string
		Node   *Commitment
	}
	ClaimConnection struct {
		Edges      []*ClaimEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	ClaimEdge struct {
		Cursor string
		Node   *Claim
	}
	NumericClaimConnection struct {
		Edges      []*NumericClaimEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	NumericClaimEdge struct {
		Cursor string
		Node   *NumericClaim
	}
	SentenceConnection struct {
		Edges      []*SentenceEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	SentenceEdge struct {
		Cursor string
		Node   *Sentence
	}
	RoleConnection struct {
		Edges      []*RoleEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	RoleEdge struct {
		Cursor string
		Node   *Role
	}
	TimelineConnection struct {
		Edges      []*TimelineEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	TimelineEdge struct {
		Cursor string
		Node   *TimelineEntry
	}
	ConflictConnection struct {
		Edges      []*ConflictEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	ConflictEdge struct {
		Cursor string
		Node   *Conflict
	}
	StatusChangeConnection struct {
		Edges      []*StatusChangeEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	StatusChangeEdge struct {
		Cursor string
		Node   *StatusChange
	}
	SearchHitConnection struct {
		Edges      []*SearchHitEdge
		PageInfo   *PageInfo
		TotalCount int
	}
	SearchHitEdge struct {
		Cursor string
		Node   *SearchHit
	}
)

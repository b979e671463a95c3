package extract

import (
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
)

// The output types live in the model package, which every stage package
// imports; these aliases keep extract.Result and its item types the names
// callers outside extraction (the loader, the graph, the commands) use.
type (
	Result       = model.Result
	Span         = model.Span
	Sentence     = model.Sentence
	Meta         = model.Meta
	Entity       = model.Entity
	Role         = model.Role
	Event        = model.Event
	Commitment   = model.Commitment
	NumericClaim = model.NumericClaim
	Attribution  = model.Attribution
	// Analysis and Stage are the stage contract (see the model package).
	Analysis = model.Analysis
	Stage    = model.Stage
)

// CommitmentStatuses are the statuses a commitment can have (the lexicon
// package's vocabulary, under the name callers use).
var CommitmentStatuses = lexicon.CommitmentStatuses

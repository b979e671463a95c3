package extract

import "github.com/kg-project/kg/loader/extract/events"
import "github.com/kg-project/kg/loader/extract/commitments"
import "github.com/kg-project/kg/loader/extract/attributions"

// factStages find events, attributions and commitments; they run last.
// Attributions come before commitments: a commitment's status depends on
// who the text says states it (a draft, a third party).
var factStages = []stageBuilder{
	{name: "events", build: events.NewStage},
	{name: "attributions", build: attributions.NewStage},
	{name: "commitments", build: commitments.NewStage},
}

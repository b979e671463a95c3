package extract

// factStages find events, attributions and commitments; they run last.
// Attributions come before commitments: a commitment's status depends on
// who the text says states it (a draft, a third party).
var factStages = []stageBuilder{
	{name: "events", build: newEventStage},
	{name: "attributions", build: newAttributionStage},
	{name: "commitments", build: newCommitmentStage},
}

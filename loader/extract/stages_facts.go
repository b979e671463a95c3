package extract

// factStages find events, commitments and attributions; they run last.
var factStages = []stageBuilder{}

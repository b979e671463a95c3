package extract

// entityStages infer document metadata and find persons, roles, countries,
// organizations, outlets and places; they run after textStages.
var entityStages = []stageBuilder{}

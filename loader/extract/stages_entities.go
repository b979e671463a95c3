package extract

import "github.com/kg-project/kg/loader/extract/metadata"

// entityStages infer document metadata and find persons, roles, countries,
// organizations, outlets and places; they run after textStages. The
// gazetteer stage comes first so that metadata inference sees outlets;
// assembly into Result comes before roles, which attach to its persons.
var entityStages = []stageBuilder{
	{name: "gazetteer match", build: newGazMatchStage},
	{name: "metadata", build: metadata.NewStage},
	{name: "persons", build: newPersonStage},
	{name: "organizations", build: newOrgStage},
	{name: "companies", build: newCompanyStage},
	{name: "described companies", build: newDescribedCompanyStage},
	{name: "coreference", build: newCorefStage},
	{name: "places", build: newPlaceStage},
	{name: "entities", build: newEntitiesStage},
	{name: "roles", build: newRoleStage},
}

package extract

import "github.com/kg-project/kg/loader/extract/metadata"
import "github.com/kg-project/kg/loader/extract/roles"
import "github.com/kg-project/kg/loader/extract/coreference"
import "github.com/kg-project/kg/loader/extract/entities"

// entityStages infer document metadata and find persons, roles, countries,
// organizations, outlets and places; they run after textStages. The
// gazetteer stage comes first so that metadata inference sees outlets;
// assembly into Result comes before roles, which attach to its persons.
var entityStages = []stageBuilder{
	{name: "gazetteer match", build: entities.NewGazMatchStage},
	{name: "metadata", build: metadata.NewStage},
	{name: "persons", build: entities.NewPersonStage},
	{name: "organizations", build: entities.NewOrgStage},
	{name: "companies", build: entities.NewCompanyStage},
	{name: "described companies", build: entities.NewDescribedCompanyStage},
	{name: "coreference", build: coreference.NewStage},
	{name: "places", build: entities.NewPlaceStage},
	{name: "entities", build: entities.NewEntitiesStage},
	{name: "roles", build: roles.NewStage},
}

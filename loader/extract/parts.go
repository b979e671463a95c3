package extract

import (
	"fmt"
	"io/fs"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// The parts of the default pipeline, for callers that run some of its
// stages over an Analysis they prepared themselves: the stage packages'
// tests, which give a stage hand-made sentences and mentions, and
// benchmarks that time one part.

// NewTextPart builds the text stages alone: segmentation, dates, numbers
// and numeric claims.
func NewTextPart(gaz *gazetteer.Gazetteer, data fs.FS) (*Pipeline, error) {
	return buildStages(gaz, data, textStages)
}

// NewEntityPart builds the entity stages alone: gazetteer match, metadata,
// persons, organizations, coreference, places, assembly and roles.
func NewEntityPart(gaz *gazetteer.Gazetteer, data fs.FS) (*Pipeline, error) {
	return buildStages(gaz, data, entityStages)
}

// NewTextAndEntityPart builds the text stages followed by the entity
// stages: everything but the fact stages.
func NewTextAndEntityPart(gaz *gazetteer.Gazetteer, data fs.FS) (*Pipeline, error) {
	return buildStages(gaz, data, textStages, entityStages)
}

// NewFactPart builds the fact stages alone: events, attributions and
// commitments.
func NewFactPart(gaz *gazetteer.Gazetteer, data fs.FS) (*Pipeline, error) {
	return buildStages(gaz, data, factStages)
}

// Apply runs the pipeline's stages in order over an Analysis the caller
// prepared. Unlike Run it neither releases the Analysis's tokens nor
// finishes its Result, so that the caller can read both afterwards.
func (p *Pipeline) Apply(a *model.Analysis) error {
	for _, s := range p.Stages {
		if err := applyStage(s, a); err != nil {
			return fmt.Errorf("apply %T: %w", s, err)
		}
	}
	return nil
}

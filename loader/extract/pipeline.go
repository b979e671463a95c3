// Package extract finds actors, roles, places, events, commitments,
// attributions and numbers in a document, each with evidence spans.
//
// It is a pipeline in the manner of Bleve's analysis chain: each stage is a
// one-method interface (model.Stage), stages are composed by a plain loop,
// each is tested alone on small inputs, and the whole pipeline is tested
// against golden files in testdata/. This package keeps only the pipeline,
// its wiring (stages_*.go) and aliases of the output types; the rest is a
// tree of packages:
//
//   - shared layers, which every stage package may import: model (the
//     Analysis, the Result, the Stage contract, the mention index, the
//     per-document cache, fact ids), token (the token layer: tokens, words,
//     phrase lists, text helpers), lexicon (the lexicon files and the
//     entity lexicon), dates (date expressions), credits (bylines, credits,
//     datelines) and facts (the context of the fact stages);
//   - stage packages (their order is in stages_*.go): segmentation, datementions,
//     numbers, entities (gazetteer match, persons, organizations, places,
//     assembly), metadata, coreference, roles, events, attributions,
//     commitments. A stage package imports the shared layers only, never
//     another stage package (TestHouseRule): what a stage needs from an
//     earlier one is a field of the Analysis. Each package's doc says what
//     it READS and what it ADDS.
package extract

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// Pipeline runs its stages in order over one document at a time. A
// Pipeline is safe for concurrent use once built: stages keep no state
// between documents.
type Pipeline struct {
	Gaz    *gazetteer.Gazetteer
	Stages []model.Stage
}

// New builds the default pipeline. data holds the lexicon files
// (lexicon/*.yaml) that stages read at construction.
func New(gaz *gazetteer.Gazetteer, data fs.FS) (*Pipeline, error) {
	return buildStages(gaz, data, textStages, entityStages, factStages)
}

// buildStages constructs the stages of the given groups, in order.
func buildStages(gaz *gazetteer.Gazetteer, data fs.FS, groups ...[]stageBuilder) (*Pipeline, error) {
	var stages []model.Stage
	for _, group := range groups {
		for _, b := range group {
			s, err := b.build(gaz, data)
			if err != nil {
				return nil, fmt.Errorf("build stage %s: %w", b.name, err)
			}
			stages = append(stages, s)
		}
	}
	return &Pipeline{Gaz: gaz, Stages: stages}, nil
}

// stageBuilder names a stage and constructs it from the gazetteer and the
// lexicon files.
type stageBuilder struct {
	name  string
	build func(gaz *gazetteer.Gazetteer, data fs.FS) (model.Stage, error)
}

// ErrStageFailed reports a stage that broke on a document (a bug, not bad
// input): the document is reported and skipped, the rest of a load goes on.
var ErrStageFailed = errors.New("extraction stage failed")

// Run extracts everything from one document.
func (p *Pipeline) Run(doc *document.Document) (*model.Result, error) {
	a := model.NewAnalysis(doc, p.Gaz)
	defer a.ReleaseTokens()
	for _, s := range p.Stages {
		if err := applyStage(s, a); err != nil {
			return nil, fmt.Errorf("extract %s: %T: %w", doc.ID, s, err)
		}
	}
	a.Result.EmptyListsNotNull()
	return &a.Result, nil
}

// applyStage runs one stage, turning a panic into ErrStageFailed so that
// one document cannot bring a whole load down.
func applyStage(s model.Stage, a *model.Analysis) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrStageFailed, r)
		}
	}()
	return s.Apply(a)
}

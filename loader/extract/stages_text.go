package extract

import (
	"io/fs"

	"github.com/kg-project/kg/loader/extract/datementions"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/numbers"
	"github.com/kg-project/kg/loader/extract/segmentation"
	"github.com/kg-project/kg/loader/gazetteer"
)

// textStages segment the body and find dates and numbers; they run first.
// Owned by the text-analysis work (segmentation, dates, numbers).
//
// Order: segment, then dates (datesStage resolves against the document
// date known so far; a later metadata stage that infers the date from a
// dateline calls ResolveDates), then numbers (which skip dates), then the
// numeric claims built from the numbers.
var textStages = []stageBuilder{
	{name: "segment", build: func(*gazetteer.Gazetteer, fs.FS) (model.Stage, error) { return segmentation.Stage{}, nil }},
	{name: "dates", build: func(*gazetteer.Gazetteer, fs.FS) (model.Stage, error) { return datementions.Stage{}, nil }},
	{name: "numbers", build: func(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
		lx, err := numbers.LoadLexicon(data)
		if err != nil {
			return nil, err
		}
		return numbers.Stage{Lexicon: lx}, nil
	}},
	{name: "numeric claims", build: func(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
		lx, err := numbers.LoadLexicon(data)
		if err != nil {
			return nil, err
		}
		return numbers.ClaimsStage{Lexicon: lx}, nil
	}},
}

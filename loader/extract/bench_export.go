package extract

import "github.com/kg-project/kg/loader/gazetteer"
import "github.com/kg-project/kg/loader/extract/segmentation"
import "github.com/kg-project/kg/loader/extract/model"

// SegmentOnly returns a pipeline that runs the segmentation stage alone
// (sentences, headings, list items, quotes): the baseline against which
// `kg bench` measures the full extraction's words per second.
func SegmentOnly(gaz *gazetteer.Gazetteer) *Pipeline {
	return &Pipeline{Gaz: gaz, Stages: []model.Stage{segmentation.Stage{}}}
}

package extract

import (
	"errors"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// panicStage stands for a stage with a bug.
type panicStage struct{}

func (panicStage) Apply(*model.Analysis) error { panic("index out of range") }

func TestRunTurnsAStagePanicIntoAnError(t *testing.T) {
	p := &Pipeline{Stages: []model.Stage{panicStage{}}}
	_, err := p.Run(&document.Document{ID: "doc-1", Body: "Text."})
	if !errors.Is(err, ErrStageFailed) {
		t.Fatalf("Run error = %v, want ErrStageFailed", err)
	}
}

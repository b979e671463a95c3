package extracttest

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/internal/testgazetteer"
	"github.com/kg-project/kg/loader/gazetteer"
)

// Gazetteer is the small gazetteer written for the entity tests (see
// testgazetteer.New).
func Gazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	return testgazetteer.New(t)
}

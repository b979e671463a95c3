package extract

import (
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// extractPath is the import path of this package; the stage packages and
// the shared layers live under it.
const extractPath = "github.com/kg-project/kg/loader/extract"

// sharedLayers are the packages under extractPath that every stage package
// may import, and what each of them may import in turn (under extractPath).
var sharedLayers = map[string][]string{
	"model":   {"token", "dates"},
	"token":   {},
	"lexicon": {"token", "model"},
	"credits": {"model", "token", "lexicon"},                     // bylines and credits, read by several stages
	"facts":   {"model", "token", "lexicon", "dates", "credits"}, // the context the fact stages share
	"dates":   {"token"},                                         // date expressions: parsing, finding, resolving

}

// testHelpers are the packages under extractPath that only tests import:
// they may import the pipeline and any package under it, and the tests of
// every package may import them.
var testHelpers = map[string]bool{"internal/extracttest": true}

// houseRuleViolations checks the house rule on the imports (under
// extractPath, as paths relative to it) of each package under extractPath:
// a stage package imports only the shared layers, never another stage
// package; a shared layer imports only what sharedLayers allows it; the
// external tests of a stage package may import the pipeline (".") too; a
// test helper (testHelpers) imports what it needs, and tests may import it.
func houseRuleViolations(imports, xtestImports map[string][]string) []string {
	var out []string
	check := func(pkg, imp string, allowPipeline bool) {
		if imp == pkg || testHelpers[pkg] || (testHelpers[imp] && allowPipeline) {
			return
		}
		if allowed, shared := sharedLayers[pkg]; shared {
			for _, a := range allowed {
				if imp == a {
					return
				}
			}
			out = append(out, pkg+" (a shared layer) imports "+imp)
			return
		}
		if _, ok := sharedLayers[imp]; ok {
			return
		}
		if imp == "." && allowPipeline {
			return
		}
		out = append(out, pkg+" imports "+imp+": a stage package imports only "+strings.Join(sharedNames(), ", "))
	}
	for pkg, imps := range imports {
		for _, imp := range imps {
			check(pkg, imp, false)
		}
	}
	for pkg, imps := range xtestImports {
		for _, imp := range imps {
			check(pkg, imp, true)
		}
	}
	sort.Strings(out)
	return out
}

func sharedNames() []string {
	var names []string
	for n := range sharedLayers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TestHouseRule walks the packages under loader/extract and fails when one
// breaks the house rule (see houseRuleViolations).
func TestHouseRule(t *testing.T) {
	imports, xtest := map[string][]string{}, map[string][]string{}
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == "." {
			return nil
		}
		if d.Name() == "testdata" {
			return filepath.SkipDir
		}
		p, err := build.ImportDir(path, 0)
		if err != nil {
			if _, ok := err.(*build.NoGoError); ok {
				return nil
			}
			return err
		}
		rel := filepath.ToSlash(path)
		local := func(list []string) []string {
			var out []string
			for _, imp := range list {
				if imp == extractPath {
					out = append(out, ".")
				} else if r, ok := strings.CutPrefix(imp, extractPath+"/"); ok {
					out = append(out, r)
				}
			}
			return out
		}
		imports[rel] = local(append(append([]string{}, p.Imports...), p.TestImports...))
		xtest[rel] = local(p.XTestImports)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range sharedLayers {
		if _, ok := imports[name]; !ok {
			t.Errorf("shared layer %s not found under loader/extract", name)
		}
	}
	for _, v := range houseRuleViolations(imports, xtest) {
		t.Error(v)
	}
}

// TestHouseRuleCatches checks the rule itself on invented import lists.
func TestHouseRuleCatches(t *testing.T) {
	got := houseRuleViolations(map[string][]string{
		"events":  {"model", "lexicon", "token"},
		"roles":   {"model", "entities"},
		"token":   {"model"},
		"lexicon": {"token", "model"},
		"credits": {"model", "token", "lexicon"},                     // bylines and credits, read by several stages
		"facts":   {"model", "token", "lexicon", "dates", "credits"}, // the context the fact stages share
		"numbers": {"model", "internal/extracttest"},
		// a test helper imports what it needs
		"internal/extracttest": {".", "entities", "model"},
	}, map[string][]string{
		"events":       {".", "model", "internal/extracttest"},
		"datementions": {"numbers"},
		"roles":        {"internal/extracttest"},
	})
	want := []string{
		"datementions imports numbers: a stage package imports only credits, dates, facts, lexicon, model, token",
		"numbers imports internal/extracttest: a stage package imports only credits, dates, facts, lexicon, model, token",
		"roles imports entities: a stage package imports only credits, dates, facts, lexicon, model, token",
		"token (a shared layer) imports model",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("violations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

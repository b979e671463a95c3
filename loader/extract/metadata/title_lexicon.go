package metadata

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/kg-project/kg/loader/extract/token"
)

// headlinesLexiconPath is where the headlines lexicon lives in the data FS.
const headlinesLexiconPath = "lexicon/headlines.yaml"

// errHeadlineLexicon is returned for a headlines lexicon missing a list.
var errHeadlineLexicon = errors.New("invalid headlines lexicon")

// headlineLexicon is data/lexicon/headlines.yaml.
type headlineLexicon struct {
	CaptionOpenings []string `yaml:"caption_openings"`
	NavigationWords []string `yaml:"navigation_words"`
	FunctionWords   []string `yaml:"function_words"`
	Articles        []string `yaml:"articles"`

	navigation map[string]bool
	function   map[string]bool
	article    map[string]bool
}

// LoadHeadlineLexicon reads and checks the headlines lexicon.
func LoadHeadlineLexicon(data fs.FS) (*headlineLexicon, error) {
	b, err := fs.ReadFile(data, headlinesLexiconPath)
	if err != nil {
		return nil, fmt.Errorf("load headlines lexicon: %w", err)
	}
	return ParseHeadlineLexicon(b)
}

// ParseHeadlineLexicon parses the YAML of the headlines lexicon.
func ParseHeadlineLexicon(b []byte) (*headlineLexicon, error) {
	var lx headlineLexicon
	if err := yaml.UnmarshalWithOptions(b, &lx, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("parse %s: %w", headlinesLexiconPath, err)
	}
	if len(lx.CaptionOpenings) == 0 || len(lx.FunctionWords) == 0 || len(lx.Articles) == 0 {
		return nil, fmt.Errorf("parse %s: %w: caption_openings, function_words and articles are required", headlinesLexiconPath, errHeadlineLexicon)
	}
	for i, c := range lx.CaptionOpenings {
		lx.CaptionOpenings[i] = strings.ToLower(c)
	}
	lx.navigation = token.LowerSet(lx.NavigationWords)
	lx.function = token.LowerSet(lx.FunctionWords)
	lx.article = token.LowerSet(lx.Articles)
	return &lx, nil
}

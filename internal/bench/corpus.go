package bench

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/loader/document"
)

// Corpus is a set of documents read into memory, with their word count.
type Corpus struct {
	Docs  []*document.Document
	Words int64
	Bytes int64
}

// ReadCorpus reads every document under paths (as `kg load` finds them);
// files that cannot be read are an error, skipped files (unknown
// extensions, such as a generated corpus's gold/*.json) are not.
func ReadCorpus(paths []string) (*Corpus, error) {
	c := &Corpus{}
	for doc, err := range document.All(paths, document.Options{}) {
		if err != nil {
			if document.IsSkip(err) {
				continue
			}
			return nil, fmt.Errorf("read corpus: %w", err)
		}
		c.Docs = append(c.Docs, doc)
		c.Words += int64(len(strings.Fields(doc.Body)))
		c.Bytes += int64(len(doc.Body))
	}
	if len(c.Docs) == 0 {
		return nil, fmt.Errorf("read corpus %s: no documents", strings.Join(paths, " "))
	}
	return c, nil
}

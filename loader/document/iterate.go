package document

import (
	"errors"
	"iter"
)

// All walks paths and reads every file found, one after the other,
// yielding each document with a nil error and each problem with a nil
// document: walk failures, read failures, and skip notes (see IsSkip: a
// caller reports them without counting them as failures). It suits sequential callers; a loader that reads in
// parallel calls Walk and hands WalkResult.Files to workers calling Read.
func All(paths []string, opts Options) iter.Seq2[*Document, error] {
	return func(yield func(*Document, error) bool) {
		res := Walk(paths)
		for _, err := range res.Errors {
			if !yield(nil, err) {
				return
			}
		}
		for _, err := range res.Skipped {
			if !yield(nil, err) {
				return
			}
		}
		for _, path := range res.Files {
			docs, errs := Read(path, opts)
			for _, err := range errs {
				if !yield(nil, err) {
					return
				}
			}
			for _, doc := range docs {
				if !yield(doc, nil) {
					return
				}
			}
		}
	}
}

// IsSkip reports whether an error from Walk, Read or All is a note that a
// file was left out on purpose (it wraps ErrUnsupported) rather than a
// failure.
func IsSkip(err error) bool {
	return errors.Is(err, ErrUnsupported)
}

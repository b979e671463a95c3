package loader

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Summary counts what a Load did.
type Summary struct {
	Loaded    int // new documents stored
	Replaced  int // changed documents replaced
	Unchanged int // documents stored already with the same content hash
	Failed    int // documents or files that could not be loaded
	Skipped   int // files left out on purpose (unsupported type)
	Quads     int64
	Actors    int // distinct persons, countries and organizations extracted
	// Errors are the failures, each naming its file (and line).
	Errors []error
	// Notes say why files were skipped.
	Notes []error
}

// String is the one-line summary the CLI prints.
func (s Summary) String() string {
	out := fmt.Sprintf("documents: %d loaded, %d replaced, %d unchanged, %d failed; quads: %d; actors: %d",
		s.Loaded, s.Replaced, s.Unchanged, s.Failed, s.Quads, s.Actors)
	if s.Skipped > 0 {
		out += fmt.Sprintf("; files skipped: %d", s.Skipped)
	}
	return out
}

func (s *Summary) fail(err error) {
	s.Failed++
	s.Errors = append(s.Errors, err)
}

func (s *Summary) skip(err error) {
	s.Skipped++
	s.Notes = append(s.Notes, err)
}

// IsTerminal reports whether w is a terminal, where a progress line that
// rewrites itself makes sense.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progress rewrites one line ("\r") at most every 100 ms.
type progress struct {
	w     io.Writer
	files int
	last  time.Time
	start time.Time
}

func newProgress(w io.Writer, terminal bool, files int) *progress {
	if w == nil || !terminal {
		return nil
	}
	return &progress{w: w, files: files, start: time.Now()}
}

func (p *progress) line(s *Summary) string {
	docs := s.Loaded + s.Replaced + s.Unchanged
	return fmt.Sprintf("\rloading %d files: %d documents (%d failed), %d quads, %.0f docs/s ",
		p.files, docs, s.Failed, s.Quads, float64(docs)/time.Since(p.start).Seconds())
}

func (p *progress) update(s *Summary) {
	if p == nil || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprint(p.w, p.line(s))
}

func (p *progress) done(s *Summary) {
	if p == nil {
		return
	}
	fmt.Fprint(p.w, p.line(s)+"\n")
}

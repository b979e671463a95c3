package gen

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/gazetteer"
)

// ErrGazetteer is wrapped when the gazetteer lacks what the generator
// needs (people with offices, outlets, cities).
var ErrGazetteer = errors.New("gazetteer too small for the generator")

// Config says how many documents to generate, from which seed and
// gazetteer.
type Config struct {
	Docs int
	Seed int64
	Gaz  *gazetteer.Gazetteer
	// Data holds lexicon/gen.yaml; nil means the bundled data.FS.
	Data fs.FS
}

// Article is one generated document with its ground truth.
type Article struct {
	// ID names the document: the file's base name, or the record id of a
	// JSON Lines record.
	ID string
	// Format is "txt", "md" or "jsonl".
	Format string
	// Body is the text every gold offset refers to: the file without front
	// matter, or a record's "text".
	Body    string
	Title   string
	Outlet  string // "" when the document has none (statements)
	URL     string
	Date    string
	Authors []string
	Kind    string // "primary" or "secondary"
	Gold    *Gold
}

// The generated period.
var (
	periodStart = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	periodDays  = 730
)

// Generate returns the documents of cfg in order, deterministically from
// cfg.Seed: document i is drawn from its own PCG stream, so it does not
// depend on how many documents come before it.
func Generate(cfg Config) (iter.Seq[*Article], error) {
	if cfg.Gaz == nil {
		return nil, fmt.Errorf("generate: %w: no gazetteer", ErrGazetteer)
	}
	fsys := cfg.Data
	if fsys == nil {
		fsys = data.FS
	}
	lex, err := LoadLexicon(fsys)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	c, err := newCast(cfg.Gaz, lex)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	return func(yield func(*Article) bool) {
		for i := range cfg.Docs {
			rng := rand.New(rand.NewPCG(uint64(cfg.Seed), uint64(i)+0x9e3779b97f4a7c15))
			if !yield(c.article(i, rng)) {
				return
			}
		}
	}, nil
}

// article writes document i.
func (c *cast) article(i int, rng *rand.Rand) *Article {
	date := periodStart.AddDate(0, 0, rng.IntN(periodDays))
	a := newArticle(c, rng, date)
	out := &Article{ID: fmt.Sprintf("gen-%06d", i+1), Date: date.Format(time.DateOnly), Kind: "secondary"}
	switch r := rng.IntN(100); {
	case r < 8:
		out.Format, out.Kind = "md", "primary"
	case r < 18:
		out.Format = "jsonl"
	case r < 45:
		out.Format = "md"
	default:
		out.Format = "txt"
	}
	meta := GoldMeta{ID: out.ID, Date: strPtr(out.Date), Kind: out.Kind, Authors: []string{}}
	if out.Kind == "primary" {
		title := a.writeStatement()
		out.Title = title.String()
		out.URL = fmt.Sprintf("https://statements.example.org/%s/%s", out.Date, out.ID)
	} else {
		a.writeNews(out)
		out.Outlet = a.outlet.Name
		out.URL = fmt.Sprintf("https://news.example.org/%s/%s", slug(a.outlet.Name), out.ID)
		meta.Outlet = strPtr(out.Outlet)
	}
	if out.Format == "txt" && !a.outletInBody {
		meta.Outlet = nil
		out.Outlet = ""
	}
	if meta.Outlet != nil {
		a.creditBylines(*meta.Outlet)
	}
	meta.Title = strPtr(out.Title)
	meta.URL = out.URL
	meta.Authors = append(meta.Authors, out.Authors...)
	a.gold.Document = meta
	a.finish()
	out.Body = a.body.String()
	out.Gold = &a.gold
	return out
}

// writeNews writes a news article: for text files a date marker line and
// the title line, for Markdown sometimes the title as a heading, then an
// optional byline and dateline and the body.
func (a *article) writeNews(out *Article) {
	t := &a.body
	title := a.title()
	out.Title = title.String()
	switch out.Format {
	case "txt":
		t.write("Date: " + out.Date + "\n\n")
		t.appendText(title)
		t.write("\n\n")
	case "md":
		if a.rng.IntN(2) == 0 {
			t.write("# ")
			t.appendText(title)
			t.write("\n\n")
		}
	}
	if out.Format == "jsonl" {
		if a.rng.IntN(2) == 0 {
			out.Authors = a.authors()
		}
	} else if a.rng.IntN(2) == 0 {
		out.Authors = a.authors()
		t.write("By ")
		writeList(t, out.Authors, func(name string) { t.mention(kindPerson, name, name, "author") })
		t.write("\n\n")
	}
	if out.Format == "txt" && a.rng.IntN(5) > 0 || out.Format != "txt" && a.rng.IntN(2) == 0 {
		t.mention(kindPlace, a.city.Name, strings.ToUpper(a.city.Name), "")
		t.write(", " + datelineDate(a.date) + " (")
		a.writeOutlet(t, a.outlet)
		t.write(") - ")
		a.outletInBody = true
	}
	a.writeArticleBody()
}

// creditBylines gives the authors of a byline the role the annotation
// uses when the document's outlet is known: "author (Reuters byline)".
func (a *article) creditBylines(outlet string) {
	for i := range a.body.mentions {
		if a.body.mentions[i].role == "author" {
			a.body.mentions[i].role = "author (" + outlet + " byline)"
		}
	}
}

// authors invents one or two author names from the lexicon's name parts.
func (a *article) authors() []string {
	n := 1 + a.rng.IntN(2)
	var out []string
	for len(out) < n {
		name := a.inventedName()
		if len(out) == 0 || out[0] != name {
			out = append(out, name)
		}
	}
	return out
}

// inventedName draws a full name from the lexicon's name parts, never one
// already used in this document for someone else.
func (a *article) inventedName() string {
	for {
		name := pick(a.rng, a.lex.GivenNames) + " " + pick(a.rng, a.lex.FamilyNames)
		if !a.invented[name] {
			a.invented[name] = true
			return name
		}
	}
}

// slug is a lower-case, dash-separated form of a name for URLs.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// RecordsPerBatch is how many JSON Lines records go in one .jsonl file.
const RecordsPerBatch = 50

// FileName is the file an article is written to on its own ("" for a
// JSON Lines record, which goes into a batch file).
func (a *Article) FileName() string {
	if a.Format == "jsonl" {
		return ""
	}
	return a.ID + "." + a.Format
}

// File is the content of an article's own file: a Markdown file with its
// front matter, or the text file as is.
func (a *Article) File() []byte {
	if a.Format != "md" {
		return []byte(a.Body)
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", yamlString(a.Title))
	if a.Outlet != "" {
		fmt.Fprintf(&b, "outlet: %s\n", yamlString(a.Outlet))
	}
	fmt.Fprintf(&b, "date: %s\n", a.Date)
	if len(a.Authors) > 0 {
		quoted := make([]string, len(a.Authors))
		for i, s := range a.Authors {
			quoted[i] = yamlString(s)
		}
		fmt.Fprintf(&b, "authors: [%s]\n", strings.Join(quoted, ", "))
	}
	fmt.Fprintf(&b, "url: %s\n", a.URL)
	fmt.Fprintf(&b, "kind: %s\n", a.Kind)
	b.WriteString("---\n")
	b.WriteString(a.Body)
	return b.Bytes()
}

// yamlString quotes s as a YAML double-quoted scalar (JSON string syntax
// is valid YAML).
func yamlString(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}

// record is a JSON Lines record as kg reads it.
type record struct {
	ID      string   `json:"id"`
	URL     string   `json:"url"`
	Title   string   `json:"title"`
	Outlet  string   `json:"outlet,omitempty"`
	Date    string   `json:"date"`
	Authors []string `json:"authors"`
	Text    string   `json:"text"`
}

// Record is an article as one JSON Lines line, newline included.
func (a *Article) Record() ([]byte, error) {
	authors := a.Authors
	if authors == nil {
		authors = []string{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(record{ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Date: a.Date, Authors: authors, Text: a.Body}); err != nil {
		return nil, fmt.Errorf("encode record %s: %w", a.ID, err)
	}
	return b.Bytes(), nil
}

// GoldJSON is the article's ground truth as indented JSON.
func (a *Article) GoldJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(a.Gold); err != nil {
		return nil, fmt.Errorf("encode gold %s: %w", a.ID, err)
	}
	return b.Bytes(), nil
}

// Summary counts what Write wrote.
type Summary struct {
	Docs    int // documents (files and records)
	Files   int // document files (.txt, .md, .jsonl)
	Records int // JSON Lines records
	Words   int // words of all bodies
}

// Write generates cfg.Docs documents into dir, and their ground truth into
// dir/gold (NAME.json for NAME.txt or NAME.md, ID.json for a JSON Lines
// record). Documents are written as they are generated, so memory stays
// flat however many there are; JSON Lines records go RecordsPerBatch to a
// file (batch-0001.jsonl, ...).
func Write(dir string, cfg Config) (Summary, error) {
	var sum Summary
	docs, err := Generate(cfg)
	if err != nil {
		return sum, err
	}
	goldDir := filepath.Join(dir, "gold")
	if err := os.MkdirAll(goldDir, 0o755); err != nil {
		return sum, fmt.Errorf("write corpus %s: %w", dir, err)
	}
	batch := &batchWriter{dir: dir}
	defer batch.close()
	for a := range docs {
		if name := a.FileName(); name != "" {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, a.File(), 0o644); err != nil {
				return sum, fmt.Errorf("write document %s: %w", path, err)
			}
			sum.Files++
		} else {
			line, err := a.Record()
			if err != nil {
				return sum, err
			}
			opened, err := batch.write(line)
			if err != nil {
				return sum, err
			}
			if opened {
				sum.Files++
			}
			sum.Records++
		}
		g, err := a.GoldJSON()
		if err != nil {
			return sum, err
		}
		path := filepath.Join(goldDir, a.ID+".json")
		if err := os.WriteFile(path, g, 0o644); err != nil {
			return sum, fmt.Errorf("write gold %s: %w", path, err)
		}
		sum.Docs++
		sum.Words += len(strings.Fields(a.Body))
	}
	if err := batch.close(); err != nil {
		return sum, err
	}
	return sum, nil
}

// batchWriter appends records to numbered .jsonl files, RecordsPerBatch
// to a file.
type batchWriter struct {
	dir   string
	n     int // files opened
	count int // records in the open file
	f     *os.File
}

// write appends one record line, opening a new file when the current one
// is full; it reports whether it opened one.
func (w *batchWriter) write(line []byte) (bool, error) {
	opened := false
	if w.f == nil || w.count == RecordsPerBatch {
		if err := w.close(); err != nil {
			return false, err
		}
		w.n++
		path := filepath.Join(w.dir, fmt.Sprintf("batch-%04d.jsonl", w.n))
		f, err := os.Create(path)
		if err != nil {
			return false, fmt.Errorf("write batch %s: %w", path, err)
		}
		w.f, w.count, opened = f, 0, true
	}
	if _, err := w.f.Write(line); err != nil {
		return opened, fmt.Errorf("write batch %s: %w", w.f.Name(), err)
	}
	w.count++
	return opened, nil
}

func (w *batchWriter) close() error {
	if w.f == nil {
		return nil
	}
	f := w.f
	w.f = nil
	if err := f.Close(); err != nil {
		return fmt.Errorf("write batch %s: %w", f.Name(), err)
	}
	return nil
}

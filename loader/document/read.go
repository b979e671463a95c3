package document

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is zero.
const DefaultMaxBytes int64 = 20 << 20

// Options control how files are read.
type Options struct {
	// MaxBytes is the largest file read; larger files fail with ErrTooLarge
	// before any byte is read. Zero means DefaultMaxBytes; negative means
	// no limit.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Formats by file extension (lower-cased).
var formatByExt = map[string]string{
	".txt":      "txt",
	".md":       "md",
	".markdown": "md",
	".jsonl":    "jsonl",
	".ndjson":   "jsonl",
	".nq":       NQuads,
}

// NQuads is the format of an RDF 1.1 N-Quads file (".nq"): a dataset of
// quads, not a document. Walk lists such files, the loader stores their
// quads under their labels; Read and ParseBytes leave them out with
// ErrUnsupported.
const NQuads = "nquads"

// FormatOf returns the format ("txt", "md", "jsonl" or NQuads) of a file
// name, judged by its extension, and false when kg does not read that kind
// of file.
func FormatOf(path string) (string, bool) {
	format, ok := formatByExt[strings.ToLower(filepath.Ext(path))]
	return format, ok
}

// Read reads one file into its documents: one for a text or Markdown file,
// one per good record for JSON Lines. Problems that stop a document come
// back as errors naming the path (and line); for JSON Lines the good
// records are returned beside the errors of the broken ones. Problems that
// do not stop a document are in its Warnings. Every error wraps one of the
// package's sentinel errors or, for a file that cannot be opened or read,
// the os error.
func Read(path string, opts Options) ([]*Document, []error) {
	if format, ok := FormatOf(path); !ok || format == NQuads {
		return nil, []error{fmt.Errorf("read %s: %w", path, ErrUnsupported)}
	}
	data, err := readFile(path, opts.maxBytes())
	if err != nil {
		return nil, []error{err}
	}
	return ParseBytes(path, data, opts)
}

// readFile reads a regular file, checking its size before reading.
func readFile(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if errors.Is(err, syscall.ELOOP) {
		return nil, fmt.Errorf("read %s: %w: %w", path, ErrSymlinkLoop, err)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: %w (%s)", path, ErrNotRegular, info.Mode().Type())
	}
	if limit > 0 && info.Size() > limit {
		return nil, fmt.Errorf("read %s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	r := io.Reader(f)
	if limit > 0 {
		// The file may have grown since Stat: never read past the limit.
		r = io.LimitReader(f, limit+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, fmt.Errorf("read %s: %w (more than %d bytes)", path, ErrTooLarge, limit)
	}
	return data, nil
}

// ParseBytes turns the content of a file named path into its documents,
// exactly as Read does once the file is read; path only supplies the
// format (by extension), the ID and the name used in messages.
func ParseBytes(path string, data []byte, opts Options) ([]*Document, []error) {
	format, ok := FormatOf(path)
	if !ok {
		return nil, []error{fmt.Errorf("read %s: %w", path, ErrUnsupported)}
	}
	if format == NQuads {
		return nil, []error{fmt.Errorf("read %s: %w: an N-Quads dataset holds quads, not a document to extract", path, ErrUnsupported)}
	}
	if limit := opts.maxBytes(); limit > 0 && int64(len(data)) > limit {
		return nil, []error{fmt.Errorf("read %s: %w (%d bytes, limit %d)", path, ErrTooLarge, len(data), limit)}
	}
	if format == "jsonl" {
		return parseJSONL(path, data)
	}
	doc, err := parseText(path, format, data)
	if err != nil {
		return nil, []error{err}
	}
	return []*Document{doc}, nil
}

// parseText reads a text or Markdown file: decoding, front matter, leading
// date marker.
func parseText(path, format string, data []byte) (*Document, error) {
	text, enc, err := decode(path, data)
	if err != nil {
		return nil, err
	}
	hash := hashBytes(data)
	doc := &Document{
		ID:       fileID(path, hash),
		Path:     path,
		Format:   format,
		Encoding: enc.name,
		Hash:     hash,
		Explicit: map[string]bool{},
		Warnings: enc.warnings,
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("read %s: %w", path, ErrEmpty)
	}
	fm, body, found, err := splitFrontMatter(text)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if found {
		meta, err := parseFrontMatter(fm)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		for _, w := range meta.apply(doc) {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("read %s: front matter: %s", path, w))
		}
		doc.BodyOffset = codePoints(text) - codePoints(body)
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("read %s: %w (nothing after the front matter)", path, ErrEmpty)
	}
	doc.Body = body
	if w := applyDateMarker(doc); w != "" {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("read %s: %s", path, w))
	}
	return doc, nil
}

func hashBytes(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func codePoints(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

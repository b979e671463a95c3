// Package document reads the files kg loads (plain text, Markdown, text or
// Markdown with a YAML front-matter block, JSON Lines) into Documents: a
// body whose code point offsets every piece of evidence refers to, and the
// metadata the file states explicitly.
//
// Metadata the file does not state (title, dateline date, byline, outlet)
// is inferred later by the extraction pipeline, which never overrides a
// field listed in Document.Explicit.
//
// Walk also lists N-Quads files (format NQuads): datasets, not documents,
// which the loader stores label by label (see graph/export.ReadNQuads).
package document

import "errors"

// Kind says whether a document is issued by the actors themselves
// (primary: a statement, a communiqué) or reports on them (secondary).
type Kind string

const (
	Primary   Kind = "primary"
	Secondary Kind = "secondary"
)

// Document is one text to extract from. A file yields one Document; a JSON
// Lines file yields one per record.
type Document struct {
	// ID is stable across reloads: the file's base name without extension,
	// or the record's "id" for JSON Lines. It names the document's IRI and
	// label in the store, and the output file of `kg extract`.
	ID string
	// Path is the file the document came from; Line is the 1-based line of
	// a JSON Lines record (0 for whole files).
	Path string
	Line int
	// Format is "txt", "md" or "jsonl".
	Format string

	// Body is the text without its front matter, exactly as in the file
	// (CRLF kept), decoded to UTF-8: a byte order mark is dropped (it is
	// not counted in any offset) and invalid bytes become U+FFFD, one per
	// byte. Offsets are code points into Body.
	Body string
	// BodyOffset is the code point offset of Body within the decoded file
	// (the length of the front matter), for mapping back to the file.
	BodyOffset int

	Title   string
	Outlet  string
	URL     string
	Authors []string
	// Date is YYYY-MM-DD, or "" when unknown.
	Date string
	Kind Kind

	// Explicit lists the metadata fields ("id", "title", "outlet", "url",
	// "authors", "date", "kind") given by front matter, a JSON Lines record
	// or a leading date marker line; inference never overrides them.
	Explicit map[string]bool

	// Encoding is how the file's bytes were decoded: "utf-8",
	// "utf-8-bom" (the byte order mark is dropped: it is not text a reader
	// sees, so offsets start after it), "utf-16le" or "utf-16be" (decoded
	// from their byte order mark).
	Encoding string

	// Hash is the hex SHA-256 of the raw bytes the document was read from
	// (the file, or the record's line without its line ending): unchanged
	// documents are skipped.
	Hash string

	// Warnings are problems that did not stop the document from loading
	// (invalid UTF-8 replaced, unparsable front-matter date ignored, ...).
	Warnings []string
}

// Sentinel errors, wrapped with the path (and line) they concern; check
// them with errors.Is.
var (
	ErrEmpty       = errors.New("empty document")
	ErrBinary      = errors.New("binary content")
	ErrTooLarge    = errors.New("file exceeds size limit")
	ErrFrontMatter = errors.New("malformed front matter")
	ErrRecord      = errors.New("malformed JSON Lines record")
	ErrUnsupported = errors.New("unsupported file type")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrInvalidDate = errors.New("unparsable date")
	ErrSymlinkLoop = errors.New("symlink loop")
	ErrNotRegular  = errors.New("not a regular file")
	// ErrUnknownType: a file named explicitly (not found in a folder) is
	// of a type kg does not load. A failure, unlike ErrUnsupported.
	ErrUnknownType = errors.New("file type kg does not load")
)

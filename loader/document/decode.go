package document

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Byte order marks recognised at the start of a file.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// binarySample is how many leading bytes the binary check looks at.
const binarySample = 8 << 10

// encoding describes how a file was decoded and what went wrong on the way.
type encoding struct {
	name     string
	warnings []string
}

// decode turns a file's bytes into UTF-8 text.
//
// A UTF-8 byte order mark is dropped and not counted in offsets: it is an
// encoding signature, not text a reader sees, and keeping it would shift
// every offset by one against what an editor shows. UTF-16 files with a
// byte order mark are decoded to UTF-8 (offsets are code points of the
// decoded text). Invalid UTF-8 bytes each become U+FFFD, with a warning
// wrapping ErrInvalidUTF8. Line endings are kept as they are, CRLF
// included. Binary content fails with ErrBinary.
func decode(path string, data []byte) (string, encoding, error) {
	var enc encoding
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		bigEndian := bytes.HasPrefix(data, bomUTF16BE)
		enc.name = "utf-16le"
		if bigEndian {
			enc.name = "utf-16be"
		}
		var text string
		text, enc.warnings = decodeUTF16(path, data[2:], bigEndian)
		if looksBinary([]byte(text)) {
			return "", enc, fmt.Errorf("read %s: %w (%s)", path, ErrBinary, enc.name)
		}
		return text, enc, nil
	}
	enc.name = "utf-8"
	if bytes.HasPrefix(data, bomUTF8) {
		enc.name = "utf-8-bom"
		data = data[len(bomUTF8):]
	}
	if looksBinary(data) {
		return "", enc, fmt.Errorf("read %s: %w", path, ErrBinary)
	}
	text, invalid := replaceInvalidUTF8(data)
	if invalid > 0 {
		enc.warnings = append(enc.warnings, fmt.Sprintf("read %s: %v: %d byte(s) replaced by U+FFFD", path, ErrInvalidUTF8, invalid))
	}
	return text, enc, nil
}

// decodeUTF16 decodes UTF-16 without its byte order mark. Unpaired
// surrogates and a trailing odd byte become U+FFFD with a warning.
func decodeUTF16(path string, data []byte, bigEndian bool) (string, []string) {
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	var sb strings.Builder
	sb.Grow(len(data))
	bad := 0
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case utf16.IsSurrogate(rune(u)):
			if u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF {
				sb.WriteRune(utf16.DecodeRune(rune(u), rune(units[i+1])))
				i++
				continue
			}
			sb.WriteRune(utf8.RuneError)
			bad++
		default:
			sb.WriteRune(rune(u))
		}
	}
	if len(data)%2 == 1 {
		sb.WriteRune(utf8.RuneError)
		bad++
	}
	var warnings []string
	if bad > 0 {
		warnings = append(warnings, fmt.Sprintf("read %s: invalid UTF-16: %d code unit(s) replaced by U+FFFD", path, bad))
	}
	return sb.String(), warnings
}

// replaceInvalidUTF8 returns data as a string in which every byte that is
// not part of a valid UTF-8 sequence is U+FFFD, and how many there were.
func replaceInvalidUTF8(data []byte) (string, int) {
	if utf8.Valid(data) {
		return string(data), 0
	}
	var sb strings.Builder
	sb.Grow(len(data) + 16)
	invalid := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		sb.WriteRune(r)
		data = data[size:]
	}
	return sb.String(), invalid
}

// looksBinary reports whether the start of data is not text: a NUL byte,
// or more than one in ten bytes a control character other than layout
// (tab, line feed, vertical tab, form feed, carriage return, escape), or
// more than three in ten bytes not valid UTF-8.
func looksBinary(data []byte) bool {
	sample := data
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	if len(sample) == 0 {
		return false
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	control, invalid := 0, 0
	for i := 0; i < len(sample); {
		b := sample[i]
		if b < utf8.RuneSelf {
			if isControlByte(b) {
				control++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && utf8.FullRune(sample[i:]) {
			invalid++
		}
		i += size
	}
	return control*10 > len(sample) || invalid*10 > 3*len(sample)
}

func isControlByte(b byte) bool {
	switch b {
	case '\t', '\n', '\v', '\f', '\r', 0x1B:
		return false
	}
	return b < 0x20 || b == 0x7F
}

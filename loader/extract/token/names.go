package token

import "strings"

// IsPossessiveAfter reports whether "'s" follows byte offset end.
func IsPossessiveAfter(body string, end int) bool {
	rest := body[end:]
	return (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")) &&
		(len(rest) == len("'s") || !IsWordByte(rest[len("'s"):]))
}

func IsWordByte(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// IsParticle reports whether w is a name particle ("De", "van", "al").
// The Germanic and Romance particles count whatever their case ("Von der
// Leyen" at a sentence start); "La", "Le", "Al", "El", "Bin" and "Ten"
// only in lower case, since capitalised they open other names ("Le
// Monde", "Al Jazeera").
func IsParticle(w string) bool {
	switch w {
	case "de", "De", "van", "Van", "von", "Von", "der", "Der", "den", "Den", "da", "Da", "di", "Di",
		"du", "Du", "del", "Del", "la", "le", "bin", "al", "el", "ter", "Ter", "ten":
		return true
	}
	return false
}

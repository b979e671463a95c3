package token

// DateMarkerEnd returns the end of a leading " date YYYY-MM-DD" marker
// (with the white space after it), 0 when the body has none.
func DateMarkerEnd(body string) int {
	i := 0
	for i < len(body) && (body[i] == ' ' || body[i] == '\t') {
		i++
	}
	if len(body) < i+4 || !segEqualFold(body[i:i+4], "date") {
		return 0
	}
	i += 4
	j := i
	for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == ':') {
		j++
	}
	if j == i || len(body) < j+10 {
		return 0
	}
	d := body[j : j+10]
	for k := 0; k < 10; k++ {
		if k == 4 || k == 7 {
			if d[k] != '-' {
				return 0
			}
		} else if d[k] < '0' || d[k] > '9' {
			return 0
		}
	}
	j += 10
	if j < len(body) && body[j] != ' ' && body[j] != '\t' && body[j] != '\n' && body[j] != '\r' {
		return 0
	}
	for j < len(body) && (body[j] == ' ' || body[j] == '\t') {
		j++
	}
	return j
}

// segEqualFold reports whether s equals lower (lower-case ASCII) but for the case of ASCII letters.
func segEqualFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// IsSpaceByte reports an ASCII white space byte.
func IsSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

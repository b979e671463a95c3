package credits

import (
	"regexp"
	"strings"
)

// TimeOfDayRE matches a time after a date ("10:32 GMT", "at 9.15 am").
var TimeOfDayRE = regexp.MustCompile(`^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|UTC[+-]?\d*))*$`)

// ContainsFold reports whether list holds s, ignoring case.
func ContainsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

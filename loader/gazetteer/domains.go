package gazetteer

import (
	"net/url"
	"strings"
)

// ByDomain returns the outlet or organization that publishes on the host
// of rawURL (a URL or a bare host): the entry listing the host itself or
// the nearest parent domain ("press.un.org" belongs to "un.org"). A
// leading "www." is ignored.
func (g *Gazetteer) ByDomain(rawURL string) (*Entry, bool) {
	host := Host(rawURL)
	for host != "" {
		if e, ok := g.domains[host]; ok {
			return e, true
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			break
		}
		host = host[i+1:]
		if !strings.Contains(host, ".") {
			break // a bare top-level domain names no site
		}
	}
	return nil, false
}

// Host returns the lower-case host of rawURL (a URL or a bare host)
// without port and leading "www.", or "" when there is none.
func Host(rawURL string) string {
	s := strings.TrimSpace(rawURL)
	if s == "" {
		return ""
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	h := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	return strings.TrimPrefix(h, "www.")
}

package query

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// valuesOf runs p and returns, for every node it reaches, the distinct
// values of pred (none when the node has no pred): one iteration instead
// of reading every node, for sort keys and filters of long lists.
func (r *Reader) valuesOf(ctx context.Context, p *path.Path, pred quad.IRI) (map[quad.IRI][]quad.Value, error) {
	res := make(map[quad.IRI][]quad.Value)
	seen := make(map[[2]quad.Value]bool)
	err := p.Tag("node").SaveOptional(pred, "value").Iterate(ctx).TagValues(r.qs, func(m map[string]quad.Value) {
		n, ok := m["node"].(quad.IRI)
		if !ok {
			return
		}
		if _, known := res[n]; !known {
			res[n] = nil
		}
		v, ok := m["value"]
		if !ok || v == nil || seen[[2]quad.Value{n, v}] {
			return
		}
		seen[[2]quad.Value{n, v}] = true
		res[n] = append(res[n], v)
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("read %s of listed nodes: %w", pred, err)
	}
	return res, nil
}

// minString returns the smallest string among vals, or "".
func minString(vals []quad.Value, fold func(string) string) string {
	best, found := "", false
	for _, v := range vals {
		s, ok := v.(quad.String)
		if !ok {
			continue
		}
		k := fold(string(s))
		if !found || k < best {
			best, found = k, true
		}
	}
	return best
}

// identity returns s unchanged.
func identity(s string) string { return s }

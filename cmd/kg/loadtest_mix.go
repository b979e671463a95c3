package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// requestKind is one kind of request of the load test mix.
type requestKind struct {
	name   string
	valid  bool
	weight int
	// build returns the request for the n-th send of this kind.
	build func(m *requestMix, n int) (*http.Request, error)
	// clear lists words (any of them, case-insensitive) a refusal must
	// contain to be a clear one; empty: any GraphQL error or 4xx will do.
	clear []string
	// status, when set, is the HTTP status a refusal must have.
	status int
}

// requestMix sends the requests of the load test, drawn by weight.
type requestMix struct {
	base    string
	names   []string // actor names found in the store
	ids     []string // node ids found in the store
	maxBody int64
	kinds   []requestKind
	table   []int // kind indexes, each repeated weight times
}

// leakMarkers must never appear in an answer: file paths, source
// locations, stack traces.
var leakMarkers = []string{"/work/", "/home/", "/root/", ".go:", "goroutine ", "runtime/", "panic("}

func newRequestMix(ctx context.Context, client *http.Client, base string, c loadtestConfig) (*requestMix, error) {
	m := &requestMix{base: base, maxBody: c.maxBody}
	if err := m.discover(ctx, client); err != nil {
		return nil, err
	}
	m.kinds = requestKinds(c.noIntrospec)
	for i, k := range m.kinds {
		for range k.weight {
			m.table = append(m.table, i)
		}
	}
	// A fixed shuffle: any run of len(table) requests holds every kind.
	rand.New(rand.NewSource(1)).Shuffle(len(m.table), func(i, j int) { m.table[i], m.table[j] = m.table[j], m.table[i] })
	return m, nil
}

// discover reads actor names and node ids to query for.
func (m *requestMix) discover(ctx context.Context, client *http.Client) error {
	req, err := m.post(`{ actors(first: 50) { edges { node { id name } } } sources(first: 50) { edges { node { id } } } }`, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("discover actors at %s: %w", m.base, err)
	}
	defer resp.Body.Close()
	var out struct {
		Data struct {
			Actors, Sources struct {
				Edges []struct{ Node struct{ ID, Name string } }
			}
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("discover actors at %s: HTTP %d: %v", m.base, resp.StatusCode, err)
	}
	for _, e := range out.Data.Actors.Edges {
		m.names = append(m.names, e.Node.Name)
		m.ids = append(m.ids, e.Node.ID)
	}
	for _, e := range out.Data.Sources.Edges {
		m.ids = append(m.ids, e.Node.ID)
	}
	if len(m.names) == 0 {
		m.names = []string{"France"}
	}
	if len(m.ids) == 0 {
		m.ids = []string{"country:FRA"}
	}
	return nil
}

func (m *requestMix) post(query string, vars map[string]any) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	return m.raw(body)
}

func (m *requestMix) raw(body []byte) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, m.base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func (m *requestMix) get(params url.Values) (*http.Request, error) {
	return http.NewRequest(http.MethodGet, m.base+"/graphql?"+params.Encode(), nil)
}

// requestKinds is the mix: valid queries most of the time, then invalid
// and hostile ones.
func requestKinds(noIntrospection bool) []requestKind {
	query := func(q string) func(*requestMix, int) (*http.Request, error) {
		return func(m *requestMix, _ int) (*http.Request, error) { return m.post(q, nil) }
	}
	kinds := []requestKind{
		{name: "valid: actor by name", valid: true, weight: 20, build: func(m *requestMix, n int) (*http.Request, error) {
			name := m.names[n%len(m.names)]
			if n%2 == 1 {
				name = strings.ToLower(name)
			}
			return m.post(`query($n: String!) { actor(name: $n) { id name kind aliases } }`, map[string]any{"n": name})
		}},
		{name: "valid: sources page", valid: true, weight: 15, build: query(
			`{ sources(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title date outlet { name } } } } }`)},
		{name: "valid: node by id (GET)", valid: true, weight: 15, build: func(m *requestMix, n int) (*http.Request, error) {
			vars, _ := json.Marshal(map[string]string{"id": m.ids[n%len(m.ids)]})
			return m.get(url.Values{"query": {`query($id: ID!) { node(id: $id) { id __typename } }`}, "variables": {string(vars)}})
		}},
		{name: "valid: actors search", valid: true, weight: 10, build: query(
			`{ actors(first: 10, search: "an") { totalCount edges { node { id name kind } } } }`)},

		{name: "invalid: syntax error", weight: 3, build: query(`{ actors(first: 5 { totalCount } }`), clear: []string{"expected", "syntax", "unexpected"}},
		{name: "invalid: unknown field", weight: 3, build: query(`{ noSuchField }`), clear: []string{"cannot query field"}},
		{name: "invalid: missing variable", weight: 1, build: query(`query($n: String!) { actor(name: $n) { id } }`),
			clear: []string{"must be defined", "variable"}},
		{name: "invalid: object for a string variable", weight: 1, build: func(m *requestMix, _ int) (*http.Request, error) {
			return m.post(`query($n: String!) { actor(name: $n) { id } }`, map[string]any{"n": map[string]int{"a": 1}})
		}},
		{name: "invalid: body not JSON", weight: 2, build: func(m *requestMix, _ int) (*http.Request, error) {
			return m.raw([]byte("this is not JSON"))
		}},
		{name: "invalid: no query", weight: 1, build: func(m *requestMix, _ int) (*http.Request, error) { return m.raw([]byte(`{}`)) }},
		{name: "invalid: mutation (API is read-only)", weight: 1, build: query(`mutation { removeSource(id: "x") }`)},

		{name: "hostile: too deep", weight: 3, build: query(deepQuery(6)), clear: []string{"depth"}},
		{name: "hostile: page size 100000", weight: 3, build: query(`{ sources(first: 100000) { totalCount } }`), clear: []string{"500", "first"}},
		{name: "hostile: complexity bomb", weight: 2, build: query(
			`{ actors(first: 500) { edges { node { sources(first: 500) { edges { node { actors { edges { node { name } } } } } } } } } }`),
			clear: []string{"complex"}},
		{name: "hostile: alias flood", weight: 1, build: query(aliasFlood(300)), clear: []string{"complex"}},
		{name: "hostile: fragment cycle", weight: 1, build: query(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
			clear: []string{"fragment"}},
		{name: "hostile: deeply nested list argument", weight: 1, build: query(
			`{ actor(name: ` + strings.Repeat("[", 20000) + `"x"` + strings.Repeat("]", 20000) + `) { id } }`)},
		{name: "hostile: unknown persisted query", weight: 2, build: func(m *requestMix, n int) (*http.Request, error) {
			ext := fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":"%064x"}}`, n+1)
			return m.get(url.Values{"extensions": {ext}})
		}, clear: []string{"persistedquerynotfound", "persisted"}},
		{name: "hostile: oversized body", weight: 1, build: func(m *requestMix, _ int) (*http.Request, error) {
			pad := strings.Repeat(" ", int(m.maxBody))
			return m.raw([]byte(`{"query": "{ __typename }"` + pad + `}`))
		}, status: http.StatusRequestEntityTooLarge},
		{name: "hostile: oversized chunked body", weight: 1, build: func(m *requestMix, _ int) (*http.Request, error) {
			pad := strings.Repeat(" ", int(m.maxBody))
			req, err := m.raw(nil)
			if err != nil {
				return nil, err
			}
			req.Body = io.NopCloser(strings.NewReader(`{"query": "{ __typename }"` + pad + `}`))
			req.ContentLength = -1 // sent chunked: the limit must hold without a length
			return req, nil
		}},
	}
	introspection := requestKind{name: "introspection", weight: 2, build: query(`{ __schema { types { name fields { name } } } }`)}
	if noIntrospection {
		introspection.name = "hostile: introspection when disabled"
		introspection.clear = []string{"introspection"}
	} else {
		introspection.name = "valid: introspection"
		introspection.valid = true
	}
	return append(kinds, introspection)
}

// deepQuery nests actor -> sources -> actors cycles: 6 levels each.
func deepQuery(cycles int) string {
	var b strings.Builder
	b.WriteString(`{ actors(first: 1) { edges { node { `)
	for range cycles {
		b.WriteString(`sources(first: 1) { edges { node { actors(first: 1) { edges { node { `)
	}
	b.WriteString(`name`)
	for range cycles {
		b.WriteString(` } } } } } }`)
	}
	b.WriteString(` } } } }`)
	return b.String()
}

// aliasFlood asks for the same big page under n aliases.
func aliasFlood(n int) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: sources(first: 500) { edges { node { id } } } ", i)
	}
	b.WriteString("}")
	return b.String()
}

// send sends the n-th request of the mix (n counts the requests of all
// clients) and judges the answer.
func (m *requestMix) send(ctx context.Context, client *http.Client, n int) outcome {
	k := m.kinds[m.table[n%len(m.table)]]
	o := outcome{kind: k.name, valid: k.valid}
	req, err := k.build(m, n)
	if err != nil {
		o.answer, o.problem, o.err = "request not built", "request not built", err
		return o
	}
	start := time.Now()
	resp, err := client.Do(req.WithContext(ctx))
	if err != nil {
		o.answer, o.problem, o.err = "no response", "no response (connection dropped)", err
		return o
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	resp.Body.Close()
	o.latency = time.Since(start)
	o.status = resp.StatusCode
	if err != nil {
		o.answer, o.problem, o.err = "response cut", "response body cut short", err
		return o
	}
	var gql struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	jsonErr := json.Unmarshal(body, &gql)
	var messages []string
	for _, e := range gql.Errors {
		messages = append(messages, e.Message)
	}
	lower := strings.ToLower(string(body))
	for _, marker := range leakMarkers {
		if strings.Contains(lower, strings.ToLower(marker)) && !k.valid {
			o.answer, o.problem = fmt.Sprintf("HTTP %d", o.status), "answer shows internal details ("+marker+")"
			o.err = fmt.Errorf("%.300s", body)
			return o
		}
	}
	switch {
	case o.status >= 500:
		o.answer, o.problem = fmt.Sprintf("HTTP %d", o.status), "server error"
		o.err = fmt.Errorf("%.300s", body)
	case k.valid:
		o.answer = fmt.Sprintf("HTTP %d", o.status)
		if o.status != http.StatusOK || jsonErr != nil || len(gql.Errors) > 0 || len(gql.Data) == 0 || string(gql.Data) == "null" {
			o.problem = "valid query failed"
			o.err = fmt.Errorf("%.300s", body)
		}
	default:
		o.answer, o.problem = refusal(k, o.status, messages)
		if o.problem != "" {
			o.err = fmt.Errorf("HTTP %d: %.300s", o.status, body)
		}
	}
	return o
}

// refusal judges the answer to an invalid or hostile request: a 4xx or a
// GraphQL error, with the words that make it clear.
func refusal(k requestKind, status int, messages []string) (answer, problem string) {
	switch {
	case status >= 400 && len(messages) > 0:
		answer = fmt.Sprintf("HTTP %d with a GraphQL error", status)
	case status >= 400:
		answer = fmt.Sprintf("HTTP %d", status)
	case len(messages) > 0:
		answer = "GraphQL error"
	default:
		return fmt.Sprintf("HTTP %d accepted", status), "not refused"
	}
	if k.status != 0 && status != k.status {
		return answer, fmt.Sprintf("refused with HTTP %d, want %d", status, k.status)
	}
	if len(k.clear) > 0 && k.status == 0 {
		text := strings.ToLower(strings.Join(messages, " "))
		for _, word := range k.clear {
			if strings.Contains(text, word) {
				return answer, ""
			}
		}
		return answer, fmt.Sprintf("refusal does not say why (want one of %v): %q", k.clear, messages)
	}
	return answer, ""
}

// slowClient opens one connection and sends a request one byte every
// 200 ms (its headers when slowHeaders, else its body), and reports
// whether the server cut it off (closed the connection or answered)
// within its read timeout and a grace period.
func slowClient(base string, c loadtestConfig, slowHeaders bool) (bool, time.Duration, error) {
	u, err := url.Parse(base)
	if err != nil {
		return false, 0, err
	}
	limit := c.readTimeout + 5*time.Second
	// Not dialled with ctx: the end of the run must not pass for a
	// connection the server refused.
	conn, err := net.DialTimeout("tcp", u.Host, 5*time.Second)
	if err != nil {
		return false, 0, fmt.Errorf("dial: %w", err)
	}
	defer conn.Close()
	start := time.Now()
	var head string
	var slow []byte
	if slowHeaders {
		head = "POST /graphql HTTP/1.1\r\nHost: " + u.Host + "\r\n"
		slow = []byte(strings.Repeat("X-Slow: abcdefghijklmnopqrstuvwxyz\r\n", 1000))
	} else {
		body := `{"query": "{ __typename }"` + strings.Repeat(" ", 4000) + `}`
		head = fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", u.Host, len(body))
		slow = []byte(body)
	}
	if _, err := io.WriteString(conn, head); err != nil {
		return true, time.Since(start), nil
	}
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		_, _ = bufio.NewReader(conn).ReadByte() // the server answered or closed
	}()
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-closed:
			return true, time.Since(start), nil
		case <-tick.C:
		}
		if time.Since(start) > limit || i >= len(slow) {
			return false, time.Since(start), fmt.Errorf("connection still open after %s", time.Since(start).Round(time.Millisecond))
		}
		if _, err := conn.Write(slow[i : i+1]); err != nil {
			return true, time.Since(start), nil
		}
	}
}

package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// pgBulkWriter writes Cayley's PostgreSQL tables directly, one statement
// per table and batch (each column passed as one array parameter), with
// the same content Cayley's own writer produces row by row:
//
//   - nodes(hash, refs, value columns): hash is graph.HashOf(value) (SHA-1
//     of the value's string form); the value columns are those
//     csql.NodeValues chooses; refs counts the quad directions pointing at
//     the node, and a node whose refs drop to zero is deleted.
//   - quads(subject_hash, predicate_hash, object_hash, label_hash, ts),
//     unique on the four hashes.
//
// Each batch is one transaction; after it, Cayley's cached quad count is
// invalidated so that Stats stays exact.
type pgBulkWriter struct {
	db *sql.DB
	qs graph.QuadStore
}

type nodeRow struct {
	hash graph.ValueHash
	val  quad.Value
	refs int
}

// quadRow is the hashes of a quad's subject, predicate, object and label.
type quadRow [4]graph.ValueHash

func (r quadRow) key() string {
	var b strings.Builder
	for _, h := range r {
		b.Write(h[:])
	}
	return b.String()
}

func hashQuads(quads []quad.Quad) ([]quadRow, map[graph.ValueHash]*nodeRow) {
	rows := make([]quadRow, 0, len(quads))
	nodes := make(map[graph.ValueHash]*nodeRow, len(quads))
	for _, q := range quads {
		var r quadRow
		for i, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				continue
			}
			h := graph.HashOf(v)
			r[i] = h
			n := nodes[h]
			if n == nil {
				n = &nodeRow{hash: h, val: v}
				nodes[h] = n
			}
			n.refs++
		}
		rows = append(rows, r)
	}
	return rows, nodes
}

func countRefs(refs map[graph.ValueHash]int, r quadRow) {
	for _, h := range r {
		if h.Valid() {
			refs[h]++
		}
	}
}

func (w *pgBulkWriter) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// An empty ApplyDeltas resets the quad count Cayley caches.
	return w.qs.ApplyDeltas(nil, ignoreAll)
}

func (w *pgBulkWriter) addQuads(ctx context.Context, quads []quad.Quad) error {
	rows, nodes := hashQuads(quads)
	err := w.inTx(ctx, func(tx *sql.Tx) error {
		if err := insertNodes(ctx, tx, nodes); err != nil {
			return err
		}
		inserted, err := insertQuads(ctx, tx, rows)
		if err != nil {
			return err
		}
		if len(inserted) == len(rows) {
			return nil
		}
		// Quads already present were not inserted: take back their refs.
		fix := map[graph.ValueHash]int{}
		for _, r := range rows {
			if !inserted[r.key()] {
				countRefs(fix, r)
			}
		}
		return decrementRefs(ctx, tx, fix)
	})
	if err != nil {
		return fmt.Errorf("postgres bulk insert: %w", err)
	}
	return nil
}

// insertNodes upserts nodes, adding to the refs of existing ones: one
// statement per value type, rows sorted by hash.
func insertNodes(ctx context.Context, tx *sql.Tx, nodes map[graph.ValueHash]*nodeRow) error {
	sorted := make([]*nodeRow, 0, len(nodes))
	for _, n := range nodes {
		sorted = append(sorted, n)
	}
	sort.Slice(sorted, func(i, j int) bool { return string(sorted[i].hash[:]) < string(sorted[j].hash[:]) })
	byType := map[csql.ValueType][][]any{}
	var types []csql.ValueType
	for _, n := range sorted {
		vt, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.hash}, n.val)
		if err != nil {
			return fmt.Errorf("encode value %v: %w", n.val, err)
		}
		if _, ok := byType[vt]; !ok {
			types = append(types, vt)
		}
		byType[vt] = append(byType[vt], append([]any{int64(n.refs)}, vals...))
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	for _, vt := range types {
		rows := byType[vt]
		cols := append([]string{"refs", "hash"}, vt.Columns()...)
		args := make([]any, len(cols))
		params := make([]string, len(cols))
		for j := range cols {
			arr, typ, err := columnArray(rows, j)
			if err != nil {
				return fmt.Errorf("encode column %s: %w", cols[j], err)
			}
			args[j] = arr
			params[j] = "$" + strconv.Itoa(j+1) + "::" + typ
		}
		query := `INSERT INTO nodes (` + strings.Join(cols, ", ") + `) SELECT * FROM unnest(` +
			strings.Join(params, ", ") + `) ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
		if _, err := tx.ExecContext(ctx, query, args...); err != nil {
			return fmt.Errorf("insert %d nodes: %w", len(rows), err)
		}
	}
	return nil
}

// unnestQuads is a table (s, p, o, l) of four bytea[] parameters; an
// empty label stands for none.
const unnestQuads = `(SELECT s, p, o, NULLIF(l, ''::bytea) AS l` +
	` FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS u(s, p, o, l))`

// quadArrays passes the hashes of rows as the four parameters of
// unnestQuads.
func quadArrays(rows []quadRow) []any {
	var out [4]pq.ByteaArray
	for d := range out {
		out[d] = make(pq.ByteaArray, len(rows))
		for i, r := range rows {
			if r[d].Valid() {
				out[d][i] = append([]byte(nil), r[d][:]...)
			}
		}
	}
	return []any{out[0], out[1], out[2], out[3]}
}

// insertQuads inserts rows, skipping those present, and returns the keys
// of the rows actually inserted.
func insertQuads(ctx context.Context, tx *sql.Tx, rows []quadRow) (map[string]bool, error) {
	inserted := make(map[string]bool, len(rows))
	query := `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)` +
		` SELECT s, p, o, l, now() FROM ` + unnestQuads + ` AS d` +
		` ON CONFLICT DO NOTHING RETURNING subject_hash, predicate_hash, object_hash, label_hash`
	if err := scanQuadRows(ctx, tx, query, quadArrays(rows), func(r quadRow) { inserted[r.key()] = true }); err != nil {
		return nil, fmt.Errorf("insert %d quads: %w", len(rows), err)
	}
	return inserted, nil
}

// deleteQuads deletes exactly the given quads and releases their nodes.
func (w *pgBulkWriter) deleteQuads(ctx context.Context, quads []quad.Quad) error {
	rows, _ := hashQuads(quads)
	err := w.inTx(ctx, func(tx *sql.Tx) error {
		refs := map[graph.ValueHash]int{}
		query := `DELETE FROM quads q USING ` + unnestQuads + ` AS d` +
			` WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o` +
			` AND q.label_hash IS NOT DISTINCT FROM d.l` +
			` RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash`
		if err := scanQuadRows(ctx, tx, query, quadArrays(rows), func(r quadRow) { countRefs(refs, r) }); err != nil {
			return fmt.Errorf("delete %d quads: %w", len(rows), err)
		}
		return decrementRefs(ctx, tx, refs)
	})
	if err != nil {
		return fmt.Errorf("postgres bulk delete: %w", err)
	}
	return nil
}

// deleteLabel deletes up to limit quads labelled label, without reading
// them through Cayley first, and returns how many went.
func (w *pgBulkWriter) deleteLabel(ctx context.Context, label quad.IRI, limit int) (int, error) {
	query := `DELETE FROM quads WHERE horizon IN (SELECT horizon FROM quads WHERE label_hash = $1 LIMIT $2)` +
		` RETURNING subject_hash, predicate_hash, object_hash, label_hash`
	labelHash := graph.HashOf(label)
	removed, err := w.deleteReturning(ctx, query, labelHash[:], limit)
	if err != nil {
		return 0, fmt.Errorf("postgres delete label: %w", err)
	}
	return removed, nil
}

// deleteReturning runs, in one transaction, a DELETE of quads RETURNING their
// subject, predicate, object and label hashes, and releases the nodes the
// deleted quads referenced; it returns how many quads went.
func (w *pgBulkWriter) deleteReturning(ctx context.Context, query string, args ...any) (int, error) {
	removed := 0
	err := w.inTx(ctx, func(tx *sql.Tx) error {
		refs := map[graph.ValueHash]int{}
		err := scanQuadRows(ctx, tx, query, args, func(r quadRow) {
			countRefs(refs, r)
			removed++
		})
		if err != nil {
			return err
		}
		return decrementRefs(ctx, tx, refs)
	})
	return removed, err
}

// decrementRefs subtracts refs from nodes and deletes nodes left unused.
func decrementRefs(ctx context.Context, tx *sql.Tx, refs map[graph.ValueHash]int) error {
	if len(refs) == 0 {
		return nil
	}
	hashes := make([]graph.ValueHash, 0, len(refs))
	for h := range refs {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return string(hashes[i][:]) < string(hashes[j][:]) })
	hs := make(pq.ByteaArray, len(hashes))
	ns := make(pq.Int64Array, len(hashes))
	for i, h := range hashes {
		hs[i] = append([]byte(nil), h[:]...)
		ns[i] = int64(refs[h])
	}
	if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs - d.n`+
		` FROM unnest($1::bytea[], $2::bigint[]) AS d(hash, n) WHERE nodes.hash = d.hash`, hs, ns); err != nil {
		return fmt.Errorf("release %d nodes: %w", len(hashes), err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, hs); err != nil {
		return fmt.Errorf("delete unused nodes: %w", err)
	}
	return nil
}

func scanQuadRows(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(quadRow)) error {
	res, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer res.Close()
	for res.Next() {
		var hs [4]csql.NodeHash
		if err := res.Scan(&hs[0], &hs[1], &hs[2], &hs[3]); err != nil {
			return err
		}
		fn(quadRow{hs[0].ValueHash, hs[1].ValueHash, hs[2].ValueHash, hs[3].ValueHash})
	}
	return res.Err()
}

// columnArray gathers column j of rows into one array parameter and names
// its SQL type. Rows of one value type have the same Go type in each
// column (see csql.NodeValues).
func columnArray(rows [][]any, j int) (any, string, error) {
	switch rows[0][j].(type) {
	case int64:
		a := make(pq.Int64Array, len(rows))
		for i, r := range rows {
			a[i] = r[j].(int64)
		}
		return a, "bigint[]", nil
	case []byte:
		a := make(pq.ByteaArray, len(rows))
		for i, r := range rows {
			a[i] = r[j].([]byte)
		}
		return a, "bytea[]", nil
	case string:
		a := make(pq.StringArray, len(rows))
		for i, r := range rows {
			a[i] = r[j].(string)
		}
		return a, "text[]", nil
	case bool:
		a := make(pq.BoolArray, len(rows))
		for i, r := range rows {
			a[i] = r[j].(bool)
		}
		return a, "boolean[]", nil
	case float64:
		a := make(pq.Float64Array, len(rows))
		for i, r := range rows {
			a[i] = r[j].(float64)
		}
		return a, "float8[]", nil
	case time.Time:
		a := make(pq.StringArray, len(rows))
		for i, r := range rows {
			a[i] = r[j].(time.Time).Format(time.RFC3339Nano)
		}
		return a, "timestamptz[]", nil
	}
	return nil, "", fmt.Errorf("unsupported column type %T", rows[0][j])
}

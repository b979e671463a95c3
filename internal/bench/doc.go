// Package bench measures kg against baselines run in the same process and
// run: extraction against segmentation alone, kg's document writer against
// Cayley's "single" writer adding one quad at a time, and kg's GraphQL API
// against equivalent Gizmo queries through Cayley's own HTTP API. It also
// reads the process's peak memory. `kg bench` (cmd/kg/bench*.go) and the
// go test benchmarks of this package drive it.
package bench

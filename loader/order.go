package loader

// Documents are written in the order of their files (and, inside a file,
// in the file's order), whichever worker finishes first: resolution
// (resolve.go) maps a document's facts onto the nodes of the documents
// written before it, so the same files loaded twice give the same graph,
// node keys included. Workers tag each job with its file's index and end
// each file with a done job; the writer holds back the jobs of later files
// until the earlier ones are done. Files in flight are bounded (Load's
// slots), so the held-back jobs are too.

// reorder releases tagged jobs in file order.
type reorder struct {
	next    int           // the file being written
	pending map[int][]job // jobs of later files, held back
}

func newReorder() *reorder {
	return &reorder{pending: map[int][]job{}}
}

// push takes one job and returns the jobs now ready, in order; a done job
// among them marks the end of its file.
func (o *reorder) push(j job) []job {
	if j.file != o.next {
		o.pending[j.file] = append(o.pending[j.file], j)
		return nil
	}
	ready := []job{j}
	for ready[len(ready)-1].done {
		o.next++
		held, ok := o.pending[o.next]
		if !ok {
			break
		}
		delete(o.pending, o.next)
		ready = append(ready, held...)
		if !held[len(held)-1].done {
			break
		}
	}
	return ready
}

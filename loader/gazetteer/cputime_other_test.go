//go:build !unix

package gazetteer

import "time"

// processCPU is unknown here; benchmarks then report wall-clock speed only.
func processCPU() time.Duration { return 0 }

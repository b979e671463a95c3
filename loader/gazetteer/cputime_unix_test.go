//go:build unix

package gazetteer

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used (user + system), so a
// benchmark can report speed independently of other load on the machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

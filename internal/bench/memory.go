package bench

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Memory is the resident memory of this process, in bytes, as Linux
// reports it in /proc/self/status.
type Memory struct {
	PeakRSS int64 // VmHWM: the high-water mark since start or ResetPeak
	RSS     int64 // VmRSS: now
	Anon    int64 // RssAnon: the heap and stacks, now
	File    int64 // RssFile: mapped file pages (bolt's mmap), now
}

// ReadMemory reads VmHWM and VmRSS from /proc/self/status.
func ReadMemory() (Memory, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return Memory{}, fmt.Errorf("read memory: %w", err)
	}
	defer f.Close()
	var m Memory
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		var dst *int64
		switch name {
		case "VmHWM":
			dst = &m.PeakRSS
		case "VmRSS":
			dst = &m.RSS
		case "RssAnon":
			dst = &m.Anon
		case "RssFile":
			dst = &m.File
		default:
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			return Memory{}, fmt.Errorf("read memory: %s: %w", name, err)
		}
		*dst = kb << 10
	}
	if err := sc.Err(); err != nil {
		return Memory{}, fmt.Errorf("read memory: %w", err)
	}
	return m, nil
}

// ResetPeak resets VmHWM to the current RSS (writing 5 to
// /proc/self/clear_refs), so that the next ReadMemory reports the peak of
// what runs in between.
func ResetPeak() error {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return fmt.Errorf("reset peak memory: %w", err)
	}
	return nil
}

// MiB formats bytes as mebibytes.
func MiB(b int64) float64 { return float64(b) / (1 << 20) }

// Sampler records the peak of RssAnon and RssFile (which VmHWM does not
// tell apart) by reading /proc/self/status every interval until Stop.
type Sampler struct {
	stop chan struct{}
	done chan Memory
}

// StartSampler starts sampling.
func StartSampler(interval time.Duration) *Sampler {
	s := &Sampler{stop: make(chan struct{}), done: make(chan Memory, 1)}
	go func() {
		var peak Memory
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if m, err := ReadMemory(); err == nil {
				peak.Anon = max(peak.Anon, m.Anon)
				peak.File = max(peak.File, m.File)
				peak.RSS = max(peak.RSS, m.RSS)
				peak.PeakRSS = m.PeakRSS
			}
			select {
			case <-s.stop:
				s.done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Stop ends sampling and returns the peaks seen (PeakRSS is VmHWM).
func (s *Sampler) Stop() Memory {
	close(s.stop)
	return <-s.done
}

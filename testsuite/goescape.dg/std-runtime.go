// { dg-do compile }
// Package runtime's API is called as any package's functions are, with
// its summaries (verdicts from gc 1.19); gccgo's own entry points in
// package runtime are unexported.
package p

import "runtime"

// runtime.Stack leaks its buffer.
func stack() int {
	buf := make([]byte, 100) // { dg-message "13: make\\(\\\[\\\]byte, 100\\) escapes to heap" }
	return runtime.Stack(buf, false)
}

// runtime.Callers does not.
func callers() int {
	pc := make([]uintptr, 8) // { dg-message "12: make\\(\\\[\\\]uintptr, 8\\) does not escape" }
	return runtime.Callers(1, pc)
}

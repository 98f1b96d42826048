// gc's deadcode pass keeps only the clause of a switch on a constant
// whose case matches (or the default when none does): what the others
// allocate is never analysed.  gccgo keeps them all.
package p

import (
	"runtime"
)

var sink interface{}

type E struct{ op string; err error }

func (e *E) Error() string { return e.op }

func f(ms []int, g func([]int) error, h func(*int) error) (int, error) {
	switch runtime.GOOS {
	case "linux":
		err := g(ms)
		if err != nil {
			err = &E{op: "read", err: err}
		}
		return 1, err
	default:
		err := h(&ms[0])
		if err != nil {
			err = &E{op: "read", err: err}
		}
		return 0, err
	}
}

func arch(n int) interface{} {
	switch runtime.GOARCH {
	case "arm64", "ppc64":
		return &n
	case "386":
		return make([]int, n)
	}
	return nil
}

func none(n int) interface{} {
	switch "x" {
	case "y":
		return &n
	default:
		return make([]int, n)
	}
}

func unknown(s string, n int) interface{} {
	switch s {
	case "linux":
		return &n
	}
	return nil
}

// { dg-do compile }
// Functions declared without a body: assembly, or a //go:linkname into
// the runtime (verdicts from gc 1.19).  gc tags them without analysis:
// uintptrs are "assumed unsafe", scalars are left alone, the rest leaks
// unless //go:noescape precedes the declaration.
package p

import "unsafe"

type handle uintptr
type ref uint64
type ptr *int
type pair struct{ a, b int }
type holder struct{ p *int }

//go:noescape
func sum(p *int, b []byte, n int) int // { dg-message "10: p does not escape" }
	// { dg-message "18: b does not escape" "" { target *-*-* } .-1 }

func keep(p *int, s string, n int, _ *int, h handle, r ref, q ptr) // { dg-message "11: leaking param: p" }
	// { dg-message "19: leaking param: s" "" { target *-*-* } .-1 }
	// { dg-message "36: leaking param: _" "" { target *-*-* } .-2 }
	// { dg-message "44: assuming h is unsafe uintptr" "" { target *-*-* } .-3 }
	// { dg-message "61: leaking param: q" "" { target *-*-* } .-4 }

func raw(unsafe.Pointer, *int, uintptr) // { dg-message "32: assuming arg#3 is unsafe uintptr" }

//go:noescape
// A comment between the directive and the declaration.
func fill(dst, src *int, v pair, h holder, arr [2]*int, vals [4]int, f func(), m map[int]int) (n int, err error) // { dg-message "11: dst does not escape" }
	// { dg-message "16: src does not escape" "" { target *-*-* } .-1 }
	// { dg-message "34: h does not escape" "" { target *-*-* } .-2 }
	// { dg-message "44: arr does not escape" "" { target *-*-* } .-3 }
	// { dg-message "70: f does not escape" "" { target *-*-* } .-4 }
	// { dg-message "80: m does not escape" "" { target *-*-* } .-5 }

//go:linkname hash runtime.memhash
//go:noescape
func hash(p unsafe.Pointer, seed, s uintptr) uintptr // { dg-message "11: p does not escape" }
	// { dg-message "29: assuming seed is unsafe uintptr" "" { target *-*-* } .-1 }
	// { dg-message "35: assuming s is unsafe uintptr" "" { target *-*-* } .-2 }

func variadic(args ...interface{}) // { dg-message "15: leaking param: args" }

func use() int {
	x := 1
	y := 2 // { dg-message "2: moved to heap: y" }
	z := 3
	w := 4 // { dg-message "2: moved to heap: w" }
	buf := make([]byte, 8) // { dg-message "13: make\\(\\\[\\\]byte, 8\\) does not escape" }
	keep(&y, "", 0, nil, 0, 0, nil)
	raw(unsafe.Pointer(&w), nil, 0)
	return sum(&x, buf, 1) + int(hash(unsafe.Pointer(&z), 0, 8))
}

func spread(a, b int) {
	variadic(a, b) // { dg-message "10: \\.\\.\\. argument escapes to heap" }
	// { dg-message "10: a escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "10: b escapes to heap" "" { target *-*-* } .-2 }
}

// { dg-do compile }
// make with a constant size over gc's 64 KiB for an implicit variable
// goes to the heap even when nothing keeps it (verdicts from gc 1.19).
package p

func discarded() {
	is := make([]int, 100000) // { dg-message "12: make\\(\\\[\\\]int, 100000\\) escapes to heap" }
	_ = is
}

func small() {
	is := make([]int, 100) // { dg-message "12: make\\(\\\[\\\]int, 100\\) does not escape" }
	_ = is
}

// 8,192 eight-byte elements are 64 KiB exactly: not over the limit.
func limit() {
	at := make([]int, 8192) // { dg-message "12: make\\(\\\[\\\]int, 8192\\) does not escape" }
	over := make([]int, 8193) // { dg-message "14: make\\(\\\[\\\]int, 8193\\) escapes to heap" }
	_, _ = at, over
}

func withCap() {
	is := make([]byte, 10, 70000) // { dg-message "12: make\\(\\\[\\\]byte, 10, 70000\\) escapes to heap" }
	_ = is
}

func element() *int {
	return &(make([]int, 100000))[0] // { dg-message "15: make\\(\\\[\\\]int, 100000\\) escapes to heap" }
}

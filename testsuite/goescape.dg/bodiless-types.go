// { dg-do compile }
// A function without a body that the package calls: its parameters'
// types are in gccgo's tree, so another package's types are known to
// hold pointers or not (verdicts from gc 1.19).
package p

import (
	"time"
	"unsafe"
)

func wait(d time.Duration, p unsafe.Pointer, t time.Time, n uintptr) // { dg-message "28: leaking param: p" }
	// { dg-message "46: leaking param: t" "" { target *-*-* } .-1 }
	// { dg-message "59: assuming n is unsafe uintptr" "" { target *-*-* } .-2 }

func call() {
	wait(time.Second, nil, time.Time{}, 0)
}

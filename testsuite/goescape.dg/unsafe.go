// { dg-do compile }
// unsafe.Pointer and uintptr conversions (verdicts from gc 1.19).
package p

import "unsafe"

var sink interface{}

type T struct{ a, b int }

func toPointer(p *int) unsafe.Pointer { // { dg-message "16: leaking param: p to result ~r0 level=0" }
	return unsafe.Pointer(p)
}

func fromPointer(p unsafe.Pointer) *T { // { dg-message "18: leaking param: p to result ~r0 level=0" }
	return (*T)(p)
}

func field(t *T) *int { // { dg-message "12: leaking param: t to result ~r0 level=0" }
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(t)) + unsafe.Offsetof(t.b)))
}

func asUintptr(p *int) uintptr { // { dg-message "16: p does not escape" }
	return uintptr(unsafe.Pointer(p))
}

func local() int {
	x := T{1, 2}
	p := (*int)(unsafe.Pointer(&x))
	return *p
}

func store(p *int) { // { dg-message "12: leaking param: p" }
	sink = unsafe.Pointer(p)
}

func sliceData(b []byte) *byte { // { dg-message "16: leaking param: b to result ~r0 level=0" }
	return (*byte)(unsafe.Pointer(&b[0]))
}

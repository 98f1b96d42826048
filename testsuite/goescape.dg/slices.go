// { dg-do compile }
// Slicing, indexing, arrays, struct fields and chains of pointers
// (verdicts from gc 1.19).
package p

var sink interface{}
var gp *int

// Slicing keeps the backing array.
func sub(s []*int) []*int { // { dg-message "10: leaking param: s to result ~r0 level=0" }
	return s[1:]
}

func elem(s []*int, i int) *int { // { dg-message "11: leaking param: s to result ~r0 level=1" }
	return s[i]
}

func elemAddr(s []int, i int) *int { // { dg-message "15: leaking param: s to result ~r0 level=0" }
	return &s[i]
}

// Slicing a local array takes its address.
func arrLocal() int {
	var a [4]int
	s := a[:]
	return len(s)
}

func arrEscapes() []int {
	var a [4]int // { dg-message "6: moved to heap: a" }
	return a[:]
}

// Arrays are values: an element assigned is copied.
func arrCopy(p *int) [2]*int { // { dg-message "14: leaking param: p to result ~r0 level=0" }
	var a [2]*int
	a[0] = p
	return a
}

// Struct fields.
type T struct {
	p    *int
	next *T
	arr  [2]*int
}

func fieldOf(t *T) *int { // { dg-message "14: leaking param: t to result ~r0 level=1" }
	return t.p
}

func fieldAddr(t *T) **int { // { dg-message "16: leaking param: t to result ~r0 level=0" }
	return &t.p
}

func chain(t *T) *int { // { dg-message "12: leaking param: t to result ~r0 level=3" }
	return t.next.next.p
}

func store(t *T, p *int) { // { dg-message "12: t does not escape" }
	// { dg-message "18: leaking param: p" "" { target *-*-* } .-1 }
	t.p = p
}

func storeChain(t *T, p *int) { // { dg-message "17: t does not escape" }
	// { dg-message "23: leaking param: p" "" { target *-*-* } .-1 }
	t.next.p = p
}

func arrField(t T) *int { // { dg-message "15: leaking param: t to result ~r0 level=0" }
	return t.arr[1]
}

// Pointers to pointers.
func deref2(pp **int) *int { // { dg-message "13: leaking param: pp to result ~r0 level=1" }
	return *pp
}

func deref2Global(pp **int) { // { dg-message "19: leaking param content: pp" }
	gp = *pp
}

func local2() int {
	x := 1
	p := &x
	pp := &p
	return **pp
}

func escape2() **int {
	x := 1 // { dg-message "2: moved to heap: x" }
	p := &x // { dg-message "2: moved to heap: p" }
	return &p
}

// A struct value holding a pointer to a local.
func structLocal() *int {
	x := 1 // { dg-message "2: moved to heap: x" }
	t := T{p: &x}
	return t.p
}

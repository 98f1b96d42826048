// Conversions of non-pointer values to interfaces: gc spills each value
// into a new location and reports it where noder placed the implicit
// conversion.  Pointer-shaped values need no box and are not reported.
// { dg-do compile }
package p

type E int

func (e E) Error() string { return "e" }

type S struct{ f int }

type P struct{ p *int }

var sink interface{}

const msg = "hello"

func use(i interface{})               {} // { dg-message "10: i does not escape" }
func use2(n int, i interface{})       {} // { dg-message "18: i does not escape" }
func useAll(n int, xs ...interface{}) {} // { dg-message "20: xs does not escape" }

func ret(x int) interface{} {
	return x // { dg-message "9: x escapes to heap" }
}

func retConv(x int) error {
	return E(x) // { dg-message "10: E\\(x\\) escapes to heap" }
}

func retPair(x int) (int, interface{}) {
	return 1, x // { dg-message "9: x escapes to heap" }
}

func retField(s S) (int, interface{}) {
	return s.f, s.f // { dg-message "15: s\\.f escapes to heap" }
}

func store(x int) {
	sink = x // { dg-message "2: x escapes to heap" }
}

func declare(s S) {
	var i interface{} = s // { dg-message "22: s does not escape" }
	_ = i
}

func explicit(x int) {
	k := interface{}(x) // { dg-message "18: \\(interface \\{\\}\\)\\(x\\) does not escape" }
	_ = k
}

func args(x int, s S) {
	use(x) // { dg-message "5: x does not escape" }
	use(x + 1) // { dg-message "8: x \\+ 1 does not escape" }
	use(msg) // { dg-message "6: msg does not escape" }
	use2(s.f, x) // { dg-message "8: x does not escape" }
	use(3.5) // { dg-message "6: 3\\.5 does not escape" }
	use(true) // { dg-message "6: true does not escape" }
}

func panics(x int) {
	if x > 0 {
		panic("positive") // { dg-message "8: \"positive\" escapes to heap" }
	}
	panic(x) // { dg-message "8: x escapes to heap" }
}

func send(c chan interface{}, x int) { // { dg-message "11: c does not escape" }
	c <- x // { dg-message "7: x escapes to heap" }
}

func pointers(p *int, v P) (interface{}, interface{}) { // { dg-message "15: leaking param: p to result ~r0 level=0" }
	// { dg-message "23: leaking param: v to result ~r1 level=0" "" { target *-*-* } .-1 }
	return p, v
}

func indexed(m []interface{}, x int) { // { dg-message "14: m does not escape" }
	m[x] = x // { dg-message "4: x escapes to heap" }
}

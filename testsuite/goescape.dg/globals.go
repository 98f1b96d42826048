// { dg-do compile }
// Package-level initializers: gc lays composite literals (and the
// interface boxes of values) out as static data and prints nothing for
// them; map literals, new, make and concatenations run as code.
package p

import "errors"

type R struct{ a, b int }
type T struct {
	r []R
	n int
}

func F() int    { return 1 }
func G() string { return "x" }
func H(p *T) *T { return p } // { dg-message "8: leaking param: p to result ~r0 level=0" }

var X = &T{r: []R{{1, 2}}, n: 1}
var Y = []*T{X, &T{n: 2}}
var M = map[string]int{"a": 1} // { dg-message "23: map\\\[string\\\]int\\{\\.\\.\\.\\} escapes to heap" }
var Z = []int{F()}
var P = new(int) // { dg-message "12: new\\(int\\) escapes to heap" }
var S = make([]int, 10) // { dg-message "13: make\\(\\\[\\\]int, 10\\) escapes to heap" }
var B = []byte("abc")
var E = errors.New("x")
var I interface{} = 1
var I2 interface{} = F()
var Str = "a" + G() // { dg-message "15: \"a\" \\+ G\\(\\) escapes to heap" }
var Q = H(&T{n: 1}) // { dg-message "11: &T\\{\\.\\.\\.\\} escapes to heap" }
var A = [2]*T{&T{n: 3}, nil}
var K = &[]int{F()}

var (
	grouped = []*T{
		{n: 4},
		&T{n: 5},
	}
	boxes = []interface{}{F(), "s", 2}
)

// gc places an implicit conversion where its noder's base.Pos was when
// typechecking inserted it: for panic's argument, the last node built
// in it, and a call is built last at its parenthesis, after its
// arguments.

package p

import "strconv"

func unavailable(h int) {
	panic("requested hash function #" + strconv.Itoa(int(h)) + " is unavailable")
}

func badIndex(i int) {
	panic("index " + strconv.Itoa(i+1) + " out of range")
}

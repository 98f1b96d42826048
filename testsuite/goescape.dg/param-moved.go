// A parameter whose address is returned is moved to the heap, and then has
// no leak tag of its own.
// { dg-do compile }
package p

func paramMoved(q int) *int { // { dg-message "17: moved to heap: q" }
	return &q
}

// A value receiver whose address escapes: gccgo boxes it at "func".
type Enc struct{ pad rune }

func (enc Enc) With(p rune) *Enc { // { dg-message "7: moved to heap: enc" }
	enc.pad = p
	return &enc
}

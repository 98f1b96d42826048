// Type assertions pass their operand's value on (gc's ODOTTYPE); calls
// through interfaces are calls of unknown functions, which leak their
// receivers and arguments to the heap.
// { dg-do compile }
package p

type unwrapper interface{ Unwrap() error }

type reader interface{ Read(p []byte) (int, error) }

func unwrap(err error) error { // { dg-message "13: leaking param: err" }
	u, ok := err.(unwrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func asserted(i interface{}) *int { // { dg-message "15: leaking param: i to result ~r0 level=0" }
	return i.(*int)
}

func switched(i interface{}) int { // { dg-message "15: i does not escape" }
	switch v := i.(type) {
	case int:
		return v
	case *int:
		return *v
	}
	return 0
}

func read(r reader, buf []byte) int { // { dg-message "11: leaking param: r" }
	// { dg-message "21: leaking param: buf" "" { target *-*-* } .-1 }
	n, _ := r.Read(buf)
	return n
}

func message(e error) string { // { dg-message "14: leaking param: e" }
	return e.Error()
}

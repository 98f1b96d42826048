// { dg-do compile }
// Calls into errors, with gc 1.19's verdicts from its export data.
package p

import "errors"

var ErrX = errors.New("x")

type E struct{ msg string }

func (e *E) Error() string { return e.msg } // { dg-message "7: leaking param: e to result ~r0 level=1" }

func mk(s string) error { // { dg-message "9: leaking param: s" }
	return errors.New(s)
}

func is(err error) bool { // { dg-message "9: leaking param: err" }
	return errors.Is(err, ErrX)
}

// errors.As writes through its target: the variable escapes.
func as(err error) *E { // { dg-message "9: leaking param: err" }
	var e *E // { dg-message "6: moved to heap: e" }
	if errors.As(err, &e) {
		return e
	}
	return nil
}

func unwrap(err error) error { // { dg-message "13: leaking param: err" }
	return errors.Unwrap(err)
}

func wrapE(msg string) error { // { dg-message "12: leaking param: msg" }
	return &E{msg: msg} // { dg-message "9: &E\\{\\.\\.\\.\\} escapes to heap" }
}

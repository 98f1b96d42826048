// gc copies the receiver of a method called on a call's result into a
// temporary, .autotmp_N, numbered by the names its function has
// declared before it (parameters but unnamed ones, every result, locals
// so far, each type switch clause's variable, earlier temporaries).
package p

import "time"

type T struct{ n int }

func (t *T) P() string { return "" }
func (t T) V() string   { return "" }

func mk() *T  { return nil }
func mkv() T  { return T{} }

var sink interface{}

func a(d time.Time) (r int, err error) {
	sink = time.Until(d).String() + "y"
	return
}

func b(d time.Time) (int, error) {
	sink = time.Until(d).String() + "y"
	return 0, nil
}

func c(d time.Time) {
	sink = time.Until(d).String() + "y"
	w := 1
	_ = w
}

func e() {
	sink = mk().P() + "p"
	sink = mkv().V() + "v"
}

func f(d time.Time) {
	for i := 0; i < 2; i++ {
		sink = time.Until(d).String() + "y"
	}
	sink = time.Duration(3).String() + "c"
	var t T
	sink = t.V() + "x"
	sink = (&t).P() + "q"
}

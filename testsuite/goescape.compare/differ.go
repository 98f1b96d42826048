// Sites where gc and gccgo disagree: gccgo-12 puts every map on the
// heap and gc keeps the ones that do not escape in the frame; a
// constant converted to an interface "escapes" in gc's words, but
// neither compiler allocates it; gccgo points s += string(b) at b's
// bytes, where gc copies them; the two compilers draw the line of
// "too large for the stack" at other sizes.

package p

var sink interface{}

func maps() int {
	m := map[int]int{}
	n := make(map[string]bool)
	l := map[int]int{1: 2}
	return len(m) + len(n) + len(l)
}

func constants() {
	sink = 42
	sink = "text"
}

func appendString(s string, b []byte) string {
	s += string(b)
	return s
}

// A zero-sized literal: gccgo calls runtime.newobject, which hands out
// the runtime's zerobase, allocating nothing.
type empty struct{}

func zero() []empty {
	e := []empty{}
	return e[:0:0]
}

// gc keeps an implicit allocation of up to 64 KiB in the frame, gccgo
// one below 64 KiB; gccgo keeps a composite literal of any size there,
// gc none over 64 KiB.
func limits() int {
	a := make([]byte, 65536)
	b := new([65536]byte)
	c := &[65537]byte{}
	return len(a) + len(b) + len(c)
}

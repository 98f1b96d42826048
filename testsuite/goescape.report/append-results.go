// append's appendee flows into a temporary of gc's when its elements
// have pointers: to the heap from there, and into the call's result,
// which gccgo builds in place when it goes back where the appendee was.
// Without pointers, the appendee flows into the result alone.

package p

type F struct{ n int }

type Z struct {
	File  []*F
	Bytes []byte
}

func (z *Z) add(f *F) {
	z.File = append(z.File, f)
}

func grow(s []*F, f *F) []*F {
	s = append(s, f)
	return s
}

func (z *Z) addByte(b byte) {
	z.Bytes = append(z.Bytes, b)
}

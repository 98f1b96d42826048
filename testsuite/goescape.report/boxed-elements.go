// A value converted to an interface as it is stored in a literal that
// is itself converted (boxed): gc notes both conversions, the element's
// first.

package p

type reader interface{ Read(p []byte) (int, error) }

type R struct{ n int }

func (r *R) Read(p []byte) (int, error) { return 0, nil }

type wrap struct{ reader }

var sink reader

func wrapped(fr *R) {
	sink = wrap{fr}
}

func consume(r reader) { sink = r }

func passed(fr *R) {
	consume(wrap{fr})
}

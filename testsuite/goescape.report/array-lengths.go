// gc prints the array type its typechecking folded: the length of
// new([N]T) is a number, whatever constant expression the source has.

package p

const (
	lits  = 286
	dists = 30
)

var sink interface{}

func tables() {
	sink = new([lits + dists]int)
	sink = new([dists]*int)
	sink = new([lits * 2]uint16)
}

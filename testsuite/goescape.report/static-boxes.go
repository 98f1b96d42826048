// A package variable's value converted to an interface is boxed in
// static storage (staticinit), computed or a static literal itself: gc
// reports none of these.

package p

type timeout struct{}

func (timeout) Error() string { return "timeout" }

type Stringer interface{ String() string }

type boolType struct{}

func (boolType) String() string { return "Bool" }

type pair struct{ a, b int }

func (pair) String() string { return "pair" }

var ErrTimeout error = timeout{}

var _ Stringer = boolType{}

var Pair Stringer = pair{1, 2}

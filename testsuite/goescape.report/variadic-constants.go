// Constants passed to a variadic ...interface{} parameter: at -Os the
// gimplifier fills the implicit array with one copy of static data
// instead of element by element; dg.exp compiles this file at every
// level and the report is gc's at each.
package p

var sink interface{}

func show(y *int, x ...interface{}) *int { return y }

func keep(x ...interface{}) { sink = x }

func local(z *int) {
	show(z, 1, 2, 3)
}

func escaping() {
	keep(4, 5, "six")
}

func stored() {
	sink = show(nil, 7, 8)
}

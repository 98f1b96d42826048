// gc explains a value sent where something already escapes as it
// builds the graph (batch.flow), before it has analysed the calls in
// it: a variadic call is printed with its arguments as written there,
// "fmt.Sprintf("bad %d", x)", and as "fmt.Sprintf("bad %d", ...
// argument...)" in the explanations made once the analysis is done.

package p

import "fmt"

var sink interface{}

func pack(a ...interface{}) string { return "" }

func assigned(x int) {
	sink = fmt.Sprintf("bad %d", x)
}

func stored(x int, m map[string]interface{}) {
	m["k"] = fmt.Sprint(x, x)
}

func own(x *int) {
	sink = pack(x)
}

func plain(x int) string {
	return fmt.Sprintf("%d", x)
}

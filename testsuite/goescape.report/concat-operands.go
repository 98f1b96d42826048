// A concatenation passed to a call that is an operand of || or ==
// (parsed without them), and a literal of a named map type.
package p


type endpoints map[string]int


func g(pats map[string]endpoints, k string) {
	p, ok := pats[k]
	if !ok {
		p = endpoints{}
		pats[k] = p
	}
}

type T struct{}

func (t *T) find(s string) bool { return s == "" }

func h(t *T, pattern string) bool {
	if t.find(pattern+"*") || t.find(pattern+"/*") {
		return true
	}
	return false
}

func eq(a, b string) bool { return a+b == "x" }

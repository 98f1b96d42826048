// String concatenations as gc reports them: over several lines (at the
// last "+", the root of the chain), starting with a slice or a folded
// constant (where gccgo places the concatenation at "[" or "+"), with a
// composite literal among the arguments, and longer than a line.
package p

var sink interface{}

func f(a, b, c, d string) {
	sink = a + " " +
		b + " " + c +
		d
	sink = a +
		b
	s := a + b +
		c
	sink = s
}
type L struct{ token string }

func sub(l *L) (string, error) {
	s := l.token[0:4] + l.token[5:9] + l.token[10:14] + l.token[15:19]
	return s, nil
}

func gsub(hex string) string {
	hex = hex[0:2] + "-" + hex[2:4] + "-" + hex[4:6] + "-" + hex[6:8] +
		"-" + hex[8:10] + "-" + hex[10:12]
	return hex
}

type H struct{}

func (h *H) String() string { return "" }

type R struct{ Hdr H; Cpu, Os string }

func sprintTxt(s []string) string { return s[0] }

func (rr *R) String() string {
	return rr.Hdr.String() + sprintTxt([]string{rr.Cpu, rr.Os})
}
func f2(format, a, b string) string {
	return format +
		"A: " + a + "\n" +
		"B: " + b + "\n"
}

func g2(format, a string) string {
	x := format +
		a
	return x
}

const k = "K"

func h(a string) string {
	return k +
		"A: " + a
}

func i(a string) string {
	return "x" + "y" + a
}

func long(rr *R, a, b, c, d, e, f, g, h, i, j string) string {
	return rr.Hdr.String() + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " " + i + " " + j + " " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " " + i + " " + j
}

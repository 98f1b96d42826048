// string(b) as an argument of a call: gccgo places the conversion at
// the call, gc at the conversion's parenthesis.
package p

import "strconv"

type C struct{ handlePong func(string) error }

func (c *C) f(payload []byte) error {
	if err := c.handlePong(string(payload)); err != nil {
		return err
	}
	return nil
}

func g(v []byte) (float64, error) {
	return strconv.ParseFloat(string(v), 64)
}

func parse(s string) int { return len(s) }

func h(s []byte) int { return parse(string(s)) }

func two(a, b []byte) int { return pair(string(a), string(b)) }

func pair(x, y string) int { return len(x) + len(y) }

var sink interface{}

func nested(a, b []byte) { sink = pair(string(a), strconv.Itoa(parse(string(b)))) }

func keep(s string) { sink = s }

func kept(a, b []byte) { keep(string(a)); _ = parse(string(b)) }

// Interface fields of struct literals: gccgo boxes the value where the
// literal is, gc spills it where it is written; which operand it is
// follows from the field, by position or by key.

package p

type FormatError struct {
	off int64
	msg string
	val interface{}
}

func (e *FormatError) Error() string { return e.msg }

type Kind int

type Header struct {
	Offset uint64
	kind   Kind
	name   string
}

func positional(h *Header) error {
	return &FormatError{int64(h.Offset), "unknown kind", h.kind}
}

func keyed(h *Header) error {
	return &FormatError{val: h.name, off: int64(h.Offset)}
}

func both(h *Header) (error, error) {
	return &FormatError{0, "a", h.kind}, &FormatError{msg: "b", val: h.Offset}
}

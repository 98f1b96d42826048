// Fields promoted from embedded ones are printed with the embedded
// fields gc's typechecking makes explicit: in.Rcode as in.Hdr.Rcode.
package p

type Hdr struct{ Rcode int; Name string }

type Msg struct {
	Hdr
	Other int
}

type Opt struct{ Len int }

type Sock struct{ Opt }

var sink interface{}

func f(in *Msg, so *Sock, m Msg) []byte {
	sink = in.Rcode
	sink = m.Rcode
	sink = in.Hdr.Rcode
	return make([]byte, so.Len)
}

type Deep struct{ *Msg }

func g(d Deep, p *struct{ Sock }) []byte {
	sink = d.Name
	sink = d.Msg.Name
	return make([]byte, p.Len)
}

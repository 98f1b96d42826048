// An interface conversion stored into a field of the same struct is no
// self-assignment; a concatenation converted to []byte is reported.
package p

import (
	"encoding/base64"
	"io"
	"net/http"
)

type mr struct{ n int }

func (m *mr) Read(b []byte) (int, error) { return 0, nil }

type Conn struct {
	reader        io.Reader
	messageReader *mr
}

func (c *Conn) NextReader() io.Reader {
	c.reader = c.messageReader
	return c.reader
}

func auth(h http.Header, proxyUser, proxyPassword string) {
	h.Set("Proxy-Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(proxyUser+":"+proxyPassword)))
}

func g(a, b string) int { return len([]byte(a + ":" + b)) }

func h(a, b string) []byte { return []byte(a + ":" + b) }

// An expression longer than any buffer of 160 or 256 bytes, printed
// whole, as gc prints it.
package p

import "time"

var sink interface{}

func f(data []byte, loc *time.Location) {
	sink = time.Date(int(data[0])+int(data[1])*256+int(data[2])*65536, time.Month(data[3]), int(data[4]), int(data[5]), int(data[6]), int(data[7]), int(data[8])*1000+int(data[9])*1000000+int(data[10])*1000000000, loc)
}

// Package b is compiled without summaries (export=no): its importers
// must treat its functions as unknown code.
package b

func Drop(p *int) int { return *p }

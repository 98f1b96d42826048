// "return f()" of several results: gc's typechecking copies the results
// into temporaries first (RewriteMultiValueCall), numbered after the
// function's names, and its explanations step through them.

package p

func pair(p *int) (*int, error) { return p, nil }

func forward(p *int) (*int, error) {
	return pair(p)
}

func named(p *int, q *int) (r *int, err error) {
	x := q
	_ = x
	if p == nil {
		return nil, nil
	}
	return pair(p)
}

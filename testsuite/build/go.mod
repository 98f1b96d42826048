module example.com/gebuild

go 1.18

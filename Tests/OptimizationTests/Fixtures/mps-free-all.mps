* A free-format file: long names, tabs, two pairs per line, every bound type.
NAME free_example
OBJSENSE MAXIMIZE
ROWS
 N profit
 L capacity_hours
 G min_output
 E balance_row
 N ignored_free_row
COLUMNS
 MARKER 'MARKER' 'INTORG'
    machines	profit	3.5	capacity_hours	2
    machines min_output 1 ignored_free_row 4
 MARKER 'MARKER' 'INTEND'
    workers profit -1.25e-1 balance_row 1
    stock capacity_hours 1
    flow balance_row -1 min_output 0.5
    debt profit -2
    spare capacity_hours 1
    switch profit 10
    batches min_output 1
    backlog balance_row 2
RHS
    capacity_hours 40 min_output 2
    balance_row -1
    profit -7.5
RANGES
    rng balance_row 6 capacity_hours 1e30
BOUNDS
 UP bnd workers 12
 LO bnd stock 1
 UP bnd stock 1e30
 FX bnd flow -2.5
 FR bnd debt
 MI bnd spare
 BV bnd switch
 LI bnd batches -3
 UI bnd batches 3
 UP backlog -1
 LO bnd backlog -4
ENDATA
trailing text after ENDATA is ignored

NAME lp_forced_point
ROWS
 N  OBJ
 E  r1
COLUMNS
 x1  OBJ  1  r1  5
 x2  OBJ  1  r1  5
RHS
 RHS  r1  45
BOUNDS
 LO  BND  x1  -2
 UP  BND  x1  8
 UP  BND  x2  1
ENDATA

NAME milp_lpunb_infeas_20261205_6239
ROWS
 N  OBJ
 G  r1
 G  r2
 L  r3
 G  r4
 L  r5
 L  r6
 E  parity
COLUMNS
 x1  OBJ  24  r2  -4
 x1  r4  -1  r5  -4
 x1  r6  -9
 x2  OBJ  -2  r3  4
 x2  r4  -1  r5  -2
 x3  OBJ  -0.25  r1  5
 x3  r3  1
 x4  OBJ  11  r1  -3
 x4  r2  -6  r3  -5
 x4  r4  2  r5  -9
 x5  OBJ  3.25  r2  -1
 x5  r4  4  r5  -3
    MARKER1  'MARKER'  'INTORG'
 u  OBJ  -2  parity  2
 v  parity  -2
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  23.5
 RHS  r2  -45
 RHS  r3  -9
 RHS  r4  18.25
 RHS  r5  -73.25
 RHS  r6  -15.75
 RHS  parity  5
BOUNDS
 MI  BND  x1
 UP  BND  x1  4.5
 LO  BND  x3  4.75
 FR  BND  x4
 FX  BND  x5  3.5
 LO  BND  u  3
 PL  BND  u
 LO  BND  v  3
 PL  BND  v
ENDATA

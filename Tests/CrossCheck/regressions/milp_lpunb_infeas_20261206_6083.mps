NAME milp_lpunb_infeas_20261206_6083
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 G  r2
 E  r3
 G  r4
 L  r5
 G  r6
 L  r7
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  29.5  r3  8
 x1  r4  4  r5  5
 x1  r7  8
 x2  OBJ  19  r1  -2
 x2  r2  2  r3  8
 x2  r5  1  r6  -5
    MARKER2  'MARKER'  'INTEND'
 x3  OBJ  3.25  r2  -7
 x3  r3  7  r4  -9
    MARKER3  'MARKER'  'INTORG'
 u  OBJ  4  parity  6
 v  OBJ  1  parity  -6
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  -23
 RHS  r2  80.25
 RHS  r3  10.75
 RHS  r4  70.75
 RHS  r5  1
 RHS  r6  -62
 RHS  r7  -6
 RHS  parity  8
BOUNDS
 FR  BND  x1
 UP  BND  x2  13
 MI  BND  x3
 UP  BND  x3  -8.75
 LO  BND  u  -1
 PL  BND  u
 LO  BND  v  -1
 PL  BND  v
ENDATA

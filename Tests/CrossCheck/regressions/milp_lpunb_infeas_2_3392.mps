NAME milp_lpunb_infeas_2_3392
ROWS
 N  OBJ
 G  r1
 G  r2
 G  r3
 E  r4
 G  r5
 L  r6
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  38.5  r1  -3
 x1  r2  3  r3  7
 x1  r4  8  r5  2
 x1  r6  -7
 x2  OBJ  -25.75  r1  -3
 x2  r3  -3  r4  -3
 x2  r5  -2  r6  5
 x3  OBJ  -4  r1  -5
 x3  r2  2  r3  6
 x3  r4  1  r6  6
 x4  OBJ  -40  r1  6
 x4  r2  -2  r3  -8
 x4  r5  -4  r6  8
    MARKER2  'MARKER'  'INTEND'
 x5  OBJ  11.5  r1  -3
 x5  r2  5  r5  -9
 x5  r6  -2
    MARKER3  'MARKER'  'INTORG'
 u  OBJ  -3  parity  8
 v  OBJ  -1  parity  -8
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  13
 RHS  r2  -2
 RHS  r3  -105
 RHS  r4  -81
 RHS  r5  -109
 RHS  r6  122
 RHS  parity  10
RANGES
 RNG  r4  4
BOUNDS
 FR  BND  x1
 MI  BND  x2
 UP  BND  x2  9
 LO  BND  x3  -3
 UP  BND  x3  1
 MI  BND  x4
 UP  BND  x4  7
 LO  BND  x5  7
 UP  BND  x5  14
 LO  BND  u  1
 LO  BND  v  1
ENDATA

NAME milp_lpunb_infeas_1_259
ROWS
 N  OBJ
 G  r1
 G  r2
 E  r3
 L  r4
 E  r5
 L  r6
 E  parity
COLUMNS
 x1  OBJ  -26.5  r3  -9
 x1  r5  9  r6  -4
    MARKER1  'MARKER'  'INTORG'
 x2  OBJ  -24.75  r2  -3
 x2  r3  -6  r4  6
 x2  r5  -2  r6  8
 x3  OBJ  -45.5  r1  -5
 x3  r2  5  r3  -8
 x3  r5  7  r6  8
 x4  OBJ  12.25  r1  2
 x4  r2  9  r3  4
 x4  r4  3  r5  -1
 x4  r6  4
    MARKER2  'MARKER'  'INTEND'
 x5  OBJ  -42  r1  -5
 x5  r2  -4  r3  -3
 x5  r4  8  r5  6
 x5  r6  2
    MARKER3  'MARKER'  'INTORG'
 u  OBJ  -3  parity  2
 v  OBJ  -1  parity  -2
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  -48
 RHS  r2  -10
 RHS  r3  -71
 RHS  r4  -36
 RHS  r5  72
 RHS  r6  4
 RHS  parity  -3
RANGES
 RNG  r5  -2
BOUNDS
 LI  BND  x1  0
 UI  BND  x1  1
 FR  BND  x2
 MI  BND  x3
 UP  BND  x3  10
 FR  BND  x4
 UI  BND  x5  13
 LO  BND  u  0
 PL  BND  u
 LO  BND  v  0
 PL  BND  v
ENDATA

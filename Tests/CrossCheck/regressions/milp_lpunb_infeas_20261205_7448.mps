NAME milp_lpunb_infeas_20261205_7448
ROWS
 N  OBJ
 G  r1
 L  r2
 E  r3
 L  r4
 E  r5
 G  r6
 E  r7
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  5.25  r1  6
 x1  r2  1  r3  -3
 x1  r4  4  r7  -5
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  15.5  r1  4
 x2  r2  -4  r5  -5
 x2  r6  -6  r7  -1
    MARKER3  'MARKER'  'INTORG'
 x3  OBJ  -14.75  r2  -8
 x3  r3  2  r4  7
 x3  r5  -5  r6  4
 x3  r7  -9
 x4  OBJ  6.75  r4  -3
 x4  r5  -1
    MARKER4  'MARKER'  'INTEND'
 x5  OBJ  -1  r5  -3
 x5  r6  8  r7  9
    MARKER5  'MARKER'  'INTORG'
 x6  OBJ  -17  r2  -5
 x6  r4  8  r5  -9
 x6  r7  2
 x7  OBJ  -0.25  r3  4
 x7  r7  5
 x8  OBJ  1.5  r5  2
 x9  OBJ  2.5  r5  2
 x9  r7  2
 u  OBJ  -2  parity  12
 v  OBJ  -1  parity  -12
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  OBJ  21
 RHS  r1  6
 RHS  r2  -52
 RHS  r3  -11
 RHS  r4  24
 RHS  r5  -42
 RHS  r6  23
 RHS  r7  -59
 RHS  parity  5
RANGES
 RNG  r6  -9
BOUNDS
 LO  BND  x1  1
 UP  BND  x2  4.25
 FR  BND  x3
 LO  BND  x4  10
 UP  BND  x4  20
 BV  BND  x5
 FR  BND  x6
 LO  BND  x7  -6
 UP  BND  x7  -5
 MI  BND  x8
 LO  BND  x9  4
 UP  BND  x9  7
 LO  BND  u  1
 PL  BND  u
 LO  BND  v  1
 PL  BND  v
ENDATA

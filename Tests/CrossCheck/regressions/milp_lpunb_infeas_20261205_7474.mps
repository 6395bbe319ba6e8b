NAME milp_lpunb_infeas_20261205_7474
ROWS
 N  OBJ
 G  r1
 G  r2
 L  r3
 G  r4
 L  r5
 G  r6
 G  r7
 E  r8
 E  parity
COLUMNS
 x1  OBJ  8.75  r3  3
 x1  r6  -9  r8  8
 x2  OBJ  31  r1  -8
 x2  r2  2  r3  -3
 x2  r4  4  r5  -9
 x2  r6  -8  r8  9
 x3  OBJ  -10.75  r1  -8
 x3  r2  -5  r3  -7
 x3  r4  4  r6  4
 x3  r7  -7  r8  8
 x4  OBJ  -4.5  r1  -4
 x4  r2  4  r4  -9
 x4  r7  -6  r8  -2
 x5  OBJ  -16.5  r1  5
 x5  r2  -7  r4  -5
 x5  r6  8  r7  9
 x6  OBJ  -21.5  r1  1
 x6  r2  -8  r3  6
 x6  r4  -4  r8  7
 x7  OBJ  -2.5  r2  4
 x7  r4  8  r7  6
 x7  r8  2
 x8  OBJ  -11.75  r2  -2
 x8  r3  2  r4  -5
 x8  r8  5
    MARKER1  'MARKER'  'INTORG'
 u  OBJ  -4  parity  8
 v  OBJ  2  parity  -8
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  -125.5
 RHS  r2  67.25
 RHS  r3  -26.75
 RHS  r4  -89.75
 RHS  r5  11.25
 RHS  r6  -45
 RHS  r7  -166.25
 RHS  r8  50
 RHS  parity  2
RANGES
 RNG  r1  -12
 RNG  r2  -12
 RNG  r6  -9
 RNG  r7  1
BOUNDS
 LO  BND  x2  -0.25
 PL  BND  x2
 LO  BND  x3  3.5
 LO  BND  x4  3.25
 UP  BND  x4  11
 LO  BND  x5  -7.75
 LO  BND  x6  -3
 LO  BND  x8  6.5
 UP  BND  x8  16.5
 LO  BND  u  4
 PL  BND  u
 LO  BND  v  4
 PL  BND  v
ENDATA

NAME milp_lpunb_infeas_20261205_9866
ROWS
 N  OBJ
 L  r1
 G  r2
 L  r3
 G  r4
 L  r5
 G  r6
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  29  r2  9
 x1  r3  -1  r4  8
 x1  r5  -8  r6  9
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  -2.5  r3  5
 x2  r5  3  r6  7
 x3  OBJ  17.25  r1  -4
 x3  r2  3  r4  8
 x3  r5  -1  r6  4
 x4  OBJ  -17.75  r1  7
 x4  r3  8  r4  -2
 x4  r6  -2
    MARKER3  'MARKER'  'INTORG'
 x5  OBJ  18.5  r1  -8
 x5  r2  -7
 x6  OBJ  6.25  r1  3
 x6  r2  3  r3  -6
 x6  r4  -3  r5  -7
 x6  r6  -2
 x7  OBJ  -2.25  r2  -7
 x7  r6  -5
    MARKER4  'MARKER'  'INTEND'
 x8  OBJ  12.75  r1  1
 x8  r2  5  r4  -3
 x8  r5  -7  r6  -2
    MARKER5  'MARKER'  'INTORG'
 u  OBJ  -3  parity  12
 v  OBJ  -1  parity  -12
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  r1  -7.75
 RHS  r2  -90.5
 RHS  r3  95
 RHS  r4  -8.75
 RHS  r5  138.5
 RHS  r6  79.5
 RHS  parity  -9
RANGES
 RNG  r4  5
BOUNDS
 LO  BND  x1  -7
 PL  BND  x1
 UP  BND  x2  18
 LO  BND  x5  -9
 UP  BND  x5  0
 MI  BND  x6
 LO  BND  x7  2
 UP  BND  x7  6
 LO  BND  x8  -6.75
 UP  BND  x8  5.25
 MI  BND  u
 MI  BND  v
ENDATA

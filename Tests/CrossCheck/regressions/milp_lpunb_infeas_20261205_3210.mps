NAME milp_lpunb_infeas_20261205_3210
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 E  r2
 G  r3
 E  r4
 E  r5
 E  r6
 G  r7
 G  r8
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -5.75  r2  8
 x1  r5  -4  r6  7
 x2  OBJ  -7.25  r1  2
 x2  r2  4  r4  -3
 x2  r6  -5
 x3  OBJ  -2.25  r1  -9
 x3  r2  2
 x4  OBJ  7.25  r2  1
 x4  r5  3  r7  -9
 x4  r8  9
 x5  OBJ  -4  r2  -8
 x5  r3  6  r4  -5
 x5  r8  -1
 u  OBJ  2  parity  2
 v  OBJ  -1  parity  -2
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  -69
 RHS  r2  82
 RHS  r3  2
 RHS  r4  -28
 RHS  r5  -38
 RHS  r6  19
 RHS  r7  -4
 RHS  r8  -7
 RHS  parity  -5
RANGES
 RNG  r1  -10
 RNG  r2  -5
 RNG  r3  -11
 RNG  r5  10
 RNG  r8  5
BOUNDS
 MI  BND  x1
 UP  BND  x1  8
 LO  BND  x2  1
 UP  BND  x2  12
 LO  BND  x3  9
 MI  BND  x4
 UP  BND  x4  5
 FR  BND  x5
 LO  BND  u  1
 LO  BND  v  1
ENDATA

NAME milp_lpunb_infeas_2_1845
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 L  r2
 G  r3
 G  r4
 G  r5
 G  r6
 E  r7
 E  r8
 E  parity
COLUMNS
 x1  OBJ  17.5  r1  -8
 x1  r2  9  r3  -4
 x1  r5  -2  r6  7
 x1  r7  -4
 x2  OBJ  -55.25  r1  6
 x2  r2  -7  r4  5
 x2  r5  2  r7  9
 x2  r8  -1
 x3  OBJ  -43.25  r1  5
 x3  r2  -9  r3  8
 x3  r4  9  r5  9
 x3  r6  -3  r7  -1
 x3  r8  7
 x4  OBJ  -11.75  r1  -7
 x4  r3  -5  r6  7
 x4  r7  -2  r8  -6
 x5  OBJ  -13  r1  7
 x5  r2  -4  r3  -2
 x5  r5  6  r6  4
 x5  r7  -2  r8  7
 x6  OBJ  25.25  r3  7
 x6  r4  -8  r5  -2
 x6  r6  8  r7  -6
 x6  r8  2
 x7  OBJ  29.75  r1  -8
 x7  r2  3  r3  -2
 x7  r4  -3  r5  5
 x7  r6  -5  r7  -8
 x7  r8  -7
 x8  OBJ  -12  r1  -3
 x8  r2  -3  r3  1
 x8  r4  -2  r5  -1
 x8  r6  4  r7  1
    MARKER1  'MARKER'  'INTORG'
 u  OBJ  6  parity  9
 v  OBJ  -2  parity  -9
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  41.75
 RHS  r2  -101.25
 RHS  r3  119.25
 RHS  r4  58.5
 RHS  r5  140
 RHS  r6  147.75
 RHS  r7  -111.75
 RHS  r8  145
 RHS  parity  -8
RANGES
 RNG  r4  -6
BOUNDS
 MI  BND  x1
 UP  BND  x1  8.25
 MI  BND  x2
 UP  BND  x2  5.5
 LO  BND  x3  8.25
 UP  BND  x3  23
 MI  BND  x4
 UP  BND  x4  3.5
 UP  BND  x5  17.25
 LO  BND  x6  7.25
 UP  BND  x6  22
 MI  BND  x7
 UP  BND  x7  0.25
 LO  BND  u  -2
 PL  BND  u
 LO  BND  v  -2
 PL  BND  v
ENDATA

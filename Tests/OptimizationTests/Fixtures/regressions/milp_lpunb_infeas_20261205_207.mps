NAME milp_lpunb_infeas_20261205_207
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 L  r2
 G  r3
 G  r4
 G  r5
 L  r6
 G  r7
 L  r8
 E  parity
COLUMNS
 x1  OBJ  -6.75  r1  -3
 x1  r4  -7  r7  3
 x1  r8  2
 x2  OBJ  1.75  r1  -9
 x2  r2  8  r4  -7
 x2  r5  -3  r6  3
 x2  r7  -5  r8  3
 x3  OBJ  29.25  r1  3
 x3  r2  6  r3  -2
 x3  r5  -8  r6  3
 x4  OBJ  -13.25  r2  -6
 x4  r5  -1  r6  -1
 x4  r7  9
 x5  OBJ  28  r1  6
 x5  r3  -2  r6  3
 x5  r7  -7
    MARKER1  'MARKER'  'INTORG'
 x6  OBJ  21  r1  6
 x6  r4  2  r6  2
 x6  r8  5
 u  OBJ  3  parity  6
 v  OBJ  -2  parity  -6
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  43
 RHS  r2  50
 RHS  r3  -29
 RHS  r4  -40.5
 RHS  r5  -15.75
 RHS  r6  55.25
 RHS  r7  -116
 RHS  r8  32.25
 RHS  parity  -5
RANGES
 RNG  r1  -4
 RNG  r2  10
BOUNDS
 LO  BND  x1  1.25
 LO  BND  x2  2.75
 UP  BND  x2  4.25
 LI  BND  x4  -2
 UI  BND  x4  6
 LO  BND  x5  6
 UP  BND  x5  11.5
 LO  BND  x6  0
 UP  BND  x6  3
 LO  BND  u  -4
 LO  BND  v  -4
ENDATA

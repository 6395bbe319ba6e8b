NAME milp_lpunb_infeas_2_4159
ROWS
 N  OBJ
 G  r1
 E  r2
 L  r3
 E  r4
 L  r5
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  31  r1  7
 x1  r2  7  r3  -5
 x1  r4  5  r5  1
 x2  OBJ  13.25  r4  7
    MARKER2  'MARKER'  'INTEND'
 x3  OBJ  7.75  r1  2
 x3  r2  8  r3  -4
 x3  r4  -6  r5  1
    MARKER3  'MARKER'  'INTORG'
 x4  OBJ  27.75  r1  2
 x4  r2  2  r3  -7
 x4  r4  5  r5  8
    MARKER4  'MARKER'  'INTEND'
 x5  OBJ  -8  r1  1
 x5  r3  3  r4  -6
 x5  r5  1
 x6  OBJ  -0.25  r1  -3
 x6  r2  -4  r3  -1
 x6  r4  -2  r5  8
    MARKER5  'MARKER'  'INTORG'
 u  OBJ  -6  parity  8
 v  OBJ  2  parity  -8
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  OBJ  -35
 RHS  r1  82
 RHS  r2  164
 RHS  r3  -74
 RHS  r4  -105
 RHS  r5  73
 RHS  parity  -2
RANGES
 RNG  r3  2
 RNG  r5  -10
BOUNDS
 LO  BND  x1  2
 UP  BND  x1  6
 UP  BND  x2  15
 UI  BND  x3  15
 LO  BND  x4  3
 LI  BND  x5  3
 UI  BND  x5  12
 BV  BND  x6
 LO  BND  u  5
 LO  BND  v  5
ENDATA

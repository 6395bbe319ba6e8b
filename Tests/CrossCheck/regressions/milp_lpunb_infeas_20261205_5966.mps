NAME milp_lpunb_infeas_20261205_5966
ROWS
 N  OBJ
 L  r1
 L  r2
 G  r3
 L  r4
 L  r5
 G  r6
 E  r7
 E  parity
COLUMNS
 x1  OBJ  8  r2  1
 x1  r4  -4  r7  -3
    MARKER1  'MARKER'  'INTORG'
 x2  OBJ  21.25  r2  -2
 x2  r3  -6  r4  7
 x2  r5  -4  r6  9
    MARKER2  'MARKER'  'INTEND'
 x3  OBJ  -32.5  r1  -1
 x3  r3  -8  r4  -2
 x3  r5  6  r6  -7
 x3  r7  8
    MARKER3  'MARKER'  'INTORG'
 x4  OBJ  -2.75  r2  1
 x4  r3  2  r4  2
 x4  r6  2  r7  1
 x5  OBJ  11.75  r1  -3
 x5  r3  7  r7  -5
 x6  OBJ  29.5  r2  -5
 x6  r6  8  r7  1
 x7  OBJ  -49.25  r2  7
 x7  r3  6  r4  8
 x7  r5  -1  r6  -9
 x7  r7  1
 u  OBJ  -1  parity  4
 v  parity  -4
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  OBJ  5
 RHS  r1  -15
 RHS  r2  62
 RHS  r3  65
 RHS  r4  3
 RHS  r5  16
 RHS  r6  -110
 RHS  r7  -29
 RHS  parity  -3
BOUNDS
 FR  BND  x2
 BV  BND  x3
 UP  BND  x4  13
 MI  BND  x5
 MI  BND  x6
 FR  BND  x7
 LO  BND  u  1
 LO  BND  v  1
ENDATA

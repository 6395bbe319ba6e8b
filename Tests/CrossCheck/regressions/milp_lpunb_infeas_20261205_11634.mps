NAME milp_lpunb_infeas_20261205_11634
ROWS
 N  OBJ
 L  r1
 G  r2
 G  r3
 G  r4
 G  r5
 G  r6
 L  r7
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -6.5  r3  -4
 x1  r4  2  r5  -6
 x1  r7  -9
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  14.25  r3  6
 x2  r5  -2  r6  -5
 x2  r7  -8
 x3  OBJ  1  r2  1
 x3  r3  2  r4  -3
 x3  r5  1  r6  5
 x4  OBJ  0.25  r3  -7
 x4  r4  6  r5  -7
    MARKER3  'MARKER'  'INTORG'
 x5  OBJ  -2.75  r1  4
 x5  r2  6  r4  1
 x5  r6  -1  r7  -9
    MARKER4  'MARKER'  'INTEND'
 x6  OBJ  46.25  r2  9
 x6  r3  7  r4  6
 x6  r5  8  r6  6
 x6  r7  4
 x7  OBJ  -42.75  r1  9
 x7  r2  -9  r3  2
 x7  r4  -7  r5  7
 x7  r7  -5
    MARKER5  'MARKER'  'INTORG'
 u  OBJ  -4  parity  6
 v  OBJ  2  parity  -6
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  r1  119.25
 RHS  r2  -76.5
 RHS  r3  52.75
 RHS  r4  -48.25
 RHS  r5  115.75
 RHS  r6  9.5
 RHS  r7  -21.25
 RHS  parity  7
BOUNDS
 FR  BND  x1
 FX  BND  x2  2
 FX  BND  x3  0
 LO  BND  x4  2.75
 UP  BND  x5  1
 UP  BND  x6  4.75
 LO  BND  x7  8.5
 LO  BND  u  0
 LO  BND  v  0
ENDATA

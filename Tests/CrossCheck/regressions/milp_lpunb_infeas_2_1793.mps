NAME milp_lpunb_infeas_2_1793
ROWS
 N  OBJ
 L  r1
 L  r2
 L  r3
 E  r4
 G  r5
 L  r6
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -13  r1  -5
 x1  r3  -6  r4  -7
 x1  r5  -7
 x2  OBJ  -7  r1  4
 x2  r2  5  r4  -8
 x2  r5  1  r6  -8
 x3  OBJ  29.5  r1  -3
 x3  r2  -3  r3  -7
 x3  r5  6  r6  -7
    MARKER2  'MARKER'  'INTEND'
 x4  OBJ  -8  r1  9
 x4  r2  -7  r3  4
 x4  r4  -1  r5  -4
 x4  r6  -3
 x5  OBJ  -17  r2  8
 x5  r3  -8  r5  5
 x5  r6  7
    MARKER3  'MARKER'  'INTORG'
 x6  OBJ  14.5  r1  -4
 x6  r2  -6  r3  9
 x6  r4  -1  r5  9
 x6  r6  -5
 x7  OBJ  10.25  r1  -9
 x7  r2  5  r4  -7
 x7  r5  -7  r6  -6
 u  OBJ  -3  parity  2
 v  OBJ  1  parity  -2
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  -21
 RHS  r2  41
 RHS  r3  -128
 RHS  r4  -103
 RHS  r5  -51.75
 RHS  r6  -134.25
 RHS  parity  7
BOUNDS
 LO  BND  x1  5
 UP  BND  x1  6
 LO  BND  x2  8
 UP  BND  x2  13
 MI  BND  x3
 UP  BND  x3  9
 LI  BND  x4  -6
 UI  BND  x4  -5
 MI  BND  x5
 UP  BND  x5  -6.75
 LO  BND  x6  -7
 UP  BND  x6  1
 FX  BND  x7  -1
 LO  BND  u  0
 PL  BND  u
 LO  BND  v  0
 PL  BND  v
ENDATA

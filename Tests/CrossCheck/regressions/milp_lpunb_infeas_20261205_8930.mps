NAME milp_lpunb_infeas_20261205_8930
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 G  r2
 G  r3
 G  r4
 L  r5
 L  r6
 L  r7
 E  r8
 E  parity
COLUMNS
 x1  OBJ  4.25  r6  -7
 x1  r8  9
 x2  OBJ  -3  r3  2
 x2  r7  9
 x3  OBJ  -24.25  r1  -5
 x3  r2  -7  r4  7
 x3  r8  -8
 x4  OBJ  16.5  r2  -2
 x4  r4  9  r5  2
 x4  r6  6
 x5  OBJ  -10  r2  -6
 x5  r3  6  r6  -3
    MARKER1  'MARKER'  'INTORG'
 x6  OBJ  16.5  r1  7
 x6  r2  -5  r6  -1
 x6  r8  7
 u  OBJ  3  parity  8
 v  OBJ  -1  parity  -8
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  OBJ  15
 RHS  r1  -58.75
 RHS  r2  -21.75
 RHS  r3  -16
 RHS  r4  51.5
 RHS  r5  2.5
 RHS  r6  16.5
 RHS  r7  8
 RHS  r8  -67
 RHS  parity  -2
BOUNDS
 UP  BND  x1  12.5
 LO  BND  x3  2.25
 UP  BND  x3  5.75
 MI  BND  x4
 LI  BND  x5  -2
 UI  BND  x5  2
 MI  BND  x6
 LO  BND  u  -3
 LO  BND  v  -3
ENDATA

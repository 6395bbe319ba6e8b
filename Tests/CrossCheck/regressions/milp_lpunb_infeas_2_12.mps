NAME milp_lpunb_infeas_2_12
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 L  r2
 L  r3
 G  r4
 G  r5
 E  parity
COLUMNS
 x1  OBJ  3.5  r4  -5
 x2  OBJ  -17.5  r2  -6
 x2  r3  2  r4  -6
 x3  OBJ  21.5  r1  1
 x3  r2  9  r3  9
 x3  r5  9
    MARKER1  'MARKER'  'INTORG'
 x4  OBJ  -27  r1  -9
 x4  r3  -6  r4  8
 x4  r5  4
 x5  OBJ  -1  r4  4
 u  OBJ  3  parity  12
 v  OBJ  -2  parity  -12
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  -40
 RHS  r2  50
 RHS  r3  15
 RHS  r4  66
 RHS  r5  63
 RHS  parity  5
BOUNDS
 LI  BND  x1  -6
 UI  BND  x1  -2
 LO  BND  x3  -2.75
 UP  BND  x3  5.25
 LO  BND  x4  -3
 UP  BND  x4  8
 LO  BND  x5  -1
 UP  BND  x5  8
 LO  BND  u  -3
 PL  BND  u
 LO  BND  v  -3
 PL  BND  v
ENDATA

NAME milp_lpunb_infeas_2_3015
ROWS
 N  OBJ
 L  r1
 L  r2
 G  r3
 G  r4
 L  r5
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -15.5  r1  2
 x1  r5  5
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  -12.5  r2  5
 x2  r3  -1  r4  7
 x3  OBJ  46.25  r1  -2
 x3  r2  -8  r3  9
 x3  r5  -8
 x4  OBJ  31.5  r1  -3
 x4  r2  -8  r3  1
 x4  r4  9
    MARKER3  'MARKER'  'INTORG'
 u  OBJ  -3  parity  6
 v  parity  -6
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  -21
 RHS  r2  -39.75
 RHS  r3  52
 RHS  r4  66.25
 RHS  r5  -49
 RHS  parity  -1
BOUNDS
 LO  BND  x1  0
 UP  BND  x1  4
 LO  BND  x2  4.5
 PL  BND  x2
 MI  BND  x3
 UP  BND  x3  6.75
 FX  BND  x4  2.5
 MI  BND  u
 MI  BND  v
ENDATA

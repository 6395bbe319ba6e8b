NAME milp_lpunb_infeas_2_7838
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 L  r2
 G  r3
 G  r4
 L  r5
 G  r6
 E  parity
COLUMNS
 x1  OBJ  18.75  r1  1
 x1  r3  -6  r4  5
 x1  r5  2  r6  -7
 x2  OBJ  -17.75  r3  5
 x2  r4  -3  r5  -6
 x2  r6  8
 x3  OBJ  0.75  r1  -1
 x3  r2  -8  r5  2
 x4  OBJ  10  r1  7
 x4  r2  -7  r5  -6
 x4  r6  -5
    MARKER1  'MARKER'  'INTORG'
 u  OBJ  1  parity  2
 v  parity  -2
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  41.25
 RHS  r2  -87
 RHS  r3  19.5
 RHS  r4  -20.5
 RHS  r5  -45.5
 RHS  r6  7
 RHS  parity  -3
BOUNDS
 LI  BND  x1  -3
 UI  BND  x1  2
 FX  BND  x2  3.5
 LO  BND  x3  5.75
 LO  BND  x4  7
 UP  BND  x4  8.25
 MI  BND  u
 MI  BND  v
ENDATA

NAME milp_lpunb_infeas_20261205_9580
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 G  r2
 G  r3
 G  r4
 L  r5
 G  r6
 G  r7
 E  r8
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  18  r1  -2
 x1  r2  2  r3  -1
 x1  r4  2  r5  9
 x1  r8  -2
 x2  OBJ  -0.75  r1  -1
 x2  r3  -4  r4  4
 x2  r7  1
    MARKER2  'MARKER'  'INTEND'
 x3  OBJ  -17.25  r2  8
 x3  r6  -1  r8  6
 x4  OBJ  -8.5  r2  1
 x4  r3  2  r6  -1
 x4  r7  -2  r8  -8
    MARKER3  'MARKER'  'INTORG'
 x5  OBJ  -12  r5  -2
 x5  r8  -7
 u  OBJ  4  parity  12
 v  OBJ  1  parity  -12
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  -31
 RHS  r2  62
 RHS  r3  -21
 RHS  r4  46
 RHS  r5  116
 RHS  r6  -10.25
 RHS  r7  -9
 RHS  r8  -76.5
 RHS  parity  -5
BOUNDS
 UP  BND  x1  17
 LO  BND  x2  3
 LO  BND  x3  2.25
 UP  BND  x3  4.25
 UI  BND  x4  11
 FR  BND  x5
 MI  BND  u
 MI  BND  v
ENDATA

NAME milp_lpunb_infeas_20261205_6928
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 E  r2
 L  r3
 E  r4
 G  r5
 E  parity
COLUMNS
 x1  OBJ  0.75  r2  1
 x1  r4  4  r5  -6
    MARKER1  'MARKER'  'INTORG'
 x2  OBJ  -7.75  r1  1
 x2  r3  -6  r4  7
    MARKER2  'MARKER'  'INTEND'
 x3  OBJ  12  r3  6
 x3  r5  -1
 x4  OBJ  16.75  r1  -1
 x4  r3  9  r4  -1
 x4  r5  -1
 x5  OBJ  -23  r1  8
 x5  r2  9  r4  -6
 x6  OBJ  -3.75  r2  -1
 x6  r3  -3  r5  4
    MARKER3  'MARKER'  'INTORG'
 u  OBJ  3  parity  6
 v  OBJ  -1  parity  -6
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  OBJ  -11
 RHS  r1  102
 RHS  r2  128.5
 RHS  r3  42
 RHS  r4  -134
 RHS  r5  -51.25
 RHS  parity  -3
RANGES
 RNG  r4  -10
 RNG  r5  -12
BOUNDS
 LI  BND  x1  -4
 UI  BND  x1  5
 LO  BND  x2  -10
 LO  BND  x3  -9.75
 LO  BND  x5  4.5
 UP  BND  x5  13
 LO  BND  x6  -8
 UP  BND  x6  -7.5
 FR  BND  u
 FR  BND  v
ENDATA

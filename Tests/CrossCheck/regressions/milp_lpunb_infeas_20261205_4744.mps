NAME milp_lpunb_infeas_20261205_4744
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 L  r2
 L  r3
 E  r4
 E  r5
 G  r6
 E  parity
COLUMNS
 x1  OBJ  3.75  r3  3
 x1  r5  -6  r6  -3
 x2  OBJ  4.25  r2  6
 x2  r4  -8  r5  -3
 x2  r6  1
 x3  OBJ  -21  r1  7
 x3  r3  8  r4  -3
 x4  OBJ  -1.75  r1  7
 x4  r6  1
    MARKER1  'MARKER'  'INTORG'
 u  OBJ  3  parity  6
 v  parity  -6
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  -43.75
 RHS  r2  71.5
 RHS  r3  -16.75
 RHS  r4  -79
 RHS  r5  -11.25
 RHS  r6  8.75
 RHS  parity  -3
RANGES
 RNG  r3  5
 RNG  r4  -6
 RNG  r6  -6
BOUNDS
 MI  BND  x1
 UP  BND  x1  -3.25
 LO  BND  x2  4.5
 UP  BND  x2  15.75
 MI  BND  x3
 UP  BND  x3  -1
 LO  BND  x4  -9.75
 FR  BND  u
 FR  BND  v
ENDATA

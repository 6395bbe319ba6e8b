NAME milp_lpunb_infeas_20261205_857
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 L  r2
 E  r3
 L  r4
 L  r5
 E  r6
 L  r7
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  22.75  r2  4
 x1  r3  5  r5  -4
 x1  r6  5
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  -6  r3  -3
 x2  r5  1
    MARKER3  'MARKER'  'INTORG'
 x3  OBJ  -0.25  r3  -4
 x3  r4  8  r6  9
 x3  r7  -6
    MARKER4  'MARKER'  'INTEND'
 x4  OBJ  7.75  r1  -7
 x4  r3  -1  r7  8
 x5  OBJ  1.25  r3  -3
 x5  r5  -3  r6  5
 x5  r7  -1
 x6  OBJ  1.75  r2  2
 x6  r3  -6  r5  5
 x6  r7  8
    MARKER5  'MARKER'  'INTORG'
 u  OBJ  1  parity  9
 v  OBJ  1  parity  -9
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  r1  -10
 RHS  r2  13
 RHS  r3  32
 RHS  r4  -30
 RHS  r5  -5
 RHS  r6  -26
 RHS  r7  26
 RHS  parity  -4
RANGES
 RNG  r4  -2
BOUNDS
 MI  BND  x1
 LI  BND  x2  -3
 UI  BND  x2  -2
 MI  BND  x3
 UP  BND  x3  -4
 UP  BND  x5  13.75
 UP  BND  x6  17
 MI  BND  u
 MI  BND  v
ENDATA

NAME milp_lpunb_infeas_2_1910
ROWS
 N  OBJ
 L  r1
 L  r2
 G  r3
 G  r4
 E  r5
 E  parity
COLUMNS
 x1  OBJ  -6.5  r2  5
 x1  r3  -7  r4  -2
 x1  r5  3
    MARKER1  'MARKER'  'INTORG'
 x2  OBJ  -13.75  r2  -8
 x2  r3  -5  r4  -9
    MARKER2  'MARKER'  'INTEND'
 x3  OBJ  -11  r1  7
 x3  r2  -3  r3  3
 x3  r4  -4  r5  -1
    MARKER3  'MARKER'  'INTORG'
 x4  OBJ  26  r1  7
 x4  r3  8  r5  6
    MARKER4  'MARKER'  'INTEND'
 x5  OBJ  -5.25  r1  4
 x5  r2  6  r3  6
 x5  r4  -3  r5  -5
 x6  OBJ  20.75  r2  -1
 x6  r3  9  r4  5
 x6  r5  -2
 x7  OBJ  7  r1  -2
 x7  r2  -5  r4  -6
    MARKER5  'MARKER'  'INTORG'
 x8  OBJ  -2.75  r1  -2
 x8  r5  -2
 u  OBJ  -2  parity  3
 v  OBJ  -2  parity  -3
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  r1  -57.5
 RHS  r2  116.75
 RHS  r3  7.75
 RHS  r4  5.5
 RHS  r5  -154.75
 RHS  parity  10
RANGES
 RNG  r4  -12
BOUNDS
 FX  BND  x1  1.75
 FR  BND  x2
 MI  BND  x3
 UP  BND  x3  4
 MI  BND  x4
 UP  BND  x4  -8
 LO  BND  x5  -0.25
 UP  BND  x5  12.5
 LI  BND  x7  -1
 UI  BND  x7  8
 MI  BND  x8
 UP  BND  x8  10
 FR  BND  u
 FR  BND  v
ENDATA

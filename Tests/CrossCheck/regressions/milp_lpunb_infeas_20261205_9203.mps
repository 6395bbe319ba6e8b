NAME milp_lpunb_infeas_20261205_9203
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 G  r2
 G  r3
 G  r4
 L  r5
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  10  r1  1
 x1  r5  -8
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  -18  r2  -1
 x2  r4  8
    MARKER3  'MARKER'  'INTORG'
 x3  OBJ  -2.25  r1  -9
 x3  r2  -5  r4  -6
 x3  r5  -4
 x4  r1  3  r2  -1
 x4  r3  -8
 x5  OBJ  20  r2  8
 x5  r4  -6  r5  -6
    MARKER4  'MARKER'  'INTEND'
 x6  OBJ  -15  r1  -6
 x6  r2  -1  r4  7
 x6  r5  -9
 x7  OBJ  1.25  r2  -4
    MARKER5  'MARKER'  'INTORG'
 x8  OBJ  -7  r1  1
 x8  r2  -2  r3  -8
 u  OBJ  2  parity  3
 v  OBJ  2  parity  -3
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  OBJ  26
 RHS  r1  89
 RHS  r2  -13.25
 RHS  r3  -48
 RHS  r4  215
 RHS  r5  35
 RHS  parity  -2
RANGES
 RNG  r3  -3
 RNG  r5  -1
BOUNDS
 LO  BND  x1  1
 UP  BND  x1  7
 LO  BND  x2  5.5
 UP  BND  x2  16.5
 LO  BND  x3  -9
 UP  BND  x4  3
 MI  BND  x5
 UP  BND  x5  -4
 UI  BND  x6  1
 UI  BND  x7  11
 LO  BND  x8  0
 FR  BND  u
 FR  BND  v
ENDATA

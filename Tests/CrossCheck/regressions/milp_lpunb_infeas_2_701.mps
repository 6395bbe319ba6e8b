NAME milp_lpunb_infeas_2_701
OBJSENSE
    MAX
ROWS
 N  OBJ
 G  r1
 L  r2
 G  r3
 L  r4
 L  r5
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -14.5  r1  -2
 x1  r2  -2  r4  -8
 x1  r5  -2
 x2  OBJ  1.5  r2  -4
 x2  r3  5  r4  -1
 x3  OBJ  -4  r1  -5
 x3  r3  5  r5  -8
    MARKER2  'MARKER'  'INTEND'
 x4  OBJ  3.25  r1  -9
 x4  r3  8  r4  2
    MARKER3  'MARKER'  'INTORG'
 x5  OBJ  -9.75  r1  -7
 x5  r2  6  r3  -2
 x5  r4  -5  r5  7
 x6  OBJ  -5  r1  4
 x6  r2  8  r3  -9
 x6  r5  -5
    MARKER4  'MARKER'  'INTEND'
 x7  OBJ  2.25  r1  4
 x7  r2  -2  r4  -1
    MARKER5  'MARKER'  'INTORG'
 u  OBJ  1  parity  4
 v  OBJ  2  parity  -4
    MARKER6  'MARKER'  'INTEND'
RHS
 RHS  OBJ  -37
 RHS  r1  32
 RHS  r2  -90
 RHS  r3  47
 RHS  r4  71
 RHS  r5  38
 RHS  parity  -5
BOUNDS
 MI  BND  x1
 MI  BND  x2
 UP  BND  x2  -4
 FX  BND  x3  -4
 UI  BND  x4  10
 LO  BND  x5  -9
 UP  BND  x5  -5
 LO  BND  x6  -9
 BV  BND  x7
 FR  BND  u
 FR  BND  v
ENDATA

NAME milp_lpunb_infeas_20261205_11114
ROWS
 N  OBJ
 L  r1
 L  r2
 G  r3
 G  r4
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  24  r1  9
 x1  r2  -7  r3  7
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  20.25  r1  6
 x2  r3  -2  r4  8
    MARKER3  'MARKER'  'INTORG'
 x3  OBJ  -3.75  r1  5
 x3  r3  1  r4  -2
    MARKER4  'MARKER'  'INTEND'
 x4  OBJ  29.5  r1  -4
 x4  r2  -9  r3  7
    MARKER5  'MARKER'  'INTORG'
 x5  OBJ  -29  r1  -3
 x5  r2  8  r3  -7
 x5  r4  -3
    MARKER6  'MARKER'  'INTEND'
 x6  OBJ  13  r1  -2
 x6  r3  -2  r4  5
    MARKER7  'MARKER'  'INTORG'
 x7  OBJ  -7.75  r1  4
 x7  r2  2  r3  1
 x7  r4  -2
 u  OBJ  -1  parity  2
 v  OBJ  -1  parity  -2
    MARKER8  'MARKER'  'INTEND'
RHS
 RHS  r1  64.5
 RHS  r2  -92.25
 RHS  r3  98.25
 RHS  r4  -30.25
 RHS  parity  -1
RANGES
 RNG  r1  -8
BOUNDS
 LO  BND  x1  1
 UP  BND  x1  7
 BV  BND  x2
 FR  BND  x3
 LO  BND  x5  -1
 LO  BND  x6  -9.5
 FR  BND  x7
 FR  BND  u
 FR  BND  v
ENDATA

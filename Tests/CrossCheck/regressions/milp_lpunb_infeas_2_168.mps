NAME milp_lpunb_infeas_2_168
ROWS
 N  OBJ
 E  r1
 L  r2
 E  r3
 E  r4
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  r1  -7  r2  8
 x1  r4  3
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  -2.5  r1  -7
 x2  r2  -1  r3  3
    MARKER3  'MARKER'  'INTORG'
 x3  r2  5  r4  7
 x4  OBJ  -2.25  r1  -3
 x4  r2  8
 u  OBJ  -1  parity  6
 v  OBJ  -1  parity  -6
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  23
 RHS  r2  98
 RHS  r4  78
 RHS  parity  -4
RANGES
 RNG  r3  -1
 RNG  r4  -4
BOUNDS
 FR  BND  x1
 BV  BND  x2
 LO  BND  x3  10
 UP  BND  x3  21
 LO  BND  x4  2
 UP  BND  x4  11
 LO  BND  u  5
 LO  BND  v  5
ENDATA

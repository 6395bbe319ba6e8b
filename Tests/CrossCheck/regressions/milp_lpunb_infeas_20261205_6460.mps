NAME milp_lpunb_infeas_20261205_6460
ROWS
 N  OBJ
 G  r1
 G  r2
 G  r3
 E  r4
 L  r5
 G  r6
 L  r7
 L  r8
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -16.5  r4  2
 x1  r7  8  r8  8
 x2  OBJ  -33.5  r1  6
 x2  r2  -9  r3  -9
 x2  r6  4  r7  6
 x2  r8  8
 x3  OBJ  13  r1  -4
 x3  r3  -6  r4  8
 x3  r5  -7  r6  -2
 x3  r7  2
 u  OBJ  -5  parity  4
 v  OBJ  2  parity  -4
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  r1  -16
 RHS  r2  -36
 RHS  r3  -96
 RHS  r4  90
 RHS  r5  -66
 RHS  r6  -14
 RHS  r7  84
 RHS  r8  73
 RHS  parity  5
RANGES
 RNG  r6  -10
BOUNDS
 MI  BND  x1
 UP  BND  x1  10
 LO  BND  x2  -1
 LO  BND  x3  8
 PL  BND  x3
 LO  BND  u  5
 PL  BND  u
 LO  BND  v  5
 PL  BND  v
ENDATA

NAME milp_lpunb_infeas_20261205_9294
ROWS
 N  OBJ
 L  r1
 L  r2
 G  r3
 E  parity
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  18  r3  9
 x2  OBJ  6.25  r1  7
 x2  r2  -1  r3  2
 x3  OBJ  -16  r3  -8
    MARKER2  'MARKER'  'INTEND'
 x4  OBJ  14.25  r1  9
 x4  r2  1  r3  8
    MARKER3  'MARKER'  'INTORG'
 x5  OBJ  -19  r2  4
 x5  r3  -7
 u  OBJ  -5  parity  4
 v  OBJ  2  parity  -4
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  13
 RHS  r2  15
 RHS  r3  -120
 RHS  parity  7
BOUNDS
 MI  BND  x1
 LO  BND  x2  -4
 PL  BND  x2
 MI  BND  x3
 UI  BND  x4  4
 LO  BND  x5  3
 LO  BND  u  -2
 LO  BND  v  -2
ENDATA

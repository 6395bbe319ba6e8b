NAME milp_lpunb_infeas_20261205_3249
OBJSENSE
    MAX
ROWS
 N  OBJ
 N  FREEROW
 E  r1
 G  r2
 G  r3
 L  r4
 L  r5
 G  r6
 E  parity
COLUMNS
 x1  OBJ  4.75  r1  4
 x1  r3  6  r4  8
 x1  r5  7  FREEROW  1
    MARKER1  'MARKER'  'INTORG'
 x2  OBJ  -22.5  r3  9
 x2  r6  -1  FREEROW  1
 x3  OBJ  13  r1  6
 x3  r2  -3  r4  9
 x3  r5  -4  r6  9
 x3  FREEROW  1
    MARKER2  'MARKER'  'INTEND'
 x4  OBJ  18  r1  2
 x4  r2  2  r4  8
 x4  FREEROW  1
    MARKER3  'MARKER'  'INTORG'
 x5  OBJ  -23.75  r1  2
 x5  r4  -9  r5  -8
 x5  r6  5  FREEROW  1
 x6  OBJ  26.5  r1  1
 x6  r2  9  r3  -6
 x6  r4  5  r5  6
 x6  r6  -6  FREEROW  1
 u  OBJ  4  parity  6
 u  FREEROW  1
 v  OBJ  -1  parity  -6
 v  FREEROW  1
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  20
 RHS  r2  77
 RHS  r3  -59
 RHS  r4  -94
 RHS  r5  -44
 RHS  r6  2
 RHS  parity  -3
RANGES
 RNG  r5  6
BOUNDS
 LI  BND  x1  -3
 UI  BND  x1  -2
 LO  BND  x2  1
 UP  BND  x2  10
 UP  BND  x3  1
 FX  BND  x4  -5
 LO  BND  x5  4
 UP  BND  x5  11
 LO  BND  x6  10
 UP  BND  x6  12
 LO  BND  u  1
 PL  BND  u
 LO  BND  v  1
 PL  BND  v
ENDATA

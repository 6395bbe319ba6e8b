NAME milp_infbounds_20261206_3570
ROWS
 N  OBJ
 G  r1
 G  r2
 E  r3
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  6  r2  7
 x1  r3  -4
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  11.25  r1  2
 x2  r2  -5  r3  -3
 x3  OBJ  10.75  r1  6
 x3  r2  9  r3  4
 x4  OBJ  27.75  r1  5
 x4  r2  7  r3  -7
 x5  OBJ  1  r1  2
 x5  r2  -2  r3  3
    MARKER3  'MARKER'  'INTORG'
 x6  OBJ  0.75  r1  3
 x6  r2  6  r3  5
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  OBJ  6
 RHS  r1  90.75
 RHS  r2  193.25
 RHS  r3  -114.5
BOUNDS
 FR  BND  x1
 UP  BND  x4  15.25
 MI  BND  x5
 FR  BND  x6
ENDATA

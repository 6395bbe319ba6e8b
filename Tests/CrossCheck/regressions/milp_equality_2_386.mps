NAME milp_equality_2_386
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 E  r2
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  7  r1  7
 x2  OBJ  14.25  r2  6
 x3  OBJ  -17  r2  -6
    MARKER2  'MARKER'  'INTEND'
RHS
 RHS  OBJ  31
 RHS  r1  49
 RHS  r2  -6
BOUNDS
 FR  BND  x1
 LO  BND  x2  2
 LO  BND  x3  -2
 UP  BND  x3  3
ENDATA

NAME milp_unbounded_20261205_1532
OBJSENSE
    MAX
ROWS
 N  OBJ
 L  r1
 G  r2
 L  r3
 L  r4
 L  r5
 E  r6
COLUMNS
    MARKER1  'MARKER'  'INTORG'
 x1  OBJ  -5  r4  -8
 x1  r5  -6
    MARKER2  'MARKER'  'INTEND'
 x2  OBJ  -14  r1  -8
 x2  r2  -4
    MARKER3  'MARKER'  'INTORG'
 x3  OBJ  -23  r1  -6
 x3  r2  -2  r3  2
 x3  r4  -9  r6  3
 rayp  OBJ  -2  r6  -1
 rayp  r5  6  r4  -4
 rayq  OBJ  6  r6  1
 rayq  r5  -6  r4  4
    MARKER4  'MARKER'  'INTEND'
RHS
 RHS  r1  -48
 RHS  r2  -15
 RHS  r3  24
 RHS  r4  -169
 RHS  r5  -66
 RHS  r6  27
BOUNDS
 UP  BND  x1  11
 FX  BND  x2  -0.75
 LO  BND  x3  9
 LO  BND  rayp  0
 LO  BND  rayq  0
ENDATA

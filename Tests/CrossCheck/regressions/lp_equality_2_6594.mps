NAME lp_equality_2_6594
OBJSENSE
    MAX
ROWS
 N  OBJ
 E  r1
 G  r2
 E  r3
 E  r4
 E  r5
 E  r6
 E  r7
COLUMNS
 x1  OBJ  -2.25  r3  -3
 x2  OBJ  -5.75  r2  3
 x2  r7  -7
 x3  OBJ  -27.75  r1  4
 x3  r3  -1  r4  7
 x4  OBJ  -5.5  r2  1
 x4  r3  -6  r4  -1
 x4  r7  -9
 x5  OBJ  -7  r2  1
 x5  r6  -3  r7  -7
 x6  OBJ  39.25  r1  -8
 x6  r2  -5  r5  -6
 x6  r6  8
 x7  OBJ  -12.25  r2  7
 x7  r7  -7
 x8  OBJ  -3.5  r2  2
 x9  OBJ  0.25  r2  -1
 x10  OBJ  0.25  r7  7
RHS
 RHS  r1  25
 RHS  r2  31.75
 RHS  r3  -8
 RHS  r4  25.75
 RHS  r5  6
 RHS  r6  -10.25
 RHS  r7  -37.75
BOUNDS
 FR  BND  x1
 LO  BND  x2  -7.25
 UP  BND  x2  5.5
 LO  BND  x3  3.25
 FX  BND  x5  0.75
 LO  BND  x6  -1.25
 UP  BND  x6  11.75
 FX  BND  x7  0.5
 LO  BND  x8  -3.75
 UP  BND  x8  1
 MI  BND  x10
 UP  BND  x10  6.5
ENDATA
